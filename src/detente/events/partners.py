"""Partners an act takes from outside its own arguments: its joint doers as each other's partners
(:func:`pairs_of`), and the doers of another act -- the act referred back to ("the move", rule
suffix ``~anaphor``), the same act told again (``~article``), the act a reaction answers
(``~cause``) or is set against (``~despite``), and the attacks a claim of responsibility refers
back to (``~claimed``). Moved from ``context.py``, which keeps the arguments read from the
trigger's own sentence.
"""

from __future__ import annotations

from detente.events import semantics as sem
from detente.events.arguments import (
    MentionIndex,
    actors_under,
    participant,
    subject_head,
)
from detente.events.attach import EACH_OTHER, other_sector
from detente.events.context import another_act, nominal_argument, place_sources, reciprocal
from detente.events.lexicon import Lexicon
from detente.events.marks import opened_by
from detente.events.triggers import Candidate, match
from detente.records import Participant


def bilateral_object(cand: Candidate, lexicon: Lexicon) -> bool:
    """Whether the act is on a bilateral instrument or relation (``bilateral_objects``) or on "each
    other": only then are joint doers of a non-mutual act each other's partners (:func:`pairs_of`).
    The trigger noun itself ("signed a truce"), its entry's complement noun ("verb:extend+treaty"),
    "each other" / "one another" under the trigger or the light verb it is the object of ("expressed
    solidarity with each other", "freed each other's prisoners"), or its direct object or passive
    subject -- for a partner type (SUPPORT) only one marked as the doers' own (``bilateral_owner_words``:
    "backed their treaty"; "praised the ceasefire" is backing a third thing, round 24 review)."""
    nouns, token = lexicon.words["bilateral_objects"], cand.token
    if cand.entry.pos == "noun" and token.lemma_.lower() in nouns:
        return True
    if any(word in nouns for word in cand.entry.id.partition(":")[2].split("~")[0].split("+")[1:]):
        return True
    scope = token.head if token.dep_ in ("dobj", "pobj") and token.head.pos_ in ("VERB", "ADP") else token
    words = " ".join(t.lower_ for t in scope.subtree)
    if any(phrase in words for phrase in EACH_OTHER):
        return True
    partner = cand.entry.type in lexicon.words["partner_types"]
    return any(child.dep_ in ("dobj", "nsubjpass", "obj", "attr") and
               (child.lemma_.lower() in nouns or child.lower_ in nouns) and
               (not partner or any(w.lower_ in lexicon.words["bilateral_owner_words"] for w in child.children))
               for child in token.children)


def pairs_of(type_: str, src: list[Participant], tgt: list[Participant], lexicon: Lexicon,
             cand: Candidate | None = None) -> list[tuple[list[Participant], list[Participant]]]:
    """Rows of an act: joint sources with no target are each other's targets -- for a mutual act
    ("talks between Israel and Hamas", "Jordan and Britain agreed") one row per pair, for any other
    ("Russia and the US extended the treaty") one row per direction; an act with a target, or a
    conflictual act (joint critics, joint attackers act on a third party), is one row -- unless
    its verb is reciprocal (``context.reciprocal``: "the army and the rebels fought", "clashed": one row
    per pair, round 8). A non-mutual act's joint doers are each other's partners only when it acts on a
    bilateral thing (:func:`bilateral_object`: "extended the treaty"); otherwise they act together on a
    third thing and take no target ("France and Germany supported the resolution"), and a partner
    type (``partner_types``: SUPPORT) then gives no row, as with one doer (round 24).
    A mutual act's target that is only a place of one of its joint sources' own countries ("agreed
    to a ceasefire for the Gaza Strip") is no third party: the sources are each other's partners."""
    countries = list(dict.fromkeys(p.country for p in src))
    each_other = cand is not None and reciprocal(cand, lexicon)
    if tgt and type_ in lexicon.words["mutual_types"] and len(countries) > 1 and \
            all(not p.sector and p.country in countries for p in tgt):
        tgt = []  # "Israel and Hamas agreed to a ceasefire for the Gaza Strip": a party's own place, no third party
    if tgt or len(countries) < 2 or (lexicon.quads[type_] > 2 and not each_other):
        return [(src, tgt)]  # "criticism by Greece and UNESCO": both criticise a third party
    mutual = type_ in lexicon.words["mutual_types"] or each_other
    if not mutual and cand is not None and not bilateral_object(cand, lexicon):
        return [] if type_ in lexicon.words["partner_types"] else [(src, tgt)]
    rows = []
    for i, country in enumerate(countries if not mutual else countries[:-1]):
        others = countries[i + 1:] if mutual else [c for c in countries if c != country]
        rows.append(([p for p in src if p.country == country], [p for p in src if p.country in others]))
    return rows


def act_anaphor_targets(cand: Candidate, src: list[Participant], earlier: list, lexicon: Lexicon) -> list[Participant]:
    """The doer of an act referred back to: in "the operation was condemned by the EU" or "the
    commission criticised the move", "the operation"/"the move" is the article's latest act by
    another party (not a reaction to one: "the move" is not the criticism of it), so that act's
    source is the target (rule suffix ``~anaphor``)."""
    return act_doers(nominal_argument(cand, lexicon.words["instrument_nouns"]), src, earlier, lexicon)


