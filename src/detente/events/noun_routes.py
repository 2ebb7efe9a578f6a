"""Doers of nominal acts read from outside the act's own phrase, issue 13 round 24 (branch e69),
and the rule suffix that names each route on the row.

- **Talks told by one of their parties** (``reported_participant``): "the prime minister said
  that peace talks with the Palestinian Authority had collapsed", "Venezuela's president says
  negotiations with the opposition have stalled" -- a consultation noun with a ``with`` partner
  and no doer of its own, the subject of a clause reported by someone else than that partner, is
  done by the reporter (rule suffix ``~reporter``). Only for talks told as having happened: never
  in a clause with a modal ("talks will resume"), a negation, or a copula ("talks with the US
  are impossible").
- The phrase that stands for a nominal act (``holders.phrase_route``: ``~changed``, ``~enacted``).
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex, actors_under, object_heads
from detente.events.doers import reporter
from detente.events.holders import phrase_route
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate
from detente.records import Mention


def _told_clause(token, words: dict):
    """The reported clause whose subject the noun is, told as having happened; else None."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.pos_ != "VERB" or \
            clause.lemma_.lower() == "be":
        return None
    if any((c.dep_ == "aux" and c.lower_ in words["unreal_aux"]) or c.dep_ == "neg" for c in clause.children):
        return None
    return clause


def reported_participant(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The reporter of a clause about talks with a named partner, as their other party."""
    words = lexicon.semantics["recall14"]
    token = cand.token
    if cand.entry.pos != "noun" or cand.entry.type not in words["setting_types"]:
        return []
    clause = _told_clause(token, words)
    partners = [m for h in object_heads(token, ("with",), direct=False) for m in actors_under(h, index)]
    if clause is None or not partners:
        return []
    told_by = reporter(clause, index)
    if not told_by or {m.start for m in told_by} & {m.start for m in partners}:
        return []
    return told_by


def noun_route(cand: Candidate, sources: list[Mention], index: MentionIndex, lexicon: Lexicon) -> str:
    """Rule suffix of a nominal act's doer found by a route of round 24, else ""."""
    if cand.entry.pos != "noun" or not sources:
        return ""
    if (route := phrase_route(cand, sources, lexicon.words)):
        return route
    told_by = reported_participant(cand, index, lexicon)
    return "~reporter" if told_by and told_by[0].start == sources[0].start else ""
