"""Issue 13, round 27 (branch e76): the side of an act that is aimed at another actor's act or policy
(gold/events/NOTES-e76.md, class T1): a protest over a plan whose owner the actors stage leaves
unplaced ("the government's plan", "the plan drawn up by the government") is aimed at that owner
(``attach.grievance_owners``, rule suffix ``~grievance``), and the author of the thing after a
target preposition ("against the reform announced by the French minister") is the target, as the
author of a direct object already was. Each case is made up (never a gold sentence) and coded by
the whole pipeline; the expected set is the text's whole output as ``(type, source country, target
country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2020-02-01"
CASES = [
    # a protest over an act noun whose possessor or author is an unplaced body: that body, at home;
    # verb and noun triggers, possessor and participle agent, coordinated grievances
    ("Hundreds of nurses marched across Spain over the government's plan to cut wages.", {("PROTEST", "ESP", "ESP")}),
    ("Teachers in Lyon went on strike over the education ministry's decision to close schools.",
     {("PROTEST", "FRA", "FRA")}),
    ("Farmers in Dublin protested over the council's new rules and the ministry's plan.", {("PROTEST", "IRL", "IRL")}),
    ("Thousands of students marched in Santiago over the plan drawn up by the government.", {("PROTEST", "CHL", "CHL")}),
    # the author of the thing after a target preposition ("against"), a placed actor
    ("Thousands of people demonstrated in Athens against the concessions offered by the Turkish government.",
     {("PROTEST", "GRC", "TUR")}),
    ("The Spanish union protested against the reform announced by the French minister.", {("PROTEST", "ESP", "FRA")}),
    # controls: a grievance with no owner, an own possessive, no grievance, an owner already placed,
    # the author of a direct object (unchanged)
    ("Thousands protested in Paris over rising prices.", {("PROTEST", "FRA", None)}),
    ("Thousands of people marched in Berlin over their pay.", {("PROTEST", "DEU", None)}),
    ("Thousands of students marched in Santiago over a rise in bus fares.", {("PROTEST", "CHL", None)}),
    ("Thousands of people marched in Rome.", {("PROTEST", "ITA", None)}),
    ("Farmers marched in Paris over Brazil's beef exports.", {("PROTEST", "FRA", "BRA")}),
    ("The Italian senator criticised the deal signed by the Libyan government.", {("ACCUSE", "ITA", "LBY")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r27e76", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


# round 27 review (f54): a protest abroad over a foreign state's act told in the sentence before: the
# grievance's owner is that state, not the protesters' own; with no owner read, no target (as before e76)
ABROAD = [
    "Myanmar's military jailed the opposition leader on Friday. Hundreds of exiles marched in Bangkok over the "
    "junta's ruling.",
    "China imposed a security law on Hong Kong on Tuesday. Protesters marched in Taipei over the government's move.",
    "The United States imposed tariffs on Mexican steel. Workers protested in Monterrey over the administration's "
    "plan.",
]


@pytest.mark.parametrize("text", ABROAD)
def test_a_protest_abroad_gets_no_home_grievance_owner(text):
    from tests.events.conftest import code_one
    coded = code_one(text, DATE)
    assert not any("~grievance" in e.rule for e in coded.events), text
