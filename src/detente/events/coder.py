"""From triggers and arguments to :class:`~detente.records.Event` records.

For each sentence that holds a resolved actor: find the triggers (the lexicon's; the trigger model's
when on), keep the outermost ones (an inner trigger refines its outer one's CAMEO code), decide the
type under negation, intent and future, read source and target off the parse, fill every field.
Three rules (``rules.py``) code events without a trigger word: a conditional warning ("would be
devastating for Russia if...") is THREATEN, "X said Y must..." is REQUEST, calling an actor a
killer/criminal/liar is ACCUSE. An event needs a located source and mostly an interaction (``interacting``).

Whether a trigger codes an event is ``decision.decide``; its sources and targets from the parse and the
sentence are ``trigger_sides.code_trigger``; this module adds the story routes and makes the rows.
"""

from __future__ import annotations

from dataclasses import replace

from detente.events import (
    acted_on,
    attach,
    complements,
    disputes,
    nonevents,
    one_act,
    pledges,
    recall14,
    recall15,
    referents,
    refusals,
    side_marks,
    trigger_model,
    unseen,
)
from detente.events.answers import answered_targets, drawn_targets, provoked_targets
from detente.events.argument_model import model_target
from detente.events.arguments import MentionIndex, participant, subject_head
from detente.events.blame import authorship_claims, responsibility_claims
from detente.events.boundaries import deployed_investigation, relief_deployment
from detente.events.colleagues import colleague_targets
from detente.events.context import context_targets, name_part, reporter_part
from detente.events.decision import decide
from detente.events.doers import place_part
from detente.events.factive import consequences, factive_objects
from detente.events.homes import PLACE_HOME
from detente.events.inner import released
from detente.events.interaction import deduplicate, home_places_of, interacting, someone
from detente.events.lexicon import Lexicon
from detente.events.partners import (
    act_anaphor_targets,
    act_doers,
    cause_targets,
    claimed_targets,
    despite_targets,
    pairs_of,
    same_act_targets,
)
from detente.events.rules import (
    conditional_threats,
    crowd_actions,
    labelling_accusations,
    obligations,
    reported_wrongdoing,
)
from detente.events.sides import participants
from detente.events.trigger_sides import code_trigger
from detente.events.triggers import Candidate, Coding, find_candidates
from detente.events.venues import host_side, without_venues
from detente.records import CodedArticle, Event, Mention, Participant

NAMED_HOMES = frozenset({"home:name", PLACE_HOME})
"""Placements read off a mention's own words, not guessed from the story."""


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
        if not tgt and (learned := host_side(cand, coding, src, index) or model_target(cand.token, coding, src, mentioned, lexicon)):  # "talks in Ankara" (e103), then the learned chooser
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
