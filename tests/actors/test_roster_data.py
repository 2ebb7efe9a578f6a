"""Pure data checks of the dated roster of people (``actors/data/roster/*.yaml``).

These tests read the YAML files directly (no spaCy, no resolver) so that a typo in a date,
a country code or a duplicated id is caught the moment the data changes, whoever edits it.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pycountry
import pytest
import yaml

ROSTER = Path(__file__).resolve().parents[2] / "src" / "detente" / "actors" / "data" / "roster"
IGO_CODES = {"UN", "NATO", "EU", "AU", "OSCE", "IAEA", "WHO", "ICC", "OPEC", "ASEAN", "ICRC",
             "IMF", "WB", "WTO", "ARL", "GCC"}
SECTORS = {"GOV", "LEG", "JUD", "MIL", "OPP", "REB", "IGO", "REL", "MED", "BUS", "CVL"}
PERSON_KEYS = {"id", "name", "aliases", "surname", "gender", "country", "roles", "note"}
ROLE_KEYS = {"title", "country", "sector", "start", "end", "note"}
ISO3 = {c.alpha_3 for c in pycountry.countries}


def roster_files() -> list[Path]:
    return sorted(ROSTER.glob("*.yaml"))


@cache
def load(path: Path) -> dict:
    """Parsed once per test session; the C loader when libyaml is present (ten times faster)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


def all_people() -> list[tuple[str, dict]]:
    return [(f.name, p) for f in roster_files() for p in load(f)["people"]]


def as_date(value: object) -> dt.date:
    """YAML gives dates as ``datetime.date``; a quoted string must still be ISO."""
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def person(person_id: str) -> dict:
    return next(p for _, p in all_people() if p["id"] == person_id)


def holds(person_id: str, title: str, country: str, sector: str, on: str) -> bool:
    """Whether the person holds ``title`` (``country``, ``sector``) on date ``on``."""
    day = dt.date.fromisoformat(on)
    for role in person(person_id)["roles"]:
        if (role["title"], role["country"], role["sector"]) != (title, country, sector):
            continue
        end = as_date(role["end"]) if "end" in role else dt.date.max
        if as_date(role["start"]) <= day < end:
            return True
    return False


def test_the_roster_folder_has_files_with_a_provenance_header():
    # every file must name its source, licence and date in its opening comment
    assert roster_files(), f"no roster files in {ROSTER}"
    for path in roster_files():
        header = path.read_text(encoding="utf-8").split("\npeople:")[0].lower()
        for word in ("source", "licence", "cc0-1.0", "2026-11-30", "cut-off"):
            assert word in header, f"{path.name}: header lacks {word!r}"


@pytest.mark.parametrize("path", roster_files(), ids=lambda p: p.name)
def test_each_file_parses_to_a_list_of_people(path):
    data = load(path)
    assert set(data) == {"people"}, f"{path.name}: top level must be only 'people'"
    assert isinstance(data["people"], list) and data["people"]


def test_people_have_the_required_keys_and_no_unknown_ones():
    for fname, p in all_people():
        where = f"{fname}:{p.get('id')}"
        assert {"id", "name", "gender", "country", "roles"} <= set(p), where
        assert set(p) <= PERSON_KEYS, f"{where}: unknown keys {set(p) - PERSON_KEYS}"
        assert p["gender"] in {"m", "f"}, where
        assert isinstance(p.get("aliases", []), list), where
        assert p["roles"], f"{where}: a person without roles"
        for role in p["roles"]:
            assert {"title", "country", "sector", "start"} <= set(role), f"{where}: {role}"
            assert set(role) <= ROLE_KEYS, f"{where}: unknown role keys in {role}"
            assert role["title"] == role["title"].lower(), f"{where}: title not lower-case"


def test_ids_are_unique_across_all_files():
    seen: dict[str, str] = {}
    for fname, p in all_people():
        assert p["id"] not in seen, f"{p['id']} in both {seen.get(p['id'])} and {fname}"
        seen[p["id"]] = fname


def test_dates_are_valid_and_every_role_starts_before_it_ends():
    for fname, p in all_people():
        for role in p["roles"]:
            start = as_date(role["start"])
            assert dt.date(1900, 1, 1) < start <= dt.date(2026, 12, 31), f"{p['id']}: {role}"
            if "end" in role:
                assert start < as_date(role["end"]), f"{fname}:{p['id']}: {role}"


