"""From triggers and arguments to :class:`~detente.records.Event` records.

For each sentence that holds a resolved actor: find the triggers (the lexicon's; the trigger model's
when on), keep the outermost ones (an inner trigger refines its outer one's CAMEO code), decide the
type under negation, intent and future, read source and target off the parse, fill every field.
Three rules (``rules.py``) code events without a trigger word: a conditional warning ("would be
devastating for Russia if...") is THREATEN, "X said Y must..." is REQUEST, calling an actor a
killer/criminal/liar is ACCUSE. An event needs a located source and mostly an interaction (``interacting``).
"""

from __future__ import annotations

from dataclasses import replace

from detente.events import (
    acted_on,
    addressing,
    attach,
    attempts,
    cautions,
    complements,
    conditions,
    conventions,
    custody,
    disputes,
    guards,
    judgements,
    moods,
    nonevents,
    noun_routes,
    one_act,
    pledges,
    precision,
    recall14,
    recall15,
    referents,
    refusals,
    side_marks,
    spurious,
    trigger_model,
    unseen,
    victims,
)
from detente.events import semantics as sem
from detente.events.agentless import passive_attacker
from detente.events.answers import answered_targets, drawn_targets, provoked_targets
from detente.events.argument_model import model_source, model_target
from detente.events.arguments import (
    MentionIndex,
    actors_under,
    participant,
    passive_marks,
    subject_head,
)
from detente.events.blame import authorship_claims, responsibility_claims
from detente.events.boundaries import deployed_investigation, relief_deployment
from detente.events.colleagues import colleague_targets
from detente.events.context import (
    condition_doers,
    context_targets,
    diplomatic,
    doer_sector,
    name_part,
    place_sources,
    place_targets,
    reporter_part,
)
from detente.events.crowd_doers import (
    followers,
    occurring_place,
    opponents_of,
    opposed_government,
    story_crowd,
)
from detente.events.doers import (
    armed_unnamed,
    at_place,
    earlier_role,
    foreign_victims,
    passive_doers,
    place_part,
    placed_doers,
    placed_weapon,
    story_state,
    struck_at_place,
    unplaced_doer,
)
from detente.events.factive import consequences, factive_objects
from detente.events.holders import held_targets
from detente.events.homes import PLACE_HOME
from detente.events.inner import released
from detente.events.intents import as_intent, conditional_threat, intent
from detente.events.interaction import deduplicate, home_places_of, interacting, someone
from detente.events.journeys import (
    carrying_clauses,
    delegation_leaders,
    destinations,
    home_arrival,
    journey_ahead,
    meeting_purpose,
)
from detente.events.lexicon import Lexicon
from detente.events.masses import mass_expulsion
from detente.events.named_doers import named_doers
from detente.events.partners import (
    act_anaphor_targets,
    act_doers,
    cause_targets,
    claimed_targets,
    despite_targets,
    pairs_of,
    same_act_targets,
)
from detente.events.restrictions import story_restriction
from detente.events.riots import rioting
from detente.events.rules import (
    conditional_threats,
    crowd_actions,
    labelling_accusations,
    obligations,
    reported_wrongdoing,
)
from detente.events.senders import investigation_senders
from detente.events.sides import participants
from detente.events.sources import (
    agentless,
    by_agent,
    from_sources,
    moved_owners,
    quoted_speaker,
    sole_country,
    sources_of,
    unnamed_agent,
    unplaced_attackers,
    verbal_anchor,
)
from detente.events.stationed import stationed_targets
from detente.events.targets import (
    between,
    impact_targets,
    occurring_targets,
    struck_targets,
    targets_of,
)
from detente.events.triggers import Candidate, Coding, find_candidates
from detente.events.unheld import unheld
from detente.events.venues import without_venues
from detente.records import CodedArticle, Event, Mention, Participant

NAMED_HOMES = frozenset({"home:name", PLACE_HOME})
"""Placements read off a mention's own words, not guessed from the story."""


