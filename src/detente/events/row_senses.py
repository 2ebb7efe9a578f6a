"""Precision guards of issue 13 round 28 (e80): rows whose words, read with the row's own sides,
assert no act (gold/events/NOTES-e80.md; word lists under ``row_senses:`` in ``semantics.yaml``;
tests: ``tests/events/test_round28_e80.py``).

- ``called_election`` (rows): "the prime minister dissolved parliament and called for a snap
  election", "the government calls for an early election in May" -- an executive calling an
  election of its own asks no one for anything; an opposition party, a legislator or a protest
  "calling for early elections" still presses the government (REQUEST kept);
- ``charge_held`` (a trigger): "took charge of the ministry", "was put in charge of the inquiry"
  -- a responsibility held, no charge brought ("brought a charge of fraud" stays ACCUSE);
- ``plan_content`` (a trigger): "raised concerns about the president's plan to impose tariffs" --
  an act told only as the content of a plan that is talked about, not done (a plan announced,
  "announced a plan to expel the diplomats", is left to the intent rules);
- ``attractive_appeal`` (a trigger): "the party must broaden its appeal", "her popular appeal has
  faded" -- appeal as attractiveness, no request ("made an appeal for calm" stays REQUEST);
- ``advised_act`` (a trigger): "the watchdog recommended that the minister be suspended",
  "suggested that Kenya impose sanctions" -- advice, no act ("suggested that Kenya had imposed
  sanctions" reports one, and stays); but a legal authority recommending a legal accusation with no
  other doer ("police recommended that the minister be indicted") makes its own ACCUSE
  (``legal_recommender``, round 29, e85; its doer: ``sources.sources_of``);
- steps not taken or only weighed ("took no action to expel", "failed to take steps to"): no act
  (``light_steps.untaken``, round 29, e85).
"""

from __future__ import annotations

from functools import lru_cache

from detente.events.lexicon import semantics_file
from detente.events.light_steps import predicate, untaken
from detente.nlp import span_at

__all__ = ["advised_act", "attractive_appeal", "called_election", "charge_held", "legal_recommender", "plan_content",
           "sense_rows", "unasserted"]


@lru_cache(maxsize=1)
def _spec() -> dict:
    spec = semantics_file()["row_senses"]
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in spec.items()}


def sense_rows(events: list, doc) -> list:
    """The rows no guard of this module finds empty of an act."""
    return [e for e in events if not called_election(e, doc)]


def _trigger_token(event, doc):
    span = span_at(doc, event.trigger_start, event.trigger_end) \
        if event.trigger_start is not None else None
    return span[0] if span is not None and len(span) else None


