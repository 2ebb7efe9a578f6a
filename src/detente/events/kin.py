"""Relatives are other people: the possessor or "of" object of a kin noun is never the side
the kin noun stands for ("the minister's brother criticised X": the brother acts, a private
person, not the minister). Issue 13 round 30 (e88): read by ``arguments.actors_under`` with the
``kin_nouns`` list of ``semantics.yaml``."""

from __future__ import annotations

from detente.nlp import doc_text
from detente.records import Actor, Mention

__all__ = ["kin_doers", "kin_owner"]


def kin_owner(child, kin: frozenset[str]) -> bool:
    """The possessor or ``of`` phrase of a kin noun: the relative's kin, never the relative
    ("the minister's brother criticised X": the brother, a private person, acts)."""
    head = child.head
    return (child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ == "of") and \
        child.i != head.i and head.pos_ == "NOUN" and head.lower_ in kin


def kin_doers(head, index) -> list[Mention]:
    """The relative ``head`` itself as a doer when passing over its owner left none: a private person
    of the owner's one country ("the Iraqi president's son criticised X": IRQ CVL, not IRQ GOV nor
    nothing), with the kin noun's span and the entry ``kin:<noun>+of:<owner entry>`` (review r30b, f70)."""
    if head.pos_ != "NOUN" or head.lower_ not in index.kin:
        return []
    owners = [m for child in head.children if kin_owner(child, index.kin)
              for t in child.subtree if not _in_clause(t, child)
              for m in index.at(t) if m.actor is not None and m.actor.country]
    if len({m.actor.country for m in owners}) != 1:
        return []
    first = min([head.idx] + [t.idx for t in head.subtree if t.i < head.i and t.dep_ in ("det", "amod")
                              and t.head.i == head.i])
    end = head.idx + len(head)
    owner = owners[0]
    actor = Actor(country=owner.actor.country, sector="CVL", entry=f"kin:{head.lower_}+of:{owner.actor.entry or owner.text}")
    return [Mention(text=doc_text(head.doc)[first:end], start=first, end=end, sentence=owner.sentence,
                    label="ROLE", actor=actor, rule="events:kin")]


def _in_clause(token, top) -> bool:
    """``token`` sits in a clause under ``top`` ("a worker detained in Iran": not the worker's country)."""
    while token.i != top.i:
        if token.dep_ in ("acl", "relcl", "advcl"):
            return True
        token = token.head
    return False
