"""Arguments a coder reads from the sentence around a trigger, beyond its own dependents.

Coordinated subjects the parse flattened, the author of an object ("the idea announced by
France"), the doer of a condition (conditional threats), a place as the target of an attack, a
diplomatic protest, and -- when the parse attached no target -- a target from the sentence (the
one foreign country named, or the source's own country for a domestic act); joint sources of a
mutual act become each other's targets.

The partners an act takes from outside its own arguments (joint doers paired, an act referred
back to, told again, answered or claimed) are in the sibling module ``partners.py``.
"""

from __future__ import annotations

from dataclasses import replace

from detente.actors.tables import COUNTRY_CODES
from detente.events import asides, attach, conventions, unseen
from detente.events import semantics as sem
from detente.events.arguments import (
    MentionIndex,
    actors_under,
    antecedent,
    object_heads,
    participant,
    subject_head,
)
from detente.events.colleagues import own_country
from detente.events.lexicon import Lexicon
from detente.events.policy_owner import one_country_story
from detente.events.precision import topic_name, venue_name
from detente.events.third_parties import excepted
from detente.events.triggers import Candidate, controlled, news_content
from detente.nlp import children, columns, has_mark, heads, span_of, up_from
from detente.records import Actor, Mention, Participant

ISO3 = COUNTRY_CODES
"""Country codes: a domestic target is guessed for a country, never for an IGO."""


DEFAULT_TARGET_PREPS = ("against", "on", "to", "toward", "towards", "with")
"""Prepositions that give a verb trigger's target when its entry names none."""

PLACE_BOUNDARIES = frozenset({"relcl", "ccomp", "advcl", "parataxis", "punct", "cc", "conj", "mark", "appos"})
"""Relations whose subtree is another clause or actor: a place named there is not the act's place."""


def coordinated(head, found: list[Mention], index: MentionIndex) -> list[Mention]:
    """All actors of a coordinated subject the parse flattened into one noun phrase ("US President
    Donald Trump and Turkish President Erdogan" parsed as compounds of "Erdogan"): when the subject
    phrase holds an "and", every actor in it (outside its prepositional phrases) is a source."""
    phrase = [t for t in head.subtree if not _under_prep(t, head)]
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in phrase):
        return found
    countries = {m.actor.country for m in found}
    out = list(found)
    for m in (m for t in phrase for m in index.at(t)):
        if m.actor.country not in countries:
            countries.add(m.actor.country)
            out.append(m)
    return out


def _under_prep(token, head) -> bool:
    """True when ``token`` hangs under a preposition inside ``head``'s phrase."""
    current = token
    while current.i != head.i and current.head.i != current.i:
        if current.dep_ in ("prep", "pobj", "relcl", "acl"):
            return True
        current = current.head
    return False


def authors(obj) -> list:
    """Who made the thing an act is aimed at: the agent or subject of a participle or relative
    clause on the object ("the idea announced by France", "the proposal Egypt made")."""
    out = []
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"):
        out.extend(c for c in prep.children if c.dep_ == "pobj")  # "the proclamation ... by Trump"
    for clause in (c for c in obj.children if c.dep_ in ("acl", "relcl")):
        for child in clause.children:
            if child.dep_ == "agent":
                out.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "nsubj" and child.tag_ not in ("WP", "WDT"):
                out.append(child)
    return out


