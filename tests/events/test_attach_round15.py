"""Issue 13, round 15: target attachment -- the one a verbal act is addressed to ("wrote to X to
demand ..."), objects that refer back to an earlier sentence ("condemned it", "the country", an
unplaced "the government" acted on by a state), people acted on rather than the place they were at
("fired tear gas at supporters in Nairobi", "killed 12 people when they blew themselves up in
Baghdad"), the victims a main clause names for the attack of its time clause ("two Palestinian
children were killed when the Israeli military shelled a crowd"), what a protest's participle clause demands ("marched demanding that China ..."), the state
where a criticised detention of the source's own people took place ("the detention of British
nationals in Iran"), a foreign actor of a time phrase ("ahead of a visit by X") that is no side, the possessor of a
nominal inner act as its doer ("called for Israel's withdrawal from Gaza"), the subject of a
threat's condition ("threatened to ban voting in X if Hamas ran"), an
``against`` phrase on the trigger's own object noun
("a complaint against X at the UN") and places named as an accusation's topic ("over Hong Kong").
Each case is made up (never a gold sentence, never corpus text) and coded by the whole pipeline; the
expected set is the text's whole output as ``(type, source country, target country or None)``
rows; each class has a control beside it."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2024-03-05"
CASES = [
    # the addressee of a letter or a call is the one a demand is made of, not the people released
    ("The French foreign minister wrote to his Iranian counterpart to demand the release of two French "
     "citizens.", {("REQUEST", "FRA", "IRN")}),
    # ... a purpose infinitive of writing is a request made (it was dropped as an aim only)
    ("The Mexican president wrote to the US president to ask for more vaccines.", {("REQUEST", "MEX", "USA")}),
    # ... an accusation keeps its own object: the one accused, not the body written to
    ("The Peruvian foreign minister wrote to the United Nations accusing Chile of violating the border.",
     {("ACCUSE", "PER", "CHL")}),
    # ... control: the purpose of another verb is still only an aim
    ("The Mexican president hired lawyers to ask for more vaccines from the United States.", set()),
    # an object pronoun refers back to the latest act of another party: its doer
    ("North Korea fired two missiles into the sea. Japan condemned it.",
     {("ASSAULT", "PRK", None), ("ACCUSE", "JPN", "PRK")}),
    # ... a country anaphor: the country of the act told before
    ("Iran tested a new ballistic missile on Monday. The United States condemned the country for the test.",
     {("MOBILIZE", "IRN", None), ("ACCUSE", "USA", "IRN")}),
    # ... control: nothing told before, no referent
    ("Japan condemned it on Monday.", {("ACCUSE", "JPN", None)}),
    # ... control: a sentence naming another country itself is left to the sentence rules
    ("North Korea fired two missiles into the sea. Japan condemned it and summoned the Chinese ambassador.",
     {("ASSAULT", "PRK", None), ("ACCUSE", "JPN", "CHN")}),
    # an unplaced government acted on by a state or an international body is the story country's
    ("Police arrested dozens of protesters in Caracas. The European Union condemned the government.",
     {("COERCE", "VEN", "VEN"), ("ACCUSE", "EU", "VEN")}),
    ("Soldiers shot dead ten protesters in Yangon. The United States urged the authorities to show restraint.",
     {("ASSAULT", "MMR", "MMR"), ("REQUEST", "USA", "MMR")}),
    # ... control: a domestic actor criticising the government criticises its own
    ("Police arrested dozens of protesters in Caracas. US senators criticised the government over the budget.",
     {("COERCE", "VEN", "VEN"), ("ACCUSE", "USA", "USA")}),
    # people fired at, not the place they were at (the row's country is the place's)
    ("Kenyan police fired tear gas at opposition supporters in Nairobi on Tuesday.", {("ASSAULT", "KEN", "KEN")}),
    ("Police fired tear gas at thousands of protesters outside parliament in Tbilisi.",
     {("ASSAULT", "GEO", "GEO")}),
    # an "against" phrase on the trigger's own object noun: the body it was filed at is no side
    ("The Kenyan government filed a complaint against Somalia at the United Nations.", {("ACCUSE", "KEN", "SOM")}),
    # ... control: without an "against" phrase the body stays
    ("The Kenyan government filed a complaint at the United Nations.", {("ACCUSE", "KEN", "UN")}),
    # a place named as an accusation's topic is no side when its object names one
    ("China denounced US sanctions on Chinese officials over Hong Kong.",
     {("ACCUSE", "CHN", "USA"), ("SANCTION", "USA", "CHN")}),
    # ... control: the "over" phrase names the doer of what is complained of (round 14)
    ("Peru complained to the United Nations over two Chilean air raids.", {("ACCUSE", "PER", "CHL")}),
    # unplaced people killed at the place the act's time clause names
    ("Two Syrian suicide bombers killed 12 people when they blew themselves up in Baghdad.",
     {("ASSAULT", "SYR", "IRQ")}),
    # ... control: a clause naming no place leaves them at home (round 8)
    ("Two Syrian suicide bombers killed 12 people when they blew themselves up in a market.",
     {("ASSAULT", "SYR", "SYR")}),
    # the victims the main clause names for an attack told in its time clause
    ("Two Palestinian children were killed when the Israeli military shelled a crowd near a refugee camp.",
     {("ASSAULT", "ISR", "PSE")}),
    ("Ten Syrian soldiers were wounded when Turkish jets bombed their positions.", {("ASSAULT", "TUR", "SYR")}),
    # ... control: victims the text does not place stay where the sentence rules put them (round 8)
    ("Two children were killed when the Israeli military shelled a crowd.", {("ASSAULT", "ISR", "ISR")}),
    # what a protest's participle clause demands, and of whom
    ("Students marched in Hong Kong demanding that China withdraw the bill.", {("PROTEST", "HKG", "CHN")}),
    ("Thousands of Kurds demonstrated in Kirkuk calling for independence from Iraq.", {("PROTEST", "IRQ", "IRQ")}),
    # ... a nominal protest as the subject of its demand (the demand is a request of its own)
    ("Protests in Lima demanded the resignation of the Peruvian president.",
     {("PROTEST", "PER", "PER"), ("REQUEST", "PER", "PER")}),
    # ... what a protest is "over": the owner of the grievance
    ("Kenyan students protested in Nairobi over the Ugandan president's remarks.", {("PROTEST", "KEN", "UGA")}),
    # ... control: a demand naming no one, no target
    ("Workers went on strike in Lagos demanding higher wages.", {("PROTEST", "NGA", None)}),
    # a state act on the source's own people, criticised: the state of the place it took place in
    ("Canada condemned the execution of a Canadian citizen in China.", {("ACCUSE", "CAN", "CHN")}),
    ("Kenya protested against the arrest of two Kenyan journalists in Uganda.", {("ACCUSE", "KEN", "UGA")}),
    # ... control: a killing's doer is not the state of its place
    ("Britain denounced the killing of two British nationals in Iraq.", {("ACCUSE", "GBR", "GBR")}),
    # ... control: at home, the people stay
    ("The Kenyan opposition condemned the arrest of two Kenyan journalists in Nairobi.", {("ACCUSE", "KEN", "KEN")}),
    # a foreign actor in a time phrase is no other side: the people detained are at home
    ("Police in Egypt arrested dozens of activists ahead of the arrival of the US secretary of state.",
     {("COERCE", "EGY", "EGY")}),
    # ... control: people of another country named as the object stay theirs
    ("Police in Egypt arrested dozens of Sudanese migrants ahead of the holiday.", {("COERCE", "EGY", "SDN")}),
    # the possessor of a nominal inner act is its doer, the one asked or protested against
    ("The EU called for Israel's withdrawal from Gaza.", {("REQUEST", "EU", "ISR")}),
    ("Polish students marched in Warsaw over Russia's invasion of Ukraine.", {("PROTEST", "POL", "RUS")}),
    # ... control: an inner act with no possessor keeps its own objects
    ("The EU called for a withdrawal from Gaza.", {("REQUEST", "EU", "PSE")}),
    # a threat's other side is the one whose act it is conditioned on, not a place inside the act
    ("Israel threatened to ban voting in East Jerusalem if Hamas ran in the election.", {("THREATEN", "ISR", "PSE")}),
    ("Russia threatened to deploy missiles in Kaliningrad if Poland hosted US bases.", {("THREATEN", "RUS", "POL")}),
    # ... control: a condition naming no one leaves the threat's own object
    ("China threatened to cut trade with Lithuania if the office opened.", {("THREATEN", "CHN", "LTU")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r15", DATE)


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_round15_case(coded, number):
    assert rows(coded[number]) == CASES[number][1], [(e.type, e.rule) for e in coded[number].events]


def _case(coded, start: str):
    return coded[next(i for i, case in enumerate(CASES) if case[0].startswith(start))]


def test_people_fired_at_are_the_target_not_the_place(coded):
    [event] = _case(coded, "Kenyan police fired tear gas").events
    # issue 14 round 19: "opposition supporters" is a role (CAMEO OPPOSITION_SUPPORTER, OPP) whose
    # phrase now takes the place it is in; the target is still the people, not the place
    assert [(p.text, p.sector) for p in event.target] == [
        ("opposition supporters in Nairobi", "OPP")]
    [event] = _case(coded, "Police fired tear gas at thousands").events
    assert [(p.text, p.sector) for p in event.target] == [("protesters", "CVL")]


def test_referent_rows_name_their_rule(coded):
    accuse = next(e for e in _case(coded, "North Korea fired two missiles into the sea. Japan condemned it.").events
                  if e.type == "ACCUSE")
    assert accuse.rule.endswith("~referent")
    accuse = next(e for e in _case(coded, "Police arrested dozens of protesters in Caracas. The European").events
                  if e.type == "ACCUSE")
    assert accuse.rule.endswith("~referent") and accuse.target[0].sector == "GOV"
