"""Issue 13, round 34 (e104): third parties taken as a side (``events.third_parties``).

- ``mission_targets``: an embassy, consulate or high commission struck is its state's, not the host
  place's ("a bomb exploded outside the French embassy in Tripoli" -> FRA, not LBY).
- ``struck_owners``: a nationality written on whom or what an attack hit ("outside the residence
  of a Dutch shipowner") is the one struck, not the unnamed attacker.
- ``excluded``: the party an exception names ("any rebel group except the Taliban") is no side.
- ``requesters_only`` (read by ``conventions.no_act``): "freed at the request of the Afghan
  government" -- the one who asked did not do it; with no other doer, no row.

Every sentence is made up. Each removal case gave the third party as a side on the commit before
this round (1fde0dd5); the controls are unchanged.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2023-01-20"
CASES = [
    # a foreign mission struck: its state is the target, the host city or country is not
    ("A bomb exploded outside the French embassy in Tripoli on Tuesday.", {("ASSAULT", None, "FRA")}),
    ("Militants fired rockets at the embassy of Japan in Kabul.", {("ASSAULT", None, "JPN")}),
    # people named as harmed are the target; the mission beside them is where (r34b review, f89)
    ("Gunmen killed three Afghan guards outside the Indian embassy in Kabul.", {("ASSAULT", None, "AFG")}),
    # controls: a police station is no mission (the place rule keeps the place) ...
    ("A car bomb exploded outside a police station in Mombasa.", {("ASSAULT", None, "KEN")}),
    # ... and a crowd storming an embassy is not read
    ("Protesters stormed the Danish embassy in Damascus.", {("PROTEST", "SYR", "DNK")}),
    # the nationality of the one whose home was bombed: the target, not the bomber
    ("A bomb exploded outside the residence of a Dutch shipowner near the harbour in Rotterdam.",
     {("ASSAULT", None, "NLD")}),
    # control: the attack's own adjective names its doer
    ("Five soldiers were injured in a Russian drone attack in Kharkiv.", {("ASSAULT", "RUS", "UKR")}),
    # an excluded party is no partner
    ("The United States was ready to talk with any rebel group except the Taliban.", {("AGREE", "USA", None)}),
    # control: the same partner named without the exception
    ("The United States said it was ready to talk with the Taliban.", {("AGREE", "USA", "AFG")}),
    # the one who asked for a release is not its doer: no doer named, no row
    ("Nearly 500 prisoners at the Camp Delta jail are freed this week at the request of the Afghan government.",
     set()),
    # controls: a doer named beside the requester stays, and the request itself is the asker's act
    ("The hostages were released by the army at the request of the Qatari emir.", {("RETREAT", "QAT", "QAT")}),
    ("The Qatari emir asked for the release, and the hostages were released at his request.",
     {("REQUEST", "QAT", None)}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "e104", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_third_party_is_no_side(coded, i):
    text, expected = CASES[i]
    assert rows(coded[i]) == expected, text


def test_mission_target_keeps_its_words(coded):
    """The new target is the mission's state words, with the sector of a government."""
    (event,) = coded[0].events
    assert [(p.text, p.country, p.sector) for p in event.target] == [("the French embassy", "FRA", "GOV")]
    assert event.rule.startswith("cameo2:explode")


def test_struck_owner_leaves_the_bomb_unplaced(coded):
    """The doer keeps the bomb's words, with no country."""
    (event,) = coded[5].events
    assert [(p.text, p.country) for p in event.source] == [("A bomb", None)]
    assert [p.text for p in event.target] == ["Dutch"]
