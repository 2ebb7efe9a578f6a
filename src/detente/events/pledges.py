"""The other side of a bare promise (issue 13 round 31, e94).

A promise, pledge or offer with no act word inside it ("pledged cleaner hospitals", "promised that
British aid would not come out of the Africa budget", "pledged converting the museum, once a Greek
church, into a mosque") is AGREE with mode ``intend``; the side it binds the promiser to is the one
it is made to: the dative ("promised Ukraine that ..."), a passive subject that is itself a side
("Ukraine was promised ..."), the direct object and its own phrase ("pledged $1bn for Ukraine"), or the
object of the verb's own "to", "for" or "with" ("pledged $1bn to Ukraine"). The actors the promised content names (its
clause's subject or objects, a nationality on the thing promised) are what is promised, not a party
to the promise, and a bare promise takes no target from the sentence or the story either (the
``~domestic``, ``~sentence``, ``~homeside`` routes of ``coder.code_sentence``).

A promise to do an act ("pledged to work with the new government", "promised aid to Ukraine") is
composed with its inner trigger and keeps that act's target: it is not bare.
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex, actors_under
from detente.events.triggers import Candidate, Coding
from detente.records import Mention

__all__ = ["ADDRESSEE_PREPS", "addressees", "bare_promise"]

ADDRESSEE_PREPS = ("to", "for", "with")
"""Prepositions of the promising verb whose object is the one the promise is made to or for."""


def bare_promise(cand: Candidate, coding: Coding) -> bool:
    """True for an AGREE row of an AGREE intent word (promise, pledge, offer) with no act inside.

    >>> bare_promise.__name__
    'bare_promise'
    """
    entry = cand.entry
    return coding.type == "AGREE" and entry.role == "intent" and entry.type == "AGREE" and \
        not any(inner.entry.type for inner in cand.inner[:1])


def addressees(cand: Candidate, coding: Coding, targets: list[Mention], index: MentionIndex) -> list[Mention]:
    """``targets`` as they are, or for a bare promise only those it is made to (module docstring):
    "the president pledged converting the Greek church" has no target."""
    if not bare_promise(cand, coding):
        return targets
    token = cand.token
    named = [c for c in token.children if c.dep_ == "nsubjpass" and index.at(c)]  # not "British aid was promised"
    heads = [c for c in token.children if c.dep_ in ("dative", "dobj")] + named + \
        [o for p in token.children if p.dep_ == "prep" and p.lower_ in ADDRESSEE_PREPS
         for o in p.children if o.dep_ == "pobj"]
    allowed = {(m.start, m.end) for h in heads for m in actors_under(h, index)}
    return [m for m in targets if (m.start, m.end) in allowed]
