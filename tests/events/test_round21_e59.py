"""Issue 13 round 21 (branch e59): event recall on unseen Current Events items and Wikinews articles
(the round-10 tune half, ``gold/events/round10/``, and older tune halves). Each case is made up and coded
by the whole pipeline; the expected set is the text's whole output as ``(type, source country, target
country or None)``.

- ``context.election_state`` (``semantics.yaml election_target``): an accusation or rejection of an
  election, a vote or its result is aimed at the government of the country that held it -- the country
  named in the object, else the doer's own; not "the election of X as Speaker", not a study's results;
- ``restrictions.story_restriction`` (``semantics.yaml story_restriction``): a lockdown, curfew or
  quarantine told as starting or imposed with no doer is the government's of the sentence's one
  country (else the story's); not when lifted or ended, nor when negated;
- ``triggers.tsv verb:abandon+posts``, ``verb:desert+posts``: forces leaving the posts they held are
  a retreat; abandoning a plan is not (it stays a concession);
- ``triggers.tsv noun:sweep+protesters``: a sweep of protesters or their camp is a coercive act; a
  sweep of a market is not;
- ``triggers.tsv verb:introduce+censure``, ``verb:table+censure``, ``noun:motion+censure`` and siblings: a
  motion of censure or no confidence introduced, tabled or filed against an actor is an accusation; a
  motion on a topic stays a proposal, and the other senses of "introduce" stay as they were;
- ``triggers.tsv verb:resign+in-protest``, ``verb:quit+in-protest`` (and ``coder.code_trigger``): resigning
  in protest is a protest (round 9's decision), by ministers too -- the guard that drops a state
  actor's "protest" as a campaign rally leaves these entries alone; a plain resignation is none, and so is
  a participle with no subject of its own ("X appointed him ..., resigning in protest": the main clause's
  subject is not the one who resigned)."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-03-10"
CASES = [
    # an election judged: the state that held it
    ("Voters in Zambia went to the polls on Thursday. Opposition leaders denounced the election as rigged.",
     {("ACCUSE", "ZMB", "ZMB")}),
    ("The Kenyan opposition rejected the results of the vote.", {("REJECT", "KEN", "KEN")}),
    ("The Malawian opposition criticised the vote.", {("ACCUSE", "MWI", "MWI")}),
    # controls: a person chosen by a vote; a study's results
    ("Kenyan scientists rejected the results of the study.", {("REJECT", "KEN", None)}),
    ("Malawian opposition MPs criticised the election of John Banda as Speaker.", {("ACCUSE", "MWI", None)}),
    # a restriction told with no doer
    ("A nine-day lockdown begins in Argentina on Saturday.", {("COERCE", "ARG", "ARG")}),
    ("Peru's government met on Friday. A curfew was imposed on the capital.", {("COERCE", "PER", "PER")}),
    # controls: a restriction lifted, ended, or not imposed
    ("Peru's government met on Friday. The curfew was lifted.", set()),
    ("Peru reported new cases. The lockdown ended on Monday.", set()),
    ("Peru's government met on Friday. The curfew was not imposed.", set()),
    # posts abandoned
    ("Ukrainian police abandoned their positions.", {("RETREAT", "UKR", None)}),
    ("Malian soldiers deserted their posts near the border.", {("RETREAT", "MLI", None)}),
    # control: a plan abandoned stays the older entry's concession (verb:abandon+demand), no retreat
    ("The Ukrainian army abandoned the plan.", {("CONCEDE", "UKR", None)}),
    # a sweep of protesters
    ("Ukrainian police launched a sweep of the protesters in Kiev.", {("COERCE", "UKR", "UKR")}),
    # control: a sweep of a market
    ("Ukrainian police launched a sweep of the market in Kiev.", set()),
    # a motion of censure or no confidence
    ("Senator Jane Holt announced that she will introduce a motion of censure against President George W. Bush.",
     {("ACCUSE", "USA", "USA")}),
    ("Kenyan opposition MPs tabled a no-confidence motion against the government.", {("ACCUSE", "KEN", "KEN")}),
    ("Kenyan opposition MPs filed a censure motion against the speaker.", {("ACCUSE", "KEN", "KEN")}),
    # controls: a motion on a topic stays a proposal (REQUEST, as before); an amnesty introduced stays a concession
    ("Kenyan opposition MPs introduced a motion on education.", {("REQUEST", "KEN", None)}),
    ("The government introduced an amnesty for rebels in Kenya.", {("CONCEDE", "KEN", "KEN")}),
    # resigning in protest, by ministers too (a state actor's protest that is no campaign rally)
    ("Two Kenyan ministers resigned in protest against the president's decision.", {("PROTEST", "KEN", "KEN")}),
    # controls: a participle whose resigner is not the main clause's subject; a plain resignation; a
    # president at a protest
    ("Kenyan President Uhuru Kenyatta appointed him minister, a post he held until 2018, resigning in protest.", set()),
    ("Two Kenyan ministers resigned on Monday.", set()),
    ("Kenyan President Uhuru Kenyatta spoke at a protest in Nairobi.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r21e59", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round21_e59(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_rule_names(coded):
    """The evidence convention: each new row names its rule."""
    assert all("~election" in e.rule for e in coded[0].events)
    assert {e.rule.split("~")[0] for e in coded[5].events} == {"noun:lockdown"}
    assert all("~state~restriction" in e.rule for e in coded[5].events)
    assert {e.rule for e in coded[10].events} == {"verb:abandon+posts"}
    assert {e.rule.split("~")[0] for e in coded[13].events} == {"noun:sweep+protesters"}
    assert {e.rule.split("~")[0] for e in coded[15].events} == {"verb:introduce+censure"}
    assert {e.rule.split("~")[0] for e in coded[20].events} == {"verb:resign+in-protest"}
