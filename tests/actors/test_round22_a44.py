"""Round 22 of issue 14 (branch a44): US federal public-health agencies in the organisation
table (``organisations.tsv``: CDC, NIH, NIAID, USA GOV), so that their officials are read as
government officials, not private persons. Every sentence is made up."""

from tests.actors.test_round8 import _code
from tests.quotes.conftest import sole_speaker

DATE = "2020-03-12"


def test_the_agencies_are_us_government_bodies(mentions):
    found = mentions("The Centers for Disease Control and Prevention warned travellers on "
                     "Monday.", DATE)
    assert _code(found, "The Centers for Disease Control") == "USAGOV"
    found = mentions("The CDC and the NIH issued new guidance on Monday.", DATE)
    assert _code(found, "The CDC") == "USAGOV"
    assert _code(found, "the NIH") == "USAGOV"
    found = mentions("The National Institute of Allergy and Infectious Diseases began a trial.",
                     DATE)
    assert _code(found, "The National Institute of Allergy") == "USAGOV"


def test_an_official_of_an_agency_is_a_government_official():
    for text in (
        "The outbreak grew. Jane Roe, the director of the Centers for Disease Control and "
        "Prevention, said, \"It is going to get worse.\"",
        "The outbreak grew. CDC director Jane Roe said, \"It is going to get worse.\"",
        "The outbreak grew. The NIAID's director, Dr. Jane Roe, said, \"It is going to get "
        "worse.\"",
        "The outbreak grew. According to Dr. Jane Roe, formerly the director of the United "
        "States' Centers for Disease Control and Prevention, the pandemic is \"unprecedented.\"",
    ):
        speaker = sole_speaker(text, DATE)
        assert speaker.name == "Jane Roe", text
        assert (speaker.actor.country, speaker.actor.sector) == ("USA", "GOV"), text


def test_control_other_bodies_and_private_people_are_unchanged():
    speaker = sole_speaker("The outbreak grew in Ohio. Jane Roe, a nurse in Dayton, said, \"It is "
                           "going to get worse.\"", DATE)
    assert speaker.actor.sector != "GOV"
    speaker = sole_speaker("The outbreak grew. Jane Roe of the World Health Organization said, "
                           "\"It is going to get worse.\"", DATE)
    assert (speaker.actor.country, speaker.actor.sector) == ("WHO", "IGO")


def test_other_countries_disease_control_centres_are_not_the_us_agency(mentions):
    """Lead's mend at the round-22 merge: "CDC" alone is the US agency, but "Africa CDC" is the
    African Union's and "China CDC" China's, not the US agency by the last word."""
    found = mentions("The Africa CDC and the China CDC issued new guidance on Monday.", DATE)
    assert _code(found, "The Africa CDC") == "AUIGO"
    assert _code(found, "the China CDC") == "CHNGOV"
    found = mentions("The CDC issued new guidance on Monday.", DATE)
    assert _code(found, "The CDC") == "USAGOV"
