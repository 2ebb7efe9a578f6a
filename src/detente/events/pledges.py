"""The other side of a bare promise (issue 13 round 31, e94).

A promise, pledge or offer with no act word inside it ("pledged cleaner hospitals", "promised that
British aid would not come out of the Africa budget", "pledged converting the museum, once a Greek
church, into a mosque") is AGREE with mode ``intend``. The actors its content names as what is promised -- the that-clause's
subject ("promised that Ugandan traders would pay lower fees"), an apposition of the thing promised
("the museum, once a Greek church") -- are no party to the promise: they are no target, from the
trigger's own arguments or from the sentence and story routes (``coder.code_sentence``). Every other
side stays: the dative ("promised Ukraine that ..."), a passive subject, the direct object, the verb's
"to", "for" or "with" object, and the infinitive's own objects, subjects and owners ("pledged $200
million to help Indonesia rebuild", "pledged to protect Taiwan"). Round 31's review (f73) cut e94's
narrowing back to these two classes: its list of allowed sides dropped the beneficiary of a promise.

A promise to do an act ("pledged to work with the new government", "promised aid to Ukraine") is
composed with its inner trigger and keeps that act's target: it is not bare. But when the
promised or warned act is told in a that-clause whose subject is the speaker's own state -- the
country itself, its government or its forces ("the Russian president warned that Russia could fire
on American ships", "the Iranian president warned that Iran would respond to any attack", "promised
that Britain would send troops to Ukraine") -- that subject is the doer of the act, the speaker's
own side, not the one threatened or promised to: the act's own objects are (:func:`own_state_doers`);
so is the inner act's own subject when it is a pronoun of that state ("Russia warned that it could
fire on NATO arms shipments").
A subject of another sector of the same country stays ("the opposition warned that the government
would fall"): domestic acts count.
"""

from __future__ import annotations

from detente.events import attach
from detente.events.arguments import MentionIndex, actors_under, object_heads
from detente.events.context import DEFAULT_TARGET_PREPS
from detente.events.owners import own_state_owners
from detente.events.triggers import Candidate, Coding
from detente.records import Mention

__all__ = ["ADDRESSEE_PREPS", "OWN_STATE", "STATE_SECTORS", "addressees", "bare_promise", "content_sides",
           "own_state_doers", "routed"]

ADDRESSEE_PREPS = ("to", "for", "with")
"""Prepositions of the promising verb whose object is the one the promise is made to or for."""
STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "SPY"})
"""Sectors of a state's own side: a country named alone, its government and its forces."""
OWN_STATE = "~ownstate"
"""Rule suffix of a row whose that-clause subject, the speaker's own state, was not taken as its target."""
COMMITTED_TYPES = frozenset({"THREATEN", "AGREE"})
"""Types of a speaker's commitment to an act of its own side (a warning, a promise)."""


def bare_promise(cand: Candidate, coding: Coding) -> bool:
    """True for an AGREE row of an AGREE intent word (promise, pledge, offer) with no act inside.

    >>> bare_promise.__name__
    'bare_promise'
    """
    entry = cand.entry
    return coding.type == "AGREE" and entry.role == "intent" and entry.type == "AGREE" and \
        cand.token.pos_ == "VERB" and not any(inner.entry.type for inner in cand.inner[:1])
    # a headline parsed as a noun phrase ("Spain pledges aid to Morocco": "pledges" a compound) has no
    # verb's arguments to read: its sides are left to the other routes


def addressees(cand: Candidate, coding: Coding, targets: list[Mention], index: MentionIndex) -> list[Mention]:
    """``targets`` without the sides named inside a bare promise's content (:func:`content_sides`):
    "the president pledged converting the museum, once a Greek church, into a mosque" has no target."""
    promised = content_sides(cand, coding, index)
    return [m for m in targets if (m.start, m.end) not in promised]


