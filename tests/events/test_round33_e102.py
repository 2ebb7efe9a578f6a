"""Issue 13 round 33 (branch e102): type boundaries -- a warning that is legal advice is no threat.

``cautions._legal_opinion`` (read by ``cautions.danger_warning``): a warned clause told as to come
(a modal or future) that judges a course unlawful ("could be illegal", "would breach international
law", "would be a breach of / in breach of the treaty") is the warner's reading of the law, advice, not
a warning of harm (ANNOTATION.md: THREATEN is a warning of harm, an ultimatum); the THREATEN row
the warning verb gave is dropped, even when the course is a war or sanctions (threat nouns that
otherwise keep the threat). Controls: a second verb of harm in the clause ("... and would be met
with force"), a harm to come ("would have serious consequences", "would retaliate"), an ultimatum,
and a clause asserted now ("the strikes were illegal": an allegation, coded as before).

Each case is made up and coded by the whole pipeline; the expected set is the text's whole output
as ``(type, source country, target country or None)``."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2005-03-01"
CASES = [
    # legal advice: no threat
    ("Britain's attorney general warned the prime minister in March that the invasion could be illegal under the "
     "United Nations charter.", set()),
    ("The French foreign minister warned that the strikes on Syria would breach international law.", set()),
    ("Germany's chancellor warned Poland that sanctions would be a breach of the European treaty.", set()),
    ("Germany's chancellor warned Poland that sanctions would be in breach of the treaty.", set()),
    ("A war against the island would be unlawful, the Spanish prime minister warned Morocco.", set()),
    # controls: harm to come, a second verb of harm, an ultimatum, a clause asserted now
    ("The Russian foreign ministry warned that any attack on Iran would be illegal and would be met with force.",
     {("THREATEN", "RUS", "IRN")}),
    ("China warned Japan that the decision would have serious consequences.", {("THREATEN", "CHN", "JPN")}),
    ("Iran warned that it would retaliate against any attack by Israel.", {("THREATEN", "IRN", "ISR")}),
    ("Putin warned Ukraine against joining NATO.", {("THREATEN", "RUS", "UKR")}),
    ("Russia warned that the American strikes were illegal.", {("ACCUSE", "RUS", "USA")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r33e102", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round33_e102(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]