def decide(cand: Candidate, lexicon: Lexicon, index: MentionIndex | None = None) -> Coding | None:
    """The type and code of an outermost trigger, or None when it codes no event (a setting is
    coded only when it names its own doer, which needs the ``index``)."""
    entry, token = cand.entry, cand.token
    inner = cand.inner[0] if cand.inner else None
    if sem.is_hypothetical(token, lexicon) or \
            (sem.is_unasserted_purpose(token, lexicon) and not moods.investigating_body(token, lexicon)
             and not addressing.addressed_act(token, entry.type) and not moods.protest_purpose(token, lexicon)) or \
            sem.is_imperative(token) or sem.is_indirect_question(token, lexicon) or \
            sem.is_disaster_emergency(token, entry.id, lexicon):
        return None
    if guards.conjunction_sense(token, lexicon) or guards.document_content(token, entry.type, lexicon) or \
            guards.lone_session(token, entry.type, lexicon) or guards.grounds(token, lexicon) or \
            guards.inverted_condition(token) or guards.refused_comment(token, entry.type, lexicon) or \
            guards.natural_warning(token, entry.type, lexicon) or guards.opinion_agreement(token, entry.type, lexicon) or \
            precision.no_act(token, entry.lemma, entry.type, lexicon, index) or attempts.failed_attempt(token, entry.type, lexicon) or \
            spurious.no_act(cand, lexicon) or nonevents.no_act(token, entry.type) or \
            judgements.unjudged(token, entry.type, index) or cautions.danger_warning(token, entry.type, index) or \
            judgements.armed_fire(token, entry.id, index, lexicon.semantics["precision"]) or \
            (inner is not None and nonevents.prevented(inner.token, token)):
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


def make_event(coding: Coding, src: list[Participant], tgt: list[Participant], trigger_span: tuple[int, int],
               sentence, sentence_index: int, lexicon: Lexicon, text: str) -> Event:
    """Fill every field of an Event from a coding, its participants and the sentence."""
    code = lexicon.code(coding.cameo)
    starts = [trigger_span[0], *(p.start for p in src + tgt if p.start is not None)]
    ends = [trigger_span[1], *(p.end for p in src + tgt if p.end is not None)]
    mode = coding.mode or (code.mode or None)
    return Event(
        type=coding.type, cameo=coding.cameo, goldstein=code.goldstein, quad=lexicon.quads[coding.type],
        source=src, target=tgt, sentence=sentence_index, start=min(starts), end=max(ends),
        trigger=text[trigger_span[0]:trigger_span[1]], trigger_start=trigger_span[0],
        trigger_end=trigger_span[1], evidence=text[sentence.start_char:sentence.end_char], rule=coding.rule, mode=mode,
        context=list(code.contexts), negated=coding.negated,
    )


