"""Issue 13/14, round 31 (branch a64): national bodies named without a country word, and a
mobilisation of the doer's own forces.

News names a country's armed services, agencies, pressure groups and charities by proper names that
hold no country word ("the Royal Navy", "the Countryside Alliance"): such a side had no country, or
took a wrong one from a shorter name inside it ("The Islamic Resistance", a Phoenix alias of
Hezbollah, inside "the Islamic Resistance in Iraq"). ``actors/data/organisations.tsv`` now codes
them, each from the body's own site or encyclopedia article. In the events stage, "sent its warships
into the Gulf" no longer makes the doer's own country the target through the possessive
(``own_agent_types`` in ``events/data/semantics.yaml``). Made-up sentences.
"""

from __future__ import annotations

import detente
from tests.actors.conftest import mention_actors


def _rows(text: str, date: str | None = "2023-05-10") -> list[tuple[str, list, list, str]]:
    coded = detente.code(text, date=date)
    return [(e.type, [p.country for p in e.source], [p.country for p in e.target], e.rule) for e in coded.events]


def test_armed_services_named_without_their_country():
    found = mention_actors("The Royal Navy escorted the convoy while Royal Marines boarded a freighter.", None)
    assert found["The Royal Navy"] == ("GBR", "MIL", "org:uk-royal-navy")
    assert found["Royal Marines"][:2] == ("GBR", "MIL")
    assert mention_actors("The Royal Air Force flew sorties over the desert.", None)["The Royal Air Force"][:2] == ("GBR", "MIL")


def test_a_place_in_the_sentence_does_not_lend_its_country_to_a_named_force():
    # before: the marines took the country of the coast they sailed off
    rows = _rows("Royal Marines seized a cargo ship off the coast of Portugal.")
    assert rows and all(src == ["GBR"] for _, src, _, _ in rows)


def test_a_longer_name_beats_a_shorter_alias_inside_it():
    found = mention_actors("The Islamic Resistance in Iraq said it launched a drone at a base.", None)
    assert found["The Islamic Resistance in Iraq"] == ("IRQ", "REB", "org:islamic-resistance-in-iraq")
    found = mention_actors("The Islamic Resistance in Lebanon shelled a hilltop post.", None)
    assert found["The Islamic Resistance in Lebanon"][:2] == ("LBN", "REB")


def test_pressure_groups_charities_and_agencies_have_their_country_and_sector():
    found = mention_actors("The Countryside Alliance and the RSPCA attacked the plan, and War on Want joined them.", None)
    assert found["The Countryside Alliance"][:2] == ("GBR", "NGO")
    assert found["the RSPCA"][:2] == ("GBR", "NGO")
    assert found["War on Want"][:2] == ("GBR", "NGO")
    found = mention_actors("The Child Support Agency and the Department for International Development replied.", None)
    assert found["The Child Support Agency"][:2] == ("GBR", "GOV")
    assert found["the Department for International Development"][:2] == ("GBR", "GOV")
    found = mention_actors("The Gates Foundation gave money, and the Muslim Council of Britain welcomed it.", None)
    assert found["The Gates Foundation"][:2] == ("USA", "NGO")
    assert found["the Muslim Council of Britain"][:2] == ("GBR", "REL")


def test_a_country_word_inside_a_body_name_does_not_make_it_the_state():
    # "Universities UK" is the universities' body, not the United Kingdom
    found = mention_actors("Universities UK warned that the fee rules would hurt students.", None)
    assert found["Universities UK"] == ("GBR", "NGO", "org:uk-universities-uk")


def test_the_police_staff_association_is_coded_as_the_unions_are():
    found = mention_actors("The Police Federation criticised the new shift rules.", None)
    assert found["The Police Federation"][:2] == ("GBR", "LAB")


