"""Issue 14, round 29 (branch a62): former names of a state, read as its successor's country.

Older texts name states by names they have since dropped ("Upper Volta", "Ceylon", "Rhodesia");
CAMEO codes such a state by its successor, as detente already did for Zaire (COD), Burma (MMR)
and Yugoslavia (SRB). The names come from ISO 3166-3 (former country names) and, for changes
before 1974, the states' own encyclopedia articles (``actors/data/country_variants.tsv``), with
the nationality words of three of them (``demonyms.tsv``). Made-up sentences; the controls keep
names that also name something else today out.
"""

from __future__ import annotations

import detente


def _countries(text: str) -> dict[str, str | None]:
    coded = detente.code(text)
    return {m.text: m.actor.country if m.actor else None for m in coded.mentions}


def test_a_former_state_name_is_its_successor():
    found = _countries("Dahomey and Upper Volta signed a border pact, and Ceylon welcomed it.")
    assert found["Dahomey"] == "BEN"
    assert found["Upper Volta"] == "BFA"
    assert found["Ceylon"] == "LKA"
    found = _countries("Persia recalled its envoy from Siam.")
    assert (found["Persia"], found["Siam"]) == ("IRN", "THA")


def test_the_longer_former_name_wins():
    # "Northern Rhodesia" (Zambia) is not "Rhodesia" (Zimbabwe)
    found = _countries("Troops of Northern Rhodesia crossed the river into Rhodesia.")
    assert found["Troops of Northern Rhodesia"] == "ZMB"
    assert found["Rhodesia"] == "ZWE"


def test_the_nationality_word_of_a_former_state():
    found = _countries("Rhodesian forces raided a camp, Ceylonese officials said.")
    assert found["Rhodesian forces"] == "ZWE"
    assert found["Ceylonese officials"] == "LKA"


def test_controls_names_that_also_name_something_else_are_left_out():
    # a lake of four countries, a breed of cat, and the gulf (not the state)
    found = _countries("Fishermen on Lake Tanganyika said a Siamese cat had crossed the Persian Gulf.")
    assert "TZA" not in found.values() and "THA" not in found.values()
    assert "IRN" not in found.values()


def test_people_known_for_no_state_office_have_their_country():
    # issue 14 round 29: a religious leader, rebel and opposition leaders the CAMEO-era news names
    # (roster entries with dated roles; made-up sentences)
    found = _countries("Archbishop Desmond Tutu urged restraint after Foday Sankoh rejected the talks.")
    assert found["Archbishop Desmond Tutu"] == "ZAF"
    assert found["Foday Sankoh"] == "SLE"
    found = _countries("Subcomandante Marcos and Velupillai Prabhakaran were named in the report.")
    assert found["Subcomandante Marcos"] == "MEX"
    assert found["Velupillai Prabhakaran"] == "LKA"


def test_control_a_bare_common_surname_of_a_new_entry_stays_unknown():
    # Marcos and Guzman alone name many people: the entries give no surname
    found = _countries("Marcos and Guzman visited the port on Monday.")
    assert "MEX" not in found.values() and "PER" not in found.values()
