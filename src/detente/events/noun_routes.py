"""Doers of nominal acts read from outside the act's own phrase, issue 13 round 24 (branch e69),
and the rule suffix that names each route on the row.

- (Talks told by one of their parties, ``~reporter``, built by e69, were removed at the round-24
  merge: the review proved a third party reporting talks -- "The UN says talks with the Taliban
  collapsed", a mediator, a denial -- became a party to them; see docs/accuracy/events.md.)
- The phrase that stands for a nominal act (``holders.phrase_route``: ``~changed``, ``~enacted``).
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex
from detente.events.holders import phrase_route
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate
from detente.records import Mention


def noun_route(cand: Candidate, sources: list[Mention], index: MentionIndex, lexicon: Lexicon) -> str:
    """Rule suffix of a nominal act's doer found by a route of round 24, else ""."""
    if cand.entry.pos != "noun" or not sources:
        return ""
    return phrase_route(cand, sources, lexicon.words)
