"""Round 28, the lead's mends after the second review (r28e) of the f57/f58 mends: welcomed news
told in an agentless passive names no doer (no row), and steps a reported clause says are being
taken ("said it is taking steps") are asserted. Each case is made up; the expected set is the
text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2020-02-01"
CASES = [
    ("Germany welcomed the news that the journalist had been freed.", set()),
    ("France welcomed the announcement that the hostages were released.", set()),
    ("Israel welcomed the news that the Hamas commander was killed.", set()),
    # controls: a doer told (a by-agent, an active subject) is a row of its own
    ("Germany welcomed the news that the journalist had been freed by the Taliban.",
     {("RETREAT", "AFG", None), ("SUPPORT", "DEU", "AFG")}),
    ("Ukraine welcomed the news that Russian troops had withdrawn from Kherson.",
     {("RETREAT", "RUS", "UKR"), ("SUPPORT", "UKR", "RUS")}),
    ("Japan said it is taking steps to ease sanctions on Iran.", {("RETREAT", "JPN", "IRN")}),
    ("Tokyo announced it was taking measures to lift the embargo on Iran.", {("RETREAT", "JPN", "IRN")}),
    # controls: steps not (yet) taken stay uncoded
    ("Britain is considering taking action to expel Russian diplomats.", set()),
    # steps to come intend their act (round 29, e85: events/light_steps.py): AGREE with mode intend
    ("Japan said it would be taking steps to ease sanctions on Iran.", {("AGREE", "JPN", "IRN")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r28e", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]
