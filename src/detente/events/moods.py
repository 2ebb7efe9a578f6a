"""Moods and purposes the parser's tags hide (issue 13, round 14).

- A mandative subjunctive: "insisted that Turkey withdraw its troops" -- the tagger gives the
  bare verb a present tag (VBP) as if it were indicative, but a third-person singular subject
  with a bare verb is no statement of fact: it is what was demanded.
- A body set up to investigate: "set up a commission to investigate the killings" -- an
  infinitive of purpose tells in general what was not done (``semantics.is_unasserted_purpose``),
  but a commission, panel or inquiry set up, formed or appointed to investigate is the
  investigation launched (CAMEO 09); the inner verb is one of ``investigating_purpose.verbs``,
  the body one of its ``bodies``, the verb that sets it up one of its ``heads``.
"""

from __future__ import annotations

from detente.events.lexicon import Lexicon
from detente.events.light_steps import predicate, step_mode

SINGULAR_SUBJECT_TAGS = frozenset({"NNP", "NN"})
"""Tags of a third-person singular subject head ("Turkey", "the government")."""


def subjunctive(clause) -> bool:
    """A bare verb under a third-person singular subject ("that Turkey withdraw", "that the
    government resign"), which the tagger read as a present plural (VBP)."""
    if clause.tag_ != "VBP" or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ in SINGULAR_SUBJECT_TAGS and \
        not any(c.dep_ == "cc" for c in subject.children) and clause.lower_ == clause.lemma_.lower()


def investigating_body(token, lexicon: Lexicon) -> bool:
    """True for the purpose infinitive of a body set up to investigate ("formed a panel to probe
    the deaths"): the investigation was launched."""
    spec = lexicon.semantics["investigating_purpose"]
    if token.lemma_.lower() not in spec["verbs"] or token.dep_ not in ("advcl", "acl", "relcl", "xcomp"):
        return False  # xcomp: "appointed a commission to investigate" with the body as controller object
    head = token.head
    if token.dep_ in ("acl", "relcl"):  # "a commission to investigate": the noun's own infinitive
        return head.lemma_.lower() in spec["bodies"] and head.head.lemma_.lower() in spec["heads"]
    return head.lemma_.lower() in spec["heads"] and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in spec["bodies"] for c in head.children)


def expected(token, lexicon: Lexicon) -> bool:
    """An act told as expected, scheduled or near, not done: "is expected to sign", "is set to
    visit", "is due to meet", "are close to signing", "on the verge of a
    deal" (``unrealised.expected_heads`` / ``near_words`` of ``semantics.yaml``)."""
    spec = lexicon.semantics["unrealised"]
    pred = predicate(token)
    if pred.dep_ == "xcomp" and pred.head.lemma_.lower() in spec["expected_heads"]:
        return True
    if step_mode(token) == "intend":
        return True  # "will take steps to ease the blockade": steps to come (e85, events/light_steps.py)
    near = pred if pred.dep_ in ("pcomp", "pobj") else token if token.dep_ == "pobj" else None
    return near is not None and near.head.lower_ in ("to", "of") and near.head.head.lower_ in spec["near_words"]


def disavowed(token, lexicon: Lexicon) -> bool:
    """An act its doer has no plan or intention to do: "has no plans to withdraw its troops"."""
    pred = predicate(token)
    head = pred.head
    return pred.dep_ == "acl" and head.lemma_.lower() in lexicon.semantics["unrealised"]["plan_nouns"] and \
        any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)


def proposed_power(token, lexicon: Lexicon) -> bool:
    """An act a plan, bill or law would allow someone to do, not done: "plans to allow the minister
    to place suspects under house arrest", "a bill allowing the president to dissolve parliament"
    (``unrealised.permission_verbs`` under a noun of ``unrealised.proposal_nouns``)."""
    spec = lexicon.semantics["unrealised"]
    pred = predicate(token)
    permit = pred.head
    if pred.dep_ not in ("ccomp", "xcomp") or permit.lemma_.lower() not in spec["permission_verbs"]:
        return False
    return permit.dep_ in ("acl", "xcomp", "relcl") and permit.head.lemma_.lower() in spec["proposal_nouns"]


def decided(token, inner_type: str | None, lexicon: Lexicon) -> bool:
    """A decision taken to do a hostile act ("Morocco decided to break off relations with Iran",
    "the cabinet has resolved to expel the diplomats"): the act announced as decided, which the
    conventions code as the act (an announced act counts), not as a threat of it. The deciding
    verb is past (not "will decide", "is deciding"), asserted, and the act is one of the
    ``decided.types`` (the material conflict types); a decision to cooperate stays an intent
    (AGREE), as "agreed to release" does -- but a decision to back something is the backing, a
    stance taken (SUPPORT is one of the types; round 28, e79)."""
    spec = lexicon.semantics["decided"]
    if token.lemma_.lower() not in spec["verbs"] or inner_type not in spec["types"]:
        return False
    if token.tag_ == "VBD":
        return not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    modals = {"will", *lexicon.semantics["speculative_auxiliaries"]}  # "will have decided", "may have decided"
    return token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children) and \
        not any(c.dep_ == "aux" and c.lemma_.lower() in modals for c in token.children)


def protest_purpose(token, lexicon: Lexicon) -> bool:
    """"walked off the job to protest low wages", "closed their shops to protest the killing": an
    infinitive of purpose tells in general what was not done, but a protest is done by the act it
    is the purpose of, whatever that act is (a strike, a march, a fast). The protest verb is a
    purpose clause of an asserted, past or present, unnegated verb; a state's act done "to protest"
    is left to the act itself (``state_protest_purpose``). The same holds for the protest noun of
    "in protest" (``in_protest``)."""
    spec = lexicon.semantics["protest_purpose"]
    if in_protest(token, lexicon):
        return True
    if token.lemma_.lower() not in spec["verbs"] or token.dep_ != "advcl" or token.tag_ != "VB" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    head = token.head
    return head.i < token.i and _asserted_act(head, spec)


def in_protest(token, lexicon: Lexicon) -> bool:
    """"shut their shops in protest at the new tax", "burned the flag in protest against the visit":
    the protest noun of the manner phrase "in protest" under an asserted, past or present,
    unnegated verb -- the verb's doer protested, by the act the verb tells (issue 13 round 18; its
    doer is the verb's subject, ``doers.noun_sources``)."""
    spec = lexicon.semantics["protest_purpose"]
    if token.lemma_.lower() not in spec["nouns"] or token.dep_ != "pobj" or token.head.lower_ != "in" or \
            token.head.dep_ != "prep" or any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.children):
        return False
    return _asserted_act(token.head.head, spec)


def _asserted_act(head, spec: dict) -> bool:
    """A past or present verb that asserts its act: no modal, not negated, not a bare participle."""
    if head.pos_ != "VERB" or head.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.tag_ == "VBN" and not any(a.lemma_.lower() == "have" for a in auxes):
        return False  # a participle: "workers angered to protest" is no act of the workers
    return not any(a.lemma_.lower() in spec["unasserting_auxiliaries"] for a in auxes) and \
        not any(c.dep_ == "neg" for c in head.children)


def state_protest_purpose(rule: str, sources, lexicon: Lexicon) -> bool:
    """A protest told only as the purpose of a state's act ("recalled its ambassador to protest the
    raid"): the act is what was done; no demonstration."""
    return "~purpose" in rule and any(m.actor is None or m.actor.sector in lexicon.semantics["protest_purpose"]["state_sectors"]
                                      or m.actor.sector is None for m in sources)
