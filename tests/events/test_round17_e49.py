"""Precision round 17 (branch e49): wrong-row classes read off the wrong-row cause table
(``evaluate/wrongs.py``) and the tune material. Each case is made up and coded by the whole
pipeline; the expected set is the sentence's whole output as ``(type, source country, target
country or None)`` rows.

- ``arguments.headline_passive``: a bare past participle with a subject, no auxiliary and no
  object ("Two soldiers killed in an attack", "Protesters arrested in X, police said") is the
  passive of headline and agency style: its subject is the one acted on, not the doer.
- ``semantics.is_speculative``: a reported "would" is an announced act unless the act hangs on a
  condition ("said they would support the plan if Washington asked": a hypothetical); a
  conflictual act on a condition stays a threat.
- ``context.pairs_of``: a mutual act's (AGREE, CONSULT, COOPERATE) target that is only a place of
  one of its joint sources' own countries ("agreed to a ceasefire for the Gaza Strip") is no third
  party; the sources are each other's partners.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2024-03-01"
CASES = [
    # the victims of a headline passive are no doers
    ("Malian soldiers killed in an attack blamed on jihadists, the army said.", set()),
    ("Russian troops killed in the attack on the base, Ukraine said.", set()),
    ("Two Pakistani police officers wounded in a blast in Quetta.", {("ASSAULT", None, "PAK")}),
    ("Five Kenyan soldiers killed as al-Shabaab fighters attack a base.", {("ASSAULT", "SOM", "KEN")}),
    # controls: an active past tense with an object keeps its subject as the doer; a full passive
    # is coded as before, with or without its agent
    ("Russian troops killed dozens of Ukrainian soldiers in the attack.", {("ASSAULT", "RUS", "UKR")}),
    ("Malian soldiers were killed in an attack blamed on jihadists, the army said.", set()),
    ("Two Kenyan soldiers were killed by Somali gunmen near the border.", {("ASSAULT", "SOM", "KEN")}),
    ("Russia agreed to resume talks with Ukraine.", {("AGREE", "RUS", "UKR")}),
    # a reported "would" on a condition is a hypothetical
    ("Council leaders in Oslo said they would support the plan if Sweden asked for it.", set()),
    ("Officials said Turkey would resume talks with Greece if Athens withdrew the complaint.", set()),
    # controls: without the condition the announced act is coded; a conflictual act on a
    # condition is a threat
    ("Officials said Turkey would resume talks with Greece.", {("AGREE", "TUR", "GRC")}),
    ("Council leaders in Oslo said they would support the plan.", {("AGREE", "NOR", None)}),
    ("Iran said it would boycott the talks with France unless the sanctions were lifted.", {("THREATEN", "IRN", "FRA")}),
    # a joint party's own place is no third party of a mutual act
    ("Israel and Hamas agreed to a ceasefire for the Gaza Strip.", {("AGREE", "ISR", "PSE")}),
    # controls: a third party with a sector, and a third country, stay targets
    ("France and Germany met with French farmers in Paris.", {("CONSULT", "FRA", "FRA"), ("CONSULT", "DEU", "FRA")}),
    ("France and Germany agreed to send aid to Ukraine.", {("AGREE", "FRA", "UKR"), ("AGREE", "DEU", "UKR")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r17e49", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round17_e49(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_headline_passive_subject_is_the_target(coded):
    """The wounded officers are the row's target words, not its source."""
    [event] = coded[2].events
    assert [p.text for p in event.target] == ["Pakistani police officers"]
    assert all("officers" not in p.text for p in event.source)
