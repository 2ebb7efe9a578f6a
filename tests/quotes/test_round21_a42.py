"""Round 21 of issue 14 (branch a42): a speaker's country and sector once the name is right.
Every sentence here is made up.

1. A local story whose actors name no country but whose towns the gazetteer places in one
   country gives a private speaker that country (``countries.place_country``, rule
   ``+context:place-country``); towns of two countries, or an actor naming a country, do not.
"""

from tests.quotes.conftest import speaker_of_quote

DATE = "2020-08-18"

LOCAL = ("The rugby club of Toowoomba beat a side from Bundaberg on Saturday in a match played "
         "in Ipswich. \"We were much sharper today,\" club coach Tom Reddan said.")
TWO_COUNTRIES = ("The rugby club of Toowoomba beat a side from Dunedin on Saturday in a match "
                 "played in Ipswich. \"We were much sharper today,\" club coach Tom Reddan said.")
NAMED_COUNTRY = ("The rugby club of Toowoomba beat a side from Bundaberg on Saturday in a match "
                 "played in Ipswich before the Canadian ambassador. \"We were much sharper "
                 "today,\" club coach Tom Reddan said.")


def test_a_local_storys_speaker_takes_the_towns_country():
    speaker = speaker_of_quote(LOCAL, "We were", DATE)
    assert speaker.name == "Tom Reddan"
    assert (speaker.actor.country, speaker.actor.sector) == ("AUS", "CVL")
    assert speaker.rule.endswith("+context:place-country")


def test_control_towns_of_two_countries_give_none():
    speaker = speaker_of_quote(TWO_COUNTRIES, "We were", DATE)
    assert speaker.actor is None or speaker.actor.country is None


def test_control_an_actor_naming_a_country_still_decides():
    speaker = speaker_of_quote(NAMED_COUNTRY, "We were", DATE)
    assert "place-country" not in (speaker.rule or "")


# 2. A centre or institute whose own name opens with a university's is a unit of that
#    university: EDU (the gold's CVL for academics), not a research group's NGO.

UNIT = ("Astronomers reported water vapour on a distant planet on Tuesday. \"It is a good "
        "sign,\" said Ana Ruiz of the Harvard\u2013Lindqvist Center for Lunar Studies, who was not "
        "involved.")
UNIT_NAMED = ("Astronomers reported water vapour on a distant planet on Tuesday. \"It is a good "
              "sign,\" said Ana Ruiz of the Yale-Lindqvist Institute of Ageing.")
CHARITY = ("Astronomers reported water vapour on a distant planet on Tuesday. \"It is a good "
           "sign,\" said Ana Ruiz of the Lindqvist Center for Lunar Studies.")


def test_a_centre_named_with_a_university_is_academic():
    speaker = speaker_of_quote(UNIT, "It is a good", DATE)
    assert speaker.name == "Ana Ruiz"
    assert speaker.actor.sector == "EDU"
    assert "body:center>" in speaker.actor.entry


def test_an_institute_named_with_a_university_is_academic():
    speaker = speaker_of_quote(UNIT_NAMED, "It is a good", DATE)
    assert speaker.actor.sector == "EDU"


def test_control_a_centre_with_no_university_stays_a_body():
    speaker = speaker_of_quote(CHARITY, "It is a good", DATE)
    assert speaker.actor is None or speaker.actor.sector != "EDU"


# 3. A professional wrestling promotion that issues a statement is the company (companies.tsv).

PROMOTION = ("The wrestler Kenji Aoki, who performed for NJPW (New Japan Pro-Wrestling), died on "
             "Friday. \"We are heartbroken by the loss of a friend,\" read an NJPW press release.")
WRESTLER = ("The wrestler Kenji Aoki died on Friday in Osaka. \"We are heartbroken by the loss of a "
            "friend,\" said his tag team partner Daiki Mori.")


def test_a_wrestling_promotion_is_a_company():
    speaker = speaker_of_quote(PROMOTION, "We are heartbroken", DATE)
    assert (speaker.actor.country, speaker.actor.sector) == ("JPN", "BUS")
    assert speaker.actor.entry.startswith("company:")


def test_control_a_wrestler_is_a_private_person():
    speaker = speaker_of_quote(WRESTLER, "We are heartbroken", DATE)
    assert speaker.actor.sector == "CVL"
