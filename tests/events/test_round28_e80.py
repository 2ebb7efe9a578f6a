"""Issue 13, round 28 (branch e80): wrong rows on unseen news (gold/events/NOTES-e80.md).

- an executive calling an election of its own is no request (``row_senses.called_election``); an
  opposition calling for early elections still presses the government;
- "took charge of", "in charge of": a responsibility held, no charge (``row_senses.charge_held``);
- "appeal" as attractiveness ("broaden its appeal", "her popular appeal") is no request
  (``row_senses.attractive_appeal``);
- an act told only as the content of a plan talked about, or advised in a subjunctive that-clause,
  is no act (``row_senses.plan_content``, ``row_senses.advised_act``);
- soldiers named as the ones killed or wounded are the attack's victims, never the context that
  places its unnamed doer (``victims.harmed_tokens`` in ``sources.unplaced_attackers``), and, when
  of another country than the place where it struck, its target instead of the place
  (``victims.harmed_abroad`` in ``doers.at_place``).

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2020-02-01"
CASES = [
    # the government or its head calls an election: no request; a "for ... to" clause too
    ("The Danish government calls for a snap election to be held in May.", set()),
    ("The Thai prime minister dissolves the House of Representatives and calls for new elections to be held "
     "on April 2.", set()),
    ("The Canadian prime minister called for an early election in October.", set()),
    # controls: an opposition or a party calling for elections, a government calling for something else
    ("The Spanish opposition leader called for early elections.", {("REQUEST", "ESP", None)}),
    ("Opposition parties in Greece called for a new election after the scandal.", {("REQUEST", "GRC", None)}),
    ("The Danish prime minister called on Sweden to hold talks.", {("REQUEST", "DNK", "SWE")}),
    # a responsibility held, no charge
    ("The German minister took charge of the ministry on Monday.", set()),
    ("The Irish minister was put in charge of the vaccine programme by the Irish prime minister.", set()),
    # controls: a charge brought
    ("Prosecutors brought a charge of fraud against the Italian minister.", {("ACCUSE", "ITA", "ITA")}),
    ("The Kenyan police charged the opposition leader with fraud.", {("ACCUSE", "KEN", "KEN")}),
    # soldiers killed or wounded by an unnamed bomber: the place's country is no doer's
    ("Six Iraqi soldiers are killed and three others are wounded by an explosion at a farm in Diyala.",
     {("ASSAULT", None, "IRQ")}),
    ("Six Afghan soldiers were killed and two others were wounded by a bomb at a checkpoint in Helmand.",
     {("ASSAULT", None, "AFG")}),
    # controls: militants who died in their own ambush still place it; a named doer stays
    ("Ten Taliban fighters die in a failed ambush of a police convoy in Kandahar province.",
     {("ASSAULT", "AFG", "AFG")}),
    ("Taliban fighters killed five Afghan soldiers in Helmand.", {("ASSAULT", "AFG", "AFG")}),
    # the killed or wounded of another country than the place: the target
    ("Five Pakistani soldiers are killed and one is injured by a bomb blast in Kashmir.",
     {("ASSAULT", None, "PAK")}),
    ("Two Israeli soldiers are injured in a car-ramming attack near Hebron.",
     {("ASSAULT", None, "ISR")}),
    # a plan's content talked about, advice: no act
    ("Senators raised concerns about the president's plan to impose tariffs on Chinese steel.", set()),
    ("The panel recommended that Kenya impose sanctions on Uganda.", set()),
    ("The watchdog has recommended that the Spanish minister be suspended from the Senate for a week.", set()),
    # appeal as attractiveness; controls: an appeal made or issued
    ("The Scottish party needs to modernise and broaden its appeal, the Labour leader says.", set()),
    ("The Scottish party is trying to broaden its appeal.", set()),
    ("The Greek prime minister's popular appeal has faded since the crisis.", set()),
    ("The Irish minister issued an appeal to Britain for help.", {("REQUEST", "IRL", "GBR")}),
    ("The French president's appeal to the Iranian government was ignored.", {("REQUEST", "FRA", "IRN")}),
    # controls: a plan adopted, a report of an act
    ("The Swedish government approved a plan to expel Russian diplomats.", {("SANCTION", "SWE", "RUS")}),
    ("The report suggested that Kenya had imposed sanctions on Uganda.", {("SANCTION", "KEN", "UGA")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r28e80", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]
