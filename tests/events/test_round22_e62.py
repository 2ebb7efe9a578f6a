"""Issue 13 round 22 (branch e62): rows whose type is right and whose target is missing. Each case
is made up and coded by the whole pipeline; the expected set is the text's whole output as
``(type, source country, target country or None)``.

- ``context.place_targets`` reaches the region at the end of a list of villages ("strikes on A, B
  and C in southern Lebanon": ``PLACE_PHRASE_DEPTH``), the nouns coordinated in the act's own phrase
  ("by shelling and airstrikes in ..."), and the people of a gapped passive ("five were killed and
  two civilians injured in strikes on ...");
- ``semantics.yaml place_targets.types`` holds RETREAT: a withdrawal with no other side named takes
  the foreign place it happened in ("troops pull back in Gaza").

Controls: a conjoined clause keeps its place to itself; a place of the source's own country is no
target; a withdrawal from a place already named keeps it; a place-less withdrawal stays targetless."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2020-03-01"
CASES = [
    # the region after a list of villages
    ("Five militants were killed and two civilians injured in IDF strikes on Aitaroun, Naqoura, Hula and Yaroun "
     "in southern Lebanon.", {("ASSAULT", "ISR", "LBN")}),
    # the nouns coordinated in the act's phrase
    ("Two soldiers and a civilian are killed and a farmer is injured by Israeli shelling and airstrikes in Khiam, "
     "Kafr Kila and Tayr Harfa, southern Lebanon.", {("ASSAULT", "ISR", "LBN")}),
    # control: a conjoined clause's place is its own
    ("Israeli troops killed two gunmen, and Egyptian police arrested three smugglers in Sinai.",
     {("ASSAULT", "ISR", None), ("COERCE", "EGY", "EGY")}),
    # controls: places already reached stay
    ("Four farmers were killed by Turkish artillery fire and airstrikes on Derik, Amuda and Tal Tamr in "
     "northeastern Syria.", {("ASSAULT", "TUR", "SYR")}),
    ("Six fighters died and eleven were wounded in Saudi airstrikes on Saada, Haydan and Razih in northern Yemen.",
     {("ASSAULT", "SAU", "YEM")}),
    # a withdrawal in a foreign place
    ("Israeli troops pull back in Gaza.", {("RETREAT", "ISR", "PSE")}),
    ("Ethiopian troops pulled back from positions in Somalia.", {("RETREAT", "ETH", "SOM")}),
    # controls: no place, or the source's own
    ("Russian troops retreated from the city.", {("RETREAT", "RUS", None)}),
    ("Israeli troops pulled back in the Negev.", {("RETREAT", "ISR", None)}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r22e62", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round22_e62(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]
