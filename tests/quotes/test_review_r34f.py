"""Round 34 second review (r34f) of the mends f90 and f91, mended on branch f92. Made-up wording
(the reviewer's inputs and variants).

1. A past word counts against a party office only when it sits against it ("Former Labour
   chairman", "Labour's former chairman"), not when it goes with something else ("Former miner
   and Labour chairman X", "The late Robin Cook's successor as Labour chairman")
   (``partyoffice._past``).
2. A noun inside a modifier of the name ("52-year-old", "first-term") is no noun of the
   person's own; the group's sector of a "with" clause still applies
   (``descriptiontokens._own_noun``).
3. A body named inside a relative clause or a place phrase of the subject before ("A man who
   threw paint at the Home Office", "Protesters outside the Home Office") is no subject body for
   a bare head title (``rolebefore._subject_chars``).
"""

from __future__ import annotations

import pytest

from tests.quotes.conftest import last_speaker

BRITISH = "The British government defended its identity card plan in London on Monday.\n\n"
WRONG = ' said the decision was "wrong".'
FAIR = '\n\nChairman Jo Roe said the sentence was "fair".'


@pytest.mark.parametrize("text", [
    "Former miner and Labour chairman Ian McCartney" + WRONG,
    "The late Robin Cook's successor as Labour chairman, Ian McCartney," + WRONG,
    "Labour's new chairman, the former miner Ian McCartney," + WRONG,
])
def test_a_past_word_of_something_else_keeps_the_party_office(text):
    speaker = last_speaker(BRITISH + text, "2005-03-01")
    assert speaker.name.lower() == "ian mccartney"
    assert speaker.actor.sector == "PTY"


@pytest.mark.parametrize("title", ["Former Labour chairman", "Retired Labour chairman",
                                   "Ex-Labour chairman", "Labour's former chairman"])
def test_a_past_party_office_still_leaves_the_roster_office(title):
    speaker = last_speaker(BRITISH + title + " Ian McCartney" + WRONG, "2005-03-01")
    assert speaker.actor.sector != "PTY", title


@pytest.mark.parametrize(("sentence", "sector"), [
    ('Teachers went on strike across Wales, with 52-year-old Jo Roe calling the action '
     '"long overdue".', "EDU"),
    ('Republican senators attacked the bill, with first-term Jo Roe of Ohio calling it '
     '"a disaster".', "LEG"),
])
def test_a_noun_inside_a_modifier_is_not_the_persons_own(sentence, sector):
    speaker = last_speaker(sentence, "2005-03-01")
    assert speaker.name == "Jo Roe"
    assert speaker.actor is not None and speaker.actor.sector == sector


def test_a_hyphened_description_of_the_person_is_still_their_own():
    speaker = last_speaker('Teachers went on strike, with mother-of-two Jo Roe calling the action '
                       '"selfish".', "2005-03-01")
    assert speaker.actor is None or speaker.actor.sector != "EDU"


@pytest.mark.parametrize("before", [
    "A man who threw paint at the Home Office was jailed on Monday.",
    "Protesters outside the Home Office were arrested on Monday.",
])
def test_a_body_in_a_clause_or_place_phrase_of_the_subject_is_not_headed(before):
    speaker = last_speaker(before + FAIR, "2005-03-01")
    assert speaker.name == "Jo Roe"
    assert "bare-head" not in (speaker.actor.entry or "")


def test_a_body_of_the_subjects_own_of_phrase_is_still_headed():
    speaker = last_speaker("The head of the Home Office resigned on Monday." + FAIR, "2005-03-01")
    assert "bare-head:chairman>org:uk-home-office" in (speaker.actor.entry or "")
