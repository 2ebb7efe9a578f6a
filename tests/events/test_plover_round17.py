"""Issue 13, round 17 (branch e51): PLOVER type boundaries -- which type a sentence records when a
trigger or its purpose could code several. Each case is made up (never a gold or corpus sentence)
and coded by the whole pipeline; the expected set is the text's whole output as ``(type, source
country, target country or None)`` rows; a second test checks the entry and rule suffix that
fired. Controls stand beside the classes."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, entry_fired, rows

DATE = "2024-03-01"
CASES = [
    # a body set up or sent to investigate: whoever set it up or sent it investigates (ACCUSE 090)
    ("The Arab League dispatched a fact-finding mission to investigate abuses in Yemen.",
     {("ACCUSE", "ARL", "YEM")}, "verb:investigate~sender"),
    ("The African Union appointed a panel to probe the killings in Burundi.",
     {("ACCUSE", "AU", "BDI")}, "verb:probe~sender"),
    # ... a body sent for another purpose investigates nothing
    ("Ghana dispatched a delegation to attend the funeral in Togo.", set(), None),
    # troops sent to help a foreign side stay a deployment (MOBILIZE): the codebook's AID "military assistance
    # including personnel" was tried and dropped, the judged rows call such a row's MOBILIZE right
    ("Senegal sent troops to help the government of Gambia restore order.", {("MOBILIZE", "SEN", "GMB")},
     "verb:send+troops"),
    # ... as troops sent to fight someone, or with no purpose told
    ("Chad sent soldiers to fight the rebels in Cameroon.", {("MOBILIZE", "TCD", None)}, "verb:send+troops"),
    ("Turkey deployed tanks along its border with Syria.", {("MOBILIZE", "TUR", None)}, "verb:deploy+troops"),
    # troops, police or a delegation sent to investigate: the investigation, not a deployment
    ("Tanzania deployed police to investigate the killings of Kenyan traders.", {("ACCUSE", "TZA", "KEN")},
     "verb:investigate"),
    ("Tanzania sent a delegation to investigate the deaths of Tanzanian workers in Oman.", {("ACCUSE", "TZA", "OMN")},
     "verb:investigate"),
    # ... police sent to disperse a crowd stay a deployment
    ("Tanzania deployed police to disperse the crowd in Arusha.", {("MOBILIZE", "TZA", "TZA")}, "verb:deploy+troops"),
    # an object the entry's list lacks that is an act of the list's kind: halting a bombardment is RETREAT
    ("Azerbaijan halted its bombardment of Armenian villages.", {("RETREAT", "AZE", "ARM")},
     "verb:halt+attacks"),
    # ... an object that is no act does not back off
    ("Azerbaijan halted its construction of a pipeline to Armenia.", set(), None),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r17", DATE)


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_round17_case(coded, number):
    assert rows(coded[number]) == CASES[number][1], [(e.type, e.rule) for e in coded[number].events]


@pytest.mark.parametrize("number", [i for i, c in enumerate(CASES) if c[2]], ids=[c[2] for c in CASES if c[2]])
def test_round17_entry(coded, number):
    events = coded[number].events
    assert entry_fired(CASES[number][2], events), {e.rule for e in events}
