"""Issue 13, round 12: precision guards (``events/precision.py`` and round-12 lexicon entries) --
insisting that something is so, questions asked with why/how, a noun of threat as a
description, acts judged or wished or weighed as alternatives, the likelihood of an act, a veto
held, verbal clashes (ACCUSE, not ASSAULT), a city inside a named agreement, and word senses
("in charge of", "free up", a heart that beats, denying suggestions, accepting that). Each case
is made up and coded by the whole pipeline; the expected set is the sentence's whole output as
``(type, source, target)`` rows, with a control beside each class that must stay coded."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2024-03-01"
CASES = [
    # insisting that something is so asserts it; insisting on an act, or that it be done, demands it
    ("The British finance minister insisted that the economy was growing strongly.", set()),
    ("The Kenyan interior minister insisted the talks with Uganda would continue.", set()),
    ("The Kenyan opposition leader insisted that the interior minister resign.", {("REQUEST", "KEN", None)}),
    ("The Kenyan foreign minister insisted on an apology from Uganda.", {("REQUEST", "KEN", "UGA")}),
    ("The Kenyan foreign minister insisted that Uganda must withdraw its troops.", {("REQUEST", "KEN", "UGA")}),
    # a question asked with why/how is no request; asking someone to act is
    ("The Kenyan senator asked why the Ugandan ministers had criticised the plan.", set()),
    ("The Kenyan senator asked how the Ugandan army had crossed the border.", set()),
    ("The Kenyan senator asked the Ugandan ministers to withdraw the plan.", {("REQUEST", "KEN", "UGA")}),
    # a noun of threat as what something is describes it; a threat made is THREATEN
    ("The British minister said the Syrian government is a threat to Europe.", set()),
    ("Iran remains the biggest threat to peace in the region, the Israeli defence minister said.", set()),
    ("The Israeli defence minister issued a threat to Iran.", {("THREATEN", "ISR", "IRN")}),
    # an act judged by an extraposed adjective, or a gerund subject, did not happen
    ("The British prime minister said it was not fair to blame Pakistani voters.", set()),
    ("It is wrong to attack civilians in Gaza, the Egyptian president said.", set()),
    ("The British prime minister blamed Pakistani officials for the delay.", {("ACCUSE", "GBR", "PAK")}),
    # an act wished of another is not done, nor the wisher's act
    ("The British minister wanted Britain to offer asylum to Syrian refugees.", set()),
    ("The Kenyan families had hoped that the Kenyan government would apologise.", set()),
    ("The British government offered asylum to Syrian refugees.", {("AGREE", "GBR", "SYR")}),
    # an alternative weighed is not done
    ("The British minister said cutting aid was cheaper than attacking Iran.", set()),
    ("Rather than criticising Iran, the French minister praised its leaders.", {("SUPPORT", "FRA", "IRN")}),
    # the likelihood or risk of an act is no act
    ("The Kenyan president spoke of the likelihood of an attack on Uganda by Somali militants.", set()),
    ("The Kenyan president spoke of an attack on Uganda by Somali militants.", {("ASSAULT", "SOM", "UGA")}),
    # a veto held is no veto used
    ("The British prime minister said Britain has a veto on any changes to the treaty.", set()),
    ("The British prime minister said Britain will not give up its veto on border controls.", set()),
    ("Russia used its veto on the resolution against Syria.", {("REJECT", "RUS", "SYR")}),
    # a clash of unarmed sides over a topic is a dispute; armed sides and land fought over stay ASSAULT
    ("The British home secretary has clashed with Labour leaders over tuition fees.", {("ACCUSE", "GBR", "GBR")}),
    ("Iranian officials clashed with British diplomats over the nuclear deal.", {("ACCUSE", "IRN", "GBR")}),
    ("Indian and Chinese troops clashed on the border.", {("ASSAULT", "IND", "CHN")}),
    # (a crowd's violence is a riot since round 12's recall rules, events/riots.py: not a verbal clash)
    ("Protesters clashed with police in Nairobi.", {("PROTEST", "KEN", "KEN")}),
    # a city inside the name of an agreement or summit is its venue, no side; a country in it is a party
    ("The United States withdrew from the Paris agreement.", {("SANCTION", "USA", None)}),
    ("The United States withdrew from the Paris climate agreement.", {("SANCTION", "USA", None)}),
    # word senses: "in charge of", "free up", a heart that beats, denying a suggestion, accepting that
    ("The Kenyan minister in charge of defence criticised the Ugandan army.", {("ACCUSE", "KEN", "UGA")}),
    ("The Kenyan president plans to cut jobs to free up money for schools.", set()),
    ("The heart of Britain beats as strongly as ever.", set()),
    ("Kenyan police beat protesters in Nairobi.", {("ASSAULT", "KEN", "KEN")}),
    ("The German spokesman denied suggestions that Germany would cut aid to Greece.", set()),
    ("The British minister accepted that mistakes had been made in Iraq.", set()),
    # an attack on a policy's cost is verbal
    ("The British opposition leader launched an attack on the budget for the rail upgrade.", {("ACCUSE", "GBR", None)}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round12p", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


def test_a_verbal_clash_names_its_rule():
    from tests.events.conftest import code_one

    article = code_one("The British home secretary has clashed with Labour leaders over tuition fees.", DATE)
    assert [e.rule for e in article.events] and all("~verbal" in e.rule for e in article.events)


UNPLACED = [
    # an attack by no named doer: the place it struck is the target, not the doer's country
    ("A car bomb exploded outside a police station in Mombasa, killing six people.", {("ASSAULT", None, "KEN")}),
    # a named group the text does not otherwise place, an attack's own adjective, two named sides,
    # and a story that names an armed group of the place keep the place's country
    ("Red Dawn militants detonated a bomb in Mombasa, Kenya.", {("ASSAULT", "KEN", "KEN")}),
    ("Twelve people were injured in a Russian missile attack on Kharkiv.", {("ASSAULT", "RUS", "UKR")}),
    ("A bomb exploded in a market in Kandahar on Monday. The Taliban claimed responsibility for the attack.",
     {("ASSAULT", "AFG", "AFG")}),
]


@pytest.fixture(scope="module")
def unplaced():
    return code_cases(UNPLACED, "round12u", DATE)


@pytest.mark.parametrize("i", range(len(UNPLACED)), ids=[c[0][:60] for c in UNPLACED])
def test_unnamed_attacker(unplaced, i):
    assert rows(unplaced[i]) == UNPLACED[i][1]


def test_an_unplaced_attacker_keeps_its_words():
    from tests.events.conftest import code_one

    article = code_one("A car bomb exploded outside a police station in Mombasa, killing six people.", DATE)
    assert [(p.text, p.country) for e in article.events for p in e.source] == [("A car bomb", None)]
    assert all(e.rule.endswith("~unplaced") for e in article.events)
