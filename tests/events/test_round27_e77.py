"""Issue 13, round 27 (branch e77): disapproval told as a light verb with a feeling noun is ACCUSE 110
(gold/events/NOTES-e77.md, class W2; CAMEO 110 and the PETRARCH2 "express / voice * DISAPPROVAL ..." patterns):
``verb:express+disapproval``, ``verb:voice+disapproval`` and ``verb:raise+disapproval`` over the shared list
``semantics.yaml trigger_word_lists.disapproval_nouns``. Each case is made up (never a gold sentence) and coded by
the whole pipeline; the expected set is the text's whole output as ``(type, source country, target country or
None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2020-02-01"
CASES = [
    # the three verbs, several feeling nouns, the target as the object of over / about / at / with or its owner,
    # a that-clause, a possessive determiner, the passive
    ("The United Nations expressed concern about heavy fighting in Myanmar.", {("ACCUSE", "UN", "MMR")}),
    ("The French foreign minister expressed concern over Germany's new border rules.", {("ACCUSE", "FRA", "DEU")}),
    ("The French foreign minister expressed concerns that Germany's plan could hurt trade.",
     {("ACCUSE", "FRA", "DEU")}),
    ("The French foreign minister voiced concern about the German decision.", {("ACCUSE", "FRA", "DEU")}),
    ("The French foreign minister raised concerns about the German decision.", {("ACCUSE", "FRA", "DEU")}),
    ("The French foreign minister expressed anger at the German decision.", {("ACCUSE", "FRA", "DEU")}),
    ("The French foreign minister expressed disappointment with Germany.", {("ACCUSE", "FRA", "DEU")}),
    ("Objections to the German plan were raised by the French foreign minister.", {("ACCUSE", "FRA", "DEU")}),
    # the act the feeling is about is told as a fact: a row of its own (``factive._felt_about``)
    ("Vice President Dick Cheney expresses concern about China's military buildup in a speech in Sydney.",
     {("ACCUSE", "USA", "CHN"), ("MOBILIZE", "CHN", None)}),
    # controls: other objects of the same verbs (support stays SUPPORT; the alarm, taxes, hope code nothing),
    # a subject that is no actor
    ("The French foreign minister expressed support for the German plan.", {("SUPPORT", "FRA", "DEU")}),
    ("The French foreign minister raised the alarm over the virus.", set()),
    ("The French foreign minister raised taxes on German cars.", set()),
    ("The report raised concerns about the German plan.", set()),
    ("The French foreign minister expressed hope that Germany would join.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r27e77", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]
