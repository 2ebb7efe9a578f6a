"""A request told to an interviewer is no request (issue 13, round 27, branch e75).

Class M of ``gold/events/NOTES-e75.md`` (the news medium that carries a story as a side: two bbc3 and
one bbc4 tune articles, a Current Events tune item), built for its request part: an outlet or a programme
a speaker talks to -- the object of a speech verb ("he told the BBC", "told Radio 4's Today programme",
"told Sky News"), or the partner of "speaking to", "in an interview with" (:func:`addressed`) -- hears
what is said. A REQUEST by "told" (``verb:tell+to``, which a genitive or a programme title the parser
makes the verb's complement sets off) whose one spoken to is such an outlet is no request: the row is
dropped (no row is left to carry a name: the drop is this module's, ``without_channels``). A verb that
asks the outlet to act ("told the BBC to hand over the tapes": an infinitive complement) keeps its row,
and so does a request told to anyone else.

Tried and dropped (NOTES-e75 section 4): taking the interviewer off every other row's sides (on bbc3 it
stood as the target of a membership and matched a gold triple by country: bbc3 tune recall .34 -> .32),
and taking outlets credited in parentheses at a sentence's end off a row's sides (right on the round13
tune row, but the row then has no target: round13 tune target present .92 -> .88). ``no_media_sides``
already takes every medium off a consultation. Word lists under ``interviewers:`` in ``semantics.yaml``;
made-up tests in ``tests/events/test_interviewers.py``.
"""

from __future__ import annotations

from functools import lru_cache

from detente.events.lexicon import semantics_file
from detente.nlp import span_at
from detente.records import Event, Mention

NAME_DEPS = ("poss", "compound", "appos", "nmod", "amod", "case")
"""Dependencies inside one noun phrase: "BBC 1's Breakfast programme" -> its head, "programme"."""


@lru_cache(maxsize=1)
def _spec() -> dict:
    spec = semantics_file()["interviewers"]
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in spec.items()}


def _phrase_head(token):
    """The head of the noun phrase a name is part of ("BBC" in "BBC 1's Today programme")."""
    for _ in range(4):
        if token.dep_ not in NAME_DEPS or token.head.i == token.i:
            break
        token = token.head
    return token


def _medium(sector: str | None, head, spec: dict) -> bool:
    """An outlet: the actors stage's media sector, or a phrase headed by a medium noun."""
    return sector == "MED" or head.lemma_.lower() in spec["medium_nouns"]


def addressed(head, spec: dict | None = None) -> bool:
    """True when a noun phrase (its head) is the one a speaker talks to: the object of a speech verb
    ("told the BBC"), or after "to" / "with" of a speech verb or of an interview noun ("said to the
    newspaper", "in an interview with the BBC"); not when the verb asks it to act ("told the BBC to
    hand over the tapes")."""
    spec = spec or _spec()
    governor = head.head
    if head.dep_ in ("dobj", "dative", "iobj", "npadvmod") and governor.lemma_.lower() in spec["speech_verbs"]:
        return not _asks(governor)
    if head.dep_ == "pobj" and governor.lower_ in spec["partner_preps"]:
        outer = governor.head
        return outer.lemma_.lower() in spec["speech_verbs"] | spec["talking_verbs"] or \
            outer.lemma_.lower() in spec["interview_nouns"]
    return False


def _asks(verb) -> bool:
    """A verb that asks the one it speaks to to do something: the outlet is then the one asked."""
    return any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for c in verb.children)


def outlet(doc, start: int, end: int, sector: str | None) -> bool:
    """True for the span of an outlet a speaker talks to: the interviewer."""
    span = span_at(doc, start, end)
    if span is None or not len(span):
        return False
    spec = _spec()
    head = _phrase_head(span.root)
    return _medium(sector, head, spec) and addressed(head, spec)


def _told_outlet(event: Event, doc, mentions: list[Mention]) -> bool:
    """A request by "told" whose one spoken to is an outlet ("told the BBC the plan would fail")."""
    span = span_at(doc, event.trigger_start, event.trigger_end)
    if span is None or not len(span):
        return False
    verb = span[0]
    for child in verb.children:
        if child.dep_ not in ("dobj", "dative", "iobj", "npadvmod"):
            continue
        phrase = doc[child.left_edge.i:child.right_edge.i + 1]
        sectors = [m.actor.sector for m in mentions if m.actor is not None and
                   phrase.start_char <= m.start < phrase.end_char] or [None]
        if any(outlet(doc, phrase.start_char, phrase.end_char, sector) for sector in sectors):
            return True
    return False


def without_channels(events: list[Event], doc, mentions: list[Mention]) -> list[Event]:
    """The rows without the requests told only to an interviewer ("told the BBC the plan would fail")."""
    spec = _spec()
    return [event for event in events
            if not (event.type in spec["request_types"] and
                    event.rule.split(">")[0].split("~")[0].split("+")[0] in spec["request_rules"] and
                    _told_outlet(event, doc, mentions))]
