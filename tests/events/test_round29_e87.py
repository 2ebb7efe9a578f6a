"""Issue 13, round 29 (branch e87): recall of cooperative and material events
(gold/events/NOTES-e87.md).

- A repeated preposition coordinated with the first ("sanctions against Russia and against Iran"):
  the parse hangs the second preposition as a conjunct of the first, and its object is a second
  object of the same act (``arguments.repeated_prepositions``).
- A plural pronoun doer ("their troops", "their withdrawal") stands for the whole coordination it
  refers to, while the actors stage resolves it to the first conjunct only (``events.plurals``).
- A withdrawal with no place withdraws from where a relative clause on its doer stations the doer's
  forces ("X, which has troops in Y, announced its withdrawal": ``stationed.stationed_places``).
- Forces of no named owner (or of a pronoun's) that a passive says are withdrawn or deployed belong to
  the reporter ("X says all troops will be withdrawn from Y": ``sources._moved_forces``); a future
  military withdrawal is a concession, CONCEDE (semantics.yaml intent.conceded), not AGREE.
- Lexicon entries: recapturing / retaking a town or a named place (ASSAULT 190), pulling out of a
  town or region (RETREAT 087), forces moving into a named place (MOBILIZE 154) or leaving one
  (RETREAT 087).

Controls: a single preposition, a singular pronoun, a person (not a force) leaving a country,
prices moving, pulling out of a race, a pronoun with no coordinated antecedent.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # repeated prepositions
    ("The United States imposed sanctions against Russia and against Iran.",
     {("SANCTION", "USA", "RUS"), ("SANCTION", "USA", "IRN")}),
    ("Canada imposed new sanctions on Belarus and on Myanmar.",
     {("SANCTION", "CAN", "BLR"), ("SANCTION", "CAN", "MMR")}),
    # control: one preposition with a coordinated object (already read)
    ("The United States imposed sanctions against Russia and Iran.",
     {("SANCTION", "USA", "RUS"), ("SANCTION", "USA", "IRN")}),
    # a plural pronoun for a coordination
    ("Chile, Peru and Bolivia have announced the withdrawal of their troops from Haiti.",
     {("RETREAT", "CHL", "HTI"), ("RETREAT", "PER", "HTI"), ("RETREAT", "BOL", "HTI")}),
    ("Chile and Peru announced their withdrawal from Haiti.",
     {("RETREAT", "CHL", "HTI"), ("RETREAT", "PER", "HTI")}),
    # control: a singular pronoun
    ("Chile announced the withdrawal of its troops from Haiti.", {("RETREAT", "CHL", "HTI")}),
    # recapturing and retaking places
    ("The Sudanese army recaptured the city of Kadugli.", {("ASSAULT", "SDN", "SDN")}),
    ("Ethiopian forces recaptured Mekelle on Sunday.", {("ASSAULT", "ETH", "ETH")}),
    # pulling out of a place
    ("The rebels pulled out of the city of Kirkuk.", {("RETREAT", "IRQ", "IRQ")}),
    # control: a race is no place
    ("The senator pulled out of the race.", set()),
    # forces moving into and leaving a named place
    ("Indian troops moved into Bhutan on Monday.", {("MOBILIZE", "IND", "BTN")}),
    ("Turkish troops left Syria on Monday.", {("RETREAT", "TUR", "SYR")}),
    # controls: a person leaving is a trip; prices are no force
    ("The Turkish president left Syria on Monday.", set()),
    ("Prices moved into negative territory.", set()),
    # a withdrawal's place: where a relative clause on its doer stations the doer's forces
    ("Chile, Peru and Bolivia, which all have troops serving in the north of Haiti, have announced their imminent withdrawal.",
     {("RETREAT", "CHL", "HTI"), ("RETREAT", "PER", "HTI"), ("RETREAT", "BOL", "HTI")}),
    ("Japan, which has 500 soldiers in Iraq, announced the withdrawal of its troops.", {("RETREAT", "JPN", "IRQ")}),
    # control: a clause that stations no forces
    ("Japan, which has a large embassy in Iraq, announced the withdrawal of its troops.", {("RETREAT", "JPN", None)}),
    # forces of no named owner (or the reporter's "its") moved by a passive: the reporter's own; a future
    # military withdrawal is a concession (CONCEDE), not a promise
    ("Belgium announces that all troops will be withdrawn from Afghanistan in 2021.", {("CONCEDE", "BEL", "AFG")}),
    ("Belgium announces that its troops will be withdrawn from Afghanistan in 2021.", {("CONCEDE", "BEL", "AFG")}),
    ("Sweden said it will withdraw its troops from Mali next year.", {("CONCEDE", "SWE", "MLI")}),
    # controls: forces of a named owner; no reporter; a future ceasefire stays a promise
    ("Spain said that Italian soldiers would be deployed to Latvia.", {("MOBILIZE", "ITA", "LVA")}),
    ("Troops were withdrawn from the border on Monday.", set()),
    ("Hamas will declare a ceasefire on Friday.", {("AGREE", "PSE", None)}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round29e87", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]
