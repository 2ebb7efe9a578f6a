"""Acts told as only supposed, not done, and event words that are part of a name (issue 13,
round 30, branch e89; tested in ``tests/events/test_round30_e89.py`` on made-up sentences).

- An act of any doer or against anything at all (``generic_case``): "any prime minister would use
  the summit to offer concessions", "they would oppose any new troop deployment" (not in reported
  speech: "said it would veto any resolution" announces a refusal) -- a supposition
  about whoever or whatever might come, with no one who did it or no proposal refused (a cooperative
  act or a refusal; "could fire on any shipment" inside a warning is the warning's threat). A
  conditional offer of one's own act ("would meet the mediator if he ...") stays: an offer is AGREE.
- A meeting still to come (``ahead_meeting``): "detained activists ahead of a visit by the
  president" -- a visit the sentence places later than its own act is scheduled, not held: AGREE
  with mode intend (``~ahead``), as the conventions code scheduled meetings and visits.
- An act judged worth doing (``worth_doing``): "the war was worth fighting", "talks are worth
  holding" -- an opinion of an act, as ``precision.judged_act`` reads "attacking Iran would be costly".
- An act made up (``invented_act``): "admit that the president made up a phone call", "fabricated
  an attack" -- the object of a verb of inventing did not happen.

Round 31 (branch e92, ``tests/events/test_round31_e92.py``):

- An act someone is resolved on (``resolved_act``): "the opposition is committed to expelling the
  troops", "bent on attacking the capital" -- a commitment or resolve, not the act (the adjective
  entry ``adj:committed`` codes the intent itself where the tagger reads an adjective).
- An act that is part of a plan (``plan_part``): "should present a strategy including the withdrawal
  of the troops", "called for a plan for the release of prisoners", "the peace plan includes the
  withdrawal" -- the content of a plan, proposal or timetable, not done (a plan carried out,
  "implemented a plan including the withdrawal", stays).
- An act foretold (``predicted_act``): "the chancellor will undoubtedly criticise the forecasts",
  "will probably claim the figures are wrong" -- a writer's or analyst's guess of what someone will
  do, hedged by an adverb of likelihood, is no act announced (threats are left alone).
- An act inside a charge (``charged_content``): "a commander accused of planning attacks that killed
  30 people" -- what someone is accused, arrested or jailed for is alleged (``guards.grounds`` reads
  the gerund itself; this reads the acts below it).

Descriptions that tell no act (a name, a practice, an accident looked into) are in ``descriptions``.
"""

from __future__ import annotations

from detente.events import descriptions, guards
from detente.events import semantics as sem
from detente.events.arguments import MentionIndex, actors_under
from detente.events.intents import as_intent
from detente.events.lexicon import Lexicon

UNREAL_MODALS = frozenset({"would", "could", "might", "'d"})
"""Auxiliaries of the conditional mood: what someone would do, not what they will do."""

ANNOUNCING_MODALS = frozenset({"will", "shall", "'ll", "wo"})
"""Auxiliaries of an announced act ("will support any plan" is a promise)."""

GENERIC_WORDS = frozenset({"any", "anyone", "anybody", "whoever"})
"""A determiner or pronoun of whoever or whatever might come."""

AHEAD_HEADS = frozenset({"ahead", "advance", "preparation", "run-up"})
"""Heads of an "of" / "for" phrase that places a meeting after the sentence's own time ("ahead of a
visit", "in advance of the talks", "in preparation for the summit", "in the run-up to the summit")."""


def _quad(type_: str | None, lexicon: Lexicon) -> int:
    return lexicon.quads.get(type_ or "", 0)


