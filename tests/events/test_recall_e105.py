"""Issue 13, round 34 (branch e105): acts that got no row at all (gold/events/NOTES-e105.md).

- a present participle that modifies its doer ("sources report troops moving into X"): a trigger
  that needs its subject's words reads the modified noun (``complements.participle_doer``);
- going to war with a named side is fighting it (``verb:go+war``, ASSAULT 190);
- a conflictual act that is the infinitive of a verb of need told with a future and an if/unless
  clause ("will have to go to war unless", "would have to impose sanctions if") is promised on the
  condition: a threat, as "will attack unless" is (``intents.obliging_verb``, rule suffix ``~conditional``).

Controls: a participle with a subject of no force words, a participle of a thing ("the tanks parked
in X"), a need with no condition (an obligation stays no event), a need that is no conflictual act,
a negated war, a person's war with no state.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # a participle hung on its doer: the troops move, reported by someone else
    ("Local sources report Turkish troops and tanks moving into northern Syria.", {("MOBILIZE", "TUR", "SYR")}),
    ("Witnesses saw columns of Ethiopian soldiers moving into Somalia on Tuesday.", {("MOBILIZE", "ETH", "SOM")}),
    # going to war, done or threatened on a condition
    ("Chad went to war with Libya in 1986.", {("ASSAULT", "TCD", "LBY")}),
    ("The government of Chad has said the country will have to go to war with Sudan unless the African "
     "Union acts.", {("THREATEN", "TCD", "SDN")}),
    ("Chad has said that it will have to attack Sudan unless the African Union acts.", {("THREATEN", "TCD", "SDN")}),
    ("Chad would have to impose sanctions on Sudan if the talks fail, the minister said.",
     {("THREATEN", "TCD", "SDN")}),
]
NO_ROW = [
    # a participle of people who are no force; a need with no condition; a need that is no act; a negated war
    "Local sources report Turkish tourists moving into northern Syria.",
    "Chad has to attack Sudan, the minister said.",
    "Chad will have to pay more for fuel unless prices fall.",
    "Chad will not go to war with Sudan, the president said.",
    "My grandfather went to war in 1944.",
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round34e105", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


@pytest.mark.parametrize("text", NO_ROW)
def test_no_row(text):
    article = code_cases([(text,)], "round34e105-not", DATE)[0]
    assert not article.events, [(e.type, e.rule) for e in article.events]


def test_evidence(coded):
    """Each row keeps the entry that fired and the route that made it a threat."""
    assert [e.rule for e in coded[0].events] == ["verb:move+into-place"]
    assert [e.rule for e in coded[2].events] == ["verb:go+war"]
    assert [e.rule for e in coded[3].events] == ["verb:go+war~conditional"]
