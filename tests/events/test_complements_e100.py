"""Issue 13, round 33 (branch e100): acts told in another verb's complement, their doer carried down
(gold/events/NOTES-e100.md; ``events/complements.py``).

- a reported wrongdoing whose doer is a bare state noun: "claims that the army has broken a
  ceasefire" -- ACCUSE by the claimant against the doer the coder found for the reported act
  (``complements.row_doers``, rule suffix ``~rowdoer``);
- a trigger that needs its subject's words ("troops ... leave Georgia") reads the subject carried
  down a control chain ("began to leave", "started leaving") or from the speaker of a reported
  clause whose subject is a pronoun ("the army says it is leaving") (``complements.carried_subject``).

Controls: a claim about a named doer (the
usual route), a pronoun under "say" whose speaker is no force, a subject with no force word.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # a reported wrongdoing by a bare state noun: the claimant accuses the doer of the act's own row
    ("Congolese rebel leader Jean Kaboro claims that the army has broken a ceasefire.",
     {("ACCUSE", "COD", "COD"), ("ASSAULT", "COD", None)}),
    # a named wrongdoer: the usual route, no second row
    ("Russia claimed that Ukraine had broken the ceasefire.",
     {("ACCUSE", "RUS", "UKR"), ("ASSAULT", "UKR", None)}),
    # control chains and a reported pronoun carry the force subject down
    ("Russian troops began to leave Georgia on Monday.", {("RETREAT", "RUS", "GEO")}),
    ("Russian troops started leaving Georgia.", {("RETREAT", "RUS", "GEO")}),
    ("The Russian army says it is leaving Georgia.", {("RETREAT", "RUS", "GEO")}),
    ("Russian soldiers said they were leaving Georgia.", {("RETREAT", "RUS", "GEO")}),
    # a promise to leave composes with the act it promises
    ("Russian troops have promised to leave Georgia.", {("AGREE", "RUS", "GEO")}),
]
NO_ROW = [
    # a pronoun under "say" whose speaker is no force; a subject with no force word
    "Russian tourists said they were leaving Georgia.",
    "The Russian ambassador says he is leaving Georgia.",
    # a verb of doubt, fear or hope does not carry its subject down: no act (f83)
    "Russian troops doubt they will leave Georgia this year.",
    "Russian troops fear they will leave Georgia soon.",
]
OWN_SIDE = [
    # a state speaker does not accuse its own country's unnamed forces or people (their country only
    # echoes the speaker's story); rebels, the opposition or a party it does accuse (f83)
    ("Sudan's foreign ministry said that soldiers had violated the border agreement.", None),
    ("Tensions rose along the border between Ethiopia and Eritrea. Ethiopia's government said soldiers "
     "had breached the peace deal.", None),
    ("The Palestinian president said the settlers had violated international law.", None),
    ("Colombia's defence minister said the guerrillas had broken the ceasefire.", ("COL", "REB")),
    ("Kenya's opposition leader said the election commission had ignored the court ruling.", ("KEN", "GOV")),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round33e100", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


@pytest.mark.parametrize("text", NO_ROW)
def test_no_row(text):
    article = code_cases([(text,)], "round33e100-not", DATE)[0]
    assert not article.events


def test_rowdoer_evidence(coded):
    """The claim keeps its evidence: the wrongdoing rule and the route of its target."""
    assert [e.rule for e in coded[0].events if e.type == "ACCUSE"] == ["wrongdoing:break~rowdoer"]


def test_promise_composes(coded):
    """The promise's rule names the promised act's entry, reached through the carried subject."""
    assert [e.rule for e in coded[6].events] == ["verb:promise>verb:leave+place-forces"]



@pytest.mark.parametrize("text,accused", OWN_SIDE, ids=[c[0][:50] for c in OWN_SIDE])
def test_state_speaker_accuses_no_own_unnamed_doer(text, accused):
    article = code_cases([(text,)], "f83-own-side", DATE)[0]
    found = [(p.country, p.sector) for e in article.events if e.type == "ACCUSE" for p in e.target]
    assert found == ([accused] if accused else []), [(e.type, e.rule) for e in article.events]