def condition_doers(token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Whom a conditional threat is aimed at: the doer of its condition ("if Russia invades, the US
    will impose sanctions" -> Russia)."""
    marks = lexicon.words["condition_marks"]
    for current in up_from(sem.predicate(token) or token, 3):
        for clause in (c for c in current.children if c.dep_ == "advcl"):
            if has_mark(clause, marks):
                return [m for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for m in actors_under(c, index)]
    return []


def diplomatic(cand: Candidate, sources: list[Mention], lexicon: Lexicon) -> bool:
    """"Japan protested", "the foreign ministry lodged a protest": a protest by a state (its
    government, diplomats, an IGO) is a diplomatic protest, an accusation -- not a demonstration."""
    if cand.entry.lemma != "protest" or cand.token.lower_.startswith("protester"):
        return False
    if conventions.staged_protest(cand, lexicon):
        return False  # "lawyers held a protest outside the court": a demonstration
    return all(m.actor.sector in lexicon.words["diplomatic_protest"] for m in sources)


def place_targets(token, sources: list[Mention], index: MentionIndex, lexicon: Lexicon,
                  type_: str = "") -> list[Mention]:
    """The place an attack, arrest or deployment was aimed at or happened in, when it is not the
    source's own country: "struck targets in Gaza" (PSE), "warships around Taiwan" (TWN); for a
    withdrawal (``type_`` RETREAT) only where it happened, not where the troops went."""
    own = {m.actor.country for m in sources}
    preps = lexicon.words["place_retreat_preps" if type_ == "RETREAT" else "place_target_preps"]
    frontier, seen = [token], {token.i}
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB":
        frontier.append(token.head)  # "began a military offensive into northern Syria"
        seen.add(token.head.i)
    if token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > token.head.i:
        frontier.append(token.head)  # "attacks resume across Ukraine, killing at least six people"
        seen.add(token.head.i)
    while frontier:  # breadth first through the clause: "killed by airstrikes in Saada, Yemen"
        current = frontier.pop(0)
        for child in current.children:
            if child.i in seen or child.dep_ in ("nsubj", "xcomp") or \
                    child.dep_ in PLACE_BOUNDARIES and not _nominal_conjunct(child, current):
                continue
            seen.add(child.i)
            if child.dep_ == "prep" and child.lower_ in preps and not attach.motive_phrase(child):
                found = [m for m in actors_under(child, index, prepositions=preps | {"of"},
                                                 max_depth=PLACE_PHRASE_DEPTH)
                         if m.actor.country not in own]
                if found:
                    return found
            frontier.append(child)
    return []


PLACE_PHRASE_DEPTH = 6
"""How deep a place phrase is searched for a country (issue 13 round 22, e62): a list of villages
ends on the region that places them ("strikes on Aitaroun, Naqoura and Hula in southern Lebanon":
in, strikes, on, Aitaroun, in, Lebanon)."""


def _nominal_conjunct(child, current) -> bool:
    """A noun coordinated with a noun of the act's phrase ("by Israeli shelling and airstrikes in
    Khiam, southern Lebanon"), or the people of a gapped passive ("five were killed and two
    civilians injured in strikes on ..."): the same phrase, where a conjoined clause is another
    act's."""
    if child.dep_ != "conj" or child.pos_ not in ("NOUN", "PROPN"):
        return False
    if current.pos_ == "VERB":  # "five were killed and two civilians injured in ...": a gapped passive
        return any(c.dep_ == "acl" and c.tag_ == "VBN" for c in child.children)
    return current.pos_ in ("NOUN", "PROPN")


APOLOGY_CODES = frozenset({"055"})
"""An apology (SUPPORT 055) is made to people too ("apologised to the people of his country", "to the
victims' families"): its addressee need not be a political partner (issue 13 round 19b, e56)."""


def context_targets(cand: Candidate, src: list[Participant], sentence, index: MentionIndex,
                    lexicon: Lexicon) -> tuple[list[Participant], str]:
    """A target the parse did not attach, read from the sentence as a coder reads it: the one
    foreign country the sentence names (``~sentence``), or, when the act has a nominal argument
    and the sentence names no other country, the source's own country -- a domestic act
    ("police arrested dozens", "the court jailed a journalist": ``~domestic``)."""
    own = {p.country for p in src}
    if len(own) > 1 or (cand.entry.type in lexicon.words["lone_types"] and not _acts_on_people(cand, lexicon, index)):
        return [], ""  # a lone act (a withdrawal) has no target to guess; a release of prisoners has
    if sem.is_background(cand.token, lexicon):
        return [], ""  # "escaped following Turkish airstrikes": the main clause's actors are another act's
    agencies = lexicon.words["news_agencies"]
    topic = topic_clauses(cand, lexicon)
    foreign, free, left_out = {}, {}, set()  # free: not the subject of another clause (a candidate other side)
    grounds = grounds_clause(cand.token) if cand.entry.pos == "verb" and any(
        c.dep_ in ("dobj", "dative") for c in cand.token.children) else set()
    doc = sentence.doc  # only a word with a mention can add a side: a Token only for those
    for t in (doc[i] for i in range(sentence.start, sentence.end) if index.by_token.get(i)):
        if excepted(t):  # "except two Somali nationals": no other side, but foreign to the doer (r34b)
            left_out.update(m.actor.country for m in index.at(t) if m.actor.country not in own)
        if name_part(t, index) or reporter_part(t, lexicon) or t.i in grounds or excepted(t):
            continue  # "criticised the government for claiming the EU treaty would ...": what the one acted on did
        if cand.entry.type in attach.SETTING_TYPES and attach.setting_phrase(t, cand.token):
            continue  # "detained dissidents ahead of a visit by the French president": the visit sets the time
        venue = cand.entry.type in lexicon.words["mutual_types"] and asides.own_venue(t, cand.token)
        for m in index.at(t):  # "EU leaders held talks in Brussels": the gathering's venue is named, no partner
            if m.actor.country not in own and m.text.lower() not in agencies:
                foreign.setdefault(m.actor.country, m)
                if not other_doer(t, cand.token) and not asides.aside_clause(t, cand.token) and t.i not in topic \
                        and not venue:
                    free.setdefault(m.actor.country, m)
    # "commuted the sentences of 300 inmates": the inmates
    argument = penalised(nominal_argument(cand, lexicon.words["instrument_nouns"]), lexicon, cand)
    if argument is not None and (held := controlled(argument)) is not None:
        argument = held  # "gained control of the towns": the towns are acted on (round 25)
    if argument is not None and argument in cand.parts and not index.at(argument) and \
            argument.i not in index.unresolved and argument.lemma_.lower() not in lexicon.words["person_nouns"]:
        # "claimed responsibility": the object is the trigger's own word, no one acted on -- unless
        # that word acts on an unplaced actor ("called for protests against the government"); a
        # person noun the entry requires is people acted on ("released the man": round 19b, e56)
        argument = _inner_actor(argument, index) or attach.unplaced_author(argument, index) or \
            _unplaced_owner(argument, index, cand.entry.type in OWNER_BODY_TYPES)  # "staged by students";
        # "annulled the assembly's vote" (round 23)
    if argument is None and cand.inner and cand.inner[0].token.pos_ == "NOUN":
        argument = _inner_actor(cand.inner[0].token, index)  # the inner act's: "called for protests against"
    if argument is None and cand.inner and cand.entry.type == "REJECT" and cand.inner[0].token.pos_ == "VERB" and \
            cand.inner[0].entry.type in lexicon.words["mutual_types"]:
        argument = _refused_partner(cand.inner[0].token, index)  # "refused to negotiate with the protesters"
    argument = argument if argument is not None else next(
        (o for o in attach.purpose_objects(cand, index) if attach.names_someone(o, index)), None)  # "to disperse X"
    argument = attach.reflexive_conjunct(cand) or argument  # "pardons himself and 12 MPs": the MPs
    argument = argument if argument is not None else clause_subject(cand.token, index, cand.entry.type == "ACCUSE")
    argument = argument if argument is not None else reciprocal_partner(cand, index, lexicon)
    argument = argument if argument is not None else next(iter(attach.effort_objects(cand)), None)  # "in a bid to oust X"
    grievance = argument is None and bool(owners := attach.grievance_owners(cand, index)) and \
        one_country_story(index, src[0].country, lexicon.semantics["recall15"], 0)  # not a foreign state's act
    argument = owners[0] if grievance else argument  # "marched over the government's plan" (round 27, e76)
    if argument is not None and argument.pos_ == "NUM" and foreign:
        argument = None  # "killing or wounding 50" near a foreign country's camps: the count is of its people
    if argument is None or argument.lemma_.lower() in lexicon.words["country_anaphors"]:
        # no object, or "the country": the one foreign country the sentence names is the other side
        if len(foreign) != 1 or len(free) != 1 or cand.entry.type in lexicon.words["no_sentence_target"] or \
                another_act(cand.token):
            return [], ""  # "make similar offers to 40 states" after a deal with X: another act, not X's
        if news_content(cand, lexicon):
            return [], ""  # "welcomed the news that a commander was killed": the victim is backed by no one (f58)
        return [participant(next(iter(free.values())))], "~sentence"
    possessed = any(c.dep_ == "poss" and c.lower_ in lexicon.words["own_possessors"] for c in argument.children)
    if possessed and cand.entry.type in lexicon.words["own_agent_types"] and \
            any(m.actor.country in own for t in (argument, *argument.children) for m in index.at(t)):
        return [], "~own"  # "recalled its ambassador": a complete act, the other side unnamed
    argument = _unplaced_owner(argument, index, cand.entry.type in OWNER_BODY_TYPES) or argument  # "demanded
    # the government's resignation"; a REJECT's "the vote in the assembly" (round 23)
    argument = attach.unplaced_author(argument, index) or argument  # "vetoed a bill passed by parliament"
    if (held := election_state(cand, argument, src, foreign, index, lexicon)) is not None:
        return held  # "denounced the election as fraudulent": the state that held it
    unresolved = index.unresolved.get(argument.i) or next(  # "called on councils, church leaders and mayors"
        (index.unresolved[c.i] for c in argument.conjuncts if c.i in index.unresolved), None)
    if unresolved is not None and unresolved.text.lower() in agencies:
        return [], ""  # "With Wikinews, X discussed ...": the outlet is no side
    person = argument.lemma_.lower() in lexicon.words["person_nouns"]
    material = cand.entry.type in lexicon.words["domestic_by_default"] and \
        argument.lemma_.lower() not in lexicon.words["open_places"]  # "fired a missile into the sea"
    if (unresolved is None and not person and not material) or \
            (person and not own_country(argument, src[0].country, index, lexicon)):
        return [], ""  # "met fellow African leaders": not the doer's own people (r32e)
    if cand.entry.type in lexicon.words["partner_types"] and cand.entry.cameo not in APOLOGY_CODES and \
            (unresolved is None or unresolved.actor is None or unresolved.actor.sector in (None, "CVL", "BUS", "EDU")):
        return [], ""  # a consultation's partner is a political actor, not a place visited ("visits the University")
    if foreign or left_out or src[0].country not in ISO3:  # an actor the text does not place: no target
        return [], "~unplaced" if unresolved is not None else ""
    if _adjective_doer(src, sentence.doc):
        return [], ""  # "civilians were injured in a Russian missile attack": the people hit are not the attacker's
    sector = unresolved.actor.sector if unresolved is not None and unresolved.actor is not None else None
    start, end = (unresolved.start, unresolved.end) if unresolved is not None else (argument.idx, argument.idx + len(argument))
    country, suffix = src[0].country, "~grievance" if grievance else "~domestic"
    story = index.story.get(sentence.start)
    if story is not None and story[0] != country and cand.entry.type in lexicon.words["story_target_types"] and \
            sector in lexicon.words["story_target_sectors"] and not possessed:
        country, suffix = story[0], "~story"  # "Israeli jets struck militants" in a story told in Gaza
    return [Participant(text=argument.text if unresolved is None else unresolved.text, country=country,
                        sector=sector, start=start, end=end)], suffix


def grounds_clause(token) -> set[int]:
    """Tokens of the grounds a verb gives for acting on its object, a gerund after "for" or "over"
    ("criticised the government for claiming the NATO treaty would help", "praised him for
    visiting Kyiv"): what the one acted on did, no other side of the act (issue 13 round 20)."""
    out: set[int] = set()
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "over")):
        if any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
            out.update(t.i for t in prep.subtree)
    return out


