"""Conjoined roles on the same side share a nationality word: "Kenyan police and soldiers" are
Kenya's police and Kenya's soldiers, "Ugandan doctors and nurses" Uganda's (issue 14, round 13).

A role phrase with no country takes the country of the role phrase it is conjoined to when
both are of a state (``STATE_SECTORS``) or both of the same sector, and the later conjunct
has no determiner or modifier of its own ("Kenyan police and the soldiers", "Kenyan police
and foreign soldiers" are left alone). Roles of different sides are never joined: "Kenyan
troops and rebels", "Kenyan police and protesters" (the rebels and protesters are placed, if at
all, by the text around them)."""

from __future__ import annotations

from detente.records import Actor

STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
"""Sectors of a state's own bodies and officials: conjoined, they are one state's."""
OWN_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod"})
"""Dependencies that give a conjunct words of its own ("the", "foreign", "two")."""


def same_side(first: str | None, second: str | None) -> bool:
    """Two sectors a shared nationality word may cover ("police and soldiers")."""
    return first is not None and second is not None and (
        first == second or first in STATE_SECTORS and second in STATE_SECTORS)


def share_conjunct_country(doc, phrases: list) -> None:
    """Give an unplaced role phrase the country of the role phrase it is conjoined to (see the
    module docstring). ``phrases`` are ``phrases.Phrase``; changed in place, rule suffix
    ``+conj:<country>``."""
    by_anchor = {p.anchor: p for p in phrases if p.label == "ROLE" and p.actor is not None}
    for phrase in phrases:
        actor = phrase.actor
        if phrase.label != "ROLE" or actor is None or actor.country:
            continue
        token = doc[phrase.anchor]
        head = by_anchor.get(token.head.i) if token.dep_ == "conj" else None
        if head is None or not head.actor.country or head.start > phrase.start:
            continue
        if not same_side(head.actor.sector, actor.sector) or any(
                c.dep_ in OWN_MODIFIERS and c.i < token.i for c in token.children):
            continue
        rule = f"{actor.entry}+conj:{head.actor.country}"
        phrase.actor = Actor(head.actor.country, actor.sector, name=actor.name, entry=rule)
        phrase.rule = rule
