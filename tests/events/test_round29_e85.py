"""Issue 13, round 29 (branch e85): light verbs with a purpose complement, legal recommendations,
acts not done (gold/events/NOTES-e85.md).

- light verb + step noun + "to" clause ("took steps to ease", "has taken measures to", "made efforts
  to mediate"): the clause's act, done by the light verb's subject, in the light verb's mode --
  taken: asserted; "no action" / "failed to take" / "did not take": nothing; "will take": intended
  (``events/light_steps.py``; ``arguments.subject_head`` no longer makes the step noun the doer);
- a legal authority recommending a legal accusation ("police recommended that the minister be
  indicted", "recommended charges against") makes its own ACCUSE (``row_senses.legal_recommender``,
  ``verb:recommend+charges``); advice that another body act stays no act (``row_senses.advised_act``);
- a verb under "nor" or "neither" is negated (``semantics.is_negated``).

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows, and for some
the rows' modes."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2012-02-01"
CASES = [
    # steps taken: the act is done by the one who took them, whichever way the parser hangs the clause
    ("Israel took steps to ease the blockade of Gaza.", {("RETREAT", "ISR", "PSE")}),
    ("Egypt has taken measures to lift the siege of Gaza.", {("RETREAT", "EGY", "PSE")}),
    ("Egypt made efforts to mediate between Israel and Hamas.", {("CONSULT", "EGY", "ISR"), ("CONSULT", "EGY", "PSE")}),
    ("Russia made a move to expel two British diplomats.", {("SANCTION", "RUS", "GBR")}),
    # steps not taken: no act
    ("Egypt took no action to expel the Israeli ambassador.", set()),
    ("Egypt made no effort to mediate between Israel and Hamas.", set()),
    ("Israel did not take any steps to ease the blockade of Gaza.", set()),
    ("Israel failed to take steps to ease the blockade of Gaza.", set()),
    ("Turkey has yet to take measures to expel the Syrian ambassador.", set()),
    ("Turkey could take measures to expel the Syrian ambassador.", set()),
    # steps to come: intended (the mode is checked below)
    ("Israel will take steps to ease the blockade of Gaza.", {("AGREE", "ISR", "PSE")}),
    ("Russia said it would take measures to punish Britain.", {("THREATEN", "RUS", "GBR")}),
    # a legal authority recommending a legal accusation: its own ACCUSE
    ("Israeli police recommended that the Israeli prime minister be indicted for fraud.", {("ACCUSE", "ISR", "ISR")}),
    ("The Kenyan attorney general recommended that the former Kenyan minister be charged with fraud.",
     {("ACCUSE", "KEN", "KEN")}),
    ("Kenyan prosecutors recommended that the former Kenyan minister be prosecuted for treason.", {("ACCUSE", "KEN", "KEN")}),
    ("Kenyan prosecutors recommended charges against the former Kenyan minister.", {("ACCUSE", "KEN", "KEN")}),
    # controls: advice that another body act, advice by no legal authority
    ("The panel recommended that Kenya impose sanctions on Uganda.", set()),
    ("Britain recommended that the EU expel Russian diplomats.", set()),
    ("The Kenyan watchdog recommended that the Kenyan minister be suspended.", set()),
    # a verb under "nor" or "neither": not done; control: "and"
    ("The Syrian army has not shelled the town, nor attacked Turkish troops.", set()),
    ("Syria neither attacked Turkey nor threatened it.", set()),
    ("Syria attacked Turkey and threatened Israel.", {("ASSAULT", "SYR", "TUR"), ("THREATEN", "SYR", "ISR")}),
]
MODES = {
    "Israel will take steps to ease the blockade of Gaza.": "intend",
    "Israel took steps to ease the blockade of Gaza.": "withdraw",
    "Russia said it would take measures to punish Britain.": "intend",
}


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r29e85", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


@pytest.mark.parametrize("text", sorted(MODES))
def test_mode(coded, text):
    article = coded[[c[0] for c in CASES].index(text)]
    assert {e.mode for e in article.events} == {MODES[text]}, text
