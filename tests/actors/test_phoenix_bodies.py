"""``phoenix_bodies.tsv`` (converted from Phoenix, MIT) is read after our own actor files, and a
name they have never takes effect from it: ``phoenix.shadowed_bodies`` reports such rows -- a
conflict where the two files code the name differently -- and the shipped file has none.
Conflicts between sources are reported by a check, not silently resolved."""

from __future__ import annotations

import re

from detente.actors.entry import Entry, organisation_entry
from detente.actors.phoenix import display_name, shadowed_bodies
from detente.actors.tables import (
    DATA,
    bundled_entries,
    bundled_people,
    load_tables,
    yielded_acronyms,
)
from detente.actors.tsv import read_tsv


def test_the_shipped_phoenix_bodies_have_no_name_our_files_have():
    found = shadowed_bodies()
    assert found == [], "phoenix_bodies.tsv rows that never take effect (remove them):\n" + "\n".join(found)


def body(names, country="RUS", sector="COP"):
    return {"id": "phoenix-body:x", "country": country, "sector": sector, "names": names}


def test_a_name_coded_otherwise_by_a_file_read_first_is_a_conflict():
    own = [("Federal Security Service", organisation_entry("fsb", "RUS", "SPY", "FSB"))]
    found = shadowed_bodies([body("Federal Security Service")], own)
    assert len(found) == 1 and found[0].startswith("conflict:") and "org:fsb RUS SPY" in found[0]


def test_a_name_coded_alike_is_a_duplicate_and_folded_names_meet():
    own = [("the Quds Force", organisation_entry("quds-force", "IRN", "MIL", "Quds Force"))]
    found = shadowed_bodies([body("QUDS FORCE", "IRN", "MIL")], own)
    assert len(found) == 1 and found[0].startswith("duplicate:")


def test_a_name_no_file_has_is_no_shadow():
    own = [("Kremlin", Entry("seat", "RUS", "GOV", "seat:Kremlin", name="Kremlin"))]
    assert shadowed_bodies([body("Federation Council|Lok Sabha")], own) == []


def test_the_fsb_is_coded_by_our_organisations_file():
    fsb = [e for name, e in bundled_entries() if name == "Federal Security Service"]
    assert [(e.country, e.sector, e.entry) for e in fsb] == [("RUS", "SPY", "org:fsb")]


def test_a_possessive_is_not_title_cased():
    assert display_name("PEOPLE'S_LIBERATION_ARMY") == "People's Liberation Army"
    assert display_name("SUDAN_PEOPLE'S_LIBERATION_ARMY") == "Sudan People's Liberation Army"
    assert display_name("AL-NUSRA_FRONT") == "Al-Nusra Front"


# Issue 13, round 21 (branch a43): title-case possessives and Phoenix acronyms that spell another body.

TITLE_CASE_S = re.compile(r"[A-Za-z]'S\b")


def _shipped_names():
    for path in sorted(DATA.glob("*.tsv")):
        for row in read_tsv(path):
            for column in ("name", "names", "aliases"):
                yield from ((path.name, n) for n in (row.get(column) or "").split("|") if n)
    for person in bundled_people().values():
        yield from (("roster", n) for n in (person.name, *person.aliases))


def test_no_shipped_name_has_a_title_cased_possessive():
    found = [f"{where}: {name}" for where, name in _shipped_names() if TITLE_CASE_S.search(name)]
    assert found == [], "names with \"'S\" (write \"'s\"):\n" + "\n".join(found)


def test_the_title_case_check_sees_the_artifact():
    assert TITLE_CASE_S.search("Sudan People'S Liberation Army")
    assert not TITLE_CASE_S.search("Sudan People's Liberation Army")
    assert not TITLE_CASE_S.search("'S Hertogenbosch")


def phoenix_row(names, country="VEN", sector="REB", oid="phoenix:x"):
    return {"id": oid, "country": country, "sector": sector, "names": names}


def our_body(names, country="USA", sector="GOV", oid="agency"):
    return {"id": oid, "country": country, "sector": sector, "names": names}


def test_an_unexplained_phoenix_acronym_gives_way_to_a_body_of_another_country_that_spells_it():
    found = yielded_acronyms([phoenix_row("XQA")], [our_body("Xenon Quality Authority")])
    assert found == {("phoenix:x", "XQA"): "agency"}


def test_a_phoenix_acronym_its_own_row_spells_is_kept():
    rows = [phoenix_row("Xenon Quarry Army|XQA")]
    assert yielded_acronyms(rows, [our_body("Xenon Quality Authority")]) == {}


def test_a_phoenix_acronym_of_a_body_of_the_same_country_is_kept():
    rows = [phoenix_row("XQA", country="USA", sector="IGO")]
    assert yielded_acronyms(rows, [our_body("Xenon Quality Authority")]) == {}


def test_a_phoenix_acronym_no_body_spells_is_kept():
    assert yielded_acronyms([phoenix_row("XQA")], [our_body("Xenon Board")]) == {}


def test_epa_is_the_us_agency_and_the_venezuelan_group_keeps_no_acronym():
    tables = load_tables()
    assert [(e.entry, e.country, e.sector) for e in tables.lookup("EPA")] == [("org:us-epa", "USA", "GOV")]
    assert yielded_acronyms() == {("phoenix:epa", "EPA"): "us-epa"}
