"""Issue 13 round 22 (branch e61): missing rows of the tune halves whose trigger the lexicon lacked.
Each case is made up and coded by the whole pipeline; the expected set is the text's whole output as
``(type, source country, target country or None)``.

- ``triggers.tsv noun:alert+on``: forces "in alert" were on alert (MOBILIZE 152), as "on alert" was;
  dropped again at the merge (lead): "in an alert issued on Tuesday" is a travel advisory;
- ``triggers.tsv noun:claim+wrongdoing``: "claims of election fraud / torture / vote rigging" are
  allegations (ACCUSE 112), the noun of the verb as ``noun:allegation`` is; claims of responsibility
  and territorial claims are no act;
- ``triggers.link_inner``: a trigger inside a conjoined clause whose verb is no trigger ("met X and
  expressed his willingness to help", "met X and announced sanctions on Y") is not the first
  conjunct's inner act; the path climbs on, so conjoined verbs inside a demand stay inside it."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-03-10"
CASES = [
    # forces on alert ("in alert" was dropped at the merge: "in an alert issued on Tuesday" is an advisory)
    ("The Pakistani army remained on alert along the border.", {("MOBILIZE", "PAK", None)}),
    # control: "in" with no alert
    ("The Pakistani army remained in control along the border.", set()),
    # claims of a wrongdoing are allegations, as allegations are
    ("Violence ensued in Nairobi amid claims of election fraud by the Kenyan opposition.", {("ACCUSE", "KEN", None)}),
    ("The Kenyan opposition made claims of vote rigging against the government.", {("ACCUSE", "KEN", "KEN")}),
    ("Kenya's opposition leader Raila Odinga made claims of torture against the police.", {("ACCUSE", "KEN", "KEN")}),
    # controls: claims of responsibility, territorial claims, claims denied by a doerless claimant
    ("The Taliban made claims of responsibility for the attack.", set()),
    ("China repeated its territorial claims over the islands.", set()),
    ("The Kenyan government denied claims of election fraud.", set()),
    # a conjoined clause whose verb is no trigger is an act of its own, not the first act's complement
    ("The Turkish president met the Greek prime minister in Ankara and expressed his willingness to help Greece.",
     {("CONSULT", "TUR", "GRC"), ("AGREE", "TUR", "GRC")}),
    ("The Russian president met the Belarusian president in Minsk and announced new sanctions on Ukraine.",
     {("CONSULT", "RUS", "BLR"), ("SANCTION", "RUS", "UKR")}),
    # controls: conjoined verbs inside a demand or an appeal stay inside it
    ("Russia demanded that Ukraine withdraw its troops and pay reparations.", {("REQUEST", "RUS", "UKR")}),
    ("The EU urged Russia to stop the attacks and release the prisoners.", {("REQUEST", "EU", "RUS")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r22e61", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round22_e61(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_rule_names(coded):
    """The evidence convention: each new row names its entry."""
    assert {e.rule.split("~")[0] for e in coded[0].events} == {"noun:alert+on"}
    assert {e.rule.split("~")[0] for e in coded[2].events} == {"noun:claim+wrongdoing"}
