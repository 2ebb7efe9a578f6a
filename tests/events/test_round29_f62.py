"""Round 29 review (branch f62): four bugs a read-only review proved in round 29's merged rules
(gold/events/NOTES-f62.md), each on made-up wording, with the controls the branches meant to keep.

- ``one_act.verbal_offensive``: a government on the offensive against armed targets, or in a
  sentence that tells an attack by arms, is at war (ASSAULT), not attacking in words;
- ``one_act.merged``: a separate attack whose victims are of the doer's targets' country but of
  another sector ("policemen" beside "fighters") is its own row;
- ``one_act.cargo_blast``: a fuel or munitions store blown up by an attack told with the verb is no
  accident;
- ``stationed.stationed_places``: a withdrawal of something other than forces ("of its application")
  gets no place from a relative clause on its doer.

The expected set is the text's whole output as ``(type, source country, target country or None)``."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2005-03-01"
CASES = [
    # bug 1: a government's offensive with air strikes or bombing, or against an armed group: ASSAULT
    ("The Israeli government went on the offensive, launching air strikes on Gaza.", {("ASSAULT", "ISR", "PSE")}),
    ("The Syrian government remains on the offensive in Idlib, bombing rebel-held towns.",
     {("ASSAULT", "SYR", None)}),
    ("The Israeli government is on the offensive against Hamas in Gaza.", {("ASSAULT", "ISR", "PSE")}),
    # controls: politicians on the offensive in words give no ASSAULT
    ("The Labour leader went on the offensive over the government's health reforms on Tuesday.", set()),
    ("The Greek opposition leader went on the offensive against the prime minister over the nurses' strike.",
     {("ACCUSE", "GRC", None)}),
    # bug 2: a separate attack on other victims of the same country keeps its row
    ("Afghan forces killed ten Taliban fighters after a suicide attack killed six Afghan policemen in Kunduz.",
     {("ASSAULT", "AFG", "AFG"), ("ASSAULT", None, "AFG")}),
    ("Pakistani troops killed six militants after a bomb attack killed four Pakistani soldiers in Waziristan.",
     {("ASSAULT", "PAK", "PAK"), ("ASSAULT", None, "PAK")}),
    # control: one attack told twice stays one row
    ("An al-Shabaab suicide bomb attack kills seven Kenyan soldiers near the Somali border.",
     {("ASSAULT", "SOM", "KEN")}),
    # bug 3: a store blown up by an attack told with the verb: an attack
    ("An ammunition dump blew up in Syria after an Israeli air strike, killing five soldiers.",
     {("ASSAULT", "ISR", "SYR")}),
    ("A gas station blew up in Kabul after a Taliban attack, killing five people.", {("ASSAULT", "AFG", "AFG")}),
    # control: a blast with no attack told stays an accident
    ("A fuel tanker exploded near a market in Lagos, Nigeria, killing 12 people.", set()),
    # bug 4: a withdrawal of something other than forces takes no place from the relative clause
    ("Greece, which has troops in Cyprus, announced the withdrawal of its application.", {("RETREAT", "GRC", None)}),
    # controls: a bare withdrawal and one of troops take it; one from a body targets the body
    ("Chile, which has troops serving in Haiti, announced its withdrawal.", {("RETREAT", "CHL", "HTI")}),
    ("Poland, which has troops in Iraq, announced its withdrawal from the European Union.",
     {("RETREAT", "POL", "EU")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round29f62", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


# Round 29's side rules leave their mark in the row's rule (``events.side_marks``): the row of the
# given type carries the mark; the control row of the same type does not.
MARKS = [
    # a plural pronoun doer standing for its coordination
    ("Chile and Peru announced the withdrawal of their troops from Haiti.", "RETREAT", "~plural"),
    ("Chile announced the withdrawal of its troops from Haiti.", "RETREAT", ""),
    # the reporter as the owner of forces a passive says are withdrawn
    ("Belgium announces that all troops will be withdrawn from Afghanistan in 2021.", "CONCEDE", "~forces"),
    ("Belgium will withdraw its troops from Afghanistan in 2021.", "CONCEDE", ""),
    # the withdrawal's place from a relative clause on its doer
    ("Chile, which has troops serving in Haiti, announced its withdrawal.", "RETREAT", "~stationed"),
    ("Chile announced its withdrawal from Haiti.", "RETREAT", ""),
    # a target in a repeated preposition
    ("The European Union imposed sanctions against Russia and against Iran on Monday.", "SANCTION", "~repeated"),
    ("The European Union imposed sanctions against Russia and Iran on Monday.", "SANCTION", ""),
]


@pytest.fixture(scope="module")
def marked():
    return code_cases(MARKS, "round29f62marks", DATE)


@pytest.mark.parametrize("i", range(len(MARKS)), ids=[c[0][:60] for c in MARKS])
def test_side_rule_mark(marked, i):
    _, type_, mark = MARKS[i]
    rules = [e.rule for e in marked[i].events if e.type == type_]
    assert rules, [(e.type, e.rule) for e in marked[i].events]
    marks = ("~plural", "~forces", "~stationed", "~repeated")
    assert all((mark in r) if mark else not any(m in r for m in marks) for r in rules), rules
