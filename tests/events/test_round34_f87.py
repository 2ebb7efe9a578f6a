"""Round 34 review mends (f87) of e103's two rules; every sentence is made up (the reviewer's probes).

- ``venues.host_side``: the host capital stands for its government in its code too (bug 1: the sector
  was GOV, the code CVL); the host is a partner only for one state's officials -- not a body's members,
  rebels, an opposition abroad, a named movement or a coordination of two sides (their own gathering or
  a mediated one), not talks "for" a summit, not a capital name followed by a place that says which
  town it is (bug 2).
- ``attach.purpose_objects``: "to help X do Y" names X as the target only of a sending or helping act
  (MOBILIZE, AID, COOPERATE) and only when X is a located actor; an attack "to help X" is done to Y, as
  before round 34 (bug 5).
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2005-03-01"
CASES = [
    # bug 2: no state's officials -- an opposition, exiles, rebels, a coordination of sides, movements, bodies
    ("Iraqi opposition groups met in London to agree on a common platform.", set()),
    ("Exiled Burmese dissidents held talks in Bangkok.", set()),
    ("Rebel leaders from Sudan met in Nairobi to plan their strategy.", set()),
    ("The Colombian government and FARC rebels held talks in Havana.", set()),
    ("The Sudanese government and the rebels held talks in Nairobi.", set()),
    ("Taliban negotiators held talks in Doha.", set()),
    ("Hamas leaders met in Damascus.", set()),
    ("NATO defence ministers met in Warsaw.", set()),
    ("EU foreign ministers held talks in Prague.", set()),
    # bug 2: a summit in a "for" phrase, a capital's name followed by a place naming another town
    ("The Egyptian foreign minister met in Riyadh for an emergency summit.", set()),
    ("The British prime minister held talks in Kingston, Ontario.", set()),
    # controls: one state's officials (one or two of them), the state named; talks "for talks" stay
    ("Iran's president will hold talks in Moscow on Thursday.", {("AGREE", "IRN", "RUS")}),
    ("Kenya's president and his foreign minister held talks in London.", {("CONSULT", "KEN", "GBR")}),
    ("Kenya held talks in London on trade.", {("CONSULT", "KEN", "GBR")}),
    ("The Egyptian foreign minister met in Riyadh for talks on Gaza.", {("CONSULT", "EGY", "SAU")}),
    # bug 5: an attack to help someone is done to whom they act on (as before round 34)
    ("Israeli troops fired tear gas to help settlers drive Palestinian farmers off their land.",
     {("ASSAULT", "ISR", "PSE")}),
    ("Russian troops opened fire to help separatists seize the airport in Donetsk.", {("ASSAULT", "RUS", "UKR")}),
    # controls: a deployment's purpose still names the one helped
    ("Britain sent 300 soldiers to help Mali fight the jihadists.", {("MOBILIZE", "GBR", "MLI")}),
    ("Rwanda sent 1,000 troops to help Mozambique fight the insurgents.", {("MOBILIZE", "RWA", "MOZ")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "f87", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_review_cases(coded, i):
    text, expected = CASES[i]
    assert rows(coded[i]) == expected, text


def test_host_code_matches_its_sector(coded):
    """Bug 1: the host capital's code is its government's, like its sector."""
    (talks,) = coded[11].events
    assert [(p.text, p.sector, p.code) for p in talks.target] == [("Moscow", "GOV", "RUSGOV")]
    assert talks.rule.endswith("~host")


def test_no_host_rule_on_the_refused(coded):
    """No row of the refused cases carries ``~host`` (a row from another rule may stay)."""
    assert not any("~host" in e.rule for article in coded[:11] for e in article.events)
