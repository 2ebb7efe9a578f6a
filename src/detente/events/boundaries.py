"""Type boundaries the PLOVER codebook draws across one trigger (issue 13, round 17).

Troops sent to help: the codebook's AID covers "military and police assistance including arms
and personnel" (CAMEO 074, military protection), MOBILIZE a show or build-up of force. A
deployment of troops, forces or warships (``send`` / ``deploy`` / ``dispatch``, the CAMEO 154
entries) whose purpose infinitive is a helping verb ("sent troops to help the government of X",
"deployed soldiers to support Y's army") benefits the one helped: AID 074 with the helped as
target. An intended one ("will send troops to help X") is AGREE 0334 (the codebook: broad
promises of future AID are AGREE), not a THREATEN. Only when the helped side is another
country's than every sender's (troops sent "to support its own police" stay MOBILIZE) and the
purpose is not negated.

Troops or police sent to investigate: a deployment whose purpose infinitive is an investigating
verb (``investigating_purpose.verbs``: "deployed police to investigate the killings", "sent
soldiers to probe the attack") is the investigation launched, not a show of force: the sentence
codes the inner act (``deployed_investigation``) and not the deployment, as a body set up to
investigate does (``moods.investigating_body``; its ``bodies`` list the police and soldiers too).
"""

from __future__ import annotations

from dataclasses import replace

from detente.events import semantics as sem
from detente.events.lexicon import Lexicon
from detente.events.triggers import Coding


def _help_purpose(token, verbs: frozenset[str]):
    """The helping purpose infinitive of a deployment verb ("to help", "to support"), or None."""
    for child in token.children:
        if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in verbs and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and \
                not any(c.dep_ == "neg" for c in child.children):
            return child
    return None


def military_help(cand, coding: Coding, sources: list, targets: list, lexicon: Lexicon) -> Coding:
    """``coding`` retyped AID 074 (AGREE 0334 when intended) for troops sent to help a foreign
    side; else unchanged."""
    spec = lexicon.semantics["military_help"]
    if cand.entry.pos != "verb" or cand.entry.cameo != "154" or cand.entry.lemma not in spec["deploy_verbs"]:
        return coding
    if coding.type not in ("MOBILIZE", "THREATEN") or coding.negated:
        return coding
    if _help_purpose(cand.token, frozenset(spec["help_verbs"])) is None:
        return coding
    senders = {m.actor.country for m in sources if m.actor and m.actor.country}
    helped = {m.actor.country for m in targets if m.actor and m.actor.country}
    if not helped or helped <= senders:
        return coding
    if coding.type == "THREATEN" or sem.is_future(cand.token, lexicon):
        return replace(coding, type="AGREE", cameo="0334", rule=coding.rule + "~help", mode="intend")
    return replace(coding, type="AID", cameo="074", rule=coding.rule + "~help", mode=None)


def deployed_investigation(cand, lexicon: Lexicon):
    """The inner investigating purpose of a troop or police deployment (the candidate to code in
    the deployment's place), or None."""
    spec = lexicon.semantics["military_help"]
    if cand.entry.pos != "verb" or cand.entry.cameo != "154" or cand.entry.lemma not in spec["deploy_verbs"]:
        return None
    verbs = lexicon.semantics["investigating_purpose"]["verbs"]
    return next((inner for inner in cand.inner if inner.token.head.i == cand.token.i and
                 inner.token.dep_ in ("advcl", "xcomp") and inner.token.lemma_.lower() in verbs), None)