def _called_things(token):
    """The heads a calling verb calls for: its direct object, the objects of its "for", and the
    subject of a "for ... to" clause ("calls for new elections to be held in May")."""
    for child in token.children:
        if child.dep_ == "dobj":
            yield child
        elif child.dep_ == "prep" and child.lower_ == "for":
            yield from (g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ in ("advcl", "ccomp", "xcomp") and any(m.lower_ == "for" for m in child.children):
            yield from (g for g in child.children if g.dep_ in ("nsubj", "nsubjpass"))


def called_election(event, doc) -> bool:
    """True for a request row of "call (for) an election" whose every source is an executive
    (sector GOV): the government calling its own election, no request of anyone."""
    spec = _spec()
    if event.type not in spec["election_call_types"] or not event.source:
        return False
    if not all(p.sector in spec["election_callers"] for p in event.source):
        return False
    token = _trigger_token(event, doc)
    if token is None or token.lemma_.lower() not in spec["election_call_verbs"]:
        return False
    called = [obj for obj in _called_things(token)
              if obj.lemma_.lower() in spec["election_nouns"] or obj.lower_ in spec["election_nouns"]]
    if any(_foreign_in(event, obj) for obj in called):
        return False  # "the US called for elections in Venezuela": another country's vote, a demand on it (f58)
    return bool(called)


def _foreign_in(event, token) -> bool:
    """True when a target of another country than every source's is named inside the called election's
    phrase ("called for free elections in Venezuela", "for Belarus's elections"), not elsewhere in the
    sentence ("dissolves the House and calls for new elections", "calls for snap elections after the
    defeat in the European vote": no target of the call)."""
    own = {p.country for p in event.source}
    first, last = token.doc[token.left_edge.i], token.doc[token.right_edge.i]
    return any(t.country and t.country not in own and t.start is not None and
               first.idx <= t.start and t.end <= last.idx + len(last.text) for t in event.target)


def charge_held(token, type_: str | None) -> bool:
    """True for the noun "charge" held as a responsibility: the object of "in" ("in charge of the
    inquiry", "put her in charge") or of a taking verb ("took charge of the ministry", "assumed
    charge"). A charge brought, dropped or faced keeps its ACCUSE."""
    spec = _spec()
    if type_ != "ACCUSE" or token.pos_ != "NOUN" or token.lemma_.lower() not in spec["charge_nouns"]:
        return False
    if any(c.dep_ in ("det", "amod", "compound", "nummod", "poss") for c in token.children):
        return False  # "a charge of fraud", "the criminal charge": a charge named as a thing
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "in":
        return True
    return token.dep_ == "dobj" and head.lemma_.lower() in spec["charge_taking_verbs"]


def unasserted(token, type_: str | None) -> bool:
    """True when a trigger guard of this module says the trigger asserts no act."""
    return charge_held(token, type_) or plan_content(token) or advised_act(token) or \
        attractive_appeal(token, type_) or untaken(token)


def plan_content(token) -> bool:
    """True for an act whose verb is the infinitive of a plan noun that the sentence talks about
    ("concerns about the plan to impose tariffs", "the plan to expel them angered Moscow",
    "condemned the plan to deport them"): the plan's content, not done."""
    spec = _spec()
    pred = predicate(token)
    plan = pred.head
    if pred.dep_ != "acl" or pred.tag_ != "VB" or plan.lemma_.lower() not in spec["plan_nouns"]:
        return False
    if plan.dep_ == "dobj":  # "condemned the plan to": talked about; "announced a plan to": the intent rules'
        return plan.head.lemma_.lower() not in spec["plan_announcing_verbs"] | spec["plan_executing_verbs"]
    if plan.dep_ == "pobj" and plan.head.lower_ == "with" and _with_verb(plan.head) in spec["plan_executing_verbs"]:
        return False  # "went ahead with its plan to expel them": the plan carried out, an act (f58)
    return plan.dep_ in spec["plan_deps"]


def _with_verb(prep) -> str:
    """The lemma of the verb a "with" hangs from, across "ahead" ("went ahead with", "pressed on with")."""
    head = prep.head
    if head.pos_ not in ("VERB", "AUX") and head.dep_ in ("advmod", "prt", "acomp"):
        head = head.head
    return head.lemma_.lower()


def advised_act(token) -> bool:
    """True for an act in the that-clause of an advising verb told in the subjunctive or with
    "should" ("recommended that the minister be suspended", "suggested that Kenya impose
    sanctions", "advised that the envoy should be expelled"): advice, not an act."""
    pred = predicate(token)
    if pred.dep_ != "ccomp" or pred.head.lemma_.lower() not in _spec()["advising_verbs"]:
        return False
    if legal_recommender(token) is not None:
        return False  # "police recommended that he be indicted": the authority's own legal accusation (e85)
    auxes = [c for c in pred.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "should" for a in auxes):
        return True
    if pred.tag_ == "VB":
        return not any(a.dep_ == "aux" for a in auxes) or all(a.lower_ == "be" for a in auxes)
    return pred.tag_ == "VBN" and bool(auxes) and all(a.lower_ == "be" and a.tag_ == "VB" for a in auxes)


def legal_recommender(token):
    """The legal authority that recommends a legal accusation against someone, told with no other
    doer ("police recommended that the minister be indicted", "prosecutors recommended that he be
    tried"): the subject of the advising verb when its head or a compound of it is a legal authority
    (``row_senses.legal_authorities``) and the advised verb a legal act (``legal_acts``) in the
    passive or with no subject of its own -- the recommendation is the authority's own ACCUSE.
    Advice that another body act ("recommended that the court convict him", "that Japan impose
    sanctions") keeps no row (``advised_act``). None otherwise."""
    spec = _spec()
    pred = predicate(token)
    if pred.dep_ != "ccomp" or pred.head.lemma_.lower() not in spec["advising_verbs"] or \
            pred.lemma_.lower() not in spec["legal_acts"] or any(c.dep_ in ("nsubj", "agent") for c in pred.children):
        return None  # "that the court convict him", "that he be investigated by a judge": another doer
    subject = next((c for c in pred.head.children if c.dep_ == "nsubj"), None)
    if subject is None or _party_lawyer(subject, spec):
        return None
    words = {subject.lemma_.lower()} | {c.lemma_.lower() for c in subject.children if c.dep_ == "compound"}
    return subject if words & spec["legal_authorities"] else None


def _party_lawyer(subject, spec: dict) -> bool:
    """A lawyer of one side, no legal authority: "the defence attorney", "the senator's counsel"."""
    return subject.lemma_.lower() in spec["party_lawyers"] and any(
        c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.lower_ in spec["defence_words"])
        for c in subject.children)


def attractive_appeal(token, type_: str | None) -> bool:
    """True for the noun "appeal" in its sense of attractiveness: the object of a verb that widens
    or loses it ("must broaden its appeal", "widen its appeal to young voters") or under an adjective
    of whom it draws ("her popular appeal", "the party's electoral appeal"). An appeal made, issued or
    answered ("made an appeal for calm") keeps its REQUEST."""
    spec = _spec()
    if type_ != "REQUEST" or token.pos_ != "NOUN" or token.lemma_.lower() not in spec["appeal_nouns"]:
        return False
    if token.dep_ == "dobj" and token.head.lemma_.lower() in spec["appeal_widening_verbs"]:
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() in spec["appeal_making_verbs"]:
        return False  # "made a personal appeal", "issued a broad appeal": an appeal made is a request (f58)
    if any(c.dep_ in ("prep", "acl", "relcl") and (c.lower_ in ("for", "to") or
                                                    any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"))
           for c in token.children):
        return False  # "a national appeal for calm", "a broad appeal to donors": addressed, a request (f58)
    return any(c.dep_ in ("amod", "compound") and c.lower_ in spec["appeal_adjectives"] for c in token.children)
