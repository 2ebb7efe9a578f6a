"""The people converted from Phoenix (``data/phoenix_people.tsv``, see ``phoenix.py``) as
roster ``Person`` records, for the actor tables.

Phoenix writes every name with spaces only; news joins a French or Portuguese compound given name
with a hyphen ("Jean Bertrand Aristide" is "Jean-Bertrand Aristide" in the text), so each name of
three words or more also gets that form (:func:`hyphenated_given_names`, issue 14 round 30).

Phoenix files a few bodies among its people ("Syrian Observatory For Human Rights", "Tawhid
Brigade", "Palestinian Authority"): their roles carry dates like an office holder's, and the
converter closes a role still open when the file was made on that day (``FILE_DATE``).
A person whose roles all closed is a former holder (ELI) on a later day; a body is not, it goes
on (:func:`is_body_name`): a body's role closed only by the file's date stays open (issue 14
round 36, q78: "the Syrian Observatory for Human Rights said" in 2015-2019 texts was an elite)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from detente.actors.roster import Office, Person
from detente.actors.tsv import read_tsv
from detente.resources import word_list

DATA = Path(__file__).parent / "data"
FILE_DATE = dt.date(2014, 1, 30)
"""Date the Phoenix country file was generated: the converter (``phoenix.py``) closes an
open-ended role there (later years come from detente's own roster)."""
BODY_HEADS = word_list("actors", "vocabulary.yaml", "people_file_body_heads")
"""Head nouns of a body's name among Phoenix's people (``is_body_name``)."""


def read_people(path: Path = DATA / "phoenix_people.tsv") -> list[Person]:
    """The converted people as roster ``Person`` records (offices titled ``cameo``)."""
    out = []
    for row in read_tsv(path):
        offices = []
        for role in row["roles"].split(";"):
            country, sector, start, end = role.split(":")
            offices.append(Office("cameo", country, sector or None,
                                  dt.date.fromisoformat(start) if start else None,
                                  dt.date.fromisoformat(end) if end else None))
        if is_body_name(row["name"]):  # a body goes on after the file's date
            offices = [replace(o, end=None) if o.end == FILE_DATE else o for o in offices]
        slug = re.sub(r"[^a-z0-9]+", "-", row["name"].lower()).strip("-")
        aliases = tuple(a for a in row["aliases"].split("|") if a)
        aliases += tuple(v for n in (row["name"], *aliases)
                         if (v := hyphenated_given_names(n)) and v not in aliases)
        out.append(Person(f"phoenix:{slug}", row["name"], aliases, None, None,
                          offices[0].country if offices else None, tuple(offices),
                          "phoenix_people.tsv"))
    return out


def hyphenated_given_names(name: str) -> str | None:
    """The name with its first two words joined by a hyphen, for names of three words or more
    whose first two are capitalised given names: the compound given name news writes
    ("Jean-Bertrand Aristide", "Ange-Felix Patasse"); None otherwise.

    >>> hyphenated_given_names("Jean Bertrand Aristide")
    'Jean-Bertrand Aristide'
    >>> hyphenated_given_names("Robert Mugabe") is None
    True
    """
    words = name.split(" ")
    if len(words) < 3 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha()
                                 for w in words[:2]):
        return None
    return " ".join([f"{words[0]}-{words[1]}", *words[2:]])


def is_body_name(name: str) -> bool:
    """A name of two words or more whose head is a body's (``BODY_HEADS``): the word before
    its first "of" or "for", else its last word ("Syrian Observatory For Human Rights",
    "Supreme Council Of The Syrian Revolution", "Tawhid Brigade"); a person's name is not.

    >>> is_body_name("Syrian Observatory For Human Rights"), is_body_name("Tawhid Brigade")
    (True, True)
    >>> is_body_name("Rami Abdulrahman"), is_body_name("Army")
    (False, False)
    """
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    return len(words) > 1 and cut > 0 and words[cut - 1] in BODY_HEADS
