"""Relatives are other people: the possessor or "of" object of a kin noun is never the side
the kin noun stands for ("the minister's brother criticised X": the brother acts, a private
person, not the minister). Issue 13 round 30 (e88): read by ``arguments.actors_under`` with the
``kin_nouns`` list of ``semantics.yaml``."""

from __future__ import annotations

__all__ = ["kin_owner"]


def kin_owner(child, kin: frozenset[str]) -> bool:
    """The possessor or ``of`` phrase of a kin noun: the relative's kin, never the relative
    ("the minister's brother criticised X": the brother, a private person, acts)."""
    head = child.head
    return (child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ == "of") and \
        child.i != head.i and head.pos_ == "NOUN" and head.lower_ in kin
