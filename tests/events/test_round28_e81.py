"""Issue 13, round 28 (branch e81): two classes of the PLOVER dev half's misses
(gold/events/NOTES-e81.md). Widening freedoms ("expanded press freedoms", "broadened civil
liberties") is easing restrictions on them (CAMEO 0811, CONCEDE), as restoring them already was;
and the doer of steps taken ("took steps to", "adopted measures to") does what their "to" clause
says -- the clause is neither a subjectless infinitive nor an unmet purpose
(``arguments.step_object``, ``arguments.steps_taken``). Each case is made up and coded by the whole
pipeline; the expected set is the text's whole output as ``(type, source country, target country
or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2020-02-01"
CASES = [
    # widening freedoms: each verb of the family, with and without a place
    ("The government expanded press freedoms in Kenya.", {("CONCEDE", "KEN", "KEN")}),
    ("The military government broadened political freedoms in Chile.", {("CONCEDE", "CHL", "CHL")}),
    ("The Kenyan president enhanced civil liberties.", {("CONCEDE", "KEN", None)}),
    # steps taken: the clause hung as acl, relcl or advcl by the parser
    ("The president has taken several steps to expand political freedoms in Kenya.", {("CONCEDE", "KEN", "KEN")}),
    ("The government took measures to ease restrictions on the opposition in Kenya.", {("CONCEDE", "KEN", "KEN")}),
    ("Kenya adopted measures to lift the ban on opposition parties.", {("CONCEDE", "KEN", "KEN")}),
    # controls: a future step, a step towards a noun, means verbs, ties widened (unchanged)
    ("The minister said the government would take steps to expand press freedoms.", set()),
    ("The government took a step towards peace.", set()),
    ("Police used tear gas to disperse the protesters in Lagos.", {("ASSAULT", "NGA", "NGA")}),
    ("Kenya expanded its ties with Chile.", {("SUPPORT", "KEN", "CHL")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r28e81", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]
