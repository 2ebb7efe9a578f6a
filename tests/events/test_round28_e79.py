"""Issue 13, round 28 (branch e79): SUPPORT and REQUEST recall (gold/events/NOTES-e79.md).

- a decision taken to back something is the backing itself, a stance (``decided.types`` in
  semantics.yaml, ``moods.decided``): SUPPORT, no longer a promise coded AGREE; a decision to
  cooperate stays an intent, one to cut ties stays the act;
- welcoming news, an announcement or a pledge of another actor's act is approval of that act
  (``verb:welcome+@actor`` objects), the act's doer its target;
- a wish that another side act ("unions want the government to withdraw the rules") is a demand
  on it (``precision.demand_on_another``), also when the parser makes the wished side the subject
  of an infinitive clause (``triggers._controlled_actor``); a wish about one's own side stays none.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2005-03-01"
CASES = [
    # a decision to back or support: SUPPORT, past simple and past perfect
    ("Canadian senators decided to support the Japanese proposal.", {("SUPPORT", "CAN", "JPN")}),
    ("The Dutch finance minister had decided to back the German plan.", {("SUPPORT", "NLD", "DEU")}),
    # controls: a decision to cut ties is the act, one to visit an intent, a negated one nothing
    ("Morocco decided to break off relations with Iran.", {("SANCTION", "MAR", "IRN")}),
    ("The Kenyan senators decided to visit Uganda.", {("AGREE", "KEN", "UGA")}),
    ("The minister did not decide to back the German plan.", set()),
    # welcoming news, an announcement or a pledge that another actor acts
    ("The British foreign minister welcomed news that Norway and Canada will fund the clinic.",
     {("SUPPORT", "GBR", "NOR"), ("SUPPORT", "GBR", "CAN")}),
    ("The Indian trade minister welcomed the announcement that Japan would cut tariffs.", {("SUPPORT", "IND", "JPN")}),
    ("The Kenyan president welcomed Uganda's pledge to reopen the border.", {("SUPPORT", "KEN", "UGA")}),
    # controls: a visitor welcomed is hosted (CONSULT); news with no actor in it is no row
    ("The British foreign minister welcomed the Norwegian prime minister to London.", {("CONSULT", "GBR", "NOR")}),
    ("The British foreign minister welcomed the news.", set()),
    # a wish that another side act: a demand on it (another country, another sector, a placed pronoun)
    ("German unions want the French government to scrap the pension reform.", {("REQUEST", "DEU", "FRA")}),
    ("The Kenyan opposition wants the Kenyan government to call early elections.", {("REQUEST", "KEN", "KEN")}),
    ("Thousands of British council workers went on strike on Tuesday over pensions. They want the British "
     "government to withdraw the new regulations.", {("PROTEST", "GBR", None), ("REQUEST", "GBR", "GBR")}),
    # controls: a wish about one's own side, a pronoun wished, a hope
    ("The British minister wanted Britain to offer asylum to Syrian refugees.", set()),
    ("The Kenyan government wants Kenya to host the summit.", set()),
    ("They want him to resign.", set()),
    ("The Kenyan families had hoped that the Kenyan government would apologise.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round28e79", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]
