"""Round 21 of issue 14 (branch a42): actor data for a speaker's country once the name is
right. Every sentence is made up."""

from tests.actors.test_round8 import _code


def test_a_former_governor_of_puerto_rico_stays_puerto_ricos(mentions):
    # roster: the three Puerto Rican office-holders' own country is PRI (ISO 3166 PR), so a
    # former governor (ELI, by nationality) is Puerto Rico's, as the gold codes them
    found = mentions("Ricardo Rosselló spoke to reporters in San Juan on Monday.", "2020-03-02")
    assert _code(found, "Ricardo Rosselló") == "PRIELI"
    found = mentions("Wanda Vázquez greeted the delegation on Monday.", "2022-03-07")
    assert _code(found, "Wanda Vázquez") == "PRIELI"


def test_control_a_sitting_governor_and_a_former_us_official(mentions):
    found = mentions("Governor Wanda Vázquez greeted the delegation on Monday.", "2020-03-02")
    assert _code(found, "Governor Wanda Vázquez") == "PRIGOV"
    found = mentions("Barack Obama spoke to reporters in Chicago on Monday.", "2020-03-02")
    assert _code(found, "Barack Obama") == "USAELI"
