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


def test_an_office_in_apposition_outranks_a_profession_title(mentions):
    # "Professor <name>, <office>": the office's sector (GOV), not the title's EDU
    found = mentions("Professor Jean Dupont, Director General of the national research "
                     "institute, opened the trial on Monday.", "2019-08-15")
    person = next(m for m in found if m.text.startswith("Professor Jean Dupont"))
    assert person.actor.sector == "GOV"
    assert person.actor.name == "Jean Dupont"
    assert person.rule.endswith("+over:professor")
    found = mentions("Professor Ana Ruiz, the health minister, opened the clinic on Monday.",
                     "2019-08-15")
    assert next(m for m in found if "Ana Ruiz" in m.text).actor.sector == "GOV"


def test_control_a_profession_in_apposition_keeps_the_title(mentions):
    found = mentions("Professor Jean Dupont, a virologist at the national institute, opened the "
                     "trial on Monday.", "2019-08-15")
    person = next(m for m in found if m.text.startswith("Professor Jean Dupont"))
    assert person.actor.sector == "EDU"
    found = mentions("Professor Jean Dupont opened the trial on Monday.", "2019-08-15")
    assert next(m for m in found if m.text.startswith("Professor")).actor.sector == "EDU"


def test_a_university_named_after_the_us_state_of_georgia_is_american(mentions):
    found = mentions("Researchers from the Georgia Institute of Technology reported the findings "
                     "on Wednesday.", "2019-10-05")
    assert _code(found, "Researchers from the Georgia") == "USAEDU"
    found = mentions("Jo Roe of the University of Georgia said the study was flawed.", "2019-10-05")
    assert _code(found, "Jo Roe") == "USA"  # the body's country; its sector is the speaker's


def test_control_georgia_the_country_stays_georgia(mentions):
    found = mentions("Georgia said on Monday it would close its border with Russia.", "2019-10-05")
    assert _code(found, "Georgia") == "GEO"
    found = mentions("Tbilisi State University in Georgia closed on Monday.", "2019-10-05")
    assert any(m.actor and m.actor.country == "GEO" for m in found)


def test_the_us_led_coalition_command_is_american_military(mentions):
    found = mentions("The Combined Joint Task Force Operation Inherent Resolve said five "
                     "militants were killed in a strike in Iraq on Sunday.", "2019-11-10")
    assert _code(found, "The Combined Joint Task Force") == "USAMIL"
    found = mentions("CJTF-OIR said five militants were killed in Syria.", "2019-11-10")
    assert _code(found, "CJTF-OIR") == "USAMIL"


def test_control_the_operation_itself_and_local_forces(mentions):
    found = mentions("Iraqi troops took part in Operation Inherent Resolve.", "2019-11-10")
    assert _code(found, "Iraqi troops") == "IRQMIL"
    assert not any(m.actor and m.actor.country == "USA" for m in found)

