"""Issue 13, round 36 (branch e114): a reported judgement with no evaluative word, read by the tone model
over a copula's predicate (``events/stances.py`` through ``events/opinions.toned_judgement``,
gold/events/NOTES-e114.md).

"SPEAKER said (that) X / X's plan was <predicate>" gives ACCUSE 111 speaker -> X when no word list has the
predicate and the tone model scores the predicate's own words negative (``stances.THRESHOLD``); the rule
``opinion:<word>~tone<score>`` names the route and carries the score.

Near misses: a positive or neutral predicate, a modal or negated copula, a question, a condition, a count
of the fallen ("three soldiers were dead": news, not a judgement), the speaker's own side, and a denial.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is the
text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from detente.events.stances import THRESHOLD
from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # fires: an owned plan or policy, an actor subject
    ("The French foreign minister said the German plan was a dangerous gamble with the lives of refugees.",
     {("ACCUSE", "FRA", "DEU")}),
    ("The Dutch prime minister said that Hungary's asylum policy was a serious obstacle to any common solution.",
     {("ACCUSE", "NLD", "HUN")}),
    # near misses
    ("The French foreign minister said the German plan was a bold step towards peace.", set()),
    ("The French foreign minister said the German troops were in the border area.", set()),
    ("The French foreign minister said three German soldiers were dead after the attack.", set()),
    ("The French foreign minister said the German plan would be a dangerous gamble.", set()),
    ("The French foreign minister said the German plan was not a dangerous gamble.", set()),
    ("The French foreign minister asked whether the German plan was a dangerous gamble with lives?", set()),
    ("The French foreign minister said that if the German plan fails, it is a dangerous gamble.", set()),
    ("The French foreign minister said the French plan was a dangerous gamble with the lives of refugees.", set()),
    ("The French foreign minister denied that the German plan was a dangerous gamble.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "e114stance", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


def test_rows_name_route_and_score(coded):
    found = [e.rule for article in coded for e in article.events if e.type == "ACCUSE"]
    assert found and all(r.startswith("opinion:") and "~tone-" in r for r in found)
    assert all(float(r.split("~tone")[1]) <= THRESHOLD for r in found)
