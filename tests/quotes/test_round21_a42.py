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
