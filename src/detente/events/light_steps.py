"""Light verb + purpose complement (issue 13, round 29, e85; gold/events/NOTES-e85.md).

"took steps to ease the blockade", "has taken measures to arrest the rebels", "made efforts to
mediate": the act is the complement of the light verb's step noun (``arguments.STEP_NOUNS`` after
``arguments.STEP_VERBS``), its doer the light verb's subject (``arguments.subject_head``), and its mode
the light verb's:

- steps taken ("took steps to", "has made efforts to") assert the act -- left to the usual rules;
- steps said to come ("will take steps to", "would take measures to") intend it (``step_mode`` ->
  ``intend``, coded by ``moods.expected`` as an intent);
- steps not taken ("took no action to", "made no effort to", "did not take steps to", "failed /
  refused / has yet to take steps to") and steps only weighed ("could take", "is considering taking
  steps to") assert nothing (``untaken``, a trigger guard read by ``row_senses.unasserted``).

A step towards a noun ("took a step towards peace") has no clause and is none of this.

>>> # "Egypt took no action to expel the envoy": expel -> step_mode 'negated'
"""

from __future__ import annotations

from functools import lru_cache

from detente.events.arguments import STEP_FRAMES, STEP_NOUNS, STEP_VERBS
from detente.events.lexicon import semantics_file

__all__ = ["predicate", "step_clause", "step_mode", "untaken"]


@lru_cache(maxsize=1)
def _spec() -> dict:
    """The word lists under ``light_steps:`` in ``semantics.yaml``."""
    return {k: frozenset(v) for k, v in semantics_file()["light_steps"].items()}


def predicate(token):
    """The verb of a trigger (itself; the verb of a noun object: "to impose sanctions")."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    return token.head if token.dep_ in ("dobj", "nsubjpass") else token


def _to_clause(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def step_clause(token):
    """``(light verb, step noun)`` when the trigger's verb is the "to" clause of a step noun its
    light verb takes -- hung from the noun ("took no action to expel": ``acl``/``relcl``) or from the
    verb ("took steps to ease": ``xcomp`` beside the step object) -- else None."""
    pred = predicate(token)
    if not _to_clause(pred):
        return None
    head = pred.head
    if pred.dep_ in ("acl", "relcl") and head.dep_ == "dobj" and head.lemma_.lower() in STEP_NOUNS \
            and head.head.lemma_.lower() in STEP_VERBS:
        return head.head, head
    if pred.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in STEP_VERBS:
        noun = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in STEP_NOUNS), None)
        if noun is not None:
            return head, noun
    return None


def step_mode(token) -> str | None:
    """How the light verb tells the act of its step clause: ``asserted`` (steps taken), ``intend``
    (steps to come: "will take steps to"), ``negated`` (steps not taken: "took no action to", "did
    not / failed to / refused to take steps to"), ``unasserted`` (steps weighed: "could take", "is
    considering taking"), or None for a trigger that is no step clause."""
    found = step_clause(token)
    if found is None:
        return None
    verb, noun = found
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return "negated"
    spec = _spec()
    if any(c.dep_ == "det" and c.lower_ in spec["negating_dets"] for c in noun.children) or \
            any(c.dep_ == "neg" for c in noun.children):
        return "negated"
    progressive = any(c.dep_ == "aux" and c.lemma_ == "be" for c in children)  # "said it is taking steps to"
    if _to_clause(verb) or (verb.dep_ in ("xcomp", "pcomp", "ccomp") and verb.tag_ == "VBG" and not progressive):
        above = verb.head.lemma_.lower()  # "failed to take steps to", "plans to take", "is considering taking"
        return "negated" if above in spec["failing_verbs"] else "intend" if above in spec["intending_verbs"] \
            else "unasserted"
    auxes = {c.lower_ for c in children if c.dep_ == "aux"}
    if auxes & spec["intending_auxes"]:
        return "intend"
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return "unasserted"  # "could / may / should take steps to"
    if verb.dep_ in STEP_FRAMES and verb.tag_ in ("VB", "VBG") and not progressive:
        return "unasserted"  # a bare form under another verb ("urged it to ... take steps"; as arguments.asserted_step)
    return "asserted"


def untaken(token) -> bool:
    """True for the act of a step clause whose steps are not taken or only weighed ("took no action
    to expel the envoy", "failed to take steps to", "could take measures to"): no act."""
    return step_mode(token) in ("negated", "unasserted")
