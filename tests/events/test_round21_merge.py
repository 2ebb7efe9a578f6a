"""Issue 13 round 21, merge review: the e59 rules held to what their comments say. Made-up cases coded
by the whole pipeline, as ``(type, source country, target country or None)``.

- ``restrictions.story_restriction``: the imposing state is read from the places a sentence names
  (``_state_of``), never from victims or an organisation named beside it; only "takes effect", "comes
  into force" and "was put in place" -- not "took a heavy toll", "went unheeded", "was put on hold",
  "began to ease";
- ``coder.code_trigger``: resigning in protest as a conjunct keeps its subject (only a participle or a
  clause modifier without a subject of its own is dropped);
- ``context.election_state``: an opinion poll and a vote on a bill are no elections;
- ``$held_posts``: a stance ("its position on the bill") or a party's base is no post;
- ``noun:sweep+protesters``: a sweep of a square or a camp for mines is no coercion;
- ``nonevents.confidence_motion``: a motion of confidence seeks support, no accusation;
- ``rules.crowd_actions``: a crowd descending "on" a body's premises (the word list had lost "on")."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-03-10"
CASES = [
    # the imposing state: from a place, not from victims or an organisation
    ("Peru reported new cases. A curfew was imposed on the capital after French tourists were attacked.",
     set()),
    ("Peru reported new cases. A lockdown begins as the World Health Organization warns of a new wave.", set()),
    ("A nine-day lockdown begins in Argentina on Saturday.", {("COERCE", "ARG", "ARG")}),
    # verbs of starting: only with effect, force or place
    ("Peru reported new cases. The lockdown took a heavy toll on the economy.", set()),
    ("Peru reported new cases. The curfew went unheeded in Lima.", set()),
    ("Peru reported new cases. The lockdown was put on hold.", set()),
    ("Peru reported new cases. The lockdown began to ease on Monday.", set()),
    ("Peru reported new cases. The curfew takes effect in Lima on Monday.", {("COERCE", "PER", "PER")}),
    # resigning in protest as a conjunct
    ("The Kenyan health minister criticised the decision and resigned in protest.",
     {("ACCUSE", "KEN", None), ("PROTEST", "KEN", None)}),
    # no elections
    ("The Kenyan opposition criticised the opinion poll.", {("ACCUSE", "KEN", None)}),
    ("The Kenyan opposition denounced the parliamentary vote on the tax bill.", {("ACCUSE", "KEN", None)}),
    # no posts
    ("The Kenyan government abandoned its position on the tax bill.", set()),
    ("Kenyan voters deserted the ruling party's base.", set()),
    # no sweeps of protesters
    ("Kenyan police made a sweep of the square for unexploded bombs.", set()),
    ("Kenyan soldiers made a sweep of the refugee camp for mines.", set()),
    # a motion of confidence; controls: of no confidence
    ("Kenyan MPs tabled a motion of confidence in the government.", set()),
    ("Kenyan MPs tabled a motion of no confidence in the government.", {("ACCUSE", "KEN", None)}),
    # a crowd descending "on" a body (crowd_actions.prepositions: YAML had read the bare word as True)
    ("Protesters descended on the Kenyan parliament on Tuesday.", {("PROTEST", "KEN", "KEN")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r21merge", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round21_merge(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]
