"""Issue 13, round 36 (e110): word senses that are no event, found by judging detente's most frequent
triggers on the readable sample corpus (gold/events/NOTES-e110.md, gold/events/senses36/judged.jsonl):
an electorate's vote or rejection (``nonevents.electoral_vote``) and the story label a news summary opens
with (``nonevents.story_label``). Every sentence is made up; each removal case gives a row on the commit
before this round, and a control beside each class must stay coded."""

from __future__ import annotations

import pytest

from detente.events import nonevents
from tests.events.conftest import code_cases, rows

DATE = "2020-03-01"
CASES = [
    # an electorate's vote or rejection is a result, no act; lawmakers, a parliament, MPs voting stay
    ("Voters in Norway rejected a proposed change to the tax law in Sunday's referendum.", set()),
    ("A majority of voters in Ireland voted to reject the new constitution.", set()),
    ("The northern Philippine districts were among the areas to vote against the measure.", set()),
    ("Swiss voters resoundingly reject a proposal to ban the export of arms.", set()),
    ("Older Polish citizens, who voted heavily for Andrzej Duda's party in 2015, are now undecided.", set()),
    ("Kandahar, and the province around it, were among the areas to vote against the reform.", set()),
    ("Norwegian lawmakers voted against the bill.", {("REJECT", "NOR", None)}),
    ("Polish senators voted for President Andrzej Duda's reform in 2015.", {("SUPPORT", "POL", "POL")}),
    ("The Irish parliament voted to reject the treaty.", {("REJECT", "IRL", None)}),
    ("A majority of Hungarian MPs voted against the sanctions on Russia.", {("REJECT", "HUN", "RUS")}),
    ("France rejected Germany's proposal.", {("REJECT", "FRA", "DEU")}),
    # a story label before the colon names no act; the line after it, and a headline with a verb, do
    ("Kandahar bombing: The Afghan government announces three days of mourning.", set()),
    ("Embassy siege in Nairobi: The Kenyan government announces a day of mourning.", set()),
    ("Afghan crisis: Taliban fighters attacked a police post in Kandahar.", {("ASSAULT", "AFG", "AFG")}),
    ("Russian troops shell Kharkiv: Ukrainian officials count the damage on Monday.", {("ASSAULT", "RUS", "UKR")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "e110", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_label_needs_a_capitalised_line_after_the_colon(nlp):
    """A colon inside a sentence ("the bombing: a crime") opens no line of its own: no label."""
    doc = nlp("Kandahar bombing: the Afghan government announces three days of mourning.")
    assert not nonevents.story_label(doc[1])
    doc = nlp("Kandahar bombing: The Afghan government announces three days of mourning.")
    assert nonevents.story_label(doc[1]) and not nonevents.story_label(doc[7])


def test_electoral_vote_reads_the_doer_not_the_object(nlp):
    """Voting against the voters' wishes is the lawmakers' act: the object is no doer."""
    doc = nlp("The senators voted against the voters in the district.")
    vote = next(t for t in doc if t.lemma_ == "vote")
    assert not nonevents.electoral_vote(vote, "REJECT")
    doc = nlp("The voters in the district voted against the senators.")
    vote = next(t for t in doc if t.lemma_ == "vote")
    assert nonevents.electoral_vote(vote, "REJECT") and not nonevents.electoral_vote(vote, "ASSAULT")
