"""Issue 13 round 28 (branch e78): ACCUSE recall on long-form news -- disapproval told as a light verb and a
feeling noun, and a legal bid. Each case is made up and coded by the whole pipeline; the expected set is the
text's whole output as ``(type, source country, target country or None)``.

- ``triggers.tsv verb:express+disapproval``, ``verb:voice+disapproval``, ``verb:raise+disapproval``,
  ``verb:register+disapproval`` (``events/disapproval.py``): "expressed concern over X's buildup", "voiced
  anger at X", "raised objections to X's plans", "expressed concerns that X's views could ...", both voices,
  are ACCUSE 110 aimed at the side the noun's own complement names in a doer's place. Controls, each a class
  round 27's e77 entries over-fired on: sympathy ("concern for the families", the safety of hostages,
  civilians at risk), a worry no one caused (the weather), an owner of a thing that is no act ("the new
  Chinese factory"), an addressee taken for the target ("raised concerns with the envoy"), objections in a
  court, and a negated or unaimed feeling; the act the feeling is about stays a row of its own, as before;
- ``triggers.tsv noun:bid+legal``, ``noun:bid+court``: a legal or court bid to block an act is a lawsuit
  (ACCUSE 115, as ``noun:challenge+legal``); a bid to host the games is none;
- ``triggers.tsv verb:read+riot-act``: reading someone the riot act is a reprimand (ACCUSE 111), its target
  the one it is read to; reading a report on a riot is none.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-03-10"
CASES = [
    # disapproval aimed at the owner of an act, the actor itself, or a that-clause's subject
    ("France expressed concern over Russia's military buildup near the border.",
     {("ACCUSE", "FRA", "RUS"), ("MOBILIZE", "RUS", None)}),
    ("The German chancellor voiced anger at Turkey's decision on the pipeline.", {("ACCUSE", "DEU", "TUR")}),
    ("Japan raised objections to China's plans for a new airbase.", {("ACCUSE", "JPN", "CHN")}),
    ("China expressed anger at Japan.", {("ACCUSE", "CHN", "JPN")}),
    ("British scientists have expressed concerns that British Education Secretary Ruth Kelly's views could "
     "hamper research.", {("ACCUSE", "GBR", "GBR")}),
    ("Concerns have also been raised by British pressure groups about Ruth Kelly's views.",
     {("ACCUSE", "GBR", "GBR")}),
    ("The United Nations expressed concern about Israeli settlements in the West Bank.", {("ACCUSE", "UN", "ISR")}),
    # controls: sympathy, welfare, civilians, no act, no one's act, an addressee, a court, a negation
    ("The French president expressed concern for the families of the Iraqi victims.", set()),
    ("The British foreign secretary expressed concern about the safety of British hostages in Iraq.", set()),
    ("The German government expressed concerns that British tourists may be at risk.", set()),
    ("Germany expressed concern about the weather in Spain.", set()),
    ("Residents expressed concern about the new Chinese factory.", set()),
    ("The Indian government raised concerns with the Pakistani envoy about the attack.", set()),
    ("Defence lawyers raised objections to the Kenyan prosecution's evidence at the trial.", set()),
    ("The minister did not express concern about Iran's plans.", set()),
    ("The Spanish government expressed concern.", set()),
    # a legal or court bid
    ("The Conservative Party lost its legal bid to block the British government's hunting ban.",
     {("ACCUSE", "GBR", "GBR")}),
    ("The Labour Party launched a court bid to stop the Conservative government's reform.",
     {("ACCUSE", "GBR", "GBR")}),
    # control: a bid that is no lawsuit
    ("The Nigerian government made a bid to host the games.", set()),
    # the riot act read to someone, both voices and the dative
    ("Labour MPs read the riot act to British Prime Minister Tony Blair at the meeting.", {("ACCUSE", "GBR", "GBR")}),
    ("British Prime Minister Tony Blair and Chancellor Gordon Brown were read the riot act by Labour MPs.",
     {("ACCUSE", "GBR", "GBR")}),
    ("The Kenyan president read the opposition leaders the riot act.", {("ACCUSE", "KEN", "KEN")}),
    # control: reading about a riot
    ("The British minister read a report on the riot in Paris.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r28e78", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round28_e78(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_rule_names(coded):
    """The evidence convention: each new row names its entry."""
    def at(opening: str) -> set[str]:
        article = coded[next(i for i, case in enumerate(CASES) if case[0].startswith(opening))]
        return {e.rule.split("~")[0] for e in article.events if e.type == "ACCUSE"}

    assert at("France expressed") == {"verb:express+disapproval"}
    assert at("The German chancellor voiced") == {"verb:voice+disapproval"}
    assert at("Japan raised") == {"verb:raise+disapproval"}
    assert at("The Conservative Party lost") == {"noun:bid+legal"}
    assert at("The Labour Party launched") == {"noun:bid+court"}
    assert at("Labour MPs read") == {"verb:read+riot-act"}
