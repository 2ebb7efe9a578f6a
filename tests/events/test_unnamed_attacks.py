"""An attack that names no doer is the unnamed doer of the harm its placed victims suffered in it
(e46, ``victims.unnamed_attack``; the miss-cause class "no source: passive, no agent"): the
conventions code an unnamed doer with no country. Made-up sentences; each expected set is the
text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2024-03-01"
CASES = [
    # a passive harm verb with no agent, harmed in an indefinite attack: no country -> the victims
    ("Two Kenyan police officers were killed in an attack on Monday.", {("ASSAULT", None, "KEN")}),
    ("Four Pakistani soldiers were wounded during a raid.", {("ASSAULT", None, "PAK")}),
    # the attack noun under an intransitive harm verb
    ("Twelve Malian soldiers died in an ambush.", {("ASSAULT", None, "MLI")}),
    # a named doer keeps its row (victims.verb_doers, unchanged)
    ("Two Afghan policemen were killed in a US airstrike.", {("ASSAULT", "USA", "AFG")}),
    # controls: a definite attack was told before (its doer may be named there) ...
    ("Two Kenyan police officers were killed in the attack.", set()),
    # ... victims not placed by their own words say nothing a user can count ...
    ("Six people were killed in an attack on Monday.", set()),
    ("Eight people died in a Mogadishu bombing.", set()),  # the place gives "people" a country, not their words
    # ... no attack ...
    ("Five Nigerian soldiers were killed in a car accident.", set()),
    # ... and a two-sided clash has no attacker
    ("Two officers and two Pakistani militants were killed in a shootout.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "e46", DATE)


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_unnamed_attack(coded, number):
    assert rows(coded[number]) == CASES[number][1], [(e.type, e.rule) for e in coded[number].events]


def test_the_attack_stands_in_as_the_doer(coded):
    [event] = coded[0].events
    assert event.rule == "verb:kill~unnamed" and [p.text for p in event.source] == ["an attack"]
    assert [(p.country, p.sector) for p in event.source] == [(None, None)]
