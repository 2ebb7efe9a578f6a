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
        else:
            break
    return token


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