def test_a_mobilisation_of_the_doers_own_forces_has_no_target_by_the_possessive():
    rows = _rows("Norway sent its warships into the Barents Sea on Monday.")
    assert rows and all(tgt == [] for _, _, tgt, _ in rows)
    assert any(rule.endswith("~own") for *_, rule in rows)
    # control: a named destination country is still the other side
    rows = _rows("Norway moved its troops into Sweden last week.")
    assert ("MOBILIZE", ["NOR"], ["SWE"]) in [r[:3] for r in rows]


def test_a_national_charity_does_not_make_its_countrys_officials_a_charity():
    # organisation_codes holds the codes of international bodies only ("UN officials" IGO); a
    # British charity coded GBR NGO must not turn "British officials" into NGO
    found = mention_actors("Welsh officials and British ministers criticised the Countryside Alliance.", None)
    assert found["Welsh officials"][:2] == ("GBR", "GOV")
    assert found["British ministers"][:2] == ("GBR", "GOV")
    assert mention_actors("UN officials criticised the plan.", None)["UN officials"][:2] == ("UN", "IGO")


def test_a_national_charitys_spokesman_speaks_for_it():
    found = mention_actors("A Countryside Alliance spokesman criticised the ban.", None)
    assert found["Countryside Alliance spokesman"][:2] == ("GBR", "NGO")


def test_parliaments_and_their_seats_named_without_a_country_word():
    found = mention_actors("Holyrood and Stormont both voted against the plan.", None)
    assert found["Holyrood"] == ("GBR", "LEG", "seat:Holyrood")
    assert found["Stormont"][:2] == ("GBR", "LEG")
    found = mention_actors("The Sejm and the Storting passed similar laws.", None)
    assert found["The Sejm"][:2] == ("POL", "LEG")
    assert found["the Storting"][:2] == ("NOR", "LEG")


def test_an_agency_and_an_armed_group_named_without_a_country_word():
    found = mention_actors("The National Directorate of Security said fighters of Hizb-i-Islami had fled.", None)
    assert found["The National Directorate of Security"][:2] == ("AFG", "SPY")
    assert any(v[0] == "AFG" and "hezb-e-islami" in (v[2] or "") for v in found.values())


def test_a_us_state_named_like_a_country_in_a_state_office_or_with_a_us_party():
    found = mention_actors("Senator Maria Lopez of Georgia criticised the plan.", "2021-03-01")
    assert found["Senator Maria Lopez of Georgia"][:2] == ("USA", "LEG")
    assert found["Senator Maria Lopez of Georgia"][2].endswith("#us-state")
    found = mention_actors("The governor of Georgia vetoed the bill.", "2021-03-01")
    assert found["The governor of Georgia"][:2] == ("USA", "GOV")
    found = mention_actors("Democratic congressman Tom Reed of Georgia praised the vote.", "2021-03-01")
    assert next(v for k, v in found.items() if "Georgia" in k)[0] == "USA"


def test_the_country_georgia_keeps_its_offices():
    found = mention_actors("The president of Georgia criticised the blockade.", "2021-03-01")
    assert found["The president of Georgia"][:2] == ("GEO", "GOV")
    found = mention_actors("The prime minister of Georgia met the envoy.", "2021-03-01")
    assert found["The prime minister of Georgia"][0] == "GEO"


def test_office_holders_no_table_knew_resolve_by_their_peerage_or_full_name():
    found = mention_actors("Lord Goldsmith and Lord Sainsbury answered the committee.", "2005-02-10")
    assert found["Lord Goldsmith"] == ("GBR", "GOV", "roster:peter-goldsmith#attorney general")
    assert found["Lord Sainsbury"][:2] == ("GBR", "GOV")
    found = mention_actors("Robert Kilroy-Silk criticised the party leadership.", "2005-03-01")
    assert found["Robert Kilroy-Silk"][:2] == ("GBR", "OPP")
    # control: the surname alone of another Goldsmith is no one the roster holds
    assert "roster:peter-goldsmith" not in str(mention_actors("Zac Goldsmith spoke on Monday.", "2005-03-01"))
