"""Round 31 second review (r31g) of the f73 mends, mended by the lead: the bugs proved on made-up wording.

1. An envoy whose own state the text does not tell has no host doer: the host would be both sides
   ("Several diplomats posted in Caracas were expelled": VEN -> VEN; ``envoys.host_state``).
2. A commitment is affirmed by more verbs (emphasise, highlight, declare, repeat, reconfirm) and as the
   subject of the that-clause of one ("reaffirmed that X's commitment to Y was unshakeable";
   ``guards.unaffirmed_commitment``, ``semantics.yaml`` ``affirmed_nouns``).
3. "to attend" is a delegation's meeting only when what it attends is a meeting: a funeral or an
   inauguration attended is a visit (``journeys.meeting_purpose``).
4. A tour "that took him to meetings with X" goes to X: a meeting's "with" object is a destination
   (``journeys.destinations``).
5. A tour of bases is a tour of a site ("bases", which the tagger lemmatises as "basis"; ``noun:tour+duty``).

Each case is made up and coded by the whole pipeline; the expected set is the text's whole output as
``(type, source country, target country or None)`` rows.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2010-05-01"
CASES = [
    # 1. whose envoy is not told: no host doer, no row of the host against itself
    ("Several diplomats posted in Caracas were expelled on Friday.", set()),
    ("The ambassador to Syria was expelled on Tuesday.", set()),
    ("The ambassador in Tehran, Simon Gass, was summoned.", set()),
    # control: the envoy's state is told
    ("Iran's envoy in London was expelled on Monday.", {("SANCTION", "GBR", "IRN")}),
    # 2. commitments affirmed
    ("The foreign minister emphasised Britain's commitment to Nato.", {("SUPPORT", "GBR", "NATO")}),
    ("Washington highlighted its commitment to Taiwan.", {("SUPPORT", "USA", "TWN")}),
    ("The president repeated America's commitment to South Korea.", {("SUPPORT", "USA", "KOR")}),
    ("The foreign minister reaffirmed that Britain's commitment to Nato was unshakeable.",
     {("SUPPORT", "GBR", "NATO")}),
    # control: doubted, not affirmed
    ("Analysts doubt Washington's commitment to Taiwan.", set()),
    # 3. attending what is no meeting is a visit
    ("A British delegation flew to Paris to attend the funeral of the former president.",
     {("CONSULT", "GBR", "FRA")}),
    ("A South African delegation arrived in Kinshasa to attend the inauguration of the new president.",
     {("CONSULT", "ZAF", "COD")}),
    # 4. a tour to meetings with someone
    ("The foreign secretary began a tour that took him to meetings with Pakistani and Afghan officials.",
     {("CONSULT", "GBR", "PAK"), ("CONSULT", "GBR", "AFG")}),
    # control: the neighbour of a border is no destination
    ("The Indian minister completed a tour that took him to the border with Pakistan.", set()),
    # 5. a tour of bases
    ("The defence secretary made a tour of British bases in Iraq.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "review-r31g", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]
