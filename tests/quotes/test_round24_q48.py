"""Round 24 (branch q48): a local speaker with no country of their own takes the country the
story is set in (``quotes.countries.story_country`` through ``set_in_place``), not the country the
article names most. Every sentence is made up."""

import pytest

from detente.quotes.countries import story_country
from tests.quotes.conftest import speaker_of_quote

DATE = "2019-09-18"
LEAD = ("A rare painting was stolen on Sunday from a country house near Bath, England. Two men "
        "were arrested on Monday.\n\n")
US_BODY = ("The painting, entitled Liberty, was once offered to US President Donald Trump. "
           "American collectors and the United States embassy praised it, and Americans in "
           "Washington queued to see it. It is valued at five million US dollars.\n\n")


@pytest.mark.parametrize("paragraph, words", [
    ("\"We are continuing to investigate,\" said Detective Sergeant Jo Pike.", "We are"),
    ("Detective Sergeant Jo Pike told reporters: \"We are continuing to investigate.\"", "We are"),
    ("\"I heard glass breaking at night,\" said Jo Roe, a neighbour.", "I heard"),
    ("Jo Roe, a witness, said: \"I saw two men and a van.\"", "I saw"),
    ("Jo Roe, a local resident, told reporters: \"I heard glass breaking.\"", "I heard"),
    ("\"It was terrifying,\" said one of the villagers.", "It was"),
    ("\"We treated two injured guards,\" said a spokesperson for Bath Royal Hospital.", "We treated"),
])
def test_a_local_speaker_takes_the_country_the_story_is_set_in(paragraph, words):
    speaker = speaker_of_quote(LEAD + US_BODY + paragraph, words, DATE)
    assert speaker.actor.country == "GBR"
    assert speaker.rule.endswith("+context:story-country")


def test_a_business_person_named_before_keeps_the_story_country():
    text = LEAD + US_BODY + ("Sam Hale, chief executive of the estate, called the theft \"a "
                             "shock\". \"It was the pride of the house,\" said Hale.")
    for words in ("a shock", "It was"):
        speaker = speaker_of_quote(text, words, DATE)
        assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "BUS")


@pytest.mark.parametrize("paragraph, words, country", [
    ("\"We are safe,\" said the ambassador, Jo Roe.", "We are", "USA"),  # a national office
    ("\"We will send more aid,\" said the foreign minister, Jo Roe.", "We will", "USA"),
    ("\"It was wonderful,\" said Jo Roe, an American tourist.", "It was", "USA"),  # own nationality
    ("\"It was wonderful,\" said Jo Roe, a tourist from Ohio.", "It was", "USA"),
    # a private person with no word of being there (an expert, a relative) keeps the main country
    ("\"It is a masterpiece,\" said Jo Roe, 45.", "It is", "USA"),
    ("\"The theft was planned for months,\" said Jo Roe, an art historian.", "The theft", "USA"),
])
def test_control_a_speaker_of_a_state_or_with_a_country_of_their_own(paragraph, words, country):
    speaker = speaker_of_quote(LEAD + US_BODY + paragraph, words, DATE)
    assert speaker.actor.country == country
    assert "story-country" not in speaker.rule


@pytest.mark.parametrize("lead", [
    # the lead names the most-named country itself
    "A painting owned by an American collector was stolen near Bath, England. Two men were "
    "arrested on Monday.\n\n",
    # the lead names places of two countries
    "A painting was stolen near Bath, England and found in Lyon, France. Two men were arrested "
    "on Monday.\n\n",
    # the lead's only place is inside a quotation
    "\"It is gone from England,\" the owners said on Sunday of a stolen painting. Two men were "
    "arrested on Monday.\n\n",
])
def test_control_no_story_country(lead):
    text = lead + US_BODY + "\"I heard glass breaking at night,\" said Jo Roe, a neighbour."
    speaker = speaker_of_quote(text, "I heard", DATE)
    assert speaker.actor.country == "USA"
    assert "story-country" not in speaker.rule


def test_story_country_reads_the_first_paragraph_only():
    text = "Nothing was named here.\n\nA fire broke out in Leeds, England."
    places = [(text.index("Leeds"), text.index("Leeds") + 5, 1, "GBR")]
    assert story_country(text, places, [], "USA", []) is None
    moved = "A fire broke out in Leeds, England.\n\nMore."
    assert story_country(moved, [(20, 25, 1, "GBR")], [], "USA", []) == "GBR"
    assert story_country(moved, [(20, 25, 1, "GBR")], [], "USA", [], [(15, 30)]) is None
