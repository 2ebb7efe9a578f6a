"""Whether and how an outermost trigger codes an event: ``decide``, the guards and moods it runs.

Moved unchanged out of ``coder.py`` (round 34, issue 13), which was at the module size limit:
``decide`` gives the type and code of a trigger ``find_candidates`` kept, or None when a guard
(hypothetical, negated without refusal, background without its own doer or place, ...) drops it;
``coder.code_sentence`` calls it once per trigger.
"""

from __future__ import annotations

from detente.events import (
    addressing,
    attempts,
    cautions,
    complements,
    conditions,
    guards,
    judgements,
    moods,
    nonevents,
    precision,
    recall14,
    refusals,
    spurious,
    unseen,
    wars,
)
from detente.events import semantics as sem
from detente.events.arguments import MentionIndex, actors_under
from detente.events.context import place_sources
from detente.events.crowd_doers import occurring_place
from detente.events.intents import as_intent, conditional_threat, intent
from detente.events.journeys import journey_ahead
from detente.events.lexicon import Lexicon
from detente.events.sources import from_sources
from detente.events.triggers import Candidate, Coding
from detente.events.unheld import unheld


def decide(cand: Candidate, lexicon: Lexicon, index: MentionIndex | None = None) -> Coding | None:
    """The type and code of an outermost trigger, or None when it codes no event (a setting is
    coded only when it names its own doer, which needs the ``index``)."""
    entry, token = cand.entry, cand.token
    inner = cand.inner[0] if cand.inner else None
    if sem.is_hypothetical(token, lexicon) or \
            (sem.is_unasserted_purpose(token, lexicon) and not moods.investigating_body(token, lexicon)
             and not addressing.addressed_act(token, entry.type) and not moods.protest_purpose(token, lexicon)) or \
            sem.is_imperative(token) or sem.is_indirect_question(token, lexicon) or \
            sem.is_disaster_emergency(token, entry.id, lexicon) or complements.unasserted_doer(token, lexicon):
        return None  # ... "there were no troops moving into X": the participle's doer in no asserted act (f88)
    if guards.conjunction_sense(token, lexicon) or guards.document_content(token, entry.type, lexicon) or \
            guards.lone_session(token, entry.type, lexicon) or guards.grounds(token, lexicon) or \
            guards.inverted_condition(token) or guards.refused_comment(token, entry.type, lexicon) or \
            guards.natural_warning(token, entry.type, lexicon) or guards.opinion_agreement(token, entry.type, lexicon) or \
            precision.no_act(token, entry.lemma, entry.type, lexicon, index) or attempts.failed_attempt(token, entry.type, lexicon) or \
            spurious.no_act(cand, lexicon) or nonevents.no_act(token, entry.type) or \
            judgements.unjudged(token, entry.type, index) or cautions.danger_warning(token, entry.type, index) or \
            judgements.armed_fire(token, entry.id, index, lexicon.semantics["precision"]) or \
            (inner is not None and nonevents.prevented(inner.token, token)) or wars.unfought_war(cand, index, lexicon):
        return None  # "provided that ...", "a bill providing quotas", "the cabinet met", "arrested for insulting"
    if guards.unaffirmed_commitment(entry.id, token, lexicon):
        return None  # "analysts doubt Washington's commitment to Taiwan": no affirming verb (f73)
    if entry.type == "REQUEST" and sem.asks_question(token, lexicon):
        return None  # "asked whether Israel had attacked": a question, not a demand
    if sem.is_background(token, lexicon) and (index is None or not (own_doer(cand, index) or
                                                                     from_sources(cand, index, lexicon) or
                                                                     own_place(cand, index, lexicon) or
                                                                     recall14.setting_act(cand, index, lexicon) or
                                                                     recall14.died_in_attack(token, lexicon))):
        return None
    if sem.is_speculative(token, lexicon) and not conditional_threat(cand, lexicon):
        return None
    modality = sem.noun_modality(token, lexicon) or conditions.meeting_to_come(token, entry.type)
    if modality == "unasserted":
        return None  # "worked to arrange a meeting", "the summit meeting" (its head codes it): round 21
    if modality in ("speculative", "cancelled") or moods.disavowed(token, lexicon) or \
            moods.proposed_power(token, lexicon):
        return None  # "a possible attack", "the cancelled summit", "has no plans to withdraw"
    if unheld(cand, entry.type, lexicon, index) or conditions.put_off_visit(cand):
        return None  # "ending the truce", "ceasefire talks", "rejected the criticism", "postponed his visit"
    if (refusal := unseen.refused_change(cand, lexicon)) is not None:
        return refusal  # "will not reconsider": a refusal asserted
    if (concession := unseen.under_pressure(cand, lexicon)) is not None:
        return concession  # "will shelve the unpopular bill after protests": a policy reversed under pressure
    composes = inner is not None and (entry.cameo[:2] in lexicon.compose or entry.role == "intent")
    rule = entry.id + (f">{inner.entry.id}" if composes else "")
    if entry.role == "none":
        return None
    if entry.role == "intent":
        return intent(cand, inner, lexicon, rule)
    if sem.is_negated(token, lexicon):
        if entry.negated != "REJECT" and not refusals.future_refusal(cand, lexicon):
            return None  # "will not negotiate": a refusal (round 24)
        code = lexicon.composed("120", entry.type, entry.cameo)
        return Coding("REJECT", code, rule + "!negated", negated=True)
    cameo = entry.cameo
    if inner is not None and inner.entry.type:
        cameo = lexicon.composed(entry.cameo, inner.entry.type, inner.entry.cameo)
    if conditions.agreed_sanction(cand, lexicon):  # "the EU agreed new sanctions against Iran": the sanction decided
        return Coding(inner.entry.type, inner.entry.cameo, rule + "~agreed")
    if conditional_threat(cand, lexicon):
        code = lexicon.composed("130", entry.type, cameo)
        return Coding("THREATEN", code, rule + "~conditional")
    if entry.id in lexicon.semantics.get("appearance_entries", ()) and (
            sem.is_future(token, lexicon) or modality == "planned" or moods.expected(token, lexicon)):
        return None  # "is scheduled to appear in court": a hearing to come, no threat by the court (round 19)
    if entry.type in lexicon.words["future_types"] and (sem.is_future(token, lexicon) or journey_ahead(cand, lexicon)):
        return as_intent(entry.type, cameo, lexicon, rule + "~future")
    if entry.type in lexicon.words["future_types"] and modality == "planned":
        return as_intent(entry.type, cameo, lexicon, rule + "~planned")  # "the planned trip"
    if moods.expected(token, lexicon):  # "is expected to sign", "close to a deal": intended, not done
        return as_intent(entry.type, cameo, lexicon, rule + "~expected") \
            if entry.type in lexicon.words["future_types"] else Coding(entry.type, cameo, rule + "~expected", mode="intend")
    if moods.protest_purpose(token, lexicon):
        return Coding(entry.type, cameo, rule + "~purpose")  # "walked off the job to protest"
    return Coding(entry.type, cameo, rule)


def own_doer(cand: Candidate, index: MentionIndex) -> bool:
    """True for a nominal trigger whose own phrase names its doer: a possessor ("Turkey's
    offensive"), a ``by`` agent ("criticism by the Greek foreign minister", "an attack conducted by
    the Taliban") or an actor adjective or compound ("Turkish airstrikes", "US sanctions")."""
    token = cand.token
    if cand.entry.pos != "noun":
        return False
    for child in token.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod") and index.at(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "by" or child.dep_ == "acl":
            agents = [a for a in child.subtree if a.dep_ == "pobj" and a.head.lower_ == "by"]
            if any(actors_under(a, index) for a in agents):
                return True
    return False


def own_place(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> bool:
    """True for a nominal protest whose own phrase names the place it happened ("during
    anti-government protests across Egypt", "after riots in Dhaka"): like an own doer, the place's
    people did it (``crowd_doers.occurring_place``), so a setting that names it is an act to record."""
    if cand.entry.pos != "noun" or cand.entry.type not in lexicon.semantics["occurring_types"]:
        return False
    return bool(occurring_place(cand, index, lexicon)) and bool(place_sources(cand.token, index, lexicon))
