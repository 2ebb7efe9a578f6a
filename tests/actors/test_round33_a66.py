"""Issue 14, round 33 (branch a66): a national body holding an international body's short name,
and company nouns of CAMEO's agents dictionary. Made-up sentences.

- ``names.of_another_country`` now covers an international body's short name too: "the Security
  Council of <country>" is that country's council (the role ``security council``, GOV), not the
  UN's; "of the United Nations" or "of <country>'s plans" after it leaves the UN's.
- ``names.ends_national_role``: an international body's short name that ends a longer role
  ("the National Security Council", "the State Security Council") is left to the role.
- ``sectors.yaml``: AIRLINE, CARMAKER, MANUFACTURER, CONGLOMERATE, EMPLOYER, EXPORTER,
  DEFENCE_CONTRACTOR (~BUS in the agents dictionary) and "retailer" are BUS, so a demonym or an
  owner before them gives the country; a country in apposition keeps its own sector.
"""

from __future__ import annotations

import detente
from tests.actors.conftest import mention_actors


def test_the_security_council_of_a_country_is_that_countrys():
    found = mention_actors("The Security Council of Belarus accused Lithuania of spying.", "2020-01-01")
    assert found["The Security Council of Belarus"] == (
        "BLR", "GOV", "role:security council+country:BLR")


def test_a_national_security_council_is_never_the_uns():
    found = mention_actors("The National Security Council of Ghana met on Friday.", "2020-01-01")
    assert found["The National Security Council of Ghana"][:2] == ("GHA", "GOV")
    found = mention_actors("Pakistan's National Security Council warned India.", "2020-01-01")
    assert found["Pakistan's National Security Council"] == (
        "PAK", "GOV", "role:national security council+country:PAK")
    found = mention_actors("The National Security Council met late into the night.", "2020-01-01")
    assert found["The National Security Council"] == (None, "GOV", "role:national security council")


def test_another_international_short_name_followed_by_a_country():
    found = mention_actors("The General Assembly of Kosovo voted against the plan.", "2020-01-01")
    assert all(v[0] != "UN" for v in found.values())
    assert any(v[:2] == ("XKX", "LEG") for v in found.values())


def test_the_uns_security_council_stays_the_uns():
    found = mention_actors("The Security Council condemned the shelling of the port.", "2020-01-01")
    assert found["The Security Council"][:2] == ("UN", "GOV")
    found = mention_actors("The Security Council of the United Nations condemned the blockade.", "2020-01-01")
    assert found["The Security Council"][0] == "UN"
    found = mention_actors("The envoy warned the Security Council of Sudan's plans.", "2020-01-01")
    assert found["the Security Council"][0] == "UN"
    found = mention_actors("The UN Security Council met on Tuesday.", "2020-01-01")
    assert found["The UN Security Council"][0] == "UN"


def test_a_non_state_groups_name_with_a_country_in_it_stays_the_group():
    found = mention_actors("The Islamic State of Iraq and the Levant claimed the bombing in Tunis.", "2020-01-01")
    assert any(v[:2] == ("IS", "REB") for v in found.values())


def test_company_nouns_take_the_country_before_them():
    found = mention_actors("Dutch retailer Marveld warned Belgium about the new tax.", "2020-01-01")
    assert found["Dutch retailer Marveld"] == ("NLD", "BUS", "role:retailer+demonym:Dutch")
    found = mention_actors("South Korea's biggest carmaker criticised Mexico.", "2020-01-01")
    assert found["South Korea's biggest carmaker"][:2] == ("KOR", "BUS")
    found = mention_actors("The Norwegian defence contractor signed a deal with Chile.", "2020-01-01")
    assert found["The Norwegian defence contractor"][:2] == ("NOR", "BUS")
    found = mention_actors("A Turkish conglomerate sued the Algerian government.", "2020-01-01")
    assert found["Turkish conglomerate"][:2] == ("TUR", "BUS")
    found = mention_actors("Ethiopia's national airline suspended flights to Eritrea.", "2020-01-01")
    assert found["Ethiopia's national airline"][:2] == ("ETH", "BUS")
    found = mention_actors("Canadian manufacturers condemned the tariffs.", "2020-01-01")
    assert found["Canadian manufacturers"][:2] == ("CAN", "BUS")


def test_a_country_in_apposition_to_a_company_noun_keeps_its_sector():
    found = mention_actors("Qatar, the world's largest gas exporter, warned Bahrain.", "2020-01-01")
    assert found["Qatar"][:2] == ("QAT", None)
    coded = detente.code("Qatar, the world's largest gas exporter, warned Bahrain.", date="2020-01-01")
    assert [(p.country, p.sector) for e in coded.events for p in e.source] == [("QAT", None)]
