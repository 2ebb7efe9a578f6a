"""Round 34 review (r34c) of q73's speaker rules, mended on branch f90. Made-up wording.

1. A party office the description calls past ("Former Labour chairman X", "Ex-Labour chairman X",
   "Labour's former chairman X") does not make a roster minister speak for the party
   (``partyoffice.party_office_title``).
2. A person a "with" clause names by a common noun of their own ("with parent X calling ...")
   is not one of the plural subject ("Teachers went on strike"): the group's sector is not theirs
   (``descriptiontokens.group_subject``).
3. A bare head title ("Chairman X said") heads a body the sentence before names as its subject
   (or the author of a report), not one it names only as an object ("Protesters marched on the
   Home Office") (``rolebefore._bare_head``).
"""

from __future__ import annotations

import pytest

from tests.quotes.conftest import last_speaker

BRITISH = "The British government defended its identity card plan in London on Monday.\n\n"
WRONG = ' said the decision was "wrong".'


@pytest.mark.parametrize("title", ["Former Labour chairman", "Ex-Labour chairman",
                                   "Labour's former chairman", "Labour's then chairman"])
def test_a_past_party_office_leaves_the_roster_office(title):
    speaker = last_speaker(BRITISH + title + " Charles Clarke" + WRONG, "2005-03-01")
    assert speaker.name == "Charles Clarke"
    assert speaker.actor.sector != "PTY", title
    assert ":office" not in (speaker.actor.entry or "")


def test_a_present_party_office_still_speaks_for_the_party():
    speaker = last_speaker(BRITISH + "Labour chairman Ian McCartney" + WRONG, "2005-03-01")
    assert speaker.actor.sector == "PTY"
    later = last_speaker(BRITISH + "Labour chairman Ian McCartney, a former teacher," + WRONG, "2005-03-01")
    assert later.actor.sector == "PTY"  # a past word after the office is about something else


@pytest.mark.parametrize("sentence, noun", [
    ('Teachers went on strike, with parent Jo Roe calling the action "selfish".', "teacher"),
    ('Judges rejected the appeal, with defendant Jo Roe calling the ruling "a travesty".', "judge"),
    ('Nurses marched on parliament, with patient Jo Roe calling the protest "brave".', "nurse"),
])
def test_a_with_clause_person_with_a_noun_of_their_own_is_not_the_group(sentence, noun):
    speaker = last_speaker(sentence, "2005-03-01")
    assert speaker.name == "Jo Roe"
    entry = speaker.actor.entry if speaker.actor is not None else ""
    assert f"described:title:{noun}" not in (entry or "")
    assert speaker.actor is None or speaker.actor.sector is None


def test_a_with_clause_person_with_a_role_noun_keeps_it():
    speaker = last_speaker('Teachers went on strike, with businessman Jo Roe calling the action "selfish".', "2005-03-01")
    assert speaker.actor is not None and speaker.actor.sector == "BUS"


def test_a_bare_chairman_does_not_head_the_object_of_the_sentence_before():
    speaker = last_speaker('Protesters marched on the Home Office.\n\nChairman Jo Roe said the rally was "a success".', "2005-03-01")
    assert speaker.name == "Jo Roe"
    assert "bare-head" not in (speaker.actor.entry or "")
    assert speaker.actor.sector != "GOV"


def test_a_bare_chairman_heads_the_subject_of_the_sentence_before():
    speaker = last_speaker('The Home Office published its annual report on Monday.\n\n'
                       'Chairman Jo Roe said the report was "a success".', "2005-03-01")
    assert "bare-head:chairman" in (speaker.actor.entry or "")
    assert speaker.actor.sector == "GOV"


def test_a_bare_chairman_heads_the_agent_of_a_passive_before():
    speaker = last_speaker('The plan was criticised by the Home Office on Monday.\n\n'
                       'Chairman Jo Roe said the report was "a success".', "2005-03-01")
    assert "bare-head:chairman>org:uk-home-office" in (speaker.actor.entry or "")
