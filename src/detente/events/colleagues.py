"""Sides named only as the doer's colleagues (issue 13, round 32, e98).

"The minister held frank discussions with fellow ministers", "she criticised her cabinet
colleagues": the other side is the doer's own body, which no dictionary names -- a relational
noun, not a reference back to an earlier actor. The colleagues take the doer's one country, and
the government sector when the noun is ministerial ("fellow ministers", "cabinet colleagues"),
else the doer's own sector ("party colleagues", "fellow MPs"). Read on the trigger's own
arguments (its direct object and its side prepositions) and, for a nominal act, on the light
verb whose object it is ("held talks with"). Rule suffix ``~colleagues``; word lists under
``colleagues:`` in ``semantics.yaml``; made-up tests in ``tests/events/test_colleagues_e98.py``.

>>> # "The Kenyan minister held talks with fellow ministers" -> CONSULT KEN GOV -> KEN GOV
"""

from __future__ import annotations

from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate
from detente.nlp import doc_text
from detente.records import Participant

__all__ = ["colleague_targets"]


def colleague_targets(cand: Candidate, src: list[Participant], lexicon: Lexicon) -> list[Participant]:
    """The doer's colleagues named as the act's other side, as participants of the doer's one
    country (empty when the doers are of several countries or of none, or no colleague is named)."""
    words = lexicon.semantics["colleagues"]
    countries = {p.country for p in src}
    if len(countries) != 1 or None in countries:
        return []
    found = []
    for noun in _arguments(cand.token, words):
        if _is_colleague(noun, words):
            start, end = noun.left_edge.idx, noun.idx + len(noun)  # the article's parse: article offsets
            found.append(Participant(
                text=doc_text(noun.doc)[start:end], country=src[0].country,
                sector=_sector(noun, src[0].sector, words), start=start, end=end))
    return found[:1]


def _arguments(token, words: dict) -> list:
    """The direct objects and side-preposition objects of the trigger, of the nouns it is the "of"
    object of ("a series of criticisms"), and of the light verb whose object that phrase is ("held
    talks with X"), with their conjuncts."""
    heads = [token]
    phrase = token
    while phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.pos_ == "NOUN":
        phrase = phrase.head.head  # "made a series of criticisms about X": the series
        heads.append(phrase)
    if phrase.pos_ in ("NOUN", "PROPN") and phrase.dep_ in ("dobj", "obj") and phrase.head.pos_ in ("VERB", "AUX"):
        heads.append(phrase.head)
    preps = set(words["prepositions"])
    found = []
    for head in heads:
        for child in head.children:
            if child.dep_ in ("dobj", "obj") and child.i != token.i:
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ in preps:
                found.extend(c for c in child.children if c.dep_ == "pobj")
    return found + [c for noun in found for c in noun.conjuncts]


def _is_colleague(noun, words: dict) -> bool:
    """A colleague noun ("colleagues", "cabinet colleagues") or "fellow" + a role noun."""
    lower = noun.lower_
    if lower in words["nouns"]:
        return True
    return lower in words["fellow_nouns"] and any(c.lower_ == "fellow" for c in noun.children)


def _sector(noun, own: str | None, words: dict) -> str | None:
    """The government for ministerial colleagues, else the doer's own sector."""
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    if noun.lower_ in ("minister", "ministers") or mods & set(words["government_words"]):
        return "GOV"
    return own
