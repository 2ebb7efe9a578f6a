"""Round 28 review mend (branch f57, review r28a): the bugs a read-only review proved in the
merged e78 (disapproval, legal bids) and e81 (freedoms, steps taken) code
(gold/events/NOTES-f57.md). Each case is made up and coded by the whole pipeline; the expected set
is the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2020-02-01"
CASES = [
    # B1: steps not taken, or not yet, code no act (``arguments.asserted_step``)
    ("The Egyptian government did not take steps to release political prisoners.", set()),
    ("The Egyptian government failed to take steps to release political prisoners.", set()),
    ("The Egyptian government has yet to take steps to release political prisoners.", set()),
    # steps to come intend their act (round 29, e85: events/light_steps.py): a promise, AGREE with mode intend
    ("The Egyptian government will take steps to release political prisoners.", {("AGREE", "EGY", "EGY")}),
    ("Sudan has not taken any steps to disarm the militias.", set()),
    ("Sudan has taken no steps to disarm the militias.", set()),
    ("Sudan could take steps to expel the aid agencies.", set()),
    ("Britain is considering taking action to expel Russian diplomats.", set()),
    ("Egypt refused to take measures to lift the blockade of Gaza.", {("REJECT", "EGY", "PSE")}),
    # B1 controls: steps taken still code their act
    ("The Egyptian government took steps to release political prisoners.", {("RETREAT", "EGY", "EGY")}),
    ("Sudan took measures to expel the aid agencies.", {("SANCTION", "SDN", "SDN")}),
    # B2, B3: the actor's own freedom, a law named after freedom
    ("Israel expanded its freedom of action in the West Bank.", set()),
    ("Russia seeks to expand its freedom of manoeuvre in the Arctic.", set()),
    ("Russia expanded its freedoms under the treaty.", set()),
    ("Britain extended the Freedom of Information Act to Scotland.", set()),
    ("The Egyptian government widened the freedoms of the opposition.", {("CONCEDE", "EGY", None)}),
    # B4: "raise" with a cause as its subject is no one disapproving
    ("China's military buildup has raised concerns in Japan about Beijing's intentions.", {("MOBILIZE", "CHN", None)}),
    ("Iran's nuclear programme has raised concerns about Iran's intentions.", set()),
    ("The Israeli decision raised anger in Egypt at Hamas.", set()),
    ("Japan raised concerns about China's military buildup.", {("ACCUSE", "JPN", "CHN"), ("MOBILIZE", "CHN", None)}),
    # B5: concern over one's own affairs
    ("Britain expressed concern over its economy.", set()),
    ("Germany expressed concern over its own budget deficit.", set()),
    # B6: victims are no side disapproved of
    ("The United Nations expressed concern about Pakistani police officers detained in Kabul.", set()),
    ("Turkey expressed concern about the missing Turkish journalist.", set()),
    ("The German government expressed concern about Syrian refugees arriving in Greece.", set()),
    ("Britain expressed concern over Russia's military buildup.", {("ACCUSE", "GBR", "RUS"), ("MOBILIZE", "RUS", None)}),
    # B7: a constitutional bid is no legal challenge
    ("Museveni made a constitutional bid to extend his term in office.", set()),
    ("Chavez launched a constitutional bid to abolish presidential term limits.", set()),
    # B8: only the riot act is read as a reprimand
    ("Mubarak read the riot report to parliament on Tuesday.", set()),
    ("The Egyptian president read the riot act to the Israeli ambassador on Tuesday.", {("ACCUSE", "EGY", "ISR")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r28f57", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]
