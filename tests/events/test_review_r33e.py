"""Round 33 second review (r33e) of the event mends f82 and f83, mended by the lead.

1. An army or a defence ministry ruling out its own country's part is the state's own: the target is
   the other side (``owners.own_state_owners``).
2. A pronoun in a warned clause that stands for the thing the warner's first verb took ("criticised
   the plan, warning that it would violate international law") is no announced conduct: legal advice,
   no THREATEN (``cautions._announced_conduct``, ``_thing_before``).
3. An apology "for the deaths of the soldiers" or "for the incident in Tokyo" tells the wrong itself,
   and "remarks about X" names the side insulted: the partner stands (``offended``).
"""

from __future__ import annotations

import pytest

from detente import code
from tests.events.conftest import text_rows


def test_an_army_ruling_out_its_own_countrys_part_targets_the_other_side():
    rows = text_rows("Pakistan's army ruled out Pakistani involvement in the raid on the Afghan village.", "2019-05-01", targetless=False)
    assert ("REJECT", "PAK", "AFG") in rows and ("REJECT", "PAK", "PAK") not in rows


@pytest.mark.parametrize("text", [
    "The UN criticised the Israeli plan, warning that it would violate international law.",
    "Russia criticised the NATO exercises, warning that they would breach the treaty.",
])
def test_a_pronoun_for_a_thing_is_legal_advice(text):
    assert not any(e.type == "THREATEN" for e in code(text, date="2019-05-01").events)


def test_a_warner_breaking_a_treaty_itself_still_threatens():
    events = code("Iran warned that it would breach its obligations under the nuclear deal.", date="2019-05-01").events
    assert any(e.type == "THREATEN" for e in events)


@pytest.mark.parametrize(("text", "pair"), [
    ("Israeli jets struck Syrian army posts, killing ten soldiers. Israel's prime minister apologised for the "
     "deaths of the soldiers.", ("ISR", "SYR")),
    ("Italy's prime minister made insulting remarks about Finland on Monday. He apologised on Tuesday.",
     ("ITA", "FIN")),
])
def test_an_apology_keeps_the_side_it_wronged(text, pair):
    assert ("SUPPORT",) + pair in text_rows(text, "2019-05-01", targetless=False)


@pytest.mark.parametrize(("text", "rows"), [
    ("The carmaker Renault pulled out of Russia.", set()),
    ("As Chancellor Gordon Brown announced the date of the Budget, the accountancy firm Baker & Lowe urged him to "
     "cut fuel duty.", {("REQUEST", "GBR", "GBR")}),
])
def test_a_firm_is_placed_by_a_side_never_by_a_place_name(text, rows):
    assert text_rows(text, "2005-03-01", targetless=False) == rows
