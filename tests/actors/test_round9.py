"""Round 9 of issue 14: general actor classes read off the PLOVER dev half's sector misses;
every sentence here is made up."""

from tests.actors.test_round8 import _code


def test_a_plural_pronoun_takes_plural_forces_before_a_lone_place(mentions):
    found = mentions("The foreign ministers demanded the withdrawal of Russian troops from "
                     "Georgia on Monday, calling them an occupying force.")
    assert _code(found, "them") == "RUSMIL"


def test_a_plural_pronoun_still_takes_a_place_when_no_plural_group_is_named(mentions):
    found = mentions("The ministers demanded the withdrawal of the envoy from Georgia, "
                     "calling them hostile.")
    assert _code(found, "them") == "GEO"


def test_a_nationality_word_on_homes_is_that_people_civilians(mentions):
    assert _code(mentions("Troops demolished Syrian homes near the border."), "Syrian") == "SYRCVL"
    assert _code(mentions("Settlers burned Palestinian orchards on Friday."),
                 "Palestinian") == "PSECVL"


def test_a_nationality_word_on_other_things_keeps_no_sector(mentions):
    assert _code(mentions("Russian gas reached the port on Monday."), "Russian") == "RUS"


def test_a_human_rights_activist_is_opposition_a_rights_activist_an_ngo(mentions):
    """As CAMEO's agents dictionary codes HUMAN_RIGHTS_ACTIVIST (OPP) and RIGHTS_ACTIVIST."""
    assert _code(mentions("Peru's best-known human rights activist began a hunger strike."),
                 "Peru's best-known human rights activist") == "PEROPP"
    assert _code(mentions("A rights activist in Lima criticised the army."),
                 "rights activist in Lima") == "PERNGO"


def test_an_ethnic_group_takes_the_country_where_its_clause_happens(mentions):
    found = mentions("Soldiers killed three ethnic Hungarians in a clash in northern Romania "
                     "on Friday.")
    assert _code(found, "Hungarians") == "ROUCVL"


def test_an_ethnic_group_placed_nowhere_or_moving_keeps_no_country(mentions):
    assert _code(mentions("Ethnic Hungarians protested on Friday."), "Hungarians") == "CVL"
    assert _code(mentions("Ethnic Uzbeks fled to Kazakhstan on Friday."), "Uzbeks") == "CVL"


def test_a_nationality_word_before_a_held_word_belongs_to_its_holder(mentions):
    found = mentions("The Syrian army prepared to shell Turkish rebel-held territory near the "
                     "border.")
    assert _code(found, "Turkish rebel") == "TURREB"
    assert _code(found, "The Syrian army") == "SYRMIL"
