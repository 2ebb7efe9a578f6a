"""Precision guards of issue 13 round 15: word senses and readings that assert no act, found on
detente's rows on unseen news (BBC politics articles and Wikinews / Current Events items outside
every gold set, read locally only; no text of them is quoted here or in the tests). Word lists are
under ``nonevents:`` in ``semantics.yaml``; tests: ``tests/events/test_nonevents.py``.

- ``currency_word``: "earned pounds 40,000" -- a currency written before its amount, no shelling;
- ``duty_charge``: "the panel is charged with ensuring a fair vote", "charged with the task of"
  -- a duty given, no charge of a crime ("charged with inciting violence" stays ACCUSE);
- ``story_emergency``: a state of emergency declared, imposed or extended in a story about a storm
  or an epidemic whose own sentence names no unrest -- no coercion of anyone (the clause-level
  guard ``semantics.is_disaster_emergency`` needs the cause in the clause);
- ``opinion_partner``: "agreed with the senator's view", "agreed about what had happened" -- an
  opinion shared, no act agreed;
- ``denied_claim``: "denied having met the envoy", "denies split over the reform" -- a claim
  denied (no event by the conventions); a denied quote, remark or split as the object is in the
  ``verb:deny+claims`` lexicon entry;
- ``campaign_rally``: "held his first campaign rally" -- a candidate's own meeting of supporters,
  no protest;
- ``recipient_named``: "Kenya, Uganda and Tanzania offer shelter to the refugees" -- joint givers
  with a recipient of their own are not each other's partners (used by ``coder`` before
  ``context.pairs_of``).
"""

from __future__ import annotations

from functools import lru_cache

from detente.events.lexicon import semantics_file


@lru_cache(maxsize=1)
def _spec() -> dict:
    spec = semantics_file()["nonevents"]
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in spec.items()}


def no_act(token, type_: str | None) -> bool:
    """True when one of this module's word-sense guards says the trigger asserts no act."""
    return currency_word(token) or duty_charge(token, type_) or story_emergency(token, type_) or \
        opinion_partner(token, type_) or campaign_rally(token, type_) or denied_claim(token, type_)


def denied_claim(token, type_: str | None) -> bool:
    """True for "deny" with a verb complement ("denied having met the envoy", the headline "denies
    split over the reform" with "split" read as a participle): a claim denied, which the conventions
    code as no event; refusing a request ("denied the request", "denied them entry") stays REJECT."""
    return type_ == "REJECT" and token.lemma_.lower() == "deny" and \
        any(c.dep_ == "xcomp" for c in token.children)


def currency_word(token) -> bool:
    """True for a currency name read as a verb before an amount ("earned pounds 40,000", "between
    pounds 5,000 and pounds 9,000"): money, no act."""
    if token.lower_ not in _spec()["currency_words"]:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and (following.like_num or following.tag_ == "CD")


def duty_charge(token, type_: str | None) -> bool:
    """True for "charged with" a duty: its ``with`` object is a gerund of running or seeing to
    something ("charged with overseeing the reform") or a task noun ("charged with the task of").
    A crime told by a gerund ("charged with inciting violence") keeps its ACCUSE."""
    if type_ != "ACCUSE" or token.lemma_.lower() != "charge":
        return False
    spec = _spec()
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
            if obj.tag_ == "VBG" and obj.lemma_.lower() in spec["duty_verbs"]:
                return True
            if obj.lemma_.lower() in spec["duty_nouns"]:
                return True
    return False


def story_emergency(token, type_: str | None) -> bool:
    """True for a state of emergency (or a lockdown-like emergency) declared, imposed or extended
    in a story that names a storm or an epidemic, when the trigger's own sentence names no unrest:
    a measure against a disaster coerces no one."""
    if type_ != "COERCE" or token.lemma_.lower() not in _spec()["emergency_verbs"]:
        return False
    if not any(c.dep_ in ("dobj", "nsubjpass") and _is_emergency(c) for c in token.children):
        return False
    spec = _spec()
    if any(t.lower_ in spec["unrest_words"] or t.lemma_.lower() in spec["unrest_words"] for t in token.sent):
        return False
    return any(t.lower_ in spec["disaster_words"] for t in token.doc)


def _is_emergency(noun) -> bool:
    if noun.lemma_.lower() == "emergency":
        return True  # "declared an emergency"
    return noun.lemma_.lower() == "state" and any(
        p.lower_ == "of" and any(o.lemma_.lower() == "emergency" for o in p.children)
        for p in noun.children if p.dep_ == "prep")  # "a state of emergency"


def opinion_partner(token, type_: str | None) -> bool:
    """True for "agree" with an opinion ("agreed with the senator's view / assessment") or about
    a question ("agreed about what had happened"): views shared, no act agreed. Agreeing with a
    party ("agreed with Russia") or on a plan stays AGREE."""
    spec = _spec()
    if type_ != "AGREE" or token.lemma_.lower() not in spec["agree_verbs"]:
        return False
    if any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in token.children):
        return False  # "agreed to", "agreed a deal", "agreed that X would withdraw" (other guards)
    for prep in (c for c in token.children if c.dep_ == "prep"):
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if prep.lower_ == "with" and any(o.lemma_.lower() in spec["opinion_nouns"] for o in objects):
            return True
        if prep.lower_ == "about" and any(o.dep_ == "pcomp" or _wh_clause(o) for o in objects):
            return True
    return False


def _wh_clause(token) -> bool:
    return any(t.tag_ in ("WP", "WRB", "WDT") for t in token.subtree)


def campaign_rally(token, type_: str | None) -> bool:
    """True for a rally of an election campaign ("held his first campaign rally", "an election
    rally"): the candidate's own meeting with supporters, no protest."""
    if type_ != "PROTEST" or token.lemma_.lower() not in _spec()["rally_nouns"]:
        return False
    words = _spec()["campaign_words"]
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words for c in token.children)


def recipient_named(token) -> bool:
    """True for a giving verb with a recipient of its own ("offer shelter to the refugees",
    "offered the refugees shelter"): its joint subjects give together, they do not give to each
    other."""
    if token.lemma_.lower() not in _spec()["giving_verbs"]:
        return False
    return any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to" and
                                      any(o.dep_ == "pobj" for o in c.children))
               for c in token.children)
