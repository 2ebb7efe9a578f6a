"""Issue 13 round 22 (branch e63): rows that should not exist at all, found on the tune halves of the
judged-row sets and the gold rounds. Each case is made up and coded by the whole pipeline; the expected
set is the text's whole output as ``(type, source country, target country or None)``.

- ``unheld.stance``: opposing a state of affairs ("opposes the police state", "opposed the construction
  efforts", "opposes globalisation") is a stance held, no REJECT (a refusal of a proposal, demand, order
  or invitation); opposing a bill, a decision, a bid, an act noun, a doing or someone stays REJECT;
- ``semantics.carried_negation``: "no longer recognized ..." and a negated verb that carries its
  negation to its infinitive ("won't help free him", "did not manage to reach a deal", "did not try to
  stop them") tell no act; the same sentences without the negation keep their rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases

DATE = "2015-06-01"
CASES = [
    # a stance: no refusal of anything proposed
    ("The United States and Japan have opposed the construction efforts.", set()),
    ("The Brazilian president opposes globalisation and free trade.", set()),
    ("The Libertarian candidate Jo Smith opposes the police state and the taxing authority equally.", set()),
    # controls: a bill, a decision, a bid, an act, a doing, someone
    ("The Indian government opposed the bill.", {("REJECT", "IND", None)}),
    ("The Greek government opposed Turkey's membership bid.", {("REJECT", "GRC", "TUR")}),
    ("Russia opposed the deployment of NATO troops in Poland.", {("REJECT", "RUS", "NATO"), ("REJECT", "RUS", "POL")}),
    ("The French government opposed sending troops to Mali.", {("REJECT", "FRA", "MLI")}),
    ("Germany opposed it.", {("REJECT", "DEU", None)}),
    ("The Spanish government opposed the decision by the European Commission.", {("REJECT", "ESP", "EU")}),
    # negation carried off the verb
    ("The British government no longer recognizes the Syrian opposition.", set()),
    ("Iran is no longer supporting Hamas.", set()),
    ("The French president said that the blockade won't help free the hostages.", set()),
    ("Israel will not help free the prisoners.", set()),
    ("The Turkish police did not try to stop the protesters.", set()),
    # controls: the same acts asserted
    ("The British government recognizes the Syrian opposition.", {("SUPPORT", "GBR", "SYR")}),
    ("Iran supports Hamas.", {("SUPPORT", "IRN", "PSE")}),
    ("Israel helped free the prisoners.", {("RETREAT", "ISR", "ISR")}),
]


def rows(article) -> set[tuple]:
    """The article's non-negated rows (a negated row is no event when scoring)."""
    return {(e.type, s.country, t.country if t else None)
            for e in article.events if not e.negated for s in e.source for t in (e.target or [None])}


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r22e63", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round22_e63(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]
