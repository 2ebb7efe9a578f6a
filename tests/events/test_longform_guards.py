"""Issue 13, round 26 (branch e72): precision guards for classes of wrong rows counted over every
tune / dev half (``gold/events/NOTES-e72.md``), each a widening of an existing mechanism:

- T6, a measure against a natural hazard mobilises against no one (``nonevents.hazard_mobilization``)
  and a state of emergency over a flood told by its water is no coercion (``disaster_words``);
- T7, a riot: a crowd occupying a building is PROTEST, not a seizure (``riots``);
- T1/T2, funding with no recipient ("public bodies financed by the taxpayer", "will fund new hospital
  beds") is spending, no aid: the funding entries need a partner (``partner_entries``).

Every sentence is made up and coded by the whole pipeline; the expected set is the text's whole
output as ``(type, source, target)`` rows. Each removal case gave another row on the branch point
(8d99c76); a control beside each class must stay coded as it was."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2020-03-01"
CASES = [
    # T6: a mobilisation or deployment against a natural hazard, in its purpose, object or goal ...
    ("The Vietnamese government mobilizes over 400,000 soldiers and militia members, and thousands of "
     "vehicles to cope with the typhoon that is forecast to hit the coast.", set()),
    ("The Chilean army sent 3,000 soldiers to fight the forest fires raging in the south.", set()),
    ("The Indonesian army deployed 5,000 troops to the quake zone in Sulawesi.", set()),
    ("Soldiers were deployed by the Indian government to the flooded state after the monsoon rains.", set()),
    # ... controls: against rebels, or against riots told beside a flood, it stays a mobilisation
    ("The Vietnamese government mobilizes 400,000 soldiers against the rebels in the north.",
     {("MOBILIZE", "VNM", "VNM")}),
    ("The Indian government deployed troops to Kashmir to quell riots after the floods.", {("MOBILIZE", "IND", "IND")}),
    ("Pakistan mobilized troops along the border with India after the attack.", {("MOBILIZE", "PAK", "IND")}),
    # T6: a state of emergency as a swollen river threatens a city; over unrest it stays coercion
    ("The Polish prime minister declares a state of emergency after three people die and the swollen "
     "Vistula River threatens the centre of Krakow.", set()),
    ("The Thai government declares a state of emergency in Bangkok after protesters storm the parliament.",
     {("COERCE", "THA", "THA"), ("PROTEST", "THA", "THA")}),
    # T7: a crowd occupying a building: a riot ...
    ("The government headquarters in Hong Kong is being occupied by thousands of protesters.",
     {("PROTEST", "HKG", "HKG")}),
    ("A crowd occupied the town hall of Oaxaca for three days.", {("PROTEST", "MEX", "MEX")}),
    # ... controls: rebels setting fire attack; troops occupying an airport seize it
    ("Rebels set fire to the police station in Goma.", {("ASSAULT", None, "COD")}),
    ("Russian troops occupied the airport in Crimea.", {("COERCE", "RUS", "UKR")}),
    ("Ethiopian troops occupied the town of Baidoa in Somalia.", {("COERCE", "ETH", "SOM")}),
    # T1/T2: funding with no recipient named is spending (a description, a pledge to voters), no aid ...
    ("The Welsh assembly runs 40 public bodies financed by the taxpayer, the auditor said.", set()),
    ("The Irish government will fund 2,000 new hospital beds next year.", set()),
    # ... controls: funding a named recipient is aid (or, to come, an intent to give it)
    ("The United States funds the Syrian rebels fighting Assad.", {("AID", "USA", "SYR")}),
    ("Qatar financed the Hamas government in Gaza for years.", {("AID", "QAT", "PSE")}),
    ("The European Union will finance the new Afghan police academy.", {("AGREE", "EU", "AFG")}),
    ("Japan subsidizes its rice farmers heavily.", {("AID", "JPN", "JPN")}),
]
RULES = {  # the removal cases whose row turns another type: the rule suffix that records it
    9: "~riot", 10: "~riot",
}


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round26e72", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


@pytest.mark.parametrize("i", sorted(RULES), ids=[CASES[i][0][:60] for i in sorted(RULES)])
def test_a_riot_records_its_rule(coded, i):
    assert any(e.rule.endswith(RULES[i]) or RULES[i] + "~" in e.rule for e in coded[i].events)


# Round 26 review mend (f53): a disaster only the time or setting of a mobilisation ("after the quake",
# "as fires raged", "amid heavy rainfall", a conjoined act of its own) leaves it a mobilisation; the T6
# removal cases above (a hazard in its purpose, object or goal) stay removed
HAZARD_SETTING = [
    "Armenia mobilized its army against Azerbaijan after the quake.",
    "Pakistan mobilized troops along the Indian border after the earthquake.",
    "Turkey deployed troops to the Syrian border as fires raged.",
    "Venezuela deployed troops to the Colombian border amid heavy rainfall.",
    "Israel mobilized reservists as storms hit the north.",
    "Russia mobilized troops on the border with Ukraine and sent firefighters to fight the wildfires.",
]


@pytest.mark.parametrize("text", HAZARD_SETTING, ids=[t[:60] for t in HAZARD_SETTING])
def test_a_disaster_as_time_or_setting_leaves_the_mobilisation(text):
    [article] = code_cases([(text,)], "round26f53", DATE)
    assert "MOBILIZE" in {e.type for e in article.events}
