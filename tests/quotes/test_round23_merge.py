"""Round 23 merge (review of branch q47): the setting country of a state official is narrowed.
A government speaker takes the country of the places before them only with a local or regional
office in their sentence; places inside an organisation's name and places more than two
sentences back are not read. Every sentence is made up."""

import pytest

from tests.quotes.conftest import speaker_of_quote

DATE = "2019-09-18"
US_LEAD = ("The sculpture, entitled America, was once offered to US President Donald Trump. "
           "American collectors and the United States embassy praised it, and Americans in "
           "Washington queued to see it.\n\n")


@pytest.mark.parametrize("paragraph", [
    "The embassy in Tokyo, Japan was closed on Sunday. \"We are safe,\" said the ambassador.",
    "Talks in Moscow, Russia ended without a deal. \"We remain hopeful,\" said a senior "
    "administration official.",
    "The aid shipment left for Nairobi, Kenya. \"We will send more,\" said the foreign minister.",
    "The delegation landed in Paris, France on Sunday. \"It was a good visit,\" said a government "
    "spokesman.",
])
def test_a_national_office_keeps_its_own_state(paragraph):
    speaker = speaker_of_quote(US_LEAD + paragraph, "We" if "We" in paragraph else "It", DATE)
    assert speaker.actor.country == "USA"
    assert not speaker.rule.endswith("+context:setting-country")


def test_a_governor_still_serves_the_state_of_the_paragraph():
    text = US_LEAD + ("Floods hit Cebu, Philippines on Sunday. \"The situation will worsen,\" said "
                      "Jo Roe, the provincial governor.")
    speaker = speaker_of_quote(text, "The situation", DATE)
    assert speaker.actor.country == "PHL"
    assert speaker.rule.endswith("+context:setting-country")


def test_control_places_read_no_further_than_two_sentences_back():
    text = US_LEAD + ("Police in Leeds, England were called on Sunday. The weather was cold. The "
                      "museum stayed open. Visitors came and went. \"We are continuing to "
                      "investigate,\" said Detective Sergeant Jo Pike.")
    assert speaker_of_quote(text, "We are", DATE).actor.country == "USA"
