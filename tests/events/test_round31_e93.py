"""Issue 13, round 31 (branch e93): nominal acts and doers from context (gold/events/NOTES-e93.md).

- A journey named first and its countries listed in the clause that carries its traveller ("a tour
  that will take him to Kenya, Ghana and Senegal"): the clause's "to" objects are the targets
  (``journeys.destinations``, rule suffix ``~journey``); a future clause puts the visits ahead (AGREE,
  ``~future``). A tour is a journey as a trip is (``noun:tour``).

- An envoy summoned or expelled in an agentless passive: only the state he is posted to does it; the country
  of his post ("the ambassador to Iran", "envoy in London") or of where he was summoned ("summoned in Ankara")
  is the doer (``envoys.host_state``, rule suffix ``~host``).

- A delegation, envoys or mediators heading, travelling, flying to or arriving in a named country visit it
  (``verb:head+delegation`` and kin, CONSULT 042); a delegation led by someone takes its leader as doer
  (``journeys.delegation_leaders``, ``~led``); one arriving in its own country visits no one
  (``journeys.home_arrival``).

Controls: a delegation back home, troops arriving, a delegation of no political actor; an envoy with no post or place (no doer guessed), one called back home; a tour naming no country (of duty) or a town of one's own, a negated carrying clause, a clause of
another verb.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # a journey's destinations in the clause carrying its traveller, ahead of the departure
    ("The French foreign minister departs on a tour of the region that will take him to Kenya, Ghana and Senegal.",
     {("AGREE", "FRA", "KEN"), ("AGREE", "FRA", "GHA"), ("AGREE", "FRA", "SEN")}),
    # ... a clause the parse hangs on the verb, with a relative pronoun subject
    ("The Chinese premier began a five-nation tour on Monday which will take her to Chile and Peru.",
     {("AGREE", "CHN", "CHL"), ("AGREE", "CHN", "PER")}),
    # ... in the past: the visits happened
    ("Last month the Indian prime minister made a trip that took him to Japan and Vietnam.",
     {("CONSULT", "IND", "JPN"), ("CONSULT", "IND", "VNM")}),
    # a tour of a country is a visit to it
    ("The Chinese premier began a tour of Chile on Monday.", {("CONSULT", "CHN", "CHL")}),
    # controls: a tour naming no country; a negated carrying clause; a clause of another verb
    ("The soldiers began a tour of duty on Monday.", set()),
    ("The Pakistani prime minister made a tour of Lahore.", set()),
    # an envoy summoned or expelled with no agent: the state of his post (or of where he was summoned)
    ("The Dutch ambassador to Iran was summoned in Tehran over the remarks.", {("ACCUSE", "IRN", "NLD")}),
    ("Iran's envoy in London was summoned to the Foreign Office on Monday.", {("ACCUSE", "GBR", "IRN")}),
    ("The French ambassador was summoned in Ankara over the cartoon.", {("ACCUSE", "TUR", "FRA")}),
    ("Two Belgian diplomats posted in Moscow were expelled on Friday.", {("SANCTION", "RUS", "BEL")}),
    # controls: no post and no place (no doer guessed); called back home by his own state
    ("Two Belgian diplomats were expelled on Friday.", set()),
    ("The French ambassador to Turkey was summoned back to Paris for consultations.", set()),
    # a delegation going to a country visits it; led by its leader when it names no country itself
    ("A delegation led by the Chinese foreign minister arrived in Nairobi on Monday.", {("CONSULT", "CHN", "KEN")}),
    ("A Kenyan delegation flew to Addis Ababa for talks on Tuesday.", {("CONSULT", "KEN", "ETH")}),
    ("Mediators from Qatar headed to Sudan on Monday.", {("CONSULT", "QAT", "SDN")}),
    # controls: a delegation back home; troops arriving; a delegation of no political actor
    ("The Kenyan delegation arrived in Nairobi after the visit.", set()),
    ("Two hundred soldiers arrived in Nairobi on Monday.", set()),
    ("A delegation of businessmen arrived in Rome on Monday.", set()),
]
NOT_JOURNEYS = [
    # controls of the carrying clause (the sentence's country may still be read as the partner by the older
    # ``~sentence`` route; the destinations rule must not fire): negated, another verb
    "The French foreign minister began a tour that will not take him to Kenya.",
    "The French foreign minister began a tour that critics in Kenya mocked.",
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round31e93", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


@pytest.mark.parametrize("text", NOT_JOURNEYS)
def test_no_journey(text):
    article = code_cases([(text,)], "round31e93-not", DATE)[0]
    assert not any("~journey" in e.rule for e in article.events)
