"""Issue 13, round 32 (branch e97): wrong sides inside the sentence (gold/events/NOTES-e97.md).

- A harm verb whose people died or were hurt "in fighting / clashes / a battle with X" (a clash noun,
  ``victims.clash_nouns``, as the verb's ``in``/``during`` object, with its own ``with``/``against``
  object) was done by X to them (``victims.fought_with``, rule suffix ``~foughtwith``): the "with"
  object had been read as a second victim beside the dead, and the row had no doer or a doer guessed
  from the place. The dead are the target.

- The learned target chooser (``argument_model.model_target``) never fills a row's target with a
  mention on a source's own side (``sides.same_side``), as the rules' targets are dropped there:
  "US President X and Turkish President Y spoke on the phone" had the consultation's Turkish doer,
  named, and its role mention "Turkish President" as the target (an extra Turkish pair).

- A purpose infinitive told through a helping verb ("help", "assist": ``attach.HELPING_VERBS``) with
  no object of its own carries the helped act's object ("will deploy 300 soldiers to help secure
  Mali's northern border" -> MLI), as the plain purpose infinitive does ("to secure Mali's border").

Controls: an attack noun that names its own doer ("killed in a US airstrike", ``~inattack``) keeps
it; dead of two sides with no "with" phrase stay the sides of the clash (``victims.clash_sides``); a
"with" object of the dead's own side (the same country and sector) is no doer.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2016-01-19"
CASES = [
    # the other side of the clash the dead fell in is the doer
    ("Dozens of Syrian soldiers were killed in fighting with Islamic State militants near Palmyra.",
     {("ASSAULT", "IS", "SYR")}),
    ("Two Turkish soldiers were killed in clashes with PKK rebels.", {("ASSAULT", "TUR", "TUR")}),
    ("Eleven Ukrainian soldiers died in a battle against Russian troops.", {("ASSAULT", "RUS", "UKR")}),
    # controls
    ("Two Afghan policemen were killed in a US airstrike.", {("ASSAULT", "USA", "AFG")}),
    ("Ten Somali soldiers and twelve al-Shabaab militants were killed in fighting near Afgooye.",
     {("ASSAULT", "SOM", "SOM")}),
    # a purpose told through "help"
    ("Germany will deploy 300 soldiers to help secure Mali's northern border.", {("MOBILIZE", "DEU", "MLI")}),
    ("Germany deployed 300 soldiers to help protect Lithuania.", {("MOBILIZE", "DEU", "LTU")}),
    ("Germany will deploy 300 soldiers to secure Mali's northern border.", {("MOBILIZE", "DEU", "MLI")}),
]
LATER = [
    # joint doers of a consultation: no learned target on a doer's own side (before: TUR, USA -> TUR)
    ("On Friday, US President Donald Trump and Turkish President Recep Tayyip Erdogan talked by phone.",
     {("CONSULT", "TUR", "USA")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "e97", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


@pytest.mark.parametrize("case", LATER)
def test_no_target_on_own_side(case):
    assert rows(code_cases([case], "e97-later", "2019-10-15")[0]) == case[1], case[0]


def test_rule_suffix(coded):
    """The row says how its doer was found."""
    assert any(e.rule.endswith("~foughtwith") for e in coded[0].events)
