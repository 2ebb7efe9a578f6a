"""Claims of responsibility take the country of the attacks told before them
(``partners.claimed_targets``, ``~claimed``); a named person the source is not is another side
(``sides.two_people``). Made-up articles of each class (none is a gold text)."""

from __future__ import annotations

import pytest

from detente.pipeline import code_articles, make_article

from .conftest import rows

DATE = "2020-03-10"
TEXTS = [
    "Three suicide bombings took place in Tunisia last week. The Islamic State claimed responsibility.",
    "A car bomb exploded outside a hotel in Mogadishu on Sunday. Al-Shabaab claimed responsibility for the attack.",
    # attacks in two countries: no one country to refer back to
    "Bombs exploded in Kenya and in Somalia. Al-Shabaab claimed responsibility.",
    "Senator Bernie Sanders criticized Senator Elizabeth Warren over her health plan.",
]


@pytest.fixture(scope="module")
def coded():
    return list(code_articles(make_article(t, date=DATE, id=f"c-{i}") for i, t in enumerate(TEXTS)))


def test_claim_takes_the_attacks_country(coded):
    assert ("ASSAULT", "IS", "TUN") in rows(coded[0])
    assert ("ASSAULT", "SOM", "SOM") in rows(coded[1])
    assert any(e.rule.endswith("~claimed") for e in coded[0].events)


def test_claim_without_one_country_keeps_no_target(coded):
    claims = [e for e in coded[2].events if "claim" in e.rule]
    assert all(not e.rule.endswith("~claimed") for e in claims)


def test_two_named_people_of_one_sector(coded):
    assert ("ACCUSE", "USA", "USA") in rows(coded[3])


LABELLED = [
    ("Israel struck a school in Gaza on Sunday. Iran labels the airstrike as a war crime.", ("ACCUSE", "IRN", "ISR")),
    ("The United States killed an Iranian general in an airstrike in Baghdad. The Foreign Ministry of Iraq "
     "characterized the attack as a serious violation of Iraqi sovereignty.", ("ACCUSE", "IRQ", "USA")),
]


@pytest.mark.parametrize(("text", "row"), LABELLED)
def test_labelled_act_accuses_its_doer(text, row):
    [article] = list(code_articles([make_article(text, date=DATE, id="l")]))
    assert row in rows(article)
    assert any(e.rule.startswith("label:") and e.rule.endswith("~anaphor") for e in article.events)


NOT_A_SIDE = [
    # a country inside a place name is no other side
    ("The governor of Louisiana declared a state of emergency on the Gulf of Mexico coast.", "MEX"),
    # the reporter of a conclusion is no other side
    ("Saudi Arabia denied the claims, but a UN report concluded that Saudi agents murdered him.", "UN"),
]


@pytest.mark.parametrize(("text", "country"), NOT_A_SIDE)
def test_not_another_side(text, country):
    [article] = list(code_articles([make_article(text, date=DATE, id="n")]))
    assert all(t.country != country for e in article.events for t in e.target), [e.rule for e in article.events]