def content_sides(cand: Candidate, coding: Coding, index: MentionIndex) -> set[tuple[int, int]]:
    """The offsets of the actors a bare promise's content names as what is promised, not as a party:
    the subject of its that-clause ("promised that Ugandan traders would pay", "British aid will not
    come out of ..., the minister promised") and an apposition of the thing promised ("converting the
    museum, formerly a Greek church"), with the thing itself when the actors stage read its side from
    that apposition (rule ``apposition>...``). The dative, the to/for/with objects and the infinitive's own
    objects, subjects and owners stay sides ("pledged $200 million to help Indonesia rebuild",
    "pledged to protect Taiwan"; round 31 review mend, f73)."""
    if not bare_promise(cand, coding):
        return set()
    token = cand.token
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    if token.dep_ in ("parataxis", "ccomp") and token.head.pos_ in ("VERB", "AUX") and token.head.i < token.i:
        clauses.append(token.head)  # "British aid will not come out of ..., the minister has promised"
    heads = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    things = [o for o in token.children if o.dep_ == "dobj"] + \
        [o for x in token.children if x.dep_ in ("xcomp", "pcomp", "ccomp", "dobj") and x.pos_ == "VERB"
         for o in x.children if o.dep_ == "dobj"]
    apposed = [a for o in things for a in o.children if a.dep_ == "appos"]
    return {(m.start, m.end) for h in heads for m in actors_under(h, index)} | \
        {(m.start, m.end) for a in apposed for t in a.subtree for m in index.at(t)} | \
        {(m.start, m.end) for o in things for m in index.at(o) if (m.rule or "").startswith("apposition>")}


def routed(cand: Candidate, coding: Coding) -> bool:
    """True when a row may take its target from the sentence or story routes (``~domestic``,
    ``~sentence``, ``~homeside``): any row but a bare promise that names no one it is made to or for --
    no dative, no "to" / "for" object, no infinitive of what it is for ("pledged $200 million to help
    Indonesia rebuild", "offered $10,000 to Michael Jones", "promised each family will be paid" are routed;
    "pledged cleaner hospitals" is not)."""
    if not bare_promise(cand, coding):
        return True
    token = cand.token
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in ("to", "for") or
               c.dep_ in ("xcomp", "advcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for h in (token, *objects) for c in h.children) or \
        any(c.dep_ == "ccomp" for c in token.children)  # "promised each victim will be paid": who it is for


def own_state_doers(cand: Candidate, coding: Coding, sources: list[Mention], targets: list[Mention],
                    index: MentionIndex) -> tuple[list[Mention], str]:
    """``targets`` as they are and no suffix, or, when they are only the that-clause subject of a
    warning or a promise and that subject is the speaker's own state (module docstring), the inner
    act's own objects ("warned that Russia could fire on American ships" -> the American ships) and
    the rule suffix ``~ownstate``: with no object left, the row is complete with no target ("warned
    that Iran would respond to any attack"), as a recalled ambassador is (``~own``). Any type: the
    doer's own bare state word as the owner of the act or of the thing given is no target either
    ("ruled out Turkish support for the Swedish bid": ``owners.own_state_owners``, round 33)."""
    targets = own_state_owners(cand, sources, targets, index)
    if coding.type not in COMMITTED_TYPES or not targets or not cand.inner:
        return targets, ""
    inner = cand.inner[0]
    doers = [c for c in inner.token.children if c.dep_ == "nsubj"] if inner.entry.pos == "verb" else []
    subjects = {(m.start, m.end) for m in attach.complement_subject(cand, index) +  # "warned that it could fire on"
                [m for d in doers for m in actors_under(d, index)]}
    own = {(m.actor.country, m.actor.sector) for m in sources if m.actor is not None}
    if not all((m.start, m.end) in subjects and _state_side(m, own) for m in targets):
        return targets, ""
    return [m for h in object_heads(inner.token, inner.entry.targets or DEFAULT_TARGET_PREPS)
            for m in actors_under(h, index)], OWN_STATE


def _state_side(mention: Mention, own: set[tuple]) -> bool:
    """True when ``mention`` is a state side of a country a source speaks for as a state side."""
    actor = mention.actor
    return actor is not None and actor.sector in STATE_SECTORS and \
        any(country == actor.country and sector in STATE_SECTORS for country, sector in own)
