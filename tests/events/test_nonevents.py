"""Issue 13, round 15: precision guards (``events/nonevents.py`` and two lexicon lists) for rows
seen on unseen news -- a currency read as a verb, a duty one is "charged with", a state of
emergency against a storm or an epidemic told in the story, an opinion agreed with, a campaign
rally, joint givers with a recipient of their own, and a denied quote or split. Each case is made
up and coded by the whole pipeline; the expected set is the text's whole output as ``(type,
source, target)`` rows, with a control beside each class that must stay coded. Every removal case
gives a row on the commit before this round."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2020-03-01"
CASES = [
    # a currency before its amount is no shelling; artillery pounding a town is
    ("The French president was paid between pounds 5,000 and pounds 9,000 for the article.", set()),
    ("Russian artillery pounded Ukrainian positions near Bakhmut.", {("ASSAULT", "RUS", "UKR")}),
    # a duty one is charged with is no accusation; a crime one is charged with is
    ("The Chilean police chief is charged with overseeing the reform of the police.", set()),
    ("The new Kenyan electoral commissioner is charged with ensuring that the count is fair.", set()),
    ("Two Kenyan activists were charged with inciting violence in Nairobi.", {("ACCUSE", "KEN", "KEN")}),
    # agreeing with a view, or about what happened, is an opinion; agreeing with a country on a plan is an act
    ("The former Canadian finance minister agreed with the Canadian senator's view, and said the plan "
     "should be dropped.", set()),
    ("The French and German foreign ministers agreed about what had happened at the meeting.", set()),
    ("France agreed with Germany on a plan to share the costs of the mission.", {("AGREE", "FRA", "DEU")}),
    # a campaign rally is no protest; a rally against the government is
    ("The Chilean candidate held his first campaign rally in Valparaiso on Sunday.", set()),
    ("Thousands of Chilean students held a rally against the government in Santiago.",
     {("PROTEST", "CHL", "CHL")}),
    # joint givers with a recipient of their own give together; joint parties agreeing agree with each other
    ("Kenya, Uganda and Tanzania offer shelter to some of the refugees.",
     {("AGREE", "KEN", None), ("AGREE", "UGA", None), ("AGREE", "TZA", None)}),
    ("Kenya and Uganda agreed to reopen their shared border.", {("AGREE", "KEN", "UGA")}),
    # denying a quote, a remark or a split is a denial, no rejection; denying a request is a rejection
    ("Jean Dupont, the French interior minister, directly denied that quote on Wednesday.", set()),
    ("Jean Dupont, the French interior minister, denied the remarks.", set()),
    ("Jean Dupont, the French interior minister, denies split over the pension reform.", set()),
    ("The French interior ministry denied the Algerian request for talks.", {("REJECT", "FRA", "DZA")}),
]

STORM = ("A powerful hurricane is moving towards the Bahamas. The Bahamian prime minister declared a state of "
         "emergency on Sunday.")
EPIDEMIC = ("The coronavirus has spread to every region of Portugal. The Portuguese parliament voted to extend "
            "the national state of emergency by 15 days.")
UNREST = ("A powerful hurricane hit Haiti last month. The Haitian president declared a state of emergency on "
          "Sunday after violent protests in the capital.")


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES + [(STORM,), (EPIDEMIC,), (UNREST,)], "round15p", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


def test_an_emergency_against_a_storm_the_story_names_coerces_no_one(coded):
    assert not {r for r in rows(coded[len(CASES)]) if r[0] == "COERCE"}


def test_an_emergency_against_an_epidemic_the_story_names_coerces_no_one(coded):
    assert not {r for r in rows(coded[len(CASES) + 1]) if r[0] == "COERCE"}


def test_an_emergency_over_unrest_stays_coercion(coded):
    assert ("COERCE", "HTI", "HTI") in rows(coded[len(CASES) + 2])
