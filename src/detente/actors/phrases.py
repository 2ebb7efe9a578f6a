"""The records actor resolution passes around: :class:`Phrase`, a resolved actor phrase, and
:class:`Context`, what resolution needs besides the atoms. Moved from ``resolver.py``, which
builds the phrases.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from detente.actors.atoms import Atom
from detente.actors.roster import Era, Person
from detente.actors.tables import ActorTables, RoleNoun
from detente.records import Actor


@dataclass
class Phrase:
    """A resolved actor phrase: tokens ``start:end`` and what they stand for."""

    start: int
    end: int
    label: str
    actor: Actor | None
    rule: str | None
    anchor: int
    """Token index of the phrase's syntactic head (for subject tests in coreference)."""
    person: Person | None = None
    role: RoleNoun | None = None
    title: str | None = None
    kind: str = "group"
    """person (one human), group (people, bodies, countries), pron, or unknown."""
    gender: str | None = None
    definite: bool = False
    """A role phrase for one person introduced by "the" or a possessive ("the president")."""
    office: str | None = None
    """The office a definite role phrase names, as the offices table writes it."""
    atoms: list[Atom] = field(default_factory=list)


@dataclass
class Context:
    """What resolution needs besides the atoms: the doc, the tables, the article date, and
    the people already named in the article (for surnames that several people share)."""

    doc: object
    tables: ActorTables
    day: dt.date | None
    seen_people: dict[str, Person] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    """The office the text gave a person at an earlier mention, by person id: with no date, a later
    bare "Guterres" after "UN Secretary-General Antonio Guterres" keeps that office (round 20)."""
    era: Era | None = None
    states_text: bool = False
    """The text may name a US state by a country's namesake before an office (``seats.states_text``)."""
    """With no date, the article's estimated span (``actors.estimate``): roster people and
    definite roles are read on it."""