def test_countries_are_iso_alpha3_or_known_igo_codes_and_sectors_are_known():
    for fname, p in all_people():
        assert p["country"] in ISO3, f"{fname}:{p['id']}: nationality {p['country']}"
        for role in p["roles"]:
            assert role["country"] in ISO3 | IGO_CODES, f"{p['id']}: {role}"
            assert role["sector"] in SECTORS, f"{p['id']}: {role}"


def test_no_person_holds_the_same_office_twice_at_once():
    for _, p in all_people():
        spans: dict[tuple, list[tuple[dt.date, dt.date]]] = {}
        for role in p["roles"]:
            key = (role["title"], role["country"], role["sector"])
            end = as_date(role["end"]) if "end" in role else dt.date.max
            spans.setdefault(key, []).append((as_date(role["start"]), end))
        for key, ranges in spans.items():
            ranges.sort()
            for (_, end1), (start2, _) in zip(ranges, ranges[1:], strict=False):
                assert end1 <= start2, f"{p['id']}: overlapping {key}"


def test_biden_is_president_in_2021_and_vice_president_in_2012():
    # the founding article is dated 2021-06-16; 2012 checks the earlier office
    assert holds("joe-biden", "president", "USA", "GOV", "2021-06-16")
    assert holds("joe-biden", "vice president", "USA", "GOV", "2012-06-01")
    assert not holds("joe-biden", "president", "USA", "GOV", "2012-06-01")


def test_putin_is_prime_minister_in_2010_and_president_in_2021():
    # the tandem years: Medvedev president, Putin prime minister
    assert holds("vladimir-putin", "prime minister", "RUS", "GOV", "2010-01-01")
    assert not holds("vladimir-putin", "president", "RUS", "GOV", "2010-01-01")
    assert holds("dmitry-medvedev", "president", "RUS", "GOV", "2010-01-01")
    assert holds("vladimir-putin", "president", "RUS", "GOV", "2021-06-16")


def test_zelensky_is_president_of_ukraine_from_inauguration_day():
    # inaugurated 2019-05-20; the day before it was Poroshenko
    assert holds("volodymyr-zelensky", "president", "UKR", "GOV", "2019-05-20")
    assert not holds("volodymyr-zelensky", "president", "UKR", "GOV", "2019-05-19")
    assert holds("petro-poroshenko", "president", "UKR", "GOV", "2019-05-19")


def test_navalny_is_opposition_until_his_death():
    # an OPP role ending on the day he died (2024-02-16)
    roles = [r for r in person("alexei-navalny")["roles"] if r["sector"] == "OPP"]
    assert roles and max(as_date(r["end"]) for r in roles) == dt.date(2024, 2, 16)
    assert holds("alexei-navalny", "opposition leader", "RUS", "OPP", "2021-06-16")


def test_names_are_strings_and_aliases_are_distinct():
    # YAML reads yes/no/on/off as booleans; an alias repeating the name is noise
    for _, p in all_people():
        names = [p["name"], *p.get("aliases", []), *([p["surname"]] if "surname" in p else [])]
        assert all(isinstance(n, str) and n.strip() for n in names), p["id"]
        aliases = p.get("aliases", [])
        assert len(set(aliases)) == len(aliases) and p["name"] not in aliases, p["id"]


def test_surnames_are_part_of_the_name():
    # a surname used alone must appear in the canonical name or one of its aliases
    for _, p in all_people():
        if "surname" in p:
            forms = [p["name"], *p.get("aliases", [])]
            assert any(p["surname"] in form for form in forms), p["id"]


def test_trump_and_netanyahu_have_two_separate_terms():
    # a gap between two terms of the same office: out of office in between
    assert holds("donald-trump", "president", "USA", "GOV", "2018-03-01")
    assert not holds("donald-trump", "president", "USA", "GOV", "2022-03-01")
    assert holds("donald-trump", "president", "USA", "GOV", "2025-06-01")
    assert holds("benjamin-netanyahu", "opposition leader", "ISR", "OPP", "2022-01-01")
    assert holds("benjamin-netanyahu", "prime minister", "ISR", "GOV", "2024-01-01")


def test_igo_heads_are_recorded_under_the_igo_code():
    # an IGO office is coded with the organisation, not the person's nationality
    assert holds("antonio-guterres", "secretary-general", "UN", "IGO", "2021-06-16")
    assert holds("jens-stoltenberg", "secretary general", "NATO", "IGO", "2021-06-16")
    assert person("jens-stoltenberg")["country"] == "NOR"


def test_readme_lists_every_roster_file():
    # the README is the users' map of the folder; a new file must be added to it
    readme = (ROSTER / "README.md").read_text(encoding="utf-8")
    for path in roster_files():
        assert f"`{path.name}`" in readme, path.name