def _adjective_doer(src: list[Participant], doc) -> bool:
    """True when the doer is named only by a country adjective on another noun ("a Russian
    missile attack", "Israeli airstrikes"): an attack named by its attacker's adjective is most
    often on another country, so the doer's country places no one acted on (round 8)."""
    spans = [span_of(doc, p) for p in src if p.start is not None]
    return bool(spans) and all(span is not None and len(span) == 1 and span[0].dep_ == "amod" and
                               span[0].head.pos_ == "NOUN" for span in spans)


def reciprocal(cand: Candidate, lexicon: Lexicon) -> bool:
    """True for a verb trigger whose joint subjects act on each other ("fought", "clashed")."""
    return cand.entry.pos == "verb" and cand.token.lemma_.lower() in lexicon.words["reciprocal_verbs"]


def reciprocal_partner(cand: Candidate, index: MentionIndex, lexicon: Lexicon):
    """The unplaced conjunct of a reciprocal verb's subject: in "Colombian police and protesters
    clashed", "protesters" -- the other side of the clash, at home by default (round 8)."""
    if not reciprocal(cand, lexicon):
        return None
    head, _ = subject_head(cand.token)
    conjuncts = [c for c in (head.conjuncts if head is not None else ()) if not index.at(c)]
    return conjuncts[0] if conjuncts else None


