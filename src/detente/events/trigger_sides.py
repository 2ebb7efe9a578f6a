"""The sources and targets of one coded trigger: ``code_trigger``, the argument routes in order.

Moved unchanged out of ``coder.py`` (round 34, issue 13), which was at the module size limit:
for a trigger ``decision.decide`` coded, the doers (the parse, then each fallback route with its
rule suffix), the targets (the parse, then the routes that read them off the sentence) and the
side marks; None when no doer is found or a route rules the row out. ``coder.code_sentence`` adds
the story routes and makes the rows.
"""

from __future__ import annotations

from dataclasses import replace

from detente.events import (
    acted_on,
    attach,
    conventions,
    custody,
    disputes,
    guards,
    moods,
    nonevents,
    noun_routes,
    one_act,
    pledges,
    precision,
    recall14,
    side_marks,
    unseen,
    victims,
)
from detente.events import semantics as sem
from detente.events.agentless import passive_attacker
from detente.events.argument_model import model_source
from detente.events.arguments import MentionIndex, passive_marks
from detente.events.context import (
    condition_doers,
    diplomatic,
    doer_sector,
    name_part,
    place_sources,
    place_targets,
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
    placed_doers,
    placed_weapon,
    story_state,
    struck_at_place,
    unplaced_doer,
)
from detente.events.holders import held_targets
from detente.events.homes import PLACE_HOME
from detente.events.journeys import (
    carrying_clauses,
    delegation_leaders,
    destinations,
    home_arrival,
    meeting_purpose,
)
from detente.events.lexicon import Lexicon
from detente.events.masses import mass_expulsion
from detente.events.named_doers import named_doers
from detente.events.restrictions import story_restriction
from detente.events.riots import rioting
from detente.events.senders import investigation_senders
from detente.events.sources import (
    agentless,
    by_agent,
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
from detente.events.triggers import Candidate, Coding
from detente.nlp import span_of
from detente.records import Mention


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
    span = span_of(doc, mention)
    return span is not None and name_part(span.root, index)
