"""Issue 14 round 33 (branch q71): speaker sectors by the gold conventions. Made-up wording.

A former office holder whom the description puts out of government is an opposition politician
of the day (``parties.in_or_out``, ``FORMER``): "Former Tory chancellor X" in a year the Tories
are in opposition, "former shadow attorney general X" (a shadow post is no office of state). A
former holder of a party in government keeps the former office (ELI)."""

from __future__ import annotations

from tests.quotes.conftest import last_speaker

BRITISH = "The British government defended its identity card plan in London on Monday.\n\n"


def test_a_former_minister_of_a_party_in_opposition_is_opposition():
    speaker = last_speaker('Former Tory chancellor Kenneth Clarke said the party "must broaden its '
                       'appeal before the vote".', "2005-02-01")
    assert speaker.name == "Kenneth Clarke"
    assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "OPP")
    assert speaker.actor.entry.endswith("+party:Tory:OPP")


def test_a_former_shadow_minister_is_opposition():
    speaker = last_speaker(BRITISH + 'Maria Bellows, a former shadow attorney general, warned that '
                       'the card was "a step too far".', "2005-02-01")
    assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "OPP")
    assert speaker.actor.entry.endswith("+opposition:OPP")


def test_a_former_holder_without_an_opposition_reading_keeps_the_former_office():
    speaker = last_speaker(BRITISH + 'Maria Bellows, a former attorney general, warned that '
                       'the card was "a step too far".', "2005-02-01")
    assert speaker.actor.sector == "ELI"


def test_a_former_minister_of_the_governing_party_keeps_the_former_office():
    speaker = last_speaker(BRITISH + 'Former Labour minister Maria Bellows said the plan "goes too '
                       'far for most of us".', "2005-02-01")
    assert speaker.actor.sector == "ELI"


# A person's work for a body, in a participle or relative clause after the name
# (``descriptiontokens.WORKING``): "now working on <party>'s campaign" makes them the party's
# (PTY while it governs, OPP out of government: ``party_work_nouns``), "who works for <body>"
# gives the body's sector; a campaign group's campaign stays NGO.

def test_working_on_a_governing_party_campaign_is_the_party():
    speaker = last_speaker(BRITISH + "Tom Reed, now working on Labour's election campaign, argued "
                       'that the rival plan "adds up to nothing".', "2005-02-01")
    assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "PTY")
    assert "described:body:campaign" in speaker.actor.entry


def test_working_on_an_opposition_party_campaign_is_opposition():
    speaker = last_speaker('Tom Reed, now working on the Liberal Democrat election campaign, said: '
                       '"We will win here."', "2005-02-01")
    assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "OPP")
    assert speaker.actor.entry.endswith("+party:Liberal Democrat:OPP")


def test_working_for_a_body_gives_its_sector():
    speaker = last_speaker('Tom Reed, who works for the Red Cross, said: "We need more tents."', "2005-02-01")
    assert speaker.actor.sector == "NGO"


def test_working_on_a_health_campaign_is_no_party():
    speaker = last_speaker('Dr Tom Reed, who works on the measles vaccination campaign, said: "We '
                       'need more nurses."', "2005-02-01")
    assert speaker.actor.sector == "NGO"


def test_working_on_a_book_gives_nothing():
    speaker = last_speaker('Tom Reed, now working on a novel, said: "We will win here."', "2005-02-01")
    assert speaker.actor is None or speaker.actor.sector in (None, "CVL")


# A peer is a legislator (``title_leg``: "peer", "life peer"); a party named with the peer
# still reads them by party. A role phrase the parser made a first subject of the cue, before a
# comma-enclosed name, describes the name (``descriptiontokens.first_subject``).

LORDS = ("The British government refused to publish the advice in London on Monday.\n\n"
         "Lord Tom Reed called for the advice to be published in full, but the call was "
         "turned down. ")


def test_a_role_parsed_as_a_first_subject_describes_the_name():
    speaker = last_speaker(LORDS + 'Another peer meanwhile, Lord Pettifer, said keeping it secret '
                       'would "feed suspicion".', "2005-02-01")
    assert speaker.name == "Pettifer"
    assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "LEG")
    assert "described:title:peer" in speaker.actor.entry


def test_a_peer_of_a_party_out_of_government_is_opposition():
    speaker = last_speaker(BRITISH + 'Jane Roe, a Conservative peer, said keeping it secret would '
                       '"feed suspicion".', "2005-02-01")
    assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "OPP")



def test_a_first_subject_that_is_no_role_is_no_description():
    speaker = last_speaker(LORDS + 'The advice meanwhile, Lord Pettifer, said, would "feed '
                       'suspicion".', "2005-02-01")
    assert speaker is None or speaker.actor is None or speaker.actor.sector != "LEG"
