"""Round 33 review (r33a, branch f82): three mends to the round's merged guards.

- ``owners.own_state_owners``: the doer's own bare state word as the owner of what is given or
  refused is no target only when the doer is the state itself (its government or leaders, or its
  bare name). A party, lawmakers, a union or a court acting on their own state's course keep the state
  as target (ANNOTATION: domestic acts count -- the opposition criticising the government).
- ``cautions._announced_conduct``: a warned act verb whose subject is a personal pronoun ("warned
  that it would breach its obligations") is the warner's announced course, a threat; legal advice on a
  thing's lawfulness ("the strikes would violate international law") is still no threat.
- (not mended: the review's minor case, "barred the entry of the inspectors into France" refilled
  with "entry" by a later route; the no-refill end moved PLOVER dev down, NOTES-f82.md.)

Every sentence is made up; the expected set is the whole output as ``(type, source, target)``.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2022-05-01"
CASES = [
    # bug 1: a doer that is not the state keeps its own state as target
    ("Turkish opposition leaders demanded Turkish withdrawal from northern Syria.", {("REQUEST", "TUR", "TUR")}),
    ("Russian opposition figures condemned Russian aggression against Ukraine.", {("ACCUSE", "RUS", "RUS")}),
    ("American senators criticized American support for the Saudi campaign in Yemen.", {("ACCUSE", "USA", "USA")}),
    ("British lawmakers rejected British involvement in the war.", {("REJECT", "GBR", "GBR")}),
    ("Israel's Supreme Court blocked Israeli plans to demolish the Bedouin village.", {("REJECT", "ISR", "ISR")}),
    ("Japanese lawmakers opposed Japanese participation in the naval exercise.", {("REJECT", "JPN", "JPN")}),
    ("The Brazilian parliament rejected Brazilian military cooperation with Venezuela.",
     {("REJECT", "BRA", "BRA")}),
    # ... while the state itself still gives or refuses its own support to the beneficiary
    ("Turkey ruled out Turkish support for the Swedish bid to join NATO.", {("REJECT", "TUR", "SWE")}),
    ("The Turkish president ruled out Turkish support for the Swedish bid.", {("REJECT", "TUR", "SWE")}),
    ("Germany pledged German aid to Ukraine on Tuesday.", {("AGREE", "DEU", "UKR")}),
    # bug 2: a pronoun subject's announced breach is a threat
    ("Iran warned that it would breach its obligations under the nuclear deal.", {("THREATEN", "IRN", None)}),
    ("North Korea warned that it would violate the armistice treaty.", {("THREATEN", "PRK", None)}),
    ("The Kremlin warned that it would break its obligations under the arms treaty.", {("THREATEN", "RUS", None)}),
    # ... advice on a course's lawfulness stays no threat
    ("Russia warned that any NATO strikes would violate international law.", set()),
    ("Serbia warned that Kosovo's declaration would be illegal.", set()),
    ("Moscow warned that the sanctions would be illegal under the UN charter.", set()),
    # the government's own country as destination with a placed object: that object is the target
    ("The French government barred the entry of Russian diplomats into France.", {("COERCE", "FRA", "RUS")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r33f82", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round33_f82(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_announced_breach_keeps_its_evidence(coded):
    """The threat row keeps the warning entry's rule as evidence."""
    (event,) = coded[11].events
    assert event.rule.startswith("verb:warn")
