"""Round 21 of issue 14, merge review: q43's and a42's rules held to their classes. Made-up text.

1. ``subjects.outer_reporter``: the reporter speaks only for a clause whose verb is an evidential
   one (``evidential_cues``: "the number of cases suggested ..."); "the committee concluded",
   "the players shouted" keep their own subject.
2. ``countries.place_country``: one town named twice is one place, not two.
"""

from tests.quotes.conftest import speaker_of_quote

DATE = "2020-08-18"

SPEAKING_SUBJECT = ("Health Minister Jo Roe said the committee concluded: \"The water in the "
                    "reservoir is safe to drink.\"")
SHOUTING_PLAYERS = ("Coach Jo Roe told reporters the players shouted: \"We won the cup at "
                    "last!\"")
EVIDENCE = ("Health Minister Jo Roe told a radio station the number of new cases suggested a "
            "pattern: \"The virus moves with the trucks.\"")


def test_a_speaking_subject_keeps_the_quote():
    assert speaker_of_quote(SPEAKING_SUBJECT, "The water", DATE).name != "Jo Roe"
    assert speaker_of_quote(SHOUTING_PLAYERS, "We won", DATE).name != "Jo Roe"


def test_control_an_evidential_clause_is_the_reporters():
    speaker = speaker_of_quote(EVIDENCE, "The virus", DATE)
    assert speaker.name == "Jo Roe"
    assert "outer-reporter" in speaker.rule


ONE_TOWN_TWICE = ("The rugby club of Toowoomba beat a visiting side on Saturday in a match played "
                  "in Toowoomba. \"We were much sharper today,\" club coach Tom Reddan said.")
TWO_TOWNS = ("The rugby club of Toowoomba beat a visiting side on Saturday in a match played "
             "in Bundaberg. \"We were much sharper today,\" club coach Tom Reddan said.")


def test_one_town_named_twice_places_no_speaker():
    speaker = speaker_of_quote(ONE_TOWN_TWICE, "We were", DATE)
    assert "place-country" not in (speaker.rule or "")


def test_control_two_towns_of_one_country_do():
    speaker = speaker_of_quote(TWO_TOWNS, "We were", DATE)
    assert speaker.rule.endswith("+context:place-country")


# 3. ``describe._school_of_name``: a centre's name that opens its sentence is still the university's.

OPENING_CENTRE = ("Harvard-Smithsonian Center for Astrophysics astronomer Jo Roe said the comet "
                  "was bright. \"It is the brightest in a decade,\" Roe said.")


def test_a_university_centre_opening_its_sentence_is_edu():
    speaker = speaker_of_quote(OPENING_CENTRE, "It is the brightest", DATE)
    assert speaker.actor is not None and speaker.actor.sector == "EDU", speaker
