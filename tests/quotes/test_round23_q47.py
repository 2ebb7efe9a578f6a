"""Round 23 of issue 14 (branch q47): a state official (government or police) who has no
country of their own and took the article's main country serves, instead, the state of the
places their paragraph names before them (``countries.setting_country``, rule
``+context:setting-country``). Every sentence is made up."""

from tests.quotes.conftest import country_sector, speaker_of_quote

DATE = "2019-09-18"
US_LEAD = ("The sculpture, entitled America, was once offered to US President Donald Trump. "
           "American collectors and the United States embassy praised it, and Americans in "
           "Washington queued to see it.\n\n")


def test_a_police_officer_serves_the_state_of_the_paragraph_s_places():
    text = US_LEAD + ("Police in Leeds, England arrested a 40-year-old man on Sunday. \"We are "
                      "continuing to investigate this theft,\" said Detective Sergeant Jo "
                      "Pike.")
    speaker = speaker_of_quote(text, "We are", DATE)
    assert country_sector(speaker) == ("GBR", "COP")
    assert speaker.rule.endswith("+context:setting-country")
    text = US_LEAD + ("Two men were arrested in Scotland on Sunday. Detective Sergeant Jo Pike "
                      "told reporters: \"We are continuing to investigate.\"")
    assert country_sector(speaker_of_quote(text, "We are", DATE)) == ("GBR", "COP")


def test_a_regional_official_serves_the_state_the_paragraph_places_them_in():
    text = US_LEAD + ("The Azores, islands of Portugal in the Atlantic Ocean, closed their "
                      "schools. \"The situation will worsen in the next few hours,\" said Jo "
                      "Roe, the regional president.")
    speaker = speaker_of_quote(text, "The situation", DATE)
    assert speaker.actor.country == "PRT"
    assert speaker.rule.endswith("+context:setting-country")


def test_control_a_place_after_the_speaker_or_inside_the_quote():
    text = US_LEAD + ("Detective Sergeant Jo Pike said on Sunday that a man was arrested in "
                      "Leeds, England. \"We are continuing to investigate,\" he added.")
    assert speaker_of_quote(text, "We are", DATE).actor.country == "USA"
    text = US_LEAD + ("\"We are continuing to investigate in England,\" said Detective "
                      "Sergeant Jo Pike.")
    assert speaker_of_quote(text, "We are", DATE).actor.country == "USA"


def test_control_a_private_person_and_places_of_two_countries():
    text = US_LEAD + ("A collector flew in from England on Sunday. \"It is a wonderful "
                      "piece,\" said Jo Pike, a retired teacher.")
    assert speaker_of_quote(text, "It is", DATE).actor.country == "USA"
    text = US_LEAD + ("Police in England and Canada arrested two men on Sunday. \"We are "
                      "continuing to investigate,\" said Detective Sergeant Jo Pike.")
    assert speaker_of_quote(text, "We are", DATE).actor.country == "USA"


def test_control_a_nationality_in_the_paragraph_names_a_second_country():
    lead = ("Turkey's president met Turkish generals in Ankara. Turkey's parliament backed the "
            "plan, and Turkish media praised it.\n\n")
    text = lead + ("Turkish police arrested two men in Aleppo, Syria. \"They planned an attack,\" "
                   "said a police spokesman.")
    assert speaker_of_quote(text, "They planned", "2019-10-10").actor.country == "TUR"
