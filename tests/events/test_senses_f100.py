"""Round 36 review mends (f100) of e110's guards in ``events/nonevents.py``: ``electoral_vote`` counts
places and citizens as an electorate only when the trigger is "vote" itself (r36a 2, r36c 1), and
``story_label`` reads the trigger's own line only (r36a 3), keeps a headline told by a participle
(r36c 2) and a label whose trigger names its doer (r36a 4). Every sentence is made up; each mend has
its failing shape and the near miss the guard was built for (which must stay removed)."""

from __future__ import annotations

import pytest

from detente.events import nonevents
from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # a region, a province or citizens refusing a demand near the word "vote" act towards the centre
    ("The autonomous region of Corsica rejected Paris's demand to cancel the independence vote.",
     {("REJECT", "FRA", "FRA")}),
    ("The province of Mosul rejected Baghdad's order to postpone the referendum.", {("REJECT", "IRQ", "IRQ")}),
    ("Citizens of Macau rejected Beijing's plan to postpone the vote.", {("REJECT", "MAC", "CHN")}),
    # near misses: voters rejecting a proposal in a vote, and areas voting, stay an electorate's result
    ("Voters in Austria rejected a proposed change to the pension law in Sunday's referendum.", set()),
    ("The southern Chilean provinces were among the areas to vote against the reform.", set()),
    # a headline participle tells the act; a noun label with no doer does not
    ("Six police officers abducted by Boko Haram in Nigeria: The police said a search was under way.",
     {("ASSAULT", "NGA", "NGA")}),
    ("Dozens killed in Russian air strike on Kharkiv: Ukrainian officials said 30 people died on Monday.",
     {("ASSAULT", "RUS", "UKR")}),
    ("Kabul hotel bombing: The Afghan government announces three days of mourning.", set()),
    # a label whose trigger names its doer keeps the doer the line after it leaves out
    ("Russian airstrike on Odesa school: At least 12 people are killed, according to Ukrainian officials.",
     {("ASSAULT", "RUS", "UKR")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "f100", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_label_is_looked_for_on_the_triggers_own_line(nlp):
    """A line with no colon is no label because the next line opens "Update: ..." (r36a 3)."""
    doc = nlp("Car bombing in a Baghdad market\nUpdate: The death toll rose to 20 on Tuesday, officials said.")
    assert not nonevents.story_label(doc[1])
    doc = nlp("Car bombing in a Baghdad market: The death toll rose to 20 on Tuesday, officials said.")
    assert nonevents.story_label(doc[1])


def test_place_nouns_are_an_electorate_only_for_vote_itself(nlp):
    doc = nlp("The region of Tigray rejected the government's order to disarm, months after the election.")
    assert not nonevents.electoral_vote(next(t for t in doc if t.lemma_ == "reject"), "REJECT")
    doc = nlp("The region of Tigray voted against the government's order.")
    assert nonevents.electoral_vote(next(t for t in doc if t.lemma_ == "vote"), "REJECT")
