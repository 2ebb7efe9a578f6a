"""Doers of agentless passive acts the text leaves unnamed (moved from ``doers.py``, issue 13 round 19b, e56).

- "was released on bail", "released from jail pending investigation": a legal release with no agent is
  the state's (:func:`legal_release`, read by ``doers.story_state``).
- "Indonesia's security minister was stabbed": an agentless passive attack on a political actor has an
  unnamed doer with no country (:func:`passive_attacker`, rule suffix ``~unnamed~passive``).
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex, actors_under, agentless_passive, unnamed_doer
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate
from detente.records import Actor, Mention


def legal_release(cand: Candidate, lexicon: Lexicon) -> str | None:
    """The sector of the state that releases in a legal release: "was released on bail", "released
    from jail pending investigation" (``semantics.yaml legal_release``: a RETREAT whose "on" or "from"
    object is bail, bond, custody, jail ...). A hostage "released" names no such object: its doer is
    not the state (issue 13 round 19b, e56)."""
    if cand.entry.type != "RETREAT":
        return None
    words = lexicon.semantics["legal_release"]
    for prep in cand.token.children:
        if prep.dep_ == "prep" and prep.lower_ in words["prepositions"] and any(
                o.dep_ == "pobj" and o.lemma_.lower() in words["objects"] for o in prep.children):
            return words["sector"]
    return None


def passive_attacker(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> tuple[list[Mention], list[Mention]]:
    """``(unnamed doer, the one attacked)`` for an agentless passive attack on a political actor:
    "Indonesia's security minister was stabbed", "a police officer was shot in Nairobi" -- the
    conventions code the unnamed doer with no country when the text does not fix it; the one attacked
    is the passive subject, an actor of ``passive_attack.sectors`` (issue 13 round 19b, e56). Only the
    verbs of ``passive_attack.verbs`` (an attack by someone; "was killed" may be an accident)."""
    words = lexicon.semantics["passive_attack"]
    if cand.entry.type != "ASSAULT" or cand.token.lemma_.lower() not in words["verbs"]:
        return [], []
    subject = agentless_passive(cand)
    if subject is None:
        return [], []
    attacked = [m for m in actors_under(subject, index) if m.actor.country and m.actor.sector in words["sectors"]]
    if not attacked:
        return [], []
    sentence = next(i for i, s in enumerate(cand.token.doc.sents) if s.start <= cand.token.i < s.end)
    doer = unnamed_doer(cand.token, sentence=sentence, actor=Actor(country=None, sector=None, entry="unnamed:passive"))
    return [doer], attacked
