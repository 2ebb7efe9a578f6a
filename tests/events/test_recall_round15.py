"""Issue 13, round 15 (recall): the victims of a nominal attack named under a harm verb, and the
attack's own doers as the harm verb's (``events/victims.py``); "the country" in a reported clause as the reporter's country; a targetless act done to someone in a
sentence whose only other named side is of the doer's own country (``events/recall15.py``). Each
case is made up (never a gold sentence, never news text) and coded by the whole pipeline; the
expected set is the text's whole output as ``(type, source country, target country or None)``
rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2024-03-01"
CASES = [
    # people harmed in an attack whose doer the attack's own words name: doer -> the people
    ("Three Syrian soldiers were killed in a Turkish drone strike near Afrin.", {("ASSAULT", "TUR", "SYR")}),
    ("Two Somali policemen were wounded in a US airstrike.", {("ASSAULT", "USA", "SOM")}),
    ("Six Iraqi soldiers were killed in NATO air strikes.", {("ASSAULT", "NATO", "IRQ")}),
    ("Four Yemeni fighters died during airstrikes launched by Saudi Arabia.", {("ASSAULT", "SAU", "YEM")}),
    # ... the people of harm verbs told together ("two are killed and three others injured")
    ("Two Lebanese civilians are killed and three others injured during a raid by Israeli troops.",
     {("ASSAULT", "ISR", "LBN")}),
    # ... also after the attack, when the attack names its doer
    ("A Jordanian guard was wounded after an attack by Syrian militants on the border post.",
     {("ASSAULT", "SYR", "JOR")}),
    # ... a place before the attack is where, not who: an unnamed doer's attack keeps the place rules
    ("Nine people died in a Kabul bombing.", set()),
    # (round 17: the soldiers hit are no context for the ambushers' country, an unnamed doer has none)
    ("Two Afghan soldiers were killed in an ambush near Kandahar.", {("ASSAULT", None, "AFG")}),
    # ... a crash is no attack
    ("Four Malian soldiers were killed in a bus crash.", set()),
    # a clash whose dead are of two sides is a clash between them
    ("Two Indian soldiers and three Pakistani soldiers died in a gunbattle in Kashmir.", {("ASSAULT", "IND", "PAK")}),
    # ... dead of one side only keep the place rules
    # (round 17: the soldiers hit are no context for the attackers' country, an unnamed doer has none)
    ("Ten Somali soldiers were killed in fighting near Mogadishu.", {("ASSAULT", None, "SOM")}),
    # "the country" as the subject of a reported clause is the reporter's country
    ("The Japanese prime minister says that the country has agreed with Vietnam to boost defence ties.",
     {("AGREE", "JPN", "VNM")}),
    # ... with no reporter, "the country" names no one
    ("The country has agreed with Vietnam to boost defence ties.", set()),
    # a targetless act whose sentence names one other side, of the doer's own country: that side
    ("Responding to the Kenyan president's speech, the opposition leader Raila Odinga condemned the tax plan as theft.",
     {("ACCUSE", "KEN", "KEN")}),
    ("Zambian opposition supporters demanded an inquiry into the election won by President Hichilema.",
     {("REQUEST", "ZMB", "ZMB")}),
    # ... a refusal only of a proposal, demand or ruling, not of a claim
    ("Answering the Chilean president's critics, the Chilean Senate rejected the pension bill.",
     {("REJECT", "CHL", "CHL")}),
    ("Answering the Chilean president's critics, the Chilean senator rejected the findings.", set()),
    # ... a reporter is no side
    ("Responding to the Kenyan president's speech, the opposition leader Raila Odinga condemned the tax plan as "
     "theft, the French ambassador said.", {("ACCUSE", "KEN", "KEN")}),
    # ... not when a foreign side is named (which side the act is done to is not known)
    ("Responding to the French president's speech, the Kenyan opposition leader condemned the tax plan as theft.",
     set()),
    # ... nor when the other own-country actor does an act of its own
    ("Responding to the Kenyan president's speech, the opposition leader Raila Odinga condemned the tax plan, "
     "while the Kenyan finance minister defended it.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r15", DATE)


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_round15_case(coded, number):
    assert rows(coded[number]) == CASES[number][1], [(e.type, e.rule) for e in coded[number].events]


def test_harm_verb_takes_the_attack_doers(coded):
    [event] = coded[1].events
    assert event.rule.endswith("~inattack") and event.trigger == "wounded"
    assert [p.text for p in event.target] == ["Somali policemen"]


def test_home_side_rule(coded):
    [event] = coded[13].events
    assert event.rule.endswith("~homeside")
    assert event.target[0].sector == "GOV" and event.source[0].sector == "OPP"