def _unreal(token) -> bool:
    """True when the trigger's clause, or the clause its infinitive or purpose clause hangs from,
    is in the conditional mood ("would support", "would use the summit to offer")."""
    current = sem.predicate(token) or token
    for _ in range(3):
        auxes = {c.lower_ for c in current.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"}
        if auxes:
            return bool(auxes & UNREAL_MODALS) and not auxes & ANNOUNCING_MODALS
        if current.dep_ not in sem.MODAL_CHAIN or current.head.i == current.i:
            return False
        current = current.head
    return False


def _generic(token) -> bool:
    return token.lower_ in GENERIC_WORDS or any(c.dep_ == "det" and c.lower_ in GENERIC_WORDS for c in token.children)


def _clause_subject(token):
    """The subject of the trigger's clause, through infinitives and purpose clauses ("any minister
    would use the summit to offer ...": the minister offers)."""
    current = sem.predicate(token) or token
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
        if current.dep_ not in ("xcomp", "advcl") or current.head.i == current.i:
            return None
        current = current.head
    return None


def generic_case(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for an act in the conditional mood whose doer is anyone ("any prime minister would
    offer"), or a cooperative act or refusal whose object is anything of a kind ("would oppose any
    new deployment"), unless that clause is reported speech ("said it would veto any resolution",
    "said it would cooperate with any inquiry": the past of "will", a refusal or pledge announced,
    as "will support any plan" is; round 30 review, f67). "Said any prime minister would ..." is
    still a supposition: the subject branch reads no reporting verb."""
    if not type_ or type_ == "THREATEN" or not _unreal(token):
        return False
    subject = _clause_subject(token)
    if subject is not None and _generic(subject):
        return True
    pred = sem.predicate(token) or token
    if type_ != "REJECT" and not 1 <= _quad(type_, lexicon) <= 2 or \
            sem.is_reported(token, lexicon) and not sem.has_condition(token, lexicon):
        return False  # "said it would veto any resolution": "would" is the reported "will", a refusal announced
        # ("said that if Likud won, Netanyahu would reject any deal" stays a supposition: review r30e)
    objects = [c for c in pred.children if c.dep_ in ("dobj", "attr")]
    objects += [g for c in pred.children if c.dep_ in ("prep", "dative") for g in c.children if g.dep_ == "pobj"]
    return any(_generic(o) for o in objects if o.i > pred.i)


def _ahead(token) -> bool:
    """True when the noun is the object of "ahead of", "in advance of", "in preparation for", "in
    the run-up to"."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("of", "for", "to"):
        return False
    head = token.head.head
    return head.lower_ in AHEAD_HEADS and (head.lower_ == "ahead" or head.dep_ == "pobj")


def ahead_meeting(token, coding, lexicon: Lexicon):
    """The coding of a meeting or visit noun placed ahead ("ahead of a visit by the president")
    recoded as a scheduled one (AGREE, mode intend, ``~ahead``); None when it is not one."""
    if coding is None or coding.type != "CONSULT" or token.pos_ != "NOUN" or not _ahead(token):
        return None
    return as_intent(coding.type, coding.cameo, lexicon, coding.rule + "~ahead")


INVENTING_VERBS = frozenset({"fabricate", "invent", "concoct", "imagine"})
"""Verbs whose object act did not happen (with "make up", "dream up")."""


def worth_doing(token) -> bool:
    """True for an -ing verb under the adjective "worth" ("was worth fighting")."""
    return token.pos_ == "VERB" and token.head.lower_ == "worth" and token.head.i != token.i


def invented_act(token) -> bool:
    """True for an act noun that is the object of a verb of inventing ("made up a phone call")."""
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    return lemma in INVENTING_VERBS or \
        (lemma in ("make", "dream") and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))


RESOLVE_WORDS = {"to": frozenset({"committed", "dedicated", "devoted"}),
                 "on": frozenset({"bent", "intent", "set", "keen"})}
"""Words of resolve by the preposition that takes the act resolved on ("committed to expelling",
"bent on attacking"); "set to" is a schedule ("is set to meet") and not one of them."""

PLAN_NOUNS = frozenset({"plan", "proposal", "strategy", "roadmap", "blueprint", "timetable", "timeline",
                        "scheme", "framework", "option", "idea", "programme", "program"})
"""Nouns of a plan whose content is acts still to be done."""

PLAN_PREPOSITIONS = frozenset({"including", "for", "on"})
"""Prepositions that attach an act to a plan as its content ("a strategy including the withdrawal",
"a timetable for the withdrawal", "proposals on the release")."""

CONTAINING_VERBS = frozenset({"include", "envisage", "envision", "foresee", "contain"})
"""Verbs whose plan subject holds the act as content ("the plan includes the withdrawal")."""

EXECUTING_VERBS = frozenset({"carry", "implement", "execute", "enact", "complete", "finish"})
"""Verbs of a plan carried out: its content happened."""

ANNOUNCING_VERBS = frozenset({"announce", "unveil", "publish", "adopt"})
"""Verbs of a plan made public or adopted by its actor: a timetable announced for a withdrawal is the
withdrawal announced, as the conventions code announced acts (round 31 review, f71); not when the
announcing is itself only asked for or supposed ("should announce a timetable", "urged it to publish")."""

UNDONE_MODALS = frozenset({"should", "must", "would", "could", "might", "may", "ought"})

LIKELIHOOD_ADVERBS = frozenset({"probably", "undoubtedly", "doubtless", "possibly", "perhaps", "presumably",
                                "conceivably", "likely"})
"""Adverbs that make an act in the future or conditional a guess ("will undoubtedly criticise")."""

FUTURE_MODALS = frozenset({"will", "would", "'ll", "wo", "could", "may", "might", "shall"})


def resolved_act(token) -> bool:
    """True for an act the gerund or noun object of "to" / "on" of a word of resolve ("is committed
    to expelling the troops", "committed to the withdrawal", "bent on attacking the city")."""
    if token.dep_ not in ("pcomp", "pobj") or token.head.i == token.i:
        return False
    prep = token.head
    if any(c.dep_ == "dobj" and _allocated(c) for c in prep.head.children):
        return False  # "committed two warships to the blockade": resources allocated, no resolve (f71)
    return prep.lower_ in RESOLVE_WORDS and prep.head.lower_ in RESOLVE_WORDS[prep.lower_]


ALLOCATED_WORDS = frozenset({"troop", "soldier", "force", "warship", "ship", "vessel", "jet", "plane", "aircraft",
                             "helicopter", "battalion", "brigade", "unit", "personnel", "money", "fund", "aid",
                             "resource", "dollar", "euro", "pound"})
"""Forces, ships and money a doer commits to an act: allocated, not a resolve (f75)."""


def _allocated(obj) -> bool:
    """True when the object committed is forces, ships, money or a sum ("two warships", "2,000 troops",
    "$5m", "funds"); a country bound to an act ("committed Spain to the withdrawal", "the country")
    is a resolve (review r31e, f75)."""
    return obj.lemma_.lower() in ALLOCATED_WORDS or obj.ent_type_ in ("MONEY", "CARDINAL") or obj.like_num or \
        any(c.dep_ == "nummod" for c in obj.children)


def _plan(token):
    """The plan noun whose content the act noun is, else None."""
    if token.dep_ == "pobj" and token.head.lower_ in PLAN_PREPOSITIONS and token.head.head.i != token.head.i:
        head = token.head.head
        return head if head.pos_ == "NOUN" and head.lemma_.lower() in PLAN_NOUNS else None
    if token.dep_ == "dobj" and token.head.lemma_.lower() in CONTAINING_VERBS:
        subjects = [c for c in token.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in PLAN_NOUNS]
        return subjects[0] if subjects else None
    return None


def plan_part(token, index: MentionIndex | None = None) -> bool:
    """True for an act noun that is the content of a plan ("a strategy including the withdrawal",
    "a timetable for the release", "the plan includes the withdrawal"), unless the plan is carried
    out ("implemented a plan for the withdrawal") or announced by its doer (``_own_announcement``)."""
    if token.pos_ != "NOUN":
        return False
    plan = _plan(token)
    if plan is None:
        return False
    verb = plan.head
    if plan.dep_ == "pobj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() in ANNOUNCING_VERBS:
        return not _own_announcement(verb, token, index)
    return verb.lemma_.lower() not in EXECUTING_VERBS


NEGATIONS = frozenset({"not", "never", "n't"})


def _own_announcement(verb, act, index: MentionIndex | None) -> bool:
    """True when the announcing verb is told as done (not negated, not future or modal, not an
    infinitive asked for) and its announcer is the act's doer: the act's doer is "its"/"their" ("the
    withdrawal of its troops"), or a named doer shares the announcer's country; with no announcer
    (a passive without agent), a named doer ("President Bush's visit"). "The EU unveiled a plan for the
    withdrawal of Syrian troops" is a third party's proposal (review r31e, f75)."""
    if verb.dep_ == "xcomp" or any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in verb.children) or \
            any(c.dep_ == "aux" and c.lower_ in UNDONE_MODALS | FUTURE_MODALS for c in verb.children):
        return False
    doers = [c for c in act.children if c.dep_ == "poss"]
    doers += [g for c in act.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    owners = [w for d in doers for w in [d, *(c for c in d.children if c.dep_ in ("poss", "amod", "compound"))]]
    if any(w.lower_ in ("its", "their") for w in owners):
        return True
    announcers = [c for c in verb.children if c.dep_ == "nsubj"]
    announcers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not announcers:
        return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in act.children)
    if index is None:
        return False
    return bool(_countries(announcers, index) & _countries(doers, index))


