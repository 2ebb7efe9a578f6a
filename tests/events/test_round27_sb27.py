"""Issue 13, round 27 (branch sb27): the article's headline line (the first paragraph, one short
line with no full stop, then a blank line) is a sentence of its own, so the lead after it is read
on its own; of the headline's rows, a doer given the one foreign country the headline names
(``~context``) is dropped (gold/events/NOTES-sb27.md).
Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from detente.events.headlines import headline_rows
from detente.records import Event, Participant
from tests.events.conftest import code_cases, rows

DATE = "2005-02-01"
CASES = [
    # the lead read on its own, not with the headline's noun phrase as its subject
    ("French minister under fire over arms sales\n\nGerman opposition leaders have condemned the French "
     "defence minister for selling arms to Libya.", {("ACCUSE", "DEU", "FRA")}),
    # a foreign country the headline names given to the unnamed critics of coordinated participles
    ("Chancellor criticised and mocked over Greek tax plan\n\nThe German finance minister's plan was debated on "
     "Tuesday.", set()),
    # a bare headline surname: the country the headline names is not the caller
    ("Schmidt wants Afghan pull-out timetable\n\nThe German chancellor should set out a plan to withdraw troops, "
     "opposition leader Hans Schmidt said on Monday.", {("RETREAT", "DEU", None)}),
    # controls: a headline whose named subject acts keeps its rows, retold by the lead or not
    ("Germany condemns Iranian missile test\n\nThe German government said the launch broke a United Nations "
     "resolution.", {("ACCUSE", "DEU", "IRN"), ("MOBILIZE", "IRN", None)}),
    ("Spain pledges aid to Morocco\n\nThe Spanish government has promised 50 million euros in aid to Morocco "
     "after the earthquake.", {("AGREE", "ESP", "MAR"), ("AID", "ESP", "MAR")}),
    ("Greek police arrest protesters\n\nGreek police arrested 40 protesters in Athens on Sunday.",
     {("COERCE", "GRC", "GRC")}),
    # controls: a first paragraph that ends a sentence is news prose; a past tense there is active
    ("The Italian government criticised France on Monday.\n\nThe French government rejected the criticism.",
     {("ACCUSE", "ITA", "FRA")}),
    ("The Italian government criticised France on Monday.", {("ACCUSE", "ITA", "FRA")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "sb27", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_headline_rows(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_the_lead_is_read_without_the_headline(coded):
    lead = coded[0].events
    assert [e.rule for e in lead] == ["verb:condemn"] and lead[0].evidence.startswith("German opposition")


def _row(rule: str, country: str) -> Event:
    return Event(type="REQUEST", cameo="010", goldstein=0.0, quad=1, source=[Participant(text="Smith", country=country)],
                 target=[], sentence=0, start=0, end=5, trigger="calls", trigger_start=0, trigger_end=5,
                 evidence="", rule=rule)


def test_a_context_doer_of_the_story_country_stays():
    rows_ = [_row("verb:call+for~context", "GBR"), _row("verb:call+for~context", "IRQ"), _row("verb:call+for", "IRQ")]
    assert [(e.rule, e.source[0].country) for e in headline_rows(rows_, "GBR")] == \
        [("verb:call+for~context", "GBR"), ("verb:call+for", "IRQ")]
    assert [e.source[0].country for e in headline_rows(rows_, None)] == ["IRQ"]
