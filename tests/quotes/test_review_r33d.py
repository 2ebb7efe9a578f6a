"""Review r33d (bugs 4-6 of round 33's q71 speaker sectors), mended on branch f85. Made-up
wording (the reviewer's, names invented).

4. A former office holder whose description says what they are "now" keeps their actor
   (``parties._present_role``); an international office's actor (UN) is never re-read by a
   national party.
5. A party that only modifies a role ("the former Labour minister") is no actor name
   (``parties._own_name``); a party speaking under its own name keeps it.
6. A party's campaign, possessive or modifier ("Labour's campaign", "the Conservative
   campaign"), is a candidate's campaign for office (``rolewords.political_campaign``), not a
   campaign group (NGO).
"""

from __future__ import annotations

from tests.quotes.conftest import country_sector, last_speaker

UK_LEAD = "A row over the budget erupted in the British parliament in London on Monday.\n\n"


# Bug 4: "now ..." names the present role, which wins over the party of the old office.

def test_a_former_minister_now_a_judge_keeps_the_former_office():
    speaker = last_speaker(UK_LEAD + "Former Labour minister Jane Porter, now a judge at the High "
                       'Court, said the cuts were "reckless".', "2019-05-01")
    assert country_sector(speaker) == ("GBR", "ELI")
    assert "party:" not in speaker.actor.entry


def test_a_former_minister_now_running_a_charity_is_no_opposition_politician():
    speaker = last_speaker(UK_LEAD + "Former Labour minister Jane Porter, now chief executive of "
                       'Oxfam, said the cuts were "reckless".', "2019-05-01")
    assert speaker.actor.sector != "OPP"


def test_a_former_minister_now_a_presenter_is_no_opposition_politician_without_a_lead():
    speaker = last_speaker("Former Labour minister Jane Porter, now a BBC presenter, said the cuts "
                       'were "reckless".', "2019-05-01")
    assert speaker.actor.sector != "OPP"


def test_a_former_minister_without_a_present_role_is_still_opposition():
    speaker = last_speaker(UK_LEAD + 'Former Labour minister Jane Porter said the cuts were '
                       '"reckless".', "2019-05-01")
    assert country_sector(speaker) == ("GBR", "OPP")


def test_a_former_prime_minister_now_an_envoy_keeps_the_envoy_office():
    speaker = last_speaker(UK_LEAD + "Former Labour prime minister Tony Blair, now a Middle East "
                       'peace envoy, said the cuts were "reckless".', "2012-05-01")
    assert country_sector(speaker) == ("UN", "ELI")


# Bug 5: the party read from a role's modifier is no name of the person.

def test_an_unnamed_former_minister_gets_no_party_name():
    speaker = last_speaker(UK_LEAD + 'The former Labour minister said the cuts were "reckless".', "2019-05-01")
    assert country_sector(speaker) == ("GBR", "OPP")
    assert speaker.actor.name is None


def test_a_party_speaking_under_its_own_name_keeps_it():
    speaker = last_speaker(UK_LEAD + 'Labour said the cuts were "reckless".', "2019-05-01")
    assert country_sector(speaker) == ("GBR", "OPP")
    assert speaker.actor.name == "Labour"


# Bug 6: a party's campaign without the word "election".

def test_working_on_a_party_possessive_campaign_is_the_party():
    speaker = last_speaker("Jane Porter, who works on Labour's campaign, said turnout was \"low\".", "2019-05-01")
    assert speaker.actor.sector == "PTY"
    assert "described:body:campaign" in speaker.actor.entry


def test_working_on_a_party_modified_campaign_is_the_party():
    speaker = last_speaker(UK_LEAD + "Jane Porter, who works on the Conservative campaign, said "
                       'turnout was "low".', "2019-05-01")
    assert country_sector(speaker) == ("GBR", "PTY")


def test_an_opposition_party_campaign_is_opposition():
    speaker = last_speaker(UK_LEAD + "Jane Porter, who works on the Lib Dem campaign, said "
                       'turnout was "low".', "2019-05-01")
    assert country_sector(speaker) == ("GBR", "OPP")


def test_a_campaign_group_campaign_stays_a_campaign_group():
    speaker = last_speaker("Jane Porter, who works on the anti-poverty campaign, said turnout was "
                       '"low".', "2019-05-01")
    assert speaker.actor.sector == "NGO"
