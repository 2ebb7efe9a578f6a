"""Issue 13 round 25 (branch e70): the one trigger class seen in at least three tune/dev articles that no
entry codes, counted across all tune/dev material (gold/events/NOTES-e70.md). Each case is made up and
coded by the whole pipeline; the expected set is the text's whole output as ``(type, source country,
target country or None)``.

- ``triggers.tsv verb:LEMMA+control-place`` (and ``-of-place``, ``-over-place``): taking, seizing, gaining,
  regaining, (re)establishing, assuming or wresting control of or over a place (a named place, or a
  ``$captured_places`` noun) is taking it by force, ASSAULT 190 as ``verb:capture+place``; the place as the
  object's "of" / "over" phrase or hung on the verb by the parser; a partitive ("most of", "parts of") is
  read through (``triggers.PARTITIVES``), and "control over" is an "of" phrase (``triggers.OVER_NOUNS``);
- the place (through a partitive too) is the target (targets ``of,over,from``), not the one foreign country
  the sentence names; for a source read off the place (``~place``), the place controlled is the act's
  argument (``triggers.controlled``, ``context.context_targets``: ``~domestic``), not the word "control";
- controls: control of a body won by a vote (``$governed_bodies``: none), of a company, of a thing, a
  control that is no act.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-03-10"
CASES = [
    # active verbs of the class, the place an object's "of" or "over" phrase, a named place or a noun
    ("Russian troops seized control of the Ukrainian city of Kherson.", {("ASSAULT", "RUS", "UKR")}),
    ("The Syrian army took full control of Palmyra after heavy fighting.", {("ASSAULT", "SYR", "SYR")}),
    ("Iraqi forces regained control over the city of Mosul.", {("ASSAULT", "IRQ", "IRQ")}),
    ("Malian rebels gained control of three towns in northern Mali.", {("ASSAULT", "MLI", "MLI")}),
    # the place read through a partitive; the "of" phrase hung on the verb by the parser
    ("Syrian troops take control of most of the Aleppo countryside.", {("ASSAULT", "SYR", "SYR")}),
    # the place is the target, not another country the sentence names
    ("Backed by Iranian militias, Syrian troops regained control over the city of Aleppo.", {("ASSAULT", "SYR", "SYR")}),
    # a doer the text does not place: the place's country, the place acted on (as "captured the towns", ~domestic)
    ("The United Front for Change gained control of the towns of Abeche and Biltine in Chad.",
     {("ASSAULT", "TCD", "TCD")}),
    # coordination with an attack verb; the passive voice
    ("Chadian rebels attacked and seized control of two villages near the border of Sudan.",
     {("ASSAULT", "TCD", "SDN")}),
    ("Control of the town was taken by Houthi fighters.", {("ASSAULT", "YEM", "YEM")}),
    # controls: control of a body won by a vote; of a company; of a thing; control as no act
    ("The Republicans gained control of the city council in Houston.", set()),
    ("The Democrats took control of the Senate.", set()),
    ("The Japanese investor took control of the company after the vote.", set()),
    ("He took control of the ball and scored.", set()),
    ("The Kenyan government controls the town of Garissa.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r25e70", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round25_e70(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_rule_names(coded):
    """The evidence convention: each new row names its entry."""
    assert [e.rule for e in coded[0].events] == ["verb:seize+control-place"]
    assert [e.rule.split("~")[0] for e in coded[2].events] == ["verb:regain+control-place"]
    assert [e.rule.split("~")[0] for e in coded[4].events] == ["verb:take+control-of-place"]
