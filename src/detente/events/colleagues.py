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

from detente.events.arguments import MentionIndex
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate
from detente.nlp import doc_text
from detente.records import Participant

__all__ = ["colleague_targets"]

_PLACE_LABELS = frozenset({"GPE", "LOC"})


def colleague_targets(cand: Candidate, src: list[Participant], lexicon: Lexicon,
                      index: MentionIndex) -> list[Participant]:
    """The doer's colleagues named as the act's other side, as participants of the doer's one
    country (empty when the doers are of several countries or of none, or no colleague is named)."""
    words = lexicon.semantics["colleagues"]
    countries = {p.country for p in src}
    if len(countries) != 1 or None in countries:
        return []
    found = []
    for noun in _arguments(cand, words):
        if _is_colleague(noun, words) and own_country(noun, src[0].country, index, lexicon):
            start, end = noun.left_edge.idx, noun.idx + len(noun)  # the article's parse: article offsets
            found.append(Participant(
                text=doc_text(noun.doc)[start:end], country=src[0].country,
                sector=_sector(noun, src[0].sector, words, index), start=start, end=end))
    return found[:1]


def _arguments(cand: Candidate, words: dict) -> list:
    """The direct objects and side-preposition objects of the trigger, of the nouns it is the "of"
    object of ("a series of criticisms"), and of the light verb whose object that phrase is ("held
    talks with X"), with their conjuncts. "With" names the other side only of a meeting, talks or
    cooperation (``with_types``) and only when the head has no other object or side (``with_rivals``):
    "voted against the bill with fellow MPs" names co-doers; "for" names a beneficiary, not the side
    a request is made to ("campaigned for fellow ministers")."""
    token = cand.token
    heads = [token]
    phrase = token
    while phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.pos_ == "NOUN":
        phrase = phrase.head.head  # "made a series of criticisms about X": the series
        heads.append(phrase)
    if phrase.pos_ in ("NOUN", "PROPN") and phrase.dep_ in ("dobj", "obj") and phrase.head.pos_ in ("VERB", "AUX"):
        heads.append(phrase.head)
    preps = set(words["prepositions"]) - ({"for"} if cand.entry.type == "REQUEST" else set())
    found = []
    for head in heads:
        for child in head.children:
            if child.dep_ in ("dobj", "obj") and child.i != token.i:
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ in preps and \
                    (child.lower_ != "with" or _with_side(cand, head, child, words)):
                found.extend(c for c in child.children if c.dep_ == "pobj")
    return found + [c for noun in found for c in noun.conjuncts]


def _with_side(cand: Candidate, head, prep, words: dict) -> bool:
    """A "with" phrase names the other side of a meeting, talks or cooperation whose head has no
    other object and no other side preposition ("against the bill")."""
    if cand.entry.type not in words["with_types"]:
        return False
    return not any(c.i != cand.token.i and (c.dep_ in ("dobj", "obj") or (
        c.dep_ == "prep" and c.i != prep.i and c.lower_ in words["with_rivals"])) for c in head.children)


def _is_colleague(noun, words: dict) -> bool:
    """A colleague noun with a domestic modifier ("cabinet colleagues", "party colleagues") or
    "fellow" + a role noun. A bare "colleague" is as often a foreign counterpart ("met the Iranian
    minister and urged his colleague") as the doer's own body."""
    lower = noun.lower_
    if lower in words["nouns"]:
        return bool(_modifiers(noun) & set(words["domestic_words"]))
    return lower in words["fellow_nouns"] and any(c.lower_ == "fellow" for c in noun.children)


def own_country(noun, country: str, index: MentionIndex, lexicon: Lexicon) -> bool:
    """No word of the phrase names another country, a region or a foreign body ("fellow African
    leaders", "his colleagues at the ASEAN meeting"); the doer's own country may ("fellow Kenyan
    MPs"), and a group word with no region ("fellow Shia politicians"). Possessive pronouns (the
    doer) are passed over. Also asked by ``context`` before it takes such a phrase as a domestic
    side (round 32 second review, r32e)."""
    regions = lexicon.semantics["colleagues"]["region_words"]
    for tok in noun.subtree:
        if tok.i == noun.i or tok.pos_ == "PRON":
            continue
        named = {m.actor.country for m in index.at(tok) if m.actor is not None and m.actor.country}
        if named - {country} or (not named and (tok.ent_type_ in _PLACE_LABELS or tok.lower_ in regions)):
            return False
    return True


def _sector(noun, own: str | None, words: dict, index: MentionIndex) -> str | None:
    """The government for ministerial colleagues, else the sector the role noun names by itself
    ("fellow generals": the military, "fellow MPs": the legislature), else the doer's own sector."""
    if noun.lower_ in ("minister", "ministers") or _modifiers(noun) & set(words["government_words"]):
        return "GOV"
    mentions = index.at(noun) + [m for m in [index.unresolved.get(noun.i)] if m is not None]
    named = [m.actor.sector for m in mentions if m.actor is not None and m.actor.sector]
    return named[0] if named and named[0] in words["own_sectors"] else own


def _modifiers(noun) -> set[str]:
    return {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
