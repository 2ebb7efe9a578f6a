"""The people converted from Phoenix (``data/phoenix_people.tsv``, see ``phoenix.py``) as
roster ``Person`` records, for the actor tables."""

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
        out.append(Person(f"phoenix:{slug}", row["name"], aliases, None, None,
                          offices[0].country if offices else None, tuple(offices),
                          "phoenix_people.tsv"))
    return out