def _countries(tokens, index: MentionIndex) -> set[str]:
    """The countries of the resolved actors under ``tokens``."""
    return {m.actor.country for t in tokens for m in actors_under(t, index) if m.actor and m.actor.country}


COMMENTATOR_NOUNS = frozenset({"analyst", "expert", "observer", "commentator", "economist", "pundit", "critic",
                               "forecaster", "pollster", "historian", "academic", "professor", "researcher",
                               "source", "report", "newspaper", "poll", "survey", "study"})
"""Speakers who guess at others' acts: their hedged forecast stays a guess."""


PERSONS = frozenset({"he", "she"})
"""Pronoun speakers read through the actors stage's resolution: a person's."""


def _actor_reporter(clause, lexicon: Lexicon | None, index: MentionIndex | None) -> bool:
    """True when the clause is the content of a reporting verb whose subject is a side of the hedged
    act: its resolved actors share a country with the clause's subject or object ("..., the Syrian
    president told the Arab League", "Kharrazi will probably visit Moscow, the Russian foreign ministry
    announced"), not a commentator ("analysts said", "said Ali Ansari, an Iran expert") nor a pronoun
    nor a third party ("the Saudi foreign minister said" of Syria's act): an actor's own hedged
    announcement (round 31 review, f71; the side, f75). A "he"/"she" speaker counts as the person the
    actors stage resolved it to ("Rowhani met EU envoys. Iran will perhaps resume talks, he said"); "they"
    and "it" do not (they may be read as the hedged clause's own subject)."""
    if lexicon is None or index is None or clause.dep_ != "ccomp" or \
            clause.head.lemma_.lower() not in lexicon.words["reporting"]:
        return False
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    if not speakers or _commentator(speakers[0]) or (speakers[0].pos_ == "PRON" and speakers[0].lower_ not in PERSONS):
        return False
    sides = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
    sides += [g for c in clause.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return bool(_countries(speakers[:1], index) & _countries(sides, index))


def _commentator(speaker) -> bool:
    """The speaker, or its apposition, is one of ``COMMENTATOR_NOUNS`` ("Ali Ansari, an Iran expert")."""
    return any(w.lemma_.lower() in COMMENTATOR_NOUNS for w in
               [speaker, *(c for c in speaker.children if c.dep_ == "appos")])


def predicted_act(token, type_: str | None, lexicon: Lexicon | None = None, index: MentionIndex | None = None) -> bool:
    """True for an act told in the future or conditional with an adverb of likelihood ("will
    undoubtedly criticise", "would probably reject"), through the infinitive or clause it hangs from,
    and for a judgement adjective inside a foretold claim ("will undoubtedly claim the forecasts are
    wrong"). Threats stay: a warning of what will probably come is still one; so does an actor's own
    hedged announcement, reported by a side of the act (given ``lexicon`` and ``index``: "Iran will perhaps
    resume talks, the Iranian negotiator said")."""
    if not type_ or type_ == "THREATEN":
        return False
    current = sem.predicate(token) or token
    if token.pos_ == "ADJ" and current.dep_ == "ccomp" and current.head.i != current.i:
        current = current.head
    for _ in range(3):
        auxes = {c.lower_ for c in current.children if c.dep_ == "aux"}
        if auxes & FUTURE_MODALS:
            return any(c.dep_ == "advmod" and c.lower_ in LIKELIHOOD_ADVERBS for c in current.children) and \
                not _actor_reporter(current, lexicon, index)
        if current.dep_ not in sem.MODAL_CHAIN or current.head.i == current.i:
            return False
        current = current.head
    return False


CHARGE_PATH = frozenset({"relcl", "acl", "dobj", "pobj", "prep", "conj", "compound"})
"""Relations from an act up to the gerund of a charge ("accused of planning attacks that killed ...")."""


def charged_content(token, lexicon: Lexicon) -> bool:
    """True for an act inside what a legal act charges someone with: in a relative clause on, or the
    object of, the gerund a charge or arrest is grounded on ("a commander accused of planning attacks
    that killed 30 people", "jailed for organising protests that blocked the roads") -- alleged, not
    told as done (the gerund itself is ``guards.grounds``'s)."""
    current = token
    for _ in range(4):
        if current.dep_ not in CHARGE_PATH or current.head.i == current.i:
            return False
        if current.dep_ in ("relcl", "acl") and not lexicon.triggers.get(("noun", current.head.lemma_.lower())):
            return False  # "for sheltering fighters who attacked": the clause on a person is told as fact (f71)
        current = current.head
        if current.tag_ == "VBG" and guards.grounds(current, lexicon):
            return True
    return False


def no_act(token, type_: str | None, lexicon: Lexicon, index: MentionIndex | None = None) -> bool:
    """True when one of this module's guards says the trigger tells no act done."""
    return generic_case(token, type_, lexicon) or worth_doing(token) or invented_act(token) or \
        resolved_act(token) or plan_part(token, index) or predicted_act(token, type_, lexicon, index) or \
        charged_content(token, lexicon) or descriptions.no_act(token, type_, lexicon)

