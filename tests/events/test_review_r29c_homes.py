"""Review r29c bug 6 (branch f64): a place name of several countries ("San Juan": Puerto Rico,
Argentina, the Philippines...) placed a role by one of its words ("San", a town in Mali).
Made-up wording."""

from __future__ import annotations

import detente
from detente.events.homes import name_country
from detente.places import load_gazetteer

WORDS = {"home_name_stop": frozenset()}


def test_a_longer_place_name_is_not_placed_by_one_of_its_words():
    coded = detente.code("The mayor of the city of San Juan spoke to reporters.", date="2019-08-04")
    tokens = [t for t in coded.doc if t.text in ("San", "Juan")]
    assert name_country(tokens, load_gazetteer(), WORDS) != "MLI"


def test_a_place_of_one_country_still_places_a_role():
    coded = detente.code("The Los Angeles police chief spoke to reporters.", date="2019-08-04")
    tokens = [t for t in coded.doc if t.text in ("Los", "Angeles")]
    assert name_country(tokens, load_gazetteer(), WORDS) == "USA"
