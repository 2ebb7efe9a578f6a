"""Issue 13, round 30 (branch e91): recall of cooperative and material events
(gold/events/NOTES-e91.md).

- A nominal act whose doer is the subject of a relative clause that performs it ("the raids that
  Turkish jets launched", "hundreds of airstrikes the US carried out"): the clause's verb is a light
  verb whose object is the noun itself (``doers.relative_doers``).
- An act named after "after" / "following" as what people died or were hurt in ("people die
  following a wave of attacks", "are dead after protests") is the news, not its setting
  (``semantics._casualty_cause``); its victims are its targets also through a noun that counts it
  ("killed following a series of attacks": ``victims.harm_verb``).
- Lexicon: suspending a member of a body (a candidate, councillors) is SANCTION 166, as expelling one
  (``verb:suspend+member``); a legislature approving a state of emergency imposes it (COERCE 1724,
  ``verb:approve+emergency``).

Controls: a relative clause of another verb, a relative clause whose subject is the target, a clause whose
act follows another act with no harm (a setting stays background), suspending a debate.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # a relative clause performing the nominal act
    ("The raids that Turkish jets launched in northern Iraq killed ten civilians.",
     {("ASSAULT", "TUR", "IRQ")}),
    # ... hung on the quantity that counts the act; its target prepositions give the target
    ("Hundreds of airstrikes the United States carried out in Yemen against al-Qaeda were never disclosed.",
     {("ASSAULT", "USA", "AQ")}),
    ("The report lists dozens of raids that Russian jets conducted against Ukrainian villages.",
     {("ASSAULT", "RUS", "UKR")}),
    # controls: a relative clause of another verb; one with its own object
    ("The raids that Turkish jets survived were costly.", set()),
    ("Turkish jets launched raids that the villagers in Iraq feared.", {("ASSAULT", "TUR", "IRQ")}),
    # an act people died in, after "following"
    ("Nine Nigerian soldiers were killed following a series of Boko Haram attacks in the north.",
     {("ASSAULT", "NGA", "NGA")}),
    # a crowd act of the story's country people died after is told as happening
    ("Kenyan state radio says twelve people are dead after protests over the disputed vote.",
     {("PROTEST", "KEN", "KEN")}),
    # controls: an act after another, no harm: the setting stays background
    ("Officials said the talks resumed after the Turkish attacks on Monday.", set()),
    ("Kenyan state radio says the vote was delayed after protests over the count.", set()),
    # suspending a member of a body
    ("The UK Independence Party suspended a candidate for offensive remarks.", {("SANCTION", "GBR", "GBR")}),
    # a legislature approving a state of emergency imposes it
    ("The parliament of Chad approves a state of emergency across the country for 15 days.",
     {("COERCE", "TCD", "TCD")}),
    # control: a debate suspended is no member
    ("The UK Independence Party suspended the debate for a week.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round30e91", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]
