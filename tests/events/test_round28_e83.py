"""Issue 13, round 28 (branch e83): a reporter's second act coordinated after its reported clause
(gold/events/NOTES-e83.md).

The parser hangs "X said B will ..., and praised Y" as if "praised" were a second verb of B's
clause. A simple past verb cannot share the clause's modal ("will praised" is no English), so with
no subject or auxiliary of its own it is the reporter's act (``arguments.reporter_conjunct``): its
doer the reporter (``arguments.subject_head``), no inner act of the reporting verb
(``triggers.link_inner``), and no future or reported mood taken from the clause
(``semantics.auxiliaries``, ``semantics.is_reported``).

Controls: a bare infinitive that does share the modal ("will reopen the border and thank X"), a
perfect whose participle shares "will have", a clause with no modal (the actors decide there, not
this rule), and a conjunct with a subject of its own.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2005-03-01"
CASES = [
    # the reporter's own act after a modal clause: will / would / can / could
    ("The Kenyan president said the talks would resume soon and accused Uganda of stalling.",
     {("ACCUSE", "KEN", "UGA")}),
    ("The Portuguese foreign minister said the ceasefire could hold, and criticised Morocco for the raids.",
     {("ACCUSE", "PRT", "MAR")}),
    ("The Dutch minister argued that Belgium can still win the vote, and thanked France for the loan.",
     {("SUPPORT", "NLD", "FRA")}),
    ("The Kenyan president said Uganda will reopen the border and thanked Tanzania.",
     {("SUPPORT", "KEN", "TZA"), ("AGREE", "UGA", None)}),
    ("The Brazilian foreign minister said Argentina will sign the treaty and met the Chilean envoy in Lima.",
     {("CONSULT", "BRA", "CHL"), ("AGREE", "ARG", None)}),
    # controls: a bare infinitive shares the modal (the clause's subject thanks, in the future)
    ("The Kenyan president said Uganda will reopen the border and thank Tanzania.", {("AGREE", "UGA", "TZA")}),
    # a perfect's participle shares "will have"
    ("The Japanese minister said China will have left the talks and criticised the delay.",
     {("THREATEN", "CHN", None), ("ACCUSE", "CHN", None)}),
    # no modal in the clause: not this rule
    ("The Turkish minister said Greece had rejected the plan and criticised Cyprus.", {("ACCUSE", "GRC", "CYP")}),
    # a conjunct with its own subject
    ("The Polish president said Ukraine will fight, and Germany praised Poland.", {("SUPPORT", "DEU", "POL")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round28e83", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]