def topic_clauses(cand: Candidate, lexicon: Lexicon) -> set[int]:
    """Tokens of the clauses a topic verb governs ("discussed why voters should support the
    Peruvian president"): what is discussed, not with whom."""
    if cand.entry.pos != "verb" or cand.entry.lemma not in lexicon.words["topic_object_verbs"]:
        return set()
    return {t.i for c in cand.token.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}


def clause_subject(token, index: MentionIndex, bare: bool = False):
    """The subject of a verb's that-clause when it is an actor the actors stage left unplaced:
    in "the Capitol Police requests that the National Guard remain" the Guard is asked; with
    ``bare``, of a clause with no "that" too (an allegation: "the opposition alleged the
    government rigged the vote", round 12)."""
    if token.pos_ != "VERB":
        return None
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        marks = [c for c in clause.children if c.dep_ == "mark"]
        if not any(c.lower_ == "that" for c in marks) and not (bare and not marks):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i in index.unresolved:
            return subject
    return None


def other_doer(token, trigger) -> bool:
    """True for a word of the subject of a clause the trigger does not govern ("Saudi Arabia
    extended curfews; Thailand planned a curfew"): that actor does its own act and is no
    unattached target of this one, nor is one across a semicolon. Clauses under the trigger keep
    theirs ("threatened to stop talks if the United States goes ahead")."""
    head = token
    while head.dep_ in ("compound", "amod", "poss", "det", "flat", "nmod") and head.head.i != head.i:
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    while verb.i != trigger.i and verb.head.i != verb.i:
        verb = verb.head
    low, high = sorted((head.head.i, trigger.i))
    return verb.i != trigger.i or any(t.text == ";" for t in trigger.doc[low:high])  # another sentence