def act_doers(argument, src: list[Participant], earlier: list, lexicon: Lexicon) -> list[Participant]:
    """The doers of the article's latest act by another party, when ``argument`` refers back to
    an act ("the move", "the attack"), else []."""
    if argument is None or argument.lemma_.lower() not in lexicon.words["act_anaphors"]:
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in argument.children):
        return []
    own = {p.country for p in src}
    reactions = lexicon.words["reaction_types"]
    named = {t.type for t in lexicon.triggers.get(("noun", argument.lemma_.lower()), ()) if t.type}
    for event in reversed(earlier):
        doers = [p for p in event.source if p.country and p.country not in own]
        if doers and not event.negated and event.type in named:
            return doers  # "the arrest": the latest arrest by another party
    for event in reversed(earlier):
        doers = [p for p in event.source if p.country and p.country not in own]
        if doers and not event.negated and event.type not in reactions:
            return doers
    return []


def same_act_targets(type_: str, src: list[Participant], earlier: list, present: set[tuple],
                     mode: str | None = None, token=None) -> list[Participant]:
    """The target of the same act told again: in a sentence naming no other located actor, an act
    of the type and source of an earlier row of the article with a target is that act again ("Turkey
    began a military offensive into Syria" ... "On Wednesday, Turkey began a military offensive with
    airstrikes"), so it takes that row's target (rule suffix ``~article``). An intended act (``mode``
    "intend": a pledge, a promise) takes only an earlier intended act's target -- a promise is not
    the deal signed before ("signed a deal with Ghana" ... "pledged to fund ports across the
    region"); given its ``token``, an act its words call another ("a similar deal") is not the
    earlier one; and the act told again is the nearest earlier one of its type and doer -- when that
    one has no partner ("similar offers to 40 states" ... "this offer stands"), none is taken from
    an older row (issue 13 round 20)."""
    own = {(p.country, p.sector) for p in src}
    if any(country for country, sector in present - own):
        return []
    if token is not None and another_act(token):
        return []
    countries = {p.country for p in src}
    if len(countries) > 1:
        return []  # joint doers are each other's partners (pairs_of)
    for event in reversed(earlier):
        if event.type != type_ or event.negated or not countries & {p.country for p in event.source}:
            continue
        if not event.target:
            return []  # the nearest such act has no partner: "similar offers to 40 states" ... "this offer"
        if not own & {(p.country, p.sector) for p in event.target} and (mode != "intend" or event.mode == "intend"):
            return list(event.target)
    return []


def cause_targets(cand: Candidate, src: list[Participant], index: MentionIndex, lexicon: Lexicon) -> list[Participant]:
    """The doer of the act a reaction answers: "Japan protested after Chinese missiles landed in its
    zone", "Greece complained when Turkish jets flew over its islands" -> the after/when clause's
    subject (rule suffix ``~cause``), for verbal reactions (accusations, rejections, protests). A
    doer of the source's own country counts when its sector is known and none of the sources has it (a
    domestic reaction: "the opposition began a hunger strike after the president vetoed the bill";
    issue 13 round 35, e106)."""
    if cand.entry.type not in lexicon.words["reaction_types"] | {"REJECT", "PROTEST"}:
        return []
    own = {p.country for p in src}
    pred = sem.predicate(cand.token) or cand.token
    for clause in (c for c in pred.children if c.dep_ == "advcl"):
        if opened_by(clause, "reaction_cause"):
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            doers = [c for c in clause.children if c.dep_ == "nsubj"] + \
                [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            found = {(m.start, m.end): m for h in subjects for m in actors_under(h, index)
                     if m.actor.country not in own}  # each mention once
            found |= {(m.start, m.end): m for h in doers for m in actors_under(h, index)
                      if m.actor.country in own and other_sector(m, src)}  # a domestic doer: never the one
            # a passive acts on ("after Kenyan journalists were arrested": no doer named; review r35a finding 2, f93)
            if found:
                return [participant(m) for m in found.values()]
    return []


def despite_targets(cand: Candidate, src: list[Participant], index: MentionIndex,
                    lexicon: Lexicon) -> list[Participant]:
    """Whom a reaction named as a setting answers: in "Erdogan announced the change despite criticism
    by Greece" or "the law passed amid protests from the opposition", the criticism is aimed at the
    doer of the main clause (rule suffix ``~despite``), for verbal reactions (accusations,
    rejections, requests) named after "despite"/"amid"."""
    token = cand.token
    if cand.entry.pos != "noun" or cand.entry.type not in lexicon.words["reaction_types"] | {"REJECT"}:
        return []
    if token.dep_ != "pobj" or token.head.lower_ not in lexicon.words["concessive_preps"]:
        return []
    own = {p.country for p in src}
    subject, _ = subject_head(token.head.head)
    found = actors_under(subject, index) if subject is not None else []
    return [participant(m) for m in found if m.actor.country not in own]


def claimed_targets(cand: Candidate, src: list[Participant], sentence, index: MentionIndex,
                    lexicon: Lexicon) -> list[Participant]:
    """The country of the attacks a claim of responsibility refers back to: "Suicide bombings took
    place in Tunis ... ISIL claimed responsibility" -> TUN. The places named in the locative
    phrases of the attack words of this and the earlier sentences, when they name one country
    (rule suffix ``~claimed``)."""
    if cand.entry.id not in lexicon.words["claim_entries"]:
        return []
    found: dict = {}
    for token in sentence.doc[: sentence.end]:
        if token.i == cand.token.i or token.pos_ not in ("NOUN", "VERB"):
            continue
        attack = match(token, lexicon, index)
        if attack is None or attack.entry.type != "ASSAULT" or attack.entry.id in lexicon.words["claim_entries"]:
            continue
        clause = token.head if token.dep_ in ("nsubj", "nsubjpass") else token  # "bombings took place in Tunis"
        for m in place_sources(token, index, lexicon) or place_sources(clause, index, lexicon):
            if m.actor.country:  # the claimer's own country too: insurgents attack at home
                found.setdefault(m.actor.country, m)
    return [participant(next(iter(found.values())))] if len(found) == 1 else []
