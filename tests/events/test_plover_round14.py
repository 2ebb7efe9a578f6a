"""Issue 13, round 14 (branch e38): event types and triggers, classes found on the PLOVER gold
records' dev half. Each case is made up (never a gold sentence) and coded by the whole pipeline;
the expected set is the text's whole output as ``(type, source country, target country or None)``
rows; a second test checks the entry that fired where the class is a lexicon one."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2024-03-01"
CASES = [
    # a hand-written verb whose entries all need a complement takes PETRARCH2's further
    # complements of the same sense: "cut ties" (hand) and "cut oil supplies" (PETRARCH2) SANCTION
    ("Algeria cut oil supplies to Spain on Monday.", {("SANCTION", "DZA", "ESP")}, "cameo2:cut * SUPPLIES [162]"),
    ("Kenyan troops destroyed three rocket launchers in southern Somalia.", {("ASSAULT", "KEN", "SOM")},
     "cameo2:destroy * &WEAPON [1712]"),
    # ... not a sense the hand entries leave out (a converted pattern of another type)
    ("Nigeria appointed a new defence minister on Friday.", set(), None),
    ("Algeria cut its oil output in March.", set(), None),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r14", DATE)


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_round14_case(coded, number):
    assert rows(coded[number]) == CASES[number][1], [(e.type, e.rule) for e in coded[number].events]


@pytest.mark.parametrize("number", [i for i, c in enumerate(CASES) if c[2]], ids=[c[2] for c in CASES if c[2]])
def test_round14_entry(coded, number):
    assert CASES[number][2] in {e.rule.split("~")[0] for e in coded[number].events}
