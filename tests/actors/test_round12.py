"""Round 12 of issue 14: a country word before a currency sign is no actor, a country name
misspelt by one slip is the country, an international body's officials take the body's sector
in the singular and the plural alike. Every sentence is made up."""

from tests.actors.test_round8 import _code


def _texts(found):
    return [m.text for m in found if m.actor is not None]


def test_a_country_word_before_a_currency_sign_is_no_actor(mentions):
    found = mentions("The mayor was accused of taking US $40 million from the port fund.")
    assert "US" not in _texts(found)
    found = mentions("The buyer paid US$7 billion for the copper mine.")
    assert not any(t.startswith("US") for t in _texts(found))


def test_a_country_that_acts_near_money_is_still_an_actor(mentions):
    found = mentions("The US gave $5 million to Kenya after the floods.")
    assert _code(found, "The US") == "USA"
    found = mentions("Canadian officials said the dollar would recover.")
    assert _code(found, "Canadian officials") == "CANGOV"


def test_officials_of_an_international_body_take_its_sector_in_both_numbers(mentions):
    assert _code(mentions("A United Nations official said the convoy was stopped."),
                 "United Nations official") == "UNIGO"
    assert _code(mentions("U.N. officials said the convoy was stopped."),
                 "U.N. officials") == "UNIGO"
    # a role with a sector of its own keeps it
    assert _code(mentions("UN peacekeepers said the convoy was stopped."),
                 "UN peacekeepers") == "UNMIL"
    # a state's officials stay GOV
    assert _code(mentions("Kenyan officials said the convoy was stopped."),
                 "Kenyan officials") == "KENGOV"


def test_a_country_misspelt_by_one_slip_is_the_country(mentions):
    found = mentions("The minister rejected a fresh offer from Afganistan for talks.")
    assert _code(found, "Afganistan") == "AFG"
    found = mentions("Ethopia has agreed to reopen its border crossings.")
    assert _code(found, "Ethopia") == "ETH"
    found = mentions("Quatar's emir opened the summit on Sunday.")
    assert _code(found, "Quatar's emir") == "QATGOV"


def test_names_one_letter_from_a_country_stay_what_they_are(mentions):
    found = mentions("Students at Brunel University met Romani activists in Granada.")
    assert not any(m.actor and m.actor.country in ("BRN", "ROU", "GRD") for m in found)
    found = mentions("Chiles said the Franco regime had been brutal.")
    assert not any(m.actor and m.actor.country in ("CHL", "FRA") for m in found)


def test_one_slip_is_a_left_out_added_or_swapped_letter():
    from detente.actors.tables import one_slip

    assert one_slip("ethopia", "ethiopia") and one_slip("quatar", "qatar")
    assert one_slip("iarn", "iran")
    assert not one_slip("granada", "grenada")  # a replaced letter makes another name
    assert not one_slip("austria", "australia")


def test_a_name_modifying_a_noun_is_not_a_misspelt_country(mentions):
    found = mentions("The leftist Syriza party lost the vote on Sunday.")
    assert not any(m.actor and m.actor.country == "SYR" for m in found)


def test_a_titled_person_takes_the_story_country_when_only_one_is_named(mentions):
    found = mentions("Judge Ana Velez opened an inquiry into 28 Chilean officials, the court said.")
    assert _code(found, "Judge Ana Velez") == "CHLJUD"
    assert "+story:CHL" in next(m for m in found if m.text == "Judge Ana Velez").actor.entry
    # round 13: a domestic group (a court) takes it too; see test_round13.py
    assert _code(found, "the court") == "CHLJUD"
    found = mentions("The Zambian government said Minister Tomas Veloro had resigned.")
    assert _code(found, "Minister Tomas Veloro") == "ZMBGOV"


def test_no_story_country_from_two_countries_places_peoples_or_things(mentions):
    found = mentions("Judge Ana Velez met Chilean and Peruvian officials in Lima.")
    assert _code(found, "Judge Ana Velez") == "JUD"
    found = mentions("Bishop Ana Velez called for sanctions against Nigeria.")
    assert _code(found, "Bishop Ana Velez") == "REL"  # the country acted on, not hers
    found = mentions("President Tomas Veloro was cheered by crowds in Paris.")
    assert _code(found, "President Tomas Veloro") == "GOV"  # a place: maybe a visitor
    found = mentions("Judge Ana Velez fined two Britons for the fight.")
    assert _code(found, "Judge Ana Velez") == "JUD"  # a people: whom it happens to


def test_the_events_stage_reads_actors_before_the_story_country():
    import detente

    coded = detente.code("Judge Ana Velez opened an inquiry into 28 Chilean officials.")
    judge = next(m for m in coded.mentions if m.text == "Judge Ana Velez")
    assert judge.actor.country == "CHL"
    from detente.pipeline import STAGE_PACKAGES

    assert STAGE_PACKAGES[-1] == "story_country"
