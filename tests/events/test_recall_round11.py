"""Issue 13, round 11: recall rules for general classes (suspending an actor, withdrawing from a
named place, agentless expulsions from a country). Each case is made up (never a gold sentence)
and coded by the whole pipeline; the expected set is the text's whole output as ``(type, source
country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2024-03-01"
CASES = [
    # suspending an actor (a state from a body) is SANCTION 166 by the body
    ("The African Union suspended Mali.", {("SANCTION", "AU", "MLI")}),
    ("ECOWAS suspended Niger after the coup.", {("SANCTION", "ECOWAS", "NER")}),
    ("Mali was suspended by the African Union.", {("SANCTION", "AU", "MLI")}),
    # the object entries before it keep their codes: talks, membership
    ("Brazil suspended the talks with Argentina.", {("SANCTION", "BRA", "ARG")}),
    # a media outlet suspended is censored (COERCE 1721, '@media')
    ("The Egyptian government suspended Al Jazeera.", {("COERCE", "EGY", "QAT")}),
    # suspending a thing is no act on an actor
    ("The Kenyan government suspended the new tax.", set()),
    # withdrawing from a named place is RETREAT against the place's country
    ("Israel withdrew from Gaza.", {("RETREAT", "ISR", "PSE")}),
    ("Syrian forces withdrew from Lebanon.", {("RETREAT", "SYR", "LBN")}),
    ("Ethiopian troops withdrew from Mogadishu on Tuesday.", {("RETREAT", "ETH", "SOM")}),
    # ... not from a body or an alliance (SANCTION 160), nor a company leaving a market
    ("Britain withdrew from the European Union.", {("SANCTION", "GBR", "EU")}),
    ("Russia withdrew from the Council of Europe.", {("SANCTION", "RUS", "COE")}),
    ("The company withdrew from the Russian market.", set()),
    ("The carmaker Renault withdrew from Russia.", set()),
    # an agentless expulsion from a country: the country's government is the doer
    ("The Russian ambassador was expelled from Poland.", {("SANCTION", "POL", "RUS")}),
    ("Two Iranian diplomats were expelled from Germany on Monday.", {("SANCTION", "DEU", "IRN")}),
    ("The British journalist was deported from Egypt.", {("COERCE", "EGY", "GBR")}),
    # ... not from a place of the one expelled's own country, nor from a non-state body
    ("The opposition leader was expelled from the party.", set()),
    ("A Polish diplomat was expelled from Poland.", set()),
    # exchanging fire is a two-sided clash, verbal or nominal; exchanging views is not
    ("Indian troops exchanged fire with Pakistani soldiers along the border.", {("ASSAULT", "IND", "PAK")}),
    ("An exchange of fire between Thai and Cambodian troops killed two soldiers.", {("ASSAULT", "THA", "KHM")}),
    # headline present tense tagged as a singular noun with a subject and a direct object
    ("Security forces arrest dozens of opposition supporters in Harare.", {("COERCE", "ZWE", "ZWE")}),
    # expelling a member of a body is expulsion from the body (SANCTION), not from a land (COERCE)
    ("The Kenyan ruling party expelled two lawmakers for corruption.", {("SANCTION", "KEN", "KEN")}),
    # (thousands expelled: a mass expulsion, ASSAULT 201 since round 14's events/masses.py)
    ("The Egyptian government expelled thousands of Sudanese refugees.", {("ASSAULT", "EGY", "SDN")}),
    # commuting sentences eases a punishment (CONCEDE 081) on the people sentenced
    ("The Ghanaian president commuted the sentences of more than 100 death row prisoners to life terms.",
     {("CONCEDE", "GHA", "GHA")}),
    # a bare "offensive" the tagger made an adjective complement is the object of a non-linking verb
    ("The Philippine president orders the army to stop offensive against communist rebels in Mindanao.",
     {("RETREAT", "PHL", "PHL")}),
    ("The Philippine army remained offensive.", set()),
    # a named place that falls to an actor is taken by it (the taker -> the place's country)
    ("Kabul fell to the Taliban on Sunday.", {("ASSAULT", "AFG", "AFG")}),
    ("The city of Mosul fell to Islamic State fighters.", {("ASSAULT", "IS", "IRQ")}),
    # ... not a task, an office or a figure, nor a place the text does not place
    ("The task fell to the French government.", set()),
    ("Support for the Turkish president fell to 30 percent.", set()),
    ("The town fell to Russian forces after weeks of shelling.", set()),
    # victims, survivors and evacuees are people an act on them acts on (a domestic target)
    ("The Nepali army distributed food to flood victims in the south.", {("AID", "NPL", "NPL")}),
    # test-firing a weapon shows force (MOBILIZE 150), firing one is an attack
    ("Pakistan test-fired a nuclear-capable missile.", {("MOBILIZE", "PAK", None)}),
    ("Iran fired a test missile into the Gulf of Oman.", {("MOBILIZE", "IRN", None)}),
    ("Hamas fired rockets at Israel.", {("ASSAULT", "PSE", "ISR")}),
    # "pulled out of" parsed as two prepositions reads as the particle: a place left, talks left
    ("Israeli forces pulled out of Gaza.", {("RETREAT", "ISR", "PSE")}),
    ("Iran pulled out of the nuclear talks.", {("SANCTION", "IRN", None)}),
    ("The carmaker Renault pulled out of Russia.", set()),
    ("The candidate pulled out of the race.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r11", DATE)


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_round11_case(coded, number):
    assert rows(coded[number]) == CASES[number][1], [(e.type, e.rule) for e in coded[number].events]


def test_headline_verb_rule(coded):
    assert coded[20].events[0].rule.startswith("verb:arrest")


def test_commuted_target_is_the_people(coded):
    [event] = coded[23].events
    assert event.cameo == "081" and event.target[0].text == "prisoners"


def test_rule_names(coded):
    assert coded[0].events[0].rule.startswith("verb:suspend+@actor")
    assert coded[6].events[0].rule.startswith("verb:withdraw+from-place")
    assert coded[13].events[0].rule.endswith("~from") and coded[13].events[0].source[0].sector == "GOV"