def code_trigger(cand: Candidate, coding: Coding, lexicon: Lexicon,
                 index: MentionIndex) -> tuple[Coding, list, list, str] | None:
    """Coding, sources, targets and side marks of an outermost trigger ``decide`` gave ``coding``, or None.

    The side marks (``side_marks``: ``~plural ~forces ~stationed ~repeated``) are evidence only: they are
    carried apart from ``coding.rule`` and appended when ``code_sentence`` makes the row, so no test of the
    rule's suffix (``endswith("~own")`` and the like) ever reads them."""
    sources, passive = sources_of(cand, index, lexicon)
    coding = replace(coding, rule=coding.rule + noun_routes.noun_route(cand, sources, index, lexicon))  # round 24
    sources = unseen.apposed_place_subject(sources, cand.token.doc)  # "in Lima, Peru kills"
    if not sources and (sources := victims.verb_doers(cand, index, lexicon)):
        coding = replace(coding, rule=coding.rule + "~inattack")  # "were killed in a US airstrike": the US
    if (fought := victims.fought_with(cand, index, lexicon))[0] and {m.start for m in sources} <= {m.start for m in fought[1]}:
        (sources, passive), coding = fought, replace(coding, rule=coding.rule + "~foughtwith")  # "died in fighting with X"
    if not sources and (sources := custody.custodians(cand, index, lexicon)):
        coding = replace(coding, rule=coding.rule + "~custody")  # "died of torture in Turkish police custody"
    if not sources and (sources := investigation_senders(cand, index, lexicon)):
        coding = replace(coding, rule=coding.rule + "~sender")  # "appointed a commission to investigate"
    if not sources and (sources := delegation_leaders(cand, index, lexicon)):
        coding = replace(coding, rule=coding.rule + "~led")  # "a delegation led by X arrived in Y" (e93)
    if not sources and (speaker := quoted_speaker(cand, index, lexicon)):
        sources, coding = speaker, replace(coding, rule=coding.rule + "~speaker")
    if placed_weapon(cand.token, sources, lexicon):  # "killed by a roadside bomb in Syria"
        coding = replace(coding, rule=coding.rule + "~place")
    pair = between(cand, index, lexicon.words["occurrence_verbs"]) or victims.clash_sides(cand, index, lexicon)
    sources = [m for m in sources if m.text.lower() not in lexicon.words["news_agencies"]]
    if not sources and pair:  # "clashes between X and Y": X -> Y (mutual acts: see pairs_of)
        sources, pair = (pair, []) if coding.type in lexicon.words["mutual_types"] else (pair[:1], pair[1:])
    if not sources and cand.entry.role == "intent" and cand.inner:
        sources, _ = sources_of(cand.inner[0], index, lexicon)
    if not sources and (coding.type in lexicon.words["place_source_types"] or conventions.legal_passive(cand, lexicon)) \
            and unnamed_agent(cand.token, index, lexicon):
        found = place_sources(cand.token, index, lexicon)
        if all(m.actor.entry == PLACE_HOME for m in found) and agentless(cand.token, lexicon):
            found = []  # "a man was shot and killed in Portland": a gazetteer town is no doer of a doerless act
        sources = doer_sector(cand.token, found, index)
        coding = replace(coding, rule=coding.rule + "~place") if sources else coding
    if not sources and (sources := occurring_place(cand, index, lexicon)):
        coding = replace(coding, rule=coding.rule + "~occurred")  # "riots broke out in Nairobi"
    if not sources and (sources := opponents_of(cand, index, lexicon)):
        coding = replace(coding, rule=coding.rule + "~opponents")  # "opponents of President X demanded"
    if not sources and (sources := story_crowd(cand, index, lexicon)):
        coding = replace(coding, rule=coding.rule + "~story")  # "the bill has sparked protests" in one country
    if not sources and (found := passive_doers(cand, coding, index, lexicon)):
        sources, suffix = found
        passive = [] if suffix == "~mover" else passive  # the troops deployed are the doers
        coding = replace(coding, rule=coding.rule + suffix)
    if not sources and (sources := recall14.legal_state(cand, coding, index, lexicon)):
        coding = replace(coding, rule=coding.rule + "~state~legal" + passive_marks(cand))  # "a Ugandan opposition leader was charged"
    if not sources:
        sources, people = story_state(cand, index, lexicon)
        if sources:
            passive = people  # "The suspect in the shooting at the Subway is arrested": the suspect
            coding = replace(coding, rule=coding.rule + "~state~story" + passive_marks(cand, sources))
    if not sources and (sources := story_restriction(cand, index, lexicon)):
        coding = replace(coding, rule=coding.rule + "~state~restriction")  # "A nationwide lockdown begins"
    if not sources and (anchor := verbal_anchor(cand, lexicon)) is not None:
        if sources := earlier_role(anchor, index):
            coding = replace(coding, rule=coding.rule + "~earlier")
        elif not armed_unnamed(anchor, coding, index, lexicon) and \
                (sources := sole_country(anchor, index, lexicon.words["quantity_nouns"], lexicon)):
            coding = replace(coding, rule=coding.rule + "~context")
    if not sources and coding.type in (typed := lexicon.semantics["agent_context_types"]) and (agent := by_agent(cand)) \
            and (sources := sole_country(cand.token, index, lexicon.words["quantity_nouns"], lexicon, agent, typed[coding.type])):
        coding = replace(coding, rule=coding.rule + "~context")  # "protests by Tibetan students" in China
    if not sources and coding.type in lexicon.semantics["unnamed_doer_types"] and \
            unnamed_agent(cand.token, index, lexicon) and (sources := unplaced_doer(cand.token, index, lexicon)):
        coding = replace(coding, rule=coding.rule + "~unnamed")
    if not sources and (found := passive_attacker(cand, index, lexicon))[0]:
        sources, passive = found  # "the security minister was stabbed": an unnamed attacker (round 19b)
        coding = replace(coding, rule=coding.rule + "~unnamed~passive")
    if not sources and (learned := model_source(cand.token, coding, index, lexicon)):  # learned, if switched on
        sources, coding = learned
    if not sources or conventions.no_act(coding, sources, cand, lexicon) or moods.state_protest_purpose(coding.rule, sources, lexicon):
        return None  # no doer; "police halted the sit-in" is no eased dissent; "recalled its envoy to protest"
    passive = attach.act_owners(cand, passive, lexicon.words["act_anaphors"])  # "the attack on X was blamed on Y"
    targets = passive + targets_of(cand, index, lexicon.words["topic_object_verbs"],
                                    lambda inner: guards.grounds(inner, lexicon), lexicon.words["light_verbs"]) + pair
    targets = acted_on.placed_people(cand, targets, index, lexicon.words["person_nouns"],  # "fired at supporters in Nairobi"
                                     lexicon.words["locative_prepositions"])
    targets = acted_on.state_act_place(cand, sources, targets, index,  # "denounced the detention of Britons in Iran"
                                       lambda lemma: {t.type for t in lexicon.triggers.get(("noun", lemma), ()) if t.type})
    if "~custody" in coding.rule:
        targets = targets or custody.detainees(cand, index)  # "a Kurdish prisoner died"
    targets = targets or victims.harmed(cand, index, lexicon)  # "two Afghan policemen were killed in a US airstrike"
    targets = targets or impact_targets(cand, index, lexicon.words["impact_verbs"])
    targets = targets or struck_targets(cand, sources, index, lexicon)
    targets = targets or occurring_targets(cand, index, lexicon)
    if not targets and (targets := destinations(cand, index, lexicon)):
        coding = replace(coding, rule=coding.rule + "~journey")  # "a tour that will take him to X and Y" (e93)
    if not targets and carrying_clauses(cand, lexicon):
        return None  # "a tour that took him to the border with Pakistan": where he went names no one (f73)
    targets = targets or held_targets(cand, index, lexicon)  # "an aid package for Ukraine"
    targets = targets or attach.motive_targets(cand, index)  # "a hunger strike in protest of X's refusal"
    targets = targets or recall14.setting_partners(cand, sources, index, lexicon)  # "in a call, X urged Y"
    targets = targets or disputes.dispute_sides(cand, index, lexicon)  # "a truce in its war with X"
    targets = [m for m in targets if not _in_place_name(m, cand.token.doc, index)]
    targets = pledges.addressees(cand, coding, targets, index)  # "pledged converting the Greek church": no one
    targets, own_state = pledges.own_state_doers(cand, coding, sources, targets, index)  # "warned that Russia would"
    coding = replace(coding, rule=coding.rule + own_state)
    if coding.rule.endswith("~unnamed") and not any(m.actor and m.actor.country for m in targets):
        return None  # an unplaced doer acting on no one placed says nothing a user can count
    if not targets and coding.rule.endswith("~conditional"):
        targets = condition_doers(cand.token, index, lexicon)
    stationed = ""  # "Chile, which has troops in Haiti, announced its withdrawal" (round 29)
    if not targets and coding.type in lexicon.words["place_target_types"]:
        targets = place_targets(cand.token, sources, index, lexicon, coding.type)
        if not targets and coding.type == "RETREAT" and (targets := stationed_targets(cand.token, sources, index, lexicon)):
            stationed = "~stationed"
        targets = [m for m in targets if not _in_place_name(m, cand.token.doc, index)]
    if not targets and coding.rule.endswith("~place") and coding.type in lexicon.semantics["unnamed_doer_types"]:
        sources, targets = struck_at_place(cand.token, sources, index, lexicon)  # "explodes at the FIA's offices"
        if not targets:  # "militants set off a bomb in Zahedan, Iran": the place it hit (~at)
            targets = at_place(cand.token, sources, index, lexicon)
            sources = placed_doers(cand.token, sources, targets, index, lexicon)
            coding = replace(coding, rule=coding.rule + "~at") if targets else coding
    if coding.rule.endswith("~place") and foreign_victims(cand.token, coding, sources, targets, lexicon):
        sources = unplaced_doer(cand.token, index, lexicon)  # "gunmen in Syria killed two Turkish soldiers"
        if not sources:
            return None
        coding = replace(coding, rule=coding.rule + "~unnamed")
    coding, sources = unplaced_attackers(cand.token, coding, sources, index, lexicon, targets)  # "a bomb in Bogota"
    coding, sources = named_doers(cand.token, coding, sources, targets, index, lexicon)  # "in a Turkish airstrike"
    if coding.type == "PROTEST" and cand.entry.pos == "verb":
        sources = followers(cand, sources, lexicon)  # "supporters of the former president blocked roads"
    if coding.type == "PROTEST" and not targets and (targets := opposed_government(cand, sources, lexicon)):
        coding = replace(coding, rule=coding.rule + "~anti")  # "an anti-government march in Bahrain"
    if "~story" in coding.rule and not targets and cand.token.dep_ not in ("nsubj", "nsubjpass") and \
            not sem.casualty_cause(cand.token, lexicon):  # "ten people are dead after protests" (round 30)
        return None  # "the bill has sparked protests": a story crowd's protest counts as told ("protests filled
        # the streets") or with whom it is against ("the protests against his government"), not in passing
    if coding.type == "PROTEST" and "~place" not in coding.rule and diplomatic(cand, sources, lexicon):
        coding = replace(coding, type="ACCUSE", cameo="111", rule=coding.rule + "~diplomatic")
    elif coding.type == "PROTEST" and any(m.actor.sector in ("GOV", "ELI") for m in sources) and \
            not cand.entry.id.endswith("+in-protest"):  # "two ministers resigned in protest" (round 21) is one
        return None  # "the president spoke at a rally": a campaign rally, not a demonstration
    if cand.entry.id.endswith("+in-protest") and cand.token.dep_ in ("advcl", "acl", "xcomp") and \
            not any(c.dep_ == "nsubj" for c in cand.token.children):
        return None  # "May appointed him ..., resigning in protest": a participle's resigner is not the clause's
        # subject; "criticised the decision and resigned in protest" (a conjunct) shares its subject
    coding = rioting(cand, coding, lexicon)  # "protesters vandalised a station": a riot
    coding = mass_expulsion(cand, coding, lexicon)  # "forced out 1,000 refugees": a mass expulsion
    coding = conventions.civil_blockade(coding, sources, lexicon)  # "farmers blockaded the port": a protest
    sources, targets = recall14.venue_sides(cand, coding, sources, targets, lexicon, index)  # a venue, a host, "except X"
    if recall14.same_side_setting(cand, sources, targets, lexicon):
        return None  # "said in a meeting with his prime minister": one body
    if precision.home_visit(cand, coding, sources, targets, lexicon) or home_arrival(cand, sources, targets, lexicon):
        return None  # "the prime minister will visit Leeds": no counterpart met
    if meeting_purpose(cand, lexicon):
        return None  # "flew to Vienna for talks with the IAEA": the talks are the row (f73)
    coding = precision.retyped(cand, coding, sources, targets, lexicon)  # "clashed with ministers over fees"
    if one_act.armed_idiom(cand.token, coding, sources, lexicon):
        return None  # "troops took aim at the soldiers": a physical attack, no criticism
    coding = nonevents.verbal_attack(cand, coding, sources, targets, lexicon)  # "attacked X for doing"
    marks = side_marks.doer_marks(sources, cand.token.doc, moved_owners(cand, index, lexicon)) + \
        (stationed if targets else "") + side_marks.repeated_mark(cand.token, targets)  # round 29's side rules
    return (coding, sources, targets, marks) if coding is not None else None


