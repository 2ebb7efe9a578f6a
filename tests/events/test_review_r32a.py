"""Round 32 review (r32a) of e95's and e97's side rules, mended on branch f81 (gold/events/NOTES-f81.md).

1. An active harm verb's subject is the killer, not the dead: "X killed Y in clashes with Z" keeps X as
   the doer; only passive ("were killed") or intransitive ("died") harm reads the clash's other side as the
   doer (``victims.fought_with``).
2. "joint fighting with allies against X": when the clash noun has an "against" object, only it is the
   other side (``victims.fought_with``).
3. A purpose object that names a thing, not someone ("to help clear a road blocked by X"), is no context
   target; the later fallbacks find X (``attach.names_someone``, ``context.context_targets``).
4. Country anaphors (``anaphors.referred_country``): "the neighbour" is another country (no doer); two
   countries anywhere in the window leave the doer empty; "the regime" is the government (GOV); a region
   named ("in Borno state") yields to its country's own mention as the antecedent's text.

Each case is made up and coded by the whole pipeline; the expected set is the text's whole output as
``(type, source country, target country or None)`` rows.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2016-01-19"
CASES = [
    # 1. an active harm verb: its subject did it, the with-party is no doer
    ("Israeli troops killed three Palestinians in clashes with stone-throwing Palestinian youths in the West Bank.",
     {("ASSAULT", "ISR", "PSE")}),
    ("Kenyan police killed two people in clashes with opposition supporters in Nairobi on Tuesday.",
     {("ASSAULT", "KEN", "KEN")}),
    ("Pakistani troops killed six militants in a shootout with the Taliban in North Waziristan.",
     {("ASSAULT", "PAK", "AFG")}),
    ("Al-Shabaab militants killed four Kenyan soldiers in clashes with Somali troops on Monday.",
     {("ASSAULT", "SOM", "KEN")}),
    ("Rebel fighters wounded five Malian soldiers in a gunfight with the army near Gao.", {("ASSAULT", "MLI", "MLI")}),
    # controls: the passive dead, and "died", keep the clash's other side as the doer
    ("Three Iraqi soldiers were killed in fighting with Islamic State militants near Mosul.", {("ASSAULT", "IS", "IRQ")}),
    ("Ukrainian soldiers died in a battle against Russian troops near Bakhmut.", {("ASSAULT", "RUS", "UKR")}),
    # 2. an ally in "with", the enemy in "against"
    ("Two American soldiers were killed in joint fighting with Afghan troops against the Taliban.",
     {("ASSAULT", "AFG", "USA")}),
    ("Four French soldiers died in fighting with Malian troops against jihadists.", set()),
    # 3. a helped purpose whose object names a thing
    ("Police fired tear gas to help clear a road blocked by supporters of opposition leader Raila Odinga.",
     {("ASSAULT", "KEN", "KEN")}),
    ("Soldiers opened fire to help break up a rally organised by the opposition party in Harare.",
     {("ASSAULT", "ZWE", "ZWE")}),
    # controls: the object names someone
    ("France will deploy 300 soldiers to help secure Niger's northern border.", {("MOBILIZE", "FRA", "NER")}),
    ("Japan sent two warships to help protect Taiwan.", {("MOBILIZE", "JPN", "TWN")}),
    ("Police in Nairobi fired tear gas to disperse the protesters.", {("ASSAULT", "KEN", "KEN")}),
    # an unplaced people noun is someone (the index's unresolved mentions): still the purpose target
    ("Soldiers opened fire to disperse demonstrators in Harare.", {("ASSAULT", "ZWE", "ZWE")}),
    # 4a. the neighbour is another country than the one named
    ("Belarus hosted Russian nuclear weapons this year. The neighbour has closed its border with Belarus.",
     {("CONSULT", "BLR", "RUS")}),
    # 4b. two countries in the window: no doer
    ("Zimbabwe's inflation reached 500 percent in June. Last year Russia promised to supply wheat. "
     "The country has now asked China for a loan.", {("AGREE", "RUS", None)}),
    # control: one country
    ("North Korea fired two missiles on Monday. The country also threatened Japan.",
     {("ASSAULT", "PRK", None), ("THREATEN", "PRK", "JPN")}),
    # minor: "the regime"; a region named beside its country
    ("North Korea tested a missile on Monday. The regime also threatened South Korea.",
     {("MOBILIZE", "PRK", None), ("THREATEN", "PRK", "KOR")}),
    ("Nigerian troops killed twelve militants in Borno state. The country also asked Cameroon for help.",
     {("ASSAULT", "NGA", "NGA"), ("REQUEST", "NGA", "CMR")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "review-r32a", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


def _doer(article, rule_end: str):
    return next(s for e in article.events if e.rule.endswith(rule_end) for s in e.source)


def test_active_killer_keeps_its_rule(coded):
    """The active row is the plain verb's, never ``~foughtwith``."""
    assert not any(e.rule.endswith("~foughtwith") for e in coded[0].events)


def test_regime_is_the_government(coded):
    assert _doer(coded[18], "~antecedent").sector == "GOV"


def test_region_yields_to_its_country(coded):
    assert _doer(coded[19], "~antecedent").text == "Nigerian troops"