def _acts_on_people(cand: Candidate, lexicon: Lexicon, index: MentionIndex | None = None) -> bool:
    """True when a trigger's nominal argument is people ("released 500 prisoners", "the release of
    the former prime minister", "accepted demands from the rebels": round 14, ``attach.people``)."""
    argument = attach.reflexive_conjunct(cand) or penalised(nominal_argument(cand, lexicon.words["instrument_nouns"]),
                                                             lexicon, cand)  # "himself and 12 MPs": the MPs
    return argument is not None and (argument.lemma_.lower() in lexicon.words["person_nouns"] or
                                     attach.people(argument, index))


def penalised(argument, lexicon: Lexicon, cand: Candidate | None = None):
    """For a penalty noun ("commuted the sentences of 300 inmates", "reduced the prisoners'
    sentences"), the people it punishes (its ``of`` object or possessor); else ``argument``. A
    penalty noun the trigger requires is read before ``argument`` ("commuted the sentences of 300
    inmates to life terms": not the terms)."""
    penalty = lexicon.words["penalty_nouns"]
    argument = next((p for p in (cand.parts if cand else ()) if p.lemma_.lower() in penalty), argument)
    if argument is None or argument.lemma_.lower() not in penalty:
        return argument
    owners = [c for c in argument.children if c.dep_ == "poss" and c.pos_ != "PRON"] + \
        [p for c in argument.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return next((o for o in owners if o.lemma_.lower() in lexicon.words["person_nouns"]), argument)


def _inner_actor(noun, index: MentionIndex):
    """The unplaced actor a trigger's own nominal object acts on: the government in "called for
    protests against the government", "demanded talks with the government" (round 9b), else None.
    A common noun only: an unplaced name ("an agreement with AstraZeneca") has no country the text fixes."""
    return _unplaced_noun(object_heads(noun, ("against", "with", "toward", "towards"), direct=False), index)


def _unplaced_noun(heads, index: MentionIndex):
    """The first of ``heads`` that is a common noun the actors stage left unplaced, else None."""
    return next((h for h in heads if h.i in index.unresolved and h.pos_ == "NOUN"), None)


def _refused_partner(verb, index: MentionIndex):
    """The unplaced actor a refused act would have been done with or to: the protesters in "refused
    to negotiate with the protesters", the union in "refused to meet the union" (round 20) -- the
    one refused, as a placed partner is ("refused to talk to the United States"). A common noun only;
    only for refused talks, deals and cooperation (``mutual_types``): "refused to fight the rebels"
    refuses an order, not the rebels."""
    return _unplaced_noun(object_heads(verb, ("with", "to")), index)


def election_state(cand: Candidate, argument, src: list[Participant], foreign: dict, index: MentionIndex,
                   lexicon: Lexicon) -> tuple[list[Participant], str] | None:
    """The state that held an election an act judges: "Opposition leaders denounce the election as
    fraudulent", "the opposition rejected the results of the vote" (``semantics.yaml election_target``,
    issue 13 round 21). An accusation or rejection of an election, a vote or its result is aimed at
    the government of the country named in the object ("Belarus's election", "the vote in Belarus"),
    else, when the sentence names no other country, at the doer's own government (rule suffix
    ``~election``). Not "the election of X as Speaker" (a person chosen). None when the object is no
    election; ``([], "")`` when its country is unclear."""
    words = lexicon.semantics["election_target"]
    if cand.entry.type not in words["types"]:
        return None
    lemma = argument.lemma_.lower()
    if lemma in words["result_nouns"] and not any(
            t.lemma_.lower() in words["nouns"] and t.lemma_.lower() not in words["result_nouns"]
            for t in argument.subtree if t.i != argument.i):
        return None  # "rejected the results of the study": only an election's result
    if lemma not in words["nouns"] or any(c.dep_ == "prep" and c.lower_ in ("of", "as") for c in argument.children
                                         if lemma not in words["result_nouns"]):
        return None  # "opposing the election of X as Speaker": a person chosen, no poll judged
    if any(c.dep_ in ("compound", "amod") and c.lower_ in words["not_election_modifiers"] for c in argument.children) \
            or any(c.dep_ == "prep" and c.lower_ in words["topic_prepositions"] for c in argument.children):
        return None  # "the opinion poll", "the vote on the tax bill": no election judged
    named = {m.actor.country: m for t in argument.subtree for m in index.at(t) if m.actor.country in ISO3}
    if len(named) == 1:
        country = next(iter(named))
    elif not named and not foreign and len({p.country for p in src}) == 1 and src[0].country in ISO3:
        country = src[0].country
    else:
        return [], ""
    return [Participant(text=argument.text, country=country, sector="GOV", start=argument.idx,
                        end=argument.idx + len(argument))], "~election"


OWNER_BODY_SECTORS = frozenset({"LEG", "JUD", "GOV"})
"""Sectors of the bodies whose act an ``of``/``in`` object names ("the decree of the government",
"the vote in the assembly"): the body made it (issue 13 round 23, e65)."""

OWNER_BODY_TYPES = frozenset({"REJECT"})
"""Types whose object's ``of``/``in`` body is read as the target (a court striking down "the vote in
the assembly"); not other types: "the ambassador criticised the decision of the government" names
no side of the ambassador's own state (round 23 merge, review of e65)."""


def _unplaced_owner(argument, index: MentionIndex, bodies: bool = False):
    """The possessor of an act's object when it is an actor the actors stage left unplaced: the
    government in "demanded the government's resignation" is whom the demand is aimed at; also
    with ``bodies`` (the types of ``OWNER_BODY_TYPES``), an unplaced legislature, court or
    government after ``of``/``in`` ("annulled the vote in the assembly": round 23, e65)."""
    if index.at(argument) or argument.i in index.unresolved:
        return None
    owner = next((c for c in argument.children if c.dep_ == "poss" and c.pos_ != "PRON"
                  and c.i in index.unresolved), None)
    if owner is not None or not bodies:
        return owner
    found = (o for p in argument.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
              for o in p.children if o.dep_ == "pobj" and o.i in index.unresolved)
    return next((o for o in found if (m := index.unresolved[o.i]).actor is not None
                 and m.actor.sector in OWNER_BODY_SECTORS), None)


GROUNDS_NOUNS = frozenset({"charge", "suspicion", "allegation", "accusation", "count", "felony", "misdemeanor",
                           "misdemeanour", "offence", "offense", "indictment", "warrant", "bail", "parole", "probation"})
"""Nouns that name the grounds or terms of a legal act ("on charges of", "on a warrant", "freed on bail": e88),
never the one acted on when the act has a direct object (issue 13, round 19) or a passive subject (round
19b, e56: "a man was arrested by police on suspicion of murder")."""


def nominal_argument(cand: Candidate, instruments: frozenset[str] = frozenset()):
    """The noun a trigger acts on: its direct object or passive subject (or the noun a passive
    participle modifies), a prepositional object of its target prepositions, or for a nominal
    trigger its ``of``/``against`` object."""
    token = cand.token
    preps = set(cand.entry.targets or DEFAULT_TARGET_PREPS) | ({"of"} if cand.entry.pos == "noun" else set())
    heads = object_heads(token, preps, direct=False) + object_heads(token, (), direct=cand.entry.pos != "noun")
    heads = [h for h in heads if not asides.fronted(h, token)]  # "To an audience in Leeds, X accused Y": a setting
    parts = {t.i for t in cand.parts if t.lower_ not in cand.entry.targets}
    if any(h.dep_ == "dobj" for h in heads):  # "charged the governor with fraud": the object of the trigger's
        heads = [h for h in heads if not (h.dep_ == "pobj" and h.head.i in parts)]  # own non-target preposition is the charge
        # "arrested both men on charges of fraud": the grounds named beside a direct object (round 19)
        heads = [h for h in heads if not (h.dep_ == "pobj" and h.lemma_.lower() in GROUNDS_NOUNS)]
    elif any(c.dep_ == "nsubjpass" for c in token.children):  # "a man was arrested by police on suspicion of
        heads = [h for h in heads if not (h.dep_ == "pobj" and h.lemma_.lower() in GROUNDS_NOUNS)]  # murder" (19b)
    for head in heads:  # a prepositional object first: "suspended aid to the country"; never a date ("on Friday")
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ != "pcomp" and head.ent_type_ not in ("DATE", "TIME") \
                and head.lower_ not in instruments:  # "with a large knife": what it was done with
            return head
        if head.pos_ == "NUM" and head.dep_ == "dobj" and head.ent_type_ in ("CARDINAL", "") and \
                not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return head  # a bare count of people: "police arrested 30 in Nairobi" (round 12)
    passive = antecedent(next((c for c in token.children if c.dep_ == "nsubjpass"), None))  # "X, who was"
    if passive is None and token.dep_ == "acl" and token.tag_ == "VBN":
        passive = token.head  # "José Padilla, accused by the government of ...": Padilla
    return passive if passive is not None and passive.pos_ in ("NOUN", "PROPN") else _pronoun_object(token)


def _pronoun_object(token):
    """An indefinite pronoun object ("banning anyone from entering")."""
    return next((c for c in token.children if c.dep_ == "dobj" and c.pos_ == "PRON"
                 and c.lower_ in ("anyone", "everyone", "anybody", "everybody")), None)


_OTHER_ACT = frozenset({"similar", "separate", "comparable", "parallel"})
"""Words that make an act another one like the first, with its own partner: "a similar deal", "similar offers"
("a second offensive", "another attack" are most often on the same side: not listed)."""


def another_act(token) -> bool:
    """True when the act's own words make it another one like the earlier ("strike a similar deal",
    "make similar offers to 40 states"): not the earlier act told again."""
    phrases = [token, *(c for c in token.children if c.dep_ in ("dobj", "attr", "nsubjpass"))]
    return any(c.dep_ in ("amod", "det", "advmod") and c.lower_ in _OTHER_ACT for t in phrases for c in t.children)


def name_part(token, index: MentionIndex) -> bool:
    """True for a place in the ``of`` complement of an actor's proper name: "Iraq" in "the Islamic
    State of Iraq and the Levant" names the group, not another side; so does "Mexico" in the
    place name "the Gulf of Mexico"."""
    if venue_name(token, index):
        return True  # "the Paris agreement": the venue, no side
    if asides.manner_place(token):
        return True  # "a Madrid-style bombing": a manner, no side
    if topic_name(token, index):
        return True  # "calls for an Iraq inquiry": the topic, no side
    current = token
    while current.dep_ == "conj" or (current.dep_ == "compound" and current.ent_iob_ == "I"):
        current = current.head  # "the Gulf of Mexico coast": "Mexico" a compound of "coast"
    if current.dep_ != "pobj" or current.head.lower_ != "of":
        return False
    owner = current.head.head
    if owner.pos_ == "PROPN" and token.ent_iob_ == "I" and owner.ent_iob_ in ("B", "I") and \
            token.ent_type_ in ("LOC", "FAC") and not index.at(owner):
        return True  # "the Gulf of Mexico": a place name (an organisation "of Angola" is Angola's)
    return owner.pos_ == "PROPN" and any(m.actor.country not in ISO3 for m in index.at(owner))


def reporter_part(token, lexicon: Lexicon) -> bool:
    """True inside the subject of a reporting verb or an "according to" phrase: in "Burmese troops
    captured a stronghold on the border, Thai police said", the Thai police report the act, they
    are not its other side."""
    doc = token.doc  # the walk up the heads read from the per-document arrays: no Token per step
    cols, head_of, kids = columns(doc), heads(doc), children(doc)
    dep, lemma, lower = cols.dep, cols.lemma, cols.lower
    reporting, clause_reporting = lexicon.words["reporting"], lexicon.words["clause_reporting"]
    current = token.i
    for _ in range(8):
        head = head_of[current]
        if dep[current] == "nsubj" and lemma[head] in reporting and \
                not any(dep[c] == "dobj" for c in kids[head]):  # not "claimed responsibility"
            return True
        if dep[current] == "nsubj" and lemma[head] in clause_reporting and \
                any(dep[c] == "ccomp" for c in kids[head]):  # "a UN report concluded (that) ..."
            return True
        if dep[current] == "pobj" and lower[head] == "to" and lower[head_of[head]] == "according":
            return True
        if head == current:
            return False
        current = head
    return False


def credit_part(token, index: MentionIndex, lexicon: Lexicon) -> bool:
    """True for a word that only places the reporter of a credit ("..., ABC of Australia reported",
    "a newspaper in Beirut said"): inside the subject of a reporting verb whose head names no
    located actor itself. The country of such a credit is the outlet's, not the story's; a
    reporter that is itself an actor ("Syrian officials said") is not a credit (round 10)."""
    current = token
    for _ in range(8):
        head = current.head
        if current.dep_ == "nsubj" and head.lemma_.lower() in lexicon.words["reporting"] and \
                not any(c.dep_ == "dobj" for c in head.children):
            return current.i != token.i and not any(m.actor.country for m in index.at(current))
        if head.i == current.i:
            return False
        current = head
    return False


def doer_sector(token, places: list[Mention], index: MentionIndex) -> list[Mention]:
    """The place's country with the unplaced doer's own words and sector: "Police detained dozens
    in Minsk" is Belarus's police (COP), not Minsk (a city)."""
    head, _ = subject_head(token)
    doer = index.unresolved.get(head.i) if head is not None else None
    countries = {m.actor.country for m in places if m.actor is not None}
    if doer is None or doer.actor is None or not doer.actor.sector or len(countries) != 1:
        return places  # (a city and its country, "in Quetta, Pakistan", are one place: round 6)
    actor = Actor(country=places[0].actor.country, sector=doer.actor.sector, entry=f"place:{doer.actor.entry or doer.text}")
    return [replace(doer, actor=actor)]


def place_sources(token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Actors named in the nearest locative phrase of the trigger's clause (its subject, objects
    and complements, not other clauses): "a roadside bombing near the town of Samarra", "prisoners
    rioted at a jail in Dili", "agreed to postpone the demonstration in Baku". PLOVER codes an
    unnamed or unlocated doer by the country where the act took place (rule suffix ``~place``)."""
    places = lexicon.words["locative_prepositions"]
    frontier, seen = [token], {token.i}
    while frontier:
        current = frontier.pop(0)
        for child in current.children:
            if child.i in seen or child.dep_ in PLACE_BOUNDARIES:
                continue
            seen.add(child.i)
            if child.dep_ == "prep" and (child.lower_ in places or unseen.directional_place(child, lexicon)) and \
                    not attach.motive_phrase(child):  # "a hunger strike in protest of X": no place
                found = actors_under(child, index, prepositions=places | {"of"})
                if found:
                    return found
            frontier.append(child)
    return []
