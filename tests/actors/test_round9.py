"""Round 9 of issue 14: explosives that went off with no one named; every sentence here is
made up."""

from tests.actors.test_round8 import _code


def _texts(found):
    return [m.text for m in found]


def test_an_explosive_near_a_place_is_unidentified_attackers_of_its_country(mentions):
    found = mentions("A roadside bombing near the town of Tikrit on Monday killed two soldiers.")
    assert _code(found, "roadside bombing") == "IRQUAF"
    assert _code(found, "the town of Tikrit") == "IRQCVL"  # the place stays its own mention


def test_an_explosive_in_a_capital_takes_the_capital_country(mentions):
    found = mentions("A car bomb in central Kabul killed five people on Friday.")
    assert _code(found, "car bomb") == "AFGUAF"


def test_an_explosive_in_part_of_a_city_takes_the_city_country(mentions):
    found = mentions("A car bomb explosion in a crowded suburb of western Baghdad killed twelve "
                     "people.")
    assert _code(found, "car bomb explosion") == "IRQUAF"


def test_a_device_noun_before_another_is_one_device(mentions):
    found = mentions("A landmine explosion near the village of Kandahar wounded three children.")
    assert _code(found, "landmine explosion") == "AFGUAF"


def test_an_explosive_a_named_actor_owns_is_not_unidentified(mentions):
    found = mentions("A Hamas bombing in Jerusalem killed three people.")
    assert _code(found, "Hamas") == "PSEREB"
    assert not any(m.actor and m.actor.sector == "UAF" for m in found)
    found = mentions("Israeli bombs in Gaza killed ten people.")
    assert _code(found, "Israeli") == "ISR"
    assert not any(m.actor and m.actor.sector == "UAF" for m in found)


def test_an_explosive_with_no_place_is_no_actor(mentions):
    found = mentions("A bomb exploded on Tuesday, killing two policemen.")
    assert not any(m.text.lower().endswith("bomb") for m in found)


def test_what_a_bombing_struck_is_not_where_it_went_off(mentions):
    """ "of" names the target ("the bombing of the embassy"), never the device's country."""
    found = mentions("The bombing of the embassy in Nairobi killed many people.")
    assert not any(m.actor and m.actor.sector == "UAF" for m in found)
    assert _code(found, "the embassy in Nairobi") == "KENGOV"


def test_a_plural_pronoun_takes_plural_forces_before_a_lone_place(mentions):
    found = mentions("The foreign ministers demanded the withdrawal of Russian troops from "
                     "Georgia on Monday, calling them an occupying force.")
    assert _code(found, "them") == "RUSMIL"


def test_a_plural_pronoun_still_takes_a_place_when_no_plural_group_is_named(mentions):
    found = mentions("The ministers demanded the withdrawal of the envoy from Georgia, "
                     "calling them hostile.")
    assert _code(found, "them") == "GEO"


def test_an_explosive_placed_by_its_verb_takes_the_place_country(mentions):
    found = mentions("A roadside bomb exploded near the town of Tikrit on Tuesday, killing "
                     "two policemen.")
    assert _code(found, "roadside bomb") == "IRQUAF"
    assert _code(found, "the town of Tikrit") == "IRQCVL"  # the place stays its own mention
    found = mentions("Four soldiers were killed by an improvised explosive device outside of "
                     "the Afghan city of Kandahar.")
    assert _code(found, "improvised explosive device") == "AFGUAF"


def test_only_the_explosive_verb_own_place_counts(mentions):
    found = mentions("A bomb exploded in Kabul as the Pakistani envoy arrived in Islamabad.")
    assert _code(found, "bomb") == "AFGUAF"
    found = mentions("Bombs exploded in Kabul and in Islamabad on Friday.")
    assert not any(m.actor and m.actor.sector == "UAF" for m in found)


def test_an_owned_explosive_placed_by_its_verb_is_not_unidentified(mentions):
    found = mentions("Israeli bombs killed ten people in Gaza on Sunday.")
    assert not any(m.actor and m.actor.sector == "UAF" for m in found)


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


def test_an_explosion_no_device_word_names_is_no_attacker(mentions):
    for text in ("A gas explosion in central Tehran killed ten people.",
                 "An explosion of demand in the US lifted prices."):
        assert not any(m.actor and m.actor.sector == "UAF" for m in mentions(text))
    found = mentions("A minefield explosion near the town of Tikrit killed two youths.")
    assert _code(found, "minefield explosion") == "IRQUAF"
