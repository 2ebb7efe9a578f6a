"""The phrase that stands for a nominal act in its clause (issue 13, round 12).

A nominal act is often not the light verb's object itself but a word inside a phrase that is:
"announced an aid *package* for Ukraine" (the act noun modifies a holder noun), "pledged
*$500 million* in aid to Gaza", "announced *950 billion roubles* of emergency credit for banks"
(the act noun is the ``in``/``of`` complement of a sum of money or a count), "launched a
mediation *effort*", "carried out a *series* of raids" (measure nouns, ``measure_nouns``).
The doer is the subject of the light verb of that phrase (``doers.noun_sources``), and the
other side is named by a preposition of the phrase or of its light verb (``held_targets``).
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex, actors_under, object_heads
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate
from detente.records import Mention

AMOUNT_PREPOSITIONS = ("in", "of")
"""Prepositions that join a sum or count to the act it measures ("$5 million in aid")."""


def is_amount(token) -> bool:
    """A sum of money or a number as a phrase head ("$500 million", "950 billion roubles",
    "2,000 tonnes"): a money entity, a cardinal number, or a noun counted by one."""
    if token.ent_type_ == "MONEY" or token.tag_ == "CD":
        return True
    return any(c.dep_ == "nummod" and (c.tag_ == "CD" or c.ent_type_ == "MONEY") for c in token.children)


def holder(token, words: dict[str, frozenset[str]]):
    """The head of the phrase that stands for the nominal act ``token`` in its clause: a holder
    or measure noun the act noun modifies ("aid package", "mediation effort"), the measure or
    sum whose ``of``/``in`` complement it is ("a series of raids", "$5 million in aid"); else
    ``token`` itself."""
    holders = words["measure_nouns"] | words["holder_nouns"]
    if token.dep_ == "compound" and token.head.lemma_.lower() in holders:
        token = token.head
    for _ in range(3):
        if token.dep_ != "pobj":
            break
        prep, owner = token.head, token.head.head
        if prep.lower_ == "of" and owner.lemma_.lower() in words["measure_nouns"]:
            token = owner
        elif prep.lower_ in AMOUNT_PREPOSITIONS and is_amount(owner):
            token = owner
        elif changed_act(token, words):
            token = owner
        else:
            break
    return token


def changed_act(token, words: dict[str, frozenset[str]]) -> bool:
    """An act of giving or restricting named as the ``in``/``of`` complement of a causative change
    noun, which stands for it ("announced an increase in humanitarian aid to Afghanistan", "an
    expansion of sanctions"; issue 13 round 24). Not a figure about others' acts ("a rise in
    attacks": ``change_nouns`` are causative, ``changed_acts`` the acts a state gives or imposes)."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in AMOUNT_PREPOSITIONS and \
        prep.head.lemma_.lower() in words["change_nouns"] and token.lemma_.lower() in words["changed_acts"]


def _stems(token) -> set[str]:
    lower = token.lower_
    return {token.lemma_.lower(), lower, lower[:-1], lower[:-2], lower[:-3]}


def enacting_instrument(token, words: dict[str, frozenset[str]]):
    """The legal instrument whose clause imposes the nominal act ``token``, or None: "passed a bill
    ramping up sanctions against Russia", "adopted a resolution imposing an embargo", "a law that
    extends sanctions" -- the act noun is the object of an enacting participle or relative clause
    of the instrument (or, as the parse often has it, an apposition the participle modifies). The
    one who passes or adopts the instrument does the act (``doers.noun_sources``; issue 13 round 24)."""
    head = token.head
    if token.dep_ == "dobj" and head.dep_ in ("acl", "relcl") and _stems(head) & words["enacting_verbs"] and \
            head.head.lemma_.lower() in words["legal_instruments"]:
        return head.head
    if token.dep_ == "appos" and head.lemma_.lower() in words["legal_instruments"] and \
            any(c.dep_ in ("amod", "acl", "compound") and c.i < token.i and _stems(c) & words["enacting_verbs"]
                for c in token.children):
        return head
    return None


def phrase_route(cand: Candidate, sources: list[Mention], words: dict[str, frozenset[str]]) -> str:
    """Rule suffix of a nominal act's doer read off a phrase of round 24 that stands for it: the
    change noun (``~changed``) or the legal instrument (``~enacted``); "" when the doer is named
    inside the act noun's own phrase or the act is named by no such phrase."""
    token = cand.token
    if cand.entry.pos != "noun" or not sources or \
            token.doc[token.left_edge.i].idx <= sources[0].start < token.doc[token.right_edge.i].idx + 1:
        return ""
    if changed_act(token, words):
        return "~changed"
    return "~enacted" if enacting_instrument(token, words) is not None else ""


def held_targets(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The other side of a nominal act named by a preposition of the phrase that stands for it or
    of that phrase's verb: "announced an aid package for Ukraine", "pledged $1 billion in aid to
    Gaza" (the act noun's own prepositions are read by ``targets.targets_of``)."""
    if cand.entry.pos != "noun":
        return []
    token = cand.token
    phrase = holder(token, lexicon.words)
    if phrase is token:
        return []
    preps = cand.entry.targets or ("to", "for", "against", "on", "with")
    heads = object_heads(phrase, preps, direct=False)
    if phrase.dep_ in ("dobj", "nsubjpass") and phrase.head.pos_ in ("VERB", "AUX"):
        heads += object_heads(phrase.head, preps, direct=False)
    return [m for h in heads for m in actors_under(h, index)]
