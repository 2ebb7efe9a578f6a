"""The offices table: who held which office of which country on a given day.

Built once from the dated roster (``data/roster/*.yaml`` and the user's people), it answers
"the Vice President" in a 2019 US article (Mike Pence), "Britain's prime minister" in 2020
(Boris Johnson) or "the UN Secretary-General" (António Guterres). Titles are compared in a
canonical form: ``data/office_titles.tsv`` maps the ways news writes an office
("vice-president", "secretary of defense", "defense minister") to the roster's title, and
may tie a title to the one country that has it ("home secretary" is Britain's).

>>> from detente.actors.tables import load_tables
>>> import datetime as dt
>>> offices = load_tables().offices
>>> [t.holder.name for t in offices.holders("USA", "vice president", dt.date(2019, 5, 1))]
['Mike Pence']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from detente.actors.roster import Office, Person
from detente.actors.tsv import read_tsv


@dataclass(frozen=True)
class Tenure:
    """One row of the offices table: ``holder`` was ``title`` of ``country`` from ``start``
    to ``end`` (end exclusive; None: still in office as far as known)."""

    country: str
    title: str
    holder: Person
    office: Office

    def held_on(self, day: dt.date) -> bool:
        return self.office.held_on(day)


@dataclass
class Offices:
    """The offices table indexed by canonical title."""

    by_title: dict[str, list[Tenure]] = field(default_factory=dict)
    synonyms: dict[str, str] = field(default_factory=dict)
    """Phrase as news writes it -> the roster's title."""
    home: dict[str, str] = field(default_factory=dict)
    """Titles only one country has ("home secretary" -> GBR)."""

    def canonical(self, phrase: str) -> str:
        """The roster title for an office phrase ("Vice-President" -> "vice president")."""
        key = " ".join(phrase.lower().replace("\u2019", "'").split())
        return self.synonyms.get(key, key)

    def known(self, title: str) -> bool:
        return title in self.by_title

    def holders(self, country: str | None, title: str, day: dt.date) -> list[Tenure]:
        """Tenures of ``title`` held on ``day`` (of ``country``; any country when None),
        latest start first."""
        rows = [t for t in self.by_title.get(title, ())
                if (country is None or t.country == country) and t.held_on(day)]
        rows.sort(key=lambda t: t.office.start or dt.date.min, reverse=True)
        return rows

    def countries(self, title: str, day: dt.date) -> set[str]:
        """Countries where someone held ``title`` on ``day``."""
        return {t.country for t in self.by_title.get(title, ()) if t.held_on(day)}

    def tenures(self) -> Iterable[Tenure]:
        for rows in self.by_title.values():
            yield from rows


def read_titles(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """``office_titles.tsv``: phrase, roster title, and the country when only one has it."""
    synonyms, home = {}, {}
    for row in read_tsv(path):
        synonyms[row["phrase"].lower()] = row["title"].lower()
        if row.get("country"):
            home[row["title"].lower()] = row["country"]
    return synonyms, home


def build_offices(people: Iterable[Person], titles: Path) -> Offices:
    """The offices table of ``people`` with the title synonyms of ``titles``."""
    synonyms, home = read_titles(titles)
    offices = Offices(synonyms=synonyms, home=home)
    for person in people:
        for office in person.offices:
            title = offices.canonical(office.title)
            offices.by_title.setdefault(title, []).append(
                Tenure(office.country, title, person, office))
    return offices
