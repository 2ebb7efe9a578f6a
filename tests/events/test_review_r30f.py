"""Round 30's second review of the event mends (r30f): four bugs the mends (f70 and the lead's r30e
mends) left, on made-up wording through the whole pipeline.

1. ``verb:approve+emergency`` required "state of emergency", losing "approved emergency rule": the
   entry takes "state" or "rule" with "emergency" (an emergency loan stays AID).
2. ``targets.targets_of`` read only "to"/"from" on the verb for an own force's post, losing "deployed
   its warplanes in Syria": "in"/"at" count when their object is itself a side ("at a meeting with
   Russian officials" is still no post).
3. ``cautions._exposure`` lost veiled threats ("in its sights", "under threat"): more nouns of
   exposure.
4. ``descriptions.accident_inquiry`` took any leak with no "of" object for an accident: only a leak of
   a substance ("the radiation leak") is; "leaks from the cabinet" is a disclosure.

The expected set is the text's whole output as ``(type, source country, target country or None)``."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2016-08-20"
CASES = [
    ("Pakistan's parliament approved emergency rule in Balochistan province.", {("COERCE", "PAK", "PAK")}),
    ("The IMF board approved an emergency loan of $3 billion to Pakistan.", {("AID", "IMF", "PAK")}),
    ("Russia deployed its warplanes in Syria last month.", {("MOBILIZE", "RUS", "SYR")}),
    ("North Korea warned that American bases in Guam were now in its sights.", {("THREATEN", "PRK", "USA")}),
    ("Iran warned that Israeli ships in the Gulf were under threat from its navy.", {("THREATEN", "IRN", "ISR")}),
    ("Downing Street launched an investigation into leaks from the cabinet.", {("ACCUSE", "GBR", "GBR")}),
    ("Japan opened an investigation into the radiation leak at the Fukushima plant on Monday.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "reviewr30f", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


def test_a_meeting_partner_is_still_no_post(coded):
    article = code_cases([("Turkey recalled its two ambassadors at a meeting with Russian officials in Ankara.",)],
                         "reviewr30f-post", DATE)[0]
    assert not any(e.type == "SANCTION" and any(p.country == "RUS" for p in e.target) for e in article.events)
