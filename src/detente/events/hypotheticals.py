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

Descriptions that tell no act (a name, a practice, an accident looked into) are in ``descriptions``.
"""

from __future__ import annotations

from detente.events import descriptions
from detente.events import semantics as sem
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


def no_act(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True when one of this module's guards says the trigger tells no act done."""
    return generic_case(token, type_, lexicon) or worth_doing(token) or invented_act(token) or descriptions.no_act(token, type_, lexicon)

