"""Finding toponyms in real spaCy parses, containers, and metonyms."""

from __future__ import annotations

from detente.places.resolve import resolve_names
from detente.places.toponyms import find_toponyms, is_metonym


def _found(gaz, doc):
    tops = resolve_names(gaz, find_toponyms(doc, gaz))
    return {t.text: (t, is_metonym(doc, t, gaz)) for t in tops}


def test_container_pattern_links_city_and_country(gaz, parse_one):
    # "in Geneva, Switzerland": Switzerland is Geneva's container, Geneva resolves in Switzerland
    doc = parse_one("The presidents met for talks in Geneva, Switzerland on Wednesday.")
    tops = find_toponyms(doc, gaz)
    names = [t.text for t in tops]
    assert names == ["Geneva", "Switzerland"]
    assert tops[0].container == 1
    resolve_names(gaz, tops)
    assert gaz.country[tops[0].entry] == "CH"


def test_speaking_capital_is_a_metonym(gaz, parse_one):
    # "Moscow said": a capital as subject of a speech verb stands for the government
    found = _found(gaz, parse_one("Moscow said the talks were useful, and Russia agreed to meet again."))
    assert found["Moscow"][1] is True
    assert found["Russia"][1] is True


def test_possessive_stance_is_a_metonym(gaz, parse_one):
    # "Washington's concerns": a possessed stance noun makes the capital an actor
    doc = parse_one("Putin dismissed Washington's concerns about the troops.")
    assert _found(gaz, doc)["Washington"][1] is True


def test_place_as_place_is_not_a_metonym(gaz, parse_one):
    # a capital that is only where something happens, or the subject of "lies", stays a place
    found = _found(gaz, parse_one("Geneva lies on a lake. The ambassadors flew to Moscow on Monday."))
    assert found["Geneva"][1] is False
    assert found["Moscow"][1] is False


def test_demonyms_are_found(gaz, parse_one):
    # NORP adjectives of countries become toponyms with the demonym rule
    tops = find_toponyms(parse_one("Russian troops crossed into Ukrainian territory."), gaz)
    assert {(t.text, t.rule) for t in tops} >= {("Russian", "demonym")}


def test_conjoined_subjects_are_both_metonyms(gaz, parse_one):
    # "Ukraine and Russia agreed": the second conjunct acts as much as the first
    found = _found(gaz, parse_one("Ukraine and Russia agreed on Monday to hold talks in Minsk."))
    assert found["Ukraine"][1] is True and found["Russia"][1] is True
    assert found["Minsk"][1] is False


def test_state_abbreviation_after_a_comma_is_a_container(gaz, parse_one):
    # "Sarnia, Ont." and "Austin, TX" -- the abbreviation or postal code is the container, even
    # when spaCy does not tag it as a place
    tops = find_toponyms(parse_one("Sarnia, Ont. is near the border."), gaz)
    assert tops[0].text == "Sarnia" and tops[0].container is not None
    assert tops[tops[0].container].text.startswith("Ont")
    tops = resolve_names(gaz, find_toponyms(parse_one("The plant in Austin, TX closed."), gaz))
    assert [(t.text, gaz.admin1[t.entry]) for t in tops] == [("Austin", "TX"), ("TX", "TX")]


def test_place_tagged_as_organisation_is_taken_back(gaz, parse_one):
    # spaCy's small model tags some states and cities ORG; the gazetteer takes them back,
    # also as the opening of an organisation's name ("the Georgia Public Service Commission")
    tops = find_toponyms(parse_one("The Georgia Public Service Commission met on Monday."), gaz)
    assert [t.text for t in tops] == ["Georgia"]


def test_known_place_kept_per_gazetteer_as_worked_out(gaz):
    from detente.places.toponyms import (
        MISLABEL_MIN_POPULATION,
        PERSON_MIN_POPULATION,
        _gazetteer_place,
        _known_place,
    )

    names = ("Ohio", "Geneva", "Gainesville", "Springfield", "Russian", "Zqxjv Qwerty", "Paris")
    answers = []
    for least in (None, MISLABEL_MIN_POPULATION, PERSON_MIN_POPULATION):
        for name in names:
            first = _known_place(gaz, name, min_population=least)
            assert first == _gazetteer_place(gaz, name, min_population=least) == \
                _known_place(gaz, name, min_population=least), name
            answers.append(first)
    assert True in answers and False in answers


def test_actor_countries_by_iso2(gaz):
    from detente.places import _iso2_of

    turned = _iso2_of(gaz)
    assert turned is _iso2_of(gaz) and turned == {iso3: iso2 for iso2, iso3 in gaz.iso3.items()}
    assert turned["CHE"] == "CH"
