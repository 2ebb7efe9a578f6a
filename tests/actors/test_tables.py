"""Compiled actor tables and the user file: lookups by folded text, case rules, overrides,
and errors that name the file and the entry. No spaCy here."""

from __future__ import annotations

import pytest

from detente.actors.tables import load_tables, plurals
from detente.errors import ActorError
from tests.actors.conftest import USER_FILE


@pytest.fixture(scope="module")
def tables():
    return load_tables()


def test_acronyms_match_only_in_capitals(tables):
    # "US" is the United States; the pronoun "us" is not
    assert tables.lookup("US")[0].country == "USA"
    assert tables.lookup("U.S.")[0].country == "USA"
    assert tables.lookup("us") == ()


@pytest.mark.parametrize("text, kind, country", [
    ("Russia", "country", "RUS"),               # pycountry misses it: our variants table
    ("Ivory Coast", "country", "CIV"),
    ("Côte d'Ivoire", "country", "CIV"),
    ("the Kremlin", "seat", "RUS"),             # a leading "the" is ignored
    ("Kyiv", "capital", "UKR"),
    ("Kiev", "capital", "UKR"),
    ("Ukrainian", "demonym", "UKR"),
    ("UN Security Council", "org", "UN"),
    ("Human Rights Watch", "org", "HRW"),
    ("Darfur", "region", "SDN"),
])
def test_names_resolve_to_their_entries(tables, text, kind, country):
    entry = tables.lookup(text)[0]
    assert (entry.kind, entry.country) == (kind, country)


def test_common_nouns_do_not_match_capitalised_names(tables):
    # "amnesty" the noun is not Amnesty International
    assert tables.lookup("amnesty") == ()
    assert tables.lookup("Amnesty")[0].country == "AMN"


def test_role_nouns_and_their_plurals(tables):
    assert tables.roles["spokesmen"].sector == "GOV" and tables.roles["spokesmen"].plural
    assert tables.roles["foreign minister"].person
    assert not tables.roles["army"].person
    assert plurals("secretary") == ["secretaries"]


def test_user_file_overrides_by_id_and_extends():
    tables = load_tables(USER_FILE)
    # people: a new person, and the bundled Biden replaced by the user's entry
    assert tables.lookup("Ana Verde")[0].person.gender == "f"
    assert [o.title for o in tables.people["joe-biden"].offices] == ["ambassador"]
    # countries, metonyms, organisations
    assert tables.lookup("Dardanians")[0].country == "XKX"
    assert tables.lookup("Moncloa")[0].entry == "user-seat:Moncloa"
    assert tables.lookup("NATO")[0].sector == "MIL"
    assert tables.lookup("Harbour Watch")[0].country == "HBW"
    assert tables.organisation_codes["HBW"] == "NGO"


@pytest.mark.parametrize("text, message", [
    ("people: {id: x}\n", "section 'people' must be a list"),
    ("leaders: []\n", "unknown section(s) ['leaders']"),
    ("countries:\n- {code: 12 3, names: [X]}\n", "countries[0]: 'code' must be a code"),
    ("metonyms:\n- {name: Casa, code: ESP, kind: palace}\n", "metonyms[0] (Casa): kind must be"),
    ("organisations:\n- {id: a, country: AA}\n", "organisations[0]: missing required field 'names'"),
    ("people:\n- {id: p, name: P, gender: q}\n", "people[0] (id p): gender must be m or f"),
    ("people: [\n", "not valid YAML"),
])
def test_user_file_errors_name_the_file_and_entry(tmp_path, text, message):
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ActorError) as err:
        load_tables(path)
    assert str(err.value).startswith(str(path))
    assert message in str(err.value)
