"""Round 23 merge (review of branch e65): the court and legal-action entries, the police raid and the
``of``/``in`` owner are narrowed; each near miss below coded a wrong row before the mend. Every
sentence is made up; the expected set is the text's whole output as (type, source, target or None)."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-03-10"
CASES = [
    # "stay" as a permit's modifier or a stay in a place; an annulled marriage (no stay entries left)
    ("The Greek government issued a temporary stay permit to the Syrian refugees.", set()),
    ("Syrian refugees sought a longer stay in Germany.", set()),
    ("The Spanish princess sought an annulment of her marriage.", set()),
    # overturning a sports result or an electoral win is no court ruling (overturn takes a vote only)
    ("Real Madrid overturned the result of the first leg against Bayern Munich.", set()),
    ("The opposition candidate overturned the president's victory in Sunday's runoff in Peru.", set()),
    # a sports challenge by a named rival is no lawsuit (challenge by a role word only)
    ("The Russian champion retained his title after a challenge by the Ukrainian boxer.", set()),
    # a police raid told with a gun battle stays an attack
    ("A Mexican police raid on a cartel ranch sparked a gunfight.", {("ASSAULT", "MEX", "MEX")}),
    ("A Brazilian police raid on a drug gang's hideout turned into a bloody firefight.", {("ASSAULT", "BRA", "BRA")}),
    # the body after "of" is a REJECT's target only: an ambassador criticising "the decision of the
    # government" names no act on his own state
    ("The Chinese ambassador criticised the decision of the government.", {("ACCUSE", "CHN", None)}),
    ("The Japanese foreign minister welcomed the decision of the parliament.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r23merge", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round23_merge(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]
