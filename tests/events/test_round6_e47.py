"""Event gold round 6 (branch e47): recall classes read on the tune half of ``gold/events/round6/``
(unseen Current Events items). Each case is made up and coded by the whole pipeline; the expected
set is the sentence's whole output as ``(type, source country, target country or None)`` rows.

- ``recall14.toll_of_attack``: a nominal attack named as the cause of a casualty count ("the death
  toll from clashes in X rises") has a present, unnamed doer, as an attack people died in;
- ``named_doers``: a weapon's placing verb names its doer ("a device planted by the rebels
  explodes"), and a named armed group with no country of its own takes the one country of the
  attack's place and targets;
- ``context.doer_sector``: an unnamed doer with a sector, placed by a city and its country, is that
  country's (one country, not one mention)."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2019-06-01"
CASES = [
    # a casualty count's cause: the attack is coded at its place, the doer unnamed
    ("The death toll from the bombing in Peshawar, Pakistan rises to 31.", {("ASSAULT", None, "PAK")}),
    ("Casualties from the clashes in Mosul, Iraq climbed to 50.", {("ASSAULT", None, "IRQ")}),
    # control: a disaster's toll is no attack
    ("The death toll from the earthquake in Peshawar, Pakistan rises to 31.", set()),
    # a weapon's placing verb names the doer; a group with no country takes the attack's country
    ("A roadside bomb planted by Taliban fighters killed four Afghan soldiers in Helmand.",
     {("ASSAULT", "AFG", "AFG")}),
    ("A grenade thrown by Maoist rebels injured six policemen in Bihar, India.", {("ASSAULT", "IND", "IND")}),
    # controls: no armed group named; two countries named, so the group is not placed
    ("A car bomb planted by unknown attackers exploded in Mogadishu, Somalia.", {("ASSAULT", None, "SOM")}),
    ("A bomb planted by separatist rebels killed two Pakistani diplomats in Kabul, Afghanistan.",
     {("ASSAULT", None, "PAK")}),
    # an unnamed armed doer placed by a city and its country ("in Quetta, Pakistan": one place) is the
    # place's armed group, and the place it struck stays the target (it was dropped as the doer's own)
    ("Separatist rebels attacked an army post in Quetta, Pakistan.", {("ASSAULT", "PAK", "PAK")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r6e47", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round6_e47(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_placed_group_rule(coded):
    """The placed group's row says how its source was found (``~named``) and keeps the group's words."""
    events = coded[4].events
    assert events and all("~named" in e.rule for e in events), [e.rule for e in events]
    assert {p.text for e in events for p in e.source} == {"Maoist rebels"}
