"""Given names used for both genders mark no gender (actors/data/first_names.tsv)."""

from detente.actors.tables import load_tables


def test_names_used_for_both_genders_mark_no_gender():
    names = load_tables().first_names
    for name in ("alexis", "alex", "sam", "chris", "kelly", "andrea", "nicola"):
        assert name not in names
    assert names.get("john") == "m" and names.get("mary") == "f"
