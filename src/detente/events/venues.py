"""The place a gathering was held in is no side (issue 13, round 15; tests in
``tests/events/test_round15_e45.py``).

A row's target that names the place of a gathering -- the object of "in"/"at" (directly, or as
the apposition or compound of that object: "in Washington, D.C., United States") on a gathering
word: a participle of holding ("a conference held in Doha, Qatar"), or a gathering noun ("signed a
deal at a summit in Lima", "a speech to a forum in Sydney") -- is the venue: its country takes no
part in the act. Acts done to people where they are (attacks, arrests, protests) keep the place."""

from __future__ import annotations

from detente.events.lexicon import Lexicon


def _spec(lexicon: Lexicon) -> dict:
    return lexicon.semantics["venues"]


def locative_object(token):
    """The pobj of "in"/"at" a place token belongs to (through appositions, compounds, conjuncts)."""
    current = token
    for _ in range(4):
        if current.dep_ == "pobj":
            return current if current.head.lower_ in ("in", "at") else None
        if current.dep_ not in ("appos", "compound", "conj") or current.head.i == current.i:
            return None
        current = current.head
    return None


def venue(token, lexicon: Lexicon, trigger=None) -> bool:
    """True when ``token`` (a place's root) names where a gathering was held."""
    spec = _spec(lexicon)
    obj = locative_object(token)
    if obj is None or token.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    holder = obj.head.head
    if trigger is not None and holder.i == trigger.i:
        return False  # "agreed in Doha": where the act itself took place is left to the other rules
    if holder.pos_ == "VERB":
        return holder.lemma_.lower() in spec["holding_verbs"] and holder.dep_ in ("acl", "relcl", "advcl")
    return holder.lemma_.lower() in spec["gathering_nouns"]


def without_venues(type_: str, targets: list, trigger, lexicon: Lexicon) -> list:
    """The row's targets without the venues of a gathering (participants with offsets)."""
    if type_ in _spec(lexicon)["placed_types"]:
        return targets
    doc = trigger.doc
    kept = []
    for p in targets:
        span = doc.char_span(p.start, p.end, alignment_mode="expand") if p.start is not None else None
        if span is None or not venue(span.root, lexicon, trigger):
            kept.append(p)
    return kept
