"""``phoenix_bodies.tsv`` (converted from Phoenix, MIT) is read after our own actor files, and a
name they have never takes effect from it: ``phoenix.shadowed_bodies`` reports such rows -- a
conflict where the two files code the name differently -- and the shipped file has none.
Conflicts between sources are reported by a check, not silently resolved."""

from __future__ import annotations

from detente.actors.entry import Entry, organisation_entry
from detente.actors.phoenix import display_name, shadowed_bodies
from detente.actors.tables import bundled_entries


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
