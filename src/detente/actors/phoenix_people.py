"""The people converted from Phoenix (``data/phoenix_people.tsv``, see ``phoenix.py``) as
roster ``Person`` records, for the actor tables.

Phoenix writes every name with spaces only; news joins a French or Portuguese compound given name
with a hyphen ("Jean Bertrand Aristide" is "Jean-Bertrand Aristide" in the text), so each name of
three words or more also gets that form (:func:`hyphenated_given_names`, issue 14 round 30)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from detente.actors.roster import Office, Person
from detente.actors.tsv import read_tsv

DATA = Path(__file__).parent / "data"


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