def _in_place_name(mention: Mention, doc, index: MentionIndex) -> bool:
    """A country inside a place's name ("the Gulf of Mexico coast") is no side."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and name_part(span.root, index)


def code_sentence(coded: CodedArticle, sentence, sentence_index: int, lexicon: Lexicon,
                  index: MentionIndex) -> list[Event]:
    """All events of one sentence, outermost triggers first, then the two trigger-less rules."""
    text = coded.article.text
    events: list[Event] = []
    pending = trigger_model.proposed(find_candidates(sentence, lexicon, index), sentence, lexicon, index)
    doc, words = sentence.doc, range(sentence.start, sentence.end) if pending else range(0)  # mentions: none if no trigger
    mentioned = [(t, m) for t in (doc[i] for i in words if index.by_token.get(i)) for m in index.at(t)]
    present = {(m.actor.country, m.actor.sector) for t, m in mentioned
               if not (reporter_part(t, lexicon) or name_part(t, index)) and
               m.actor.entry != PLACE_HOME}  # "..., Thai police said"; a gazetteer place is no side
    placed = [(m, place_part(t, m, lexicon)) for t, m in mentioned]
    places = {(m.actor.country, m.actor.sector) for m, is_place in placed if is_place}
    places -= {(m.actor.country, m.actor.sector) for m, is_place in placed if not is_place}
    present |= {(None, m.text) for i in words if (m := index.unresolved.get(i)) is not None}
    while pending:
        cand = pending.pop(0)
        if (purpose := deployed_investigation(cand, lexicon)) is not None:
            pending.insert(0, purpose)  # "deployed police to investigate": the investigation, not a deployment
            continue
        cand = relief_deployment(cand, lexicon) or cand  # "sent troops to help flood victims": aid
        coding = decide(cand, lexicon, index)  # once: ``released`` reads it when no row comes of it
        result = code_trigger(cand, coding, lexicon, index) if coding is not None else None
        if result is None:
            pending.extend(released(cand, coding, lexicon))
            continue
        coding, sources, targets, marks = result
        pending.extend(factive_objects(cand, coding, lexicon))  # "condemned Israel's attack on Gaza": the attack too
        pending.extend(consequences(cand, coding))  # "..., prompting Japan to protest": Japan's protest
        pending.extend(recall14.inner_settings(cand, lexicon))  # "In a phone call with X, Y discussed": the call
        src, tgt = participants(sources, targets, text)
        if coding.type in lexicon.words["no_media_sides"]:  # an interview is no consultation
            src, tgt = [p for p in src if p.sector != "MED"], [p for p in tgt if p.sector != "MED"]
            if not src:
                continue
        promised = pledges.content_sides(cand, coding, index)  # "pledged converting X, once a Greek church"
        routed = pledges.routed(cand, coding)  # "pledged cleaner hospitals": no one it is made to, no route
        if not tgt and src and routed and not recall14.own_partners_only(cand, coding.type, src, lexicon):
            tgt, suffix = colleague_targets(cand, src, lexicon, index), "~colleagues"  # "talks with fellow ministers"
            if not tgt:
                tgt, suffix = referents.state_organ(cand, src, sentence_index, coded.events + events, index,
                                                    lexicon), "~referent"  # "The US criticised the government"
            if not tgt:
                tgt, suffix = context_targets(cand, src, sentence, index, lexicon)
            if not tgt and (tgt := acted_on.clause_place_people(cand, src, index, lexicon.words["person_nouns"],
                                                                lexicon.words["locative_prepositions"])):
                suffix = "~placed"  # "killed 12 people when they blew themselves up in Baghdad"
            if not tgt and (tgt := [participant(m) for m in acted_on.clause_victims(cand, src, index)]):
                suffix = "~victims"  # "two children were killed when the Israeli military shelled a crowd"
            if not tgt and (tgt := act_anaphor_targets(cand, src, coded.events + events, lexicon)):
                suffix = "~anaphor"
            if not tgt and (tgt := recall15.policy_owner(cand.token, coding.type, src, index, lexicon.semantics["recall15"])):
                suffix = "~policyowner"  # "a teachers' union condemned the plans", one country's story (round 27)
            if not tgt and (tgt := referents.earlier_side(cand, src, sentence_index, coded.events + events,
                                                          index, lexicon)):
                suffix = referents.side_suffix(cand)  # "North Korea fired two missiles. Japan condemned it"
            if not tgt and (tgt := unseen.undergoer_targets(cand, src, index, lexicon)):
                suffix = "~undergoer"  # "the company faces scrutiny by the Justice Department"
            if not tgt and (tgt := unseen.act_agent_targets(cand, src, index, lexicon)):
                suffix = "~byagent"  # "criticised the proclamation of X as Y by the President of Z"
            if not tgt and ("~pressure" in coding.rule or coding.type == "CONCEDE" and
                            attach.outside_pressure(cand, lexicon.semantics["unseen"]["pressure_words"])) and \
                    (tgt := unseen.pressure_targets(cand, src, index, lexicon)):  # any concession under pressure
                suffix = "~yielded"  # "following protests by students": the students
            if not tgt and coding.type in attach.RESTRICTING_TYPES and "~place" not in coding.rule and \
                    (tgt := unseen.restricted_people(cand, src, index, lexicon)):
                suffix = "~restricted"  # "imposed a curfew in Lima": Lima's people
            if not tgt and (tgt := attach.between_unplaced(cand, src, index, lexicon.words["occurrence_verbs"])):
                suffix = "~between"  # "clashes between Iraqi troops and Kurdish fighters in Kirkuk"
            if not tgt and (tgt := cause_targets(cand, src, index, lexicon)):
                suffix = "~cause"
            if not tgt and (tgt := [participant(m) for m in attach.answered_doers(cand, src, index)]):
                suffix = "~cause"  # "After Russia annexed Crimea, the EU imposed sanctions"
            if not tgt and (tgt := despite_targets(cand, src, index, lexicon)):
                suffix = "~despite"
            if not tgt and (tgt := drawn_targets(cand, src, index, lexicon)):
                suffix = "~drawn"
            if not tgt and (tgt := answered_targets(cand, src, index, lexicon)):
                suffix = "~answered"  # "resigned after criticism from his party's MPs"
            if not tgt and (tgt := provoked_targets(cand, src, index, lexicon)):
                suffix = "~provoked"  # "sent warships, prompting Japan to protest"
            if not tgt and (tgt := same_act_targets(
                    coding.type, src, coded.events + events, present, coding.mode, cand.token)):
                suffix = "~article"
            if not tgt and (tgt := claimed_targets(cand, src, sentence, index, lexicon)):
                suffix = "~claimed"
            if tgt and not (tgt := [p for p in tgt if (p.start, p.end) not in promised]):
                suffix = ""  # what is promised is no side, from the routes either (f73)
            coding = replace(coding, rule=coding.rule + suffix) if suffix else coding
        if ("~place" in coding.rule or "~unnamed" in coding.rule) and \
                (doers := _told_doers(cand, src, [e for e in coded.events + events if e.type == coding.type], lexicon)):
            src = doers  # "Israel struck Gaza. The strikes killed 20 people in Gaza City": Israel's strikes
            coding = replace(coding, rule=coding.rule.replace("~place", "").replace("~unnamed", "") + "~anaphor")
        tgt = without_venues(coding.type, tgt, cand.token, lexicon)  # "a conference held in Doha, Qatar"
        if not tgt and routed and not promised and not coding.rule.endswith(("~unplaced", "~own", "~ownstate", "~diplomatic")) and \
                not interacting(coding.type, src, tgt, present - home_places_of(places, src), lexicon) and \
                (tgt := recall15.home_side(cand, coding.type, src, mentioned, index, lexicon, text)):
            coding = replace(coding, rule=coding.rule + "~homeside")  # no foreign side: a domestic act
        if not tgt and routed and not promised and \
                (tgt := recall15.policy_owner(cand.token, coding.type, src, index, lexicon.semantics["recall15"], True)):
            coding = replace(coding, rule=coding.rule + "~policyowner")  # last resort: the named side was no target
        if not tgt and coding.type == "ACCUSE" and (tgt := recall15.complained_of(cand, src, mentioned, index)):
            coding = replace(coding, rule=coding.rule + "~complained")  # "complained of bias in the media" (round 20)
        if not tgt and (split := unseen.domestic_partners(coding.type, src, lexicon)):
            src, tgt = split  # "talks between the president's advisers and the Speaker"
        if not tgt and (learned := model_target(cand.token, coding, src, mentioned, lexicon)):  # learned, if on
            tgt, coding = learned
        if not tgt and ({coding.type, cand.entry.id} & lexicon.words["partners_needed"]) and len({p.country for p in src}) < 2:
            continue  # "Richardson discussed his role": a consultation with no one
        marks = side_marks.confirmed_repeated(marks, cand.token, tgt)  # ~repeated on the final targets only
        complete = coding.rule.endswith(("~unplaced", "~own", "~ownstate")) and "~place" not in coding.rule or \
            not tgt and refusals.unmade_offer(cand, coding.type, index, lexicon)  # "rejected an invitation to ..."
        home_places = home_places_of(places, src)
        if interacting(coding.type, src, tgt, present - home_places, lexicon) or complete:
            coding = _homed(replace(coding, rule=coding.rule + marks), src + tgt, index)  # evidence marks, last
            if _guessed_home(src + tgt, index) and not someone(tgt, index, lexicon) and \
                    not any(mark in coding.rule for mark in ("~election", "~colleagues")):
                continue  # "officials cleared the area" needs someone acted on; an election judged is the state's act, colleagues people
            for row_src, row_tgt in attach.each_other_rows(cand, src, tgt) or \
                    ([(src, tgt)] if nonevents.given_together(cand.token, coding.type) else None) or \
                    ([(src, tgt)] if disputes.accepted_offer(cand, lexicon) else None) or \
                    pairs_of(coding.type, src, tgt, lexicon, cand):  # "accused each other"
                events.append(make_event(coding, row_src, row_tgt, cand.span, sentence, sentence_index, lexicon, text))
    for coding, sources, targets, span in (*conditional_threats(sentence, lexicon, index),
                                           *labelling_accusations(sentence, lexicon, index),
                                           *obligations(sentence, lexicon, index),
                                           *reported_wrongdoing(sentence, lexicon, index),
                                           *crowd_actions(sentence, lexicon, index),
                                           *responsibility_claims(sentence, lexicon, index),
                                           *authorship_claims(sentence, lexicon, index)):
        if targets and not isinstance(targets[0], Mention):  # a labelled act: its doer is the target
            src = [participant(m) for m in sources]
            tgt = act_doers(targets[0], src, coded.events + events, lexicon)
            coding = replace(coding, rule=coding.rule + "~anaphor")
        else:
            src, tgt = participants(sources, targets, text)
            tgt = tgt or complements.row_doers(span, src, events)  # "claims that the army broke a ceasefire": the act's row (e100)
        if tgt:
            events.append(make_event(coding, src, tgt, span, sentence, sentence_index, lexicon, text))
    return one_act.merged(deduplicate(events), lexicon, sentence)  # one act told twice (round 29)


def _told_doers(cand: Candidate, src: list[Participant], earlier: list, lexicon: Lexicon) -> list[Participant]:
    """The doers of an act told before, for a row the place rule gave a doer: in "Israel struck
    Gaza. The strikes killed 20 people in Gaza City" the strikes are Israel's, not Gaza's (round 10).
    The doer is a definite act noun ("the strikes", "the attack"): the trigger's subject, or the
    nominal trigger itself; ``earlier`` holds the article's rows of the same type."""
    token = cand.token
    anaphor = token if cand.entry.pos == "noun" else subject_head(token)[0]
    return act_doers(anaphor, src, earlier, lexicon) if anaphor is not None else []


def _homed(coding: Coding, sides: list[Participant], index: MentionIndex) -> Coding:
    """The coding with rule suffix ``~home`` when a side was placed by ``events.homes``."""
    placed = any(index.placed.get((p.start, p.end), PLACE_HOME) != PLACE_HOME for p in sides)
    return replace(coding, rule=coding.rule + "~home") if placed else coding


def _guessed_home(sides: list[Participant], index: MentionIndex) -> bool:
    """True when a side was placed from its story (``home:previous``, ``home:article``), not by its own name."""
    return any(index.placed.get((p.start, p.end), "home:name") not in NAMED_HOMES for p in sides)
