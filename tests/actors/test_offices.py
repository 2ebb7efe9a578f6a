"""Dated roles through the offices table, the Phoenix conversion and non-actors."""

import datetime as dt

import detente
from detente.actors.phoenix import load_countries, map_code, organisation_tags, phoenix_date
from detente.actors.tables import load_tables


def _mentions(text, date):
    return {m.text: m for m in detente.code(text, date=date).mentions}


def test_offices_table_gives_the_holder_on_a_day():
    offices = load_tables().offices
    day = dt.date(2019, 5, 1)
    assert [t.holder.id for t in offices.holders("USA", "vice president", day)] == ["mike-pence"]
    assert offices.canonical("Vice-President") == "vice president"


def test_role_with_country_resolves_to_holder_by_date():
    found = _mentions("Britain's prime minister met the UN Secretary-General.", "2019-05-01")
    assert found["Britain's prime minister"].actor.name == "Theresa May"
    un = found["the UN Secretary-General"].actor
    assert (un.country, un.sector, un.name) == ("UN", "IGO", "António Guterres")
    assert "office:GBR/prime minister@2019-05-01" in found["Britain's prime minister"].rule


def test_office_only_one_country_has():
    found = _mentions("The Senate Minority Leader criticised the plan.", "2019-05-01")
    assert found["The Senate Minority Leader"].actor.name == "Chuck Schumer"


def test_vice_president_is_not_the_president_and_main_country_fills_in():
    text = ("The United States and Mexico agreed on tariffs in Washington. The Vice President "
            "said the deal was good. The president said he would sign it.")
    found = _mentions(text, "2019-06-01")
    assert found["The Vice President"].actor.name == "Mike Pence"
    assert found["The president"].actor.name == "Donald Trump"
    assert found["he"].actor.name == "Donald Trump"


def test_unknown_country_adjective_blocks_the_guess():
    # "Niuean" is in no demonym list (Niue has none); "Samoan" was until issue 13's round 4
    found = _mentions("Iran's foreign minister spoke. The Niuean Prime Minister said no.",
                      "2016-05-01")
    assert found["The Niuean Prime Minister"].actor.name is None


def test_small_state_demonym_places_its_office():
    found = _mentions("Iran's foreign minister spoke. The Samoan Prime Minister said no.",
                      "2016-05-01")
    assert found["The Samoan Prime Minister"].actor.country == "WSM"


def test_spokesperson_speaks_for_the_organisation():
    found = _mentions('"We will not act," an Interpol spokesperson stated. The spokesperson '
                      'added more.', "2020-07-02")
    assert found["Interpol spokesperson"].actor.name == "Interpol"
    assert found["The spokesperson"].actor.name == "Interpol"


def test_languages_and_photo_credits_are_not_actors():
    found = _mentions("She spoke in French and English. Photo: Reuters. Troops left Kyiv "
                      "(AP).", "2019-05-01")
    assert not {"French", "English", "Reuters", "AP"} & set(found)


def test_phoenix_codes_map_to_country_and_sector():
    iso, legacy = load_countries()
    tags = organisation_tags()
    assert map_code("RUSGOV", iso, legacy, tags) == ("RUS", "GOV")
    assert map_code("IGOWSTNAT", iso, legacy, tags) == ("NATO", "IGO")
    assert map_code("IGOWAFBUSWAS", iso, legacy, tags) == ("ECOWAS", "IGO")
    assert map_code("MEAREB", iso, legacy, tags) is None
    assert phoenix_date("991231") == dt.date(1999, 12, 31)
    assert phoenix_date("2004017") is None
