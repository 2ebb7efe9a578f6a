"""Round 30's second review (r30e, of the mends f67 and f68): three event bugs the mends left, each
pinned on made-up wording through the whole pipeline (the date bug is in
``tests/actors/test_review_r30d.py``).

1. ``cautions._exposure`` kept every bare "be" as exposure, so warnings alleging conduct -- "Y was
   behind the attack", "Y's troops were in breach of the ceasefire", "Y's soldiers were on its soil"
   -- went back to THREATEN; only "within" or a noun of exposure (risk, danger, range, mercy, target)
   keeps a threat.
2. ``hypotheticals.generic_case`` exempted every reported clause, so "said that if Likud won,
   Netanyahu would reject any agreement" -- a supposition about a third party -- became the
   speaker's REJECT; a reported clause with a condition stays a supposition.
3. ``descriptions.accident_inquiry`` read only listed illnesses' outbreaks and no leak as
   accidents: an inquiry into a radiation or gas leak, or an outbreak of any illness, accuses no
   one; the leak of a document and an outbreak of fighting still do.

The expected set is the text's whole output as ``(type, source country, target country or None)``."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2016-08-20"
CASES = [
    # 1. conduct alleged with a bare "be": ACCUSE; exposure: THREATEN
    ("The Georgian president warned that Russian peacekeepers were in breach of the ceasefire agreement.",
     {("ACCUSE", "GEO", "RUS")}),
    ("Syria warned that Turkish soldiers were on Syrian soil without permission.", {("ACCUSE", "SYR", "TUR")}),
    ("North Korea warned that American bases in South Korea are within range of its missiles.",
     {("THREATEN", "PRK", "USA")}),
    # 2. a condition inside the reported clause: a supposition; without one, an announced refusal
    ("The Israeli minister said that if Likud won the election, Benjamin Netanyahu would reject any "
     "agreement with the Palestinians.", set()),
    ("Russia said on Tuesday it would veto any Security Council resolution condemning the Syrian government.",
     {("REJECT", "RUS", "UN")}),
    # 3. accidental leaks and outbreaks: no accusation; a disclosure or an outbreak of violence: one
    ("Japan opened an investigation into the radiation leak at the Fukushima plant on Monday.", set()),
    ("Vietnam's government launched an inquiry into the outbreak of African swine fever.", set()),
    ("Brazil's health ministry opened an investigation into the Zika outbreak in Recife.", set()),
    ("The FBI launched an investigation into the leak of the classified memo by White House aides.",
     {("ACCUSE", "USA", "USA")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "reviewr30e", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]
