"""Whose side an ordered actor is on: the object marks ``@forces`` and ``@own`` of the order verbs
(``verb:order+to-forces``, ``verb:order+to-own`` ...; issue 13 round 35, e108; review r35a findings 3
and 4, gold/events/NOTES-f93.md).

An order to one's own armed forces or police is no request between actors: what they are ordered to do
is the act ("the Kenyan president ordered the Kenyan army to capture X"). Another state's forces are
asked something ("the UN Security Council ordered Israeli troops to withdraw": REQUEST). An order to
one's own agents ("its ambassador", "his staff", officials of the source's own country and sector) asks
nothing of anyone else: no row, even when the agent's post or the sentence names a foreign place.
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex, subject_actors
from detente.events.lexicon import own_possessors

__all__ = ["foreign_forces", "own_agent"]

FORCES_SECTORS = ("MIL", "COP")


def _object_actors(obj, index: MentionIndex) -> list:
    """The actors the object itself names (its head, or a compound, possessor, conjunct, apposition or
    adjective of it), as ``triggers._has_actor`` reads them."""
    heads = [obj, *(c for c in obj.children if c.dep_ in ("compound", "poss", "conj", "appos", "amod"))]
    return [m.actor for t in heads for m in index.at(t) if m.actor is not None]


def foreign_forces(verb, obj, index: MentionIndex) -> bool:
    """The ordered forces are of a known country other than every country of the one ordering
    ("NATO ordered Serbian troops to withdraw"); unknown countries count as one's own."""
    own = {a.country for a in subject_actors(verb, index) if a.country}
    theirs = {a.country for a in _object_actors(obj, index) if a.sector in FORCES_SECTORS and a.country}
    return bool(own and theirs and not theirs & own)


def own_agent(verb, obj, index: MentionIndex) -> bool:
    """The ordered one is the orderer's own: owned by a possessive pronoun ("its ambassador in X", "his
    staff"), or every actor it names is of a country and sector of the subject (a sector of its own
    that differs, "a Pakistani court ordered the Pakistani government", is another actor)."""
    if any(c.dep_ == "poss" and c.lower_ in own_possessors() for c in obj.children):
        return True
    subjects = [(a.country, a.sector) for a in subject_actors(verb, index) if a.country]
    named = [a for a in _object_actors(obj, index) if a.country]
    return bool(subjects and named) and all(
        any(a.country == country and a.sector and a.sector == sector for country, sector in subjects)
        for a in named)
