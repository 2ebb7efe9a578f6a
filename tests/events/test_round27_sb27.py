"""Issue 13, round 27 (branch sb27): the article's headline line (the first paragraph, one short
line with no full stop, then a blank line) is a sentence of its own and gives no row; the lead
after it is read on its own (gold/events/NOTES-sb27.md). Each case is made up (never a gold
sentence) and coded by the whole pipeline; the expected set is the text's whole output as
``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from detente.nlp.tokens import headline_end
from tests.events.conftest import code_cases, rows

DATE = "2005-02-01"
CASES = [
    # a headline passive of criticism is no assault; the lead's condemnation is the row
    ("French minister attacked over arms sales\n\nGerman opposition leaders have condemned the French defence "
     "minister for selling arms to Libya.", {("ACCUSE", "DEU", "FRA")}),
    # a bare headline surname: the country the headline names is not the caller
    ("Schmidt calls for Iraq exit plan\n\nThe German chancellor should set out a plan to withdraw troops, "
     "opposition leader Hans Schmidt said on Monday.", {("RETREAT", "DEU", None)}),
    # a headline noun read as a verb ("pledges aid"): the lead's promise is the row
    ("Spain pledges aid to Morocco\n\nThe Spanish government has promised 50 million euros in aid to Morocco "
     "after the earthquake.", {("AGREE", "ESP", "MAR")}),
    # the headline's act retold by the lead: one act, the lead's rows
    ("Russia and Ukraine agree truce\n\nRussia and Ukraine agreed a truce on Monday after talks in Geneva.",
     {("AGREE", "RUS", "UKR"), ("CONSULT", "RUS", "UKR")}),
    ("Greek police arrest protesters\n\nGreek police arrested 40 protesters in Athens on Sunday.",
     {("COERCE", "GRC", "GRC")}),
    # controls: a first paragraph that ends a sentence is news prose, coded
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


@pytest.mark.parametrize("i", range(len(CASES)))
def test_no_row_from_the_headline(coded, i):
    end = headline_end(CASES[i][0]) or 0
    assert all(e.trigger_start >= end for e in coded[i].events)
