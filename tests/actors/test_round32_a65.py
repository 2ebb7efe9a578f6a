"""Issue 14, round 32 (branch a65): a ministry by its formal name, and a US state named like a
country before or under a state office.

"The Ministry of Health of <country>": the parse hangs "of <country>" on "Health", not on
"Ministry", so the body was a bare "The Ministry" with no country and the country a mention of its
own. The formal names are role nouns now (``sectors.yaml``), and a place's preposition may hang
from any word of a role of several words (``trees._preposition_heads``). ``seats.state_namesake``
reads a US state office inside the phrase ("a spokesman for the governor of Georgia") and the
state's name as the office's modifier ("the Georgia governor"). Made-up sentences.
"""

from __future__ import annotations

import detente
from tests.actors.conftest import mention_actors


def test_a_formal_ministry_name_takes_the_country_after_it():
    found = mention_actors("The Ministry of Health of Chile warned hospital managers.", "2020-01-01")
    assert found["The Ministry of Health of Chile"] == (
        "CHL", "GOV", "role:ministry of health+country:CHL")
    found = mention_actors("The Ministry of the Interior of Portugal expelled a preacher.", "2020-01-01")
    assert found["The Ministry of the Interior of Portugal"][:2] == ("PRT", "GOV")


def test_a_formal_defence_ministry_is_military_as_the_short_name():
    found = mention_actors("The Ministry of Defence of Estonia announced new drills.", "2020-01-01")
    assert found["The Ministry of Defence of Estonia"][:2] == ("EST", "MIL")
    assert mention_actors("The Estonian defence ministry announced new drills.", "2020-01-01")[
        "The Estonian defence ministry"][:2] == ("EST", "MIL")


def test_a_formal_ministry_name_with_no_country_stays_a_role():
    found = mention_actors("The Ministry of Foreign Affairs said the talks would go on.", "2020-01-01")
    assert found["The Ministry of Foreign Affairs"] == (None, "GOV", "role:ministry of foreign affairs")


def test_a_formal_ministry_event_row_has_the_ministry_as_its_side():
    coded = detente.code("The Ministry of Justice of Kenya criticised the judges.", date="2020-01-01")
    sides = [(p.text, p.country, p.sector) for e in coded.events for p in e.source]
    assert ("The Ministry of Justice of Kenya", "KEN", "GOV") in sides


def test_a_place_after_a_one_word_role_still_reads_as_before():
    found = mention_actors("Rebels in Darfur attacked a convoy. The president of Malawi met farmers.", "2020-01-01")
    assert found["Rebels in Darfur"][:2] == ("SDN", "REB")
    assert found["The president of Malawi"][:2] == ("MWI", "GOV")


def test_a_state_office_inside_the_phrase_makes_georgia_the_us_state():
    found = mention_actors("A spokesman for the governor of Georgia said the state would appeal.", "2020-01-01")
    assert found["spokesman for the governor of Georgia"][0] == "USA"
    assert found["spokesman for the governor of Georgia"][2].endswith("#us-state")


def test_georgia_before_a_state_office_is_the_us_state():
    # a text that names the United States otherwise (review r32d, bug 2: not without it)
    found = mention_actors("The Georgia governor signed the bill. Two Georgia senators urged President "
                    "Biden to veto it.", "2020-01-01")
    assert found["The Georgia governor"][:2] == ("USA", "GOV")
    assert found["Georgia senators"][:2] == ("USA", "LEG")


def test_georgia_the_country_keeps_its_own_offices():
    found = mention_actors("The Georgia prime minister visited Brussels. The president of Georgia met "
                    "the governor of Georgia's Kakheti region.", "2020-01-01")
    assert found["The Georgia prime minister"][0] == "GEO"
    assert found["The president of Georgia"][0] == "GEO"
    assert found["the governor of Georgia's Kakheti region"][0] == "GEO"
