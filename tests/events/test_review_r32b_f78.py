"""Round 32's read-only review (r32b) of the colleagues rule and the fought-with rule, mended on
branch f78 (gold/events/NOTES-f78.md). Each case is the reviewer's made-up wording or made up here,
coded by the whole pipeline.

Bug 7: a colleague phrase naming another country, a region or a foreign body ("fellow African
leaders", "his colleagues at the ASEAN meeting"), or a bare "his colleague" (as often a foreign
counterpart), is not the doer's own body. Bug 8: a role noun naming its own sector ("fellow
generals") keeps it. Bug 9: "with" names co-doers outside meetings, talks and cooperation ("voted
against the bill with fellow MPs"), "for" a beneficiary of a request ("campaigned for fellow
ministers"). Bug 10: the clash's other side is never read through a place phrase ("a battle with
rebels near Goma" gives no town as the doer)."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases

DATE = "2005-03-01"
NOT_COLLEAGUES = [
    # bug 7: a region or a foreign body in the colleague phrase
    "The Nigerian president met fellow African leaders at the summit in Addis Ababa.",
    "The Brazilian president thanked fellow Latin American leaders for their support.",
    "The Japanese foreign minister thanked his colleagues at the ASEAN meeting for their support.",
    # bug 7: a bare colleague noun is the foreign counterpart just named
    "The British foreign secretary met the Iranian foreign minister in Geneva and urged his colleague "
    "to release the sailors.",
    "The French president called the German chancellor on Monday. He thanked his colleague for the offer of help.",
    # bug 9: co-doers of a vote, beneficiaries of a campaign
    "The Kenyan MP voted against the bill with fellow MPs from the opposition.",
    "The Kenyan minister campaigned for fellow ministers in the election.",
]
STILL_COLLEAGUES = [
    # the rule's intended readings stay: a domestic modifier, the doer's own demonym, talks "with"
    ("The Kenyan minister criticised his party colleagues.", ("KEN", "GOV")),
    ("The Kenyan minister held talks with fellow ministers in Nairobi.", ("KEN", "GOV")),
    ("The German chancellor agreed with fellow ministers on the budget.", ("DEU", "GOV")),
    # bug 8: the role noun's own sector, not the doer's
    ("The Pakistani president, a former army chief, met fellow generals in Rawalpindi.", ("PAK", "MIL")),
    ("The French president criticised fellow officers of the army.", ("FRA", "MIL")),
]


@pytest.fixture(scope="module")
def not_coded():
    return code_cases([(t,) for t in NOT_COLLEAGUES], "r32b-not", DATE)


@pytest.fixture(scope="module")
def still_coded():
    return code_cases(STILL_COLLEAGUES, "r32b-still", DATE)


@pytest.mark.parametrize("i", range(len(NOT_COLLEAGUES)), ids=[t[:60] for t in NOT_COLLEAGUES])
def test_not_colleagues(not_coded, i):
    assert not any("~colleagues" in e.rule for e in not_coded[i].events)


@pytest.mark.parametrize("i", range(len(STILL_COLLEAGUES)), ids=[c[0][:60] for c in STILL_COLLEAGUES])
def test_colleagues_country_and_sector(still_coded, i):
    sides = {(t.country, t.sector) for e in still_coded[i].events if "~colleagues" in e.rule for t in e.target}
    assert sides == {STILL_COLLEAGUES[i][1]}


def test_no_place_as_the_clash_doer():
    """Bug 10: "died in a battle with rebels near Goma" -- the rebels are unresolved, the town is
    where, so no row takes Goma as its doer."""
    text = "Soldiers died in a battle with rebels near Goma, the Congolese army said."
    article = code_cases([(text,)], "r32b-goma", DATE)[0]
    assert not any(s.text == "Goma" for e in article.events for s in e.source)
    assert not any("~foughtwith" in e.rule for e in article.events)


def test_clash_side_named_by_its_own_words():
    """The fought-with rule still reads the clash's other side in its own words."""
    text = "Syrian soldiers were killed in fighting with Islamic State militants near Aleppo."
    article = code_cases([(text,)], "r32b-fought", DATE)[0]
    assert any("~foughtwith" in e.rule and {s.country for s in e.source} == {"IS"} for e in article.events)
