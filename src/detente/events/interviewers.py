"""The news medium that carries a story is no side of its acts (issue 13, round 27, branch e75).

Found on the wrong rows of the tune material (``gold/events/NOTES-e75.md``, class M: two bbc3 and one
bbc4 tune articles, a Current Events tune item) and written for the class of wording:

- the interviewer: an outlet or programme a speaker talks to -- the object of a speech verb ("he told
  the BBC", "told Radio 4's Today programme", "told Sky News"), or the partner of "speaking to", "in an
  interview with" (:func:`addressed`) -- hears what is said. A REQUEST by "told" (``verb:tell+to``,
  which a genitive or a programme title the parser makes the verb's complement sets off) whose one
  spoken to is such an outlet is no request: the row is dropped. A verb that asks the outlet to act
  ("told the BBC to hand over the tapes": an infinitive complement) keeps its row;
- the credit (:func:`credited`): outlets named in parentheses that close a sentence ("(Reuters) (The
  Washington Post)") say where the story was read, not who acted: they are taken off the row's sides
  (rule suffix ``~outlet``; a row left with no source is dropped).

Any other medium stays a side: a broadcaster shut down, a newspaper that apologises. ``no_media_sides``
already takes every medium off a consultation (an interview is no consultation). Taking the
interviewer off every other row was tried and dropped (NOTES-e75 section 4). Word lists under
``interviewers:`` in ``semantics.yaml``; made-up tests in ``tests/events/test_interviewers.py``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from detente.events.lexicon import semantics_file
from detente.records import Event, Mention, Participant

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
    if head.dep_ == "pobj" and governor.lower_ in ("to", "with"):
        outer = governor.head
        return outer.lemma_.lower() in spec["speech_verbs"] | spec["talking_verbs"] or \
            outer.lemma_.lower() in spec["interview_nouns"]
    return False


def _asks(verb) -> bool:
    """A verb that asks the one it speaks to to do something: the outlet is then the one asked."""
    return any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for c in verb.children)


def credited(token) -> bool:
    """True for a word inside parentheses that close the sentence ("... (Reuters / The Washington
    Post)."): a credit of where the story was read, with no verb inside."""
    sent = token.sent
    opening = next((t for t in reversed(sent[:token.i - sent.start]) if t.text in "()"), None)
    if opening is None or opening.text != "(":
        return False
    closing = next((t for t in sent[token.i - sent.start:] if t.text in "()"), None)
    if closing is None or closing.text != ")":
        return False
    inside = sent.doc[opening.i + 1:closing.i]
    after = sent.doc[closing.i + 1:sent.end]
    return not any(t.pos_ in ("VERB", "AUX") for t in inside) and all(t.is_punct for t in after)


def outlet(doc, start: int, end: int, sector: str | None) -> bool:
    """True for the span of an outlet that only carries the story: the interviewer or a credit."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    spec = _spec()
    head = _phrase_head(span.root)
    return _medium(sector, head, spec) and (addressed(head, spec) or credited(span.root))


def _told_outlet(event: Event, doc, mentions: list[Mention]) -> bool:
    """A request by "told" whose one spoken to is an outlet ("told the BBC the plan would fail")."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
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
    """The rows with a credited outlet taken off their sides (``~outlet``; a row left with no source is
    dropped), and without the requests told only to an interviewer."""
    spec = _spec()
    kept: list[Event] = []
    for event in events:
        if event.type in spec["request_types"] and \
                event.rule.split(">")[0].split("~")[0].split("+")[0] in spec["request_rules"] and \
                _told_outlet(event, doc, mentions):
            continue  # "told the BBC the plan would fail": said to an interviewer, no request
        source = [p for p in event.source if not _credit(p, doc)]
        target = [p for p in event.target if not _credit(p, doc)]
        if len(source) == len(event.source) and len(target) == len(event.target):
            kept.append(event)
        elif source or not event.source:  # an outlet that was the only doer: no act of anyone
            kept.append(replace(event, source=source, target=target, rule=event.rule + "~outlet"))
    return kept


def _credit(participant: Participant, doc) -> bool:
    """A side that is an outlet credited in parentheses at the sentence's end."""
    if participant.start is None or participant.end is None:
        return False
    span = doc.char_span(participant.start, participant.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and credited(span.root) and \
        _medium(participant.sector, _phrase_head(span.root), _spec())
