"""Issue 13, round 27 (branch e75): the news medium that carries a story is no side of its acts
(``events/interviewers.py``). Made-up sentences: a request row by "told" whose one spoken to is an
interviewer (an outlet or a programme) is dropped; a request that asks the outlet to act, or one told to
a person, stays; a medium that acts or is acted on stays a side."""

from __future__ import annotations

import pytest

import detente
from detente.events.interviewers import addressed, without_channels
from detente.records import Event, Participant


def _request(coded, speaker: str, outlet: str) -> Event:
    """A REQUEST row by "told" as the lexicon's ``verb:tell+to`` writes it on a misparse: the speaker
    asks the outlet (the rows of the class in NOTES-e75 came from a genitive or a programme title
    the parser made the verb's complement)."""
    text = coded.article.text
    told = text.index("told")
    src, tgt = text.index(speaker), text.index(outlet)
    return Event(type="REQUEST", cameo="100", goldstein=-5.0, quad=3,
                 source=[Participant(speaker, "GBR", "GOV", start=src, end=src + len(speaker))],
                 target=[Participant(outlet, "GBR", "MED", start=tgt, end=tgt + len(outlet))],
                 sentence=0, start=0, end=len(text), trigger="told", trigger_start=told,
                 trigger_end=told + 4, evidence=text, rule="verb:tell+to>verb:decide~context")


INTERVIEWS = [
    ("\"The vote will not be decided by one speech,\" the chancellor told BBC Two's Newsnight programme.",
     "the chancellor", "BBC"),
    ("The home secretary told the Guardian newspaper the reform would not be dropped.", "The home secretary",
     "the Guardian"),
    ("The minister told Sky News the money would not invade the aid budget.", "The minister", "Sky News"),
    ("The British foreign secretary told the BBC's Sunday programme the talks would go on.",
     "The British foreign secretary", "the BBC"),
]


@pytest.mark.parametrize(("text", "speaker", "outlet"), INTERVIEWS)
def test_request_told_to_an_interviewer_is_dropped(text, speaker, outlet):
    coded = detente.code(text)
    assert without_channels([_request(coded, speaker, outlet)], coded.doc, coded.mentions) == []


ASKED = [
    ("The British government told the BBC to hand over the tapes.", "The British government", "the BBC"),
    ("The Chinese ministry told the Guardian newspaper to close its Beijing office.",
     "The Chinese ministry", "the Guardian"),
]


@pytest.mark.parametrize(("text", "speaker", "outlet"), ASKED)
def test_outlet_asked_to_act_stays(text, speaker, outlet):
    coded = detente.code(text)
    event = _request(coded, speaker, outlet)
    assert without_channels([event], coded.doc, coded.mentions) == [event]


def test_request_told_to_a_person_stays():
    text = "The British prime minister told the home secretary the reform would go ahead."
    coded = detente.code(text)
    event = _request(coded, "The British prime minister", "the home secretary")
    assert without_channels([event], coded.doc, coded.mentions) == [event]


def _sides(text):
    coded = detente.code(text)
    return [(e.type, [p.country for p in e.source], [p.country for p in e.target], e.rule) for e in coded.events
            if not e.negated]


def test_media_acting_or_acted_on_stay_sides():
    assert any("GBR" in target for _, _, target, _ in _sides("Chinese authorities shut down the BBC's Beijing bureau."))
    rows = _sides("Sweden's National Television apologised to the foreign minister for a misleading report.")
    assert any(source == ["SWE"] for _, source, _, _ in rows)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The minister told the BBC that the plan would fail.", "BBC", True),
    ("The minister said in an interview with the Guardian that the plan would fail.", "Guardian", True),
    ("Speaking to Sky News, the minister said the plan would fail.", "News", True),
    ("The minister told the BBC to drop the story.", "BBC", False),
    ("The minister criticised the BBC for its coverage.", "BBC", False),
])
def test_addressed(text, word, expected):
    doc = detente.code(text).doc
    token = next(t for t in doc if t.text == word)
    assert addressed(token) is expected
