"""Issue 14 round 34 (branch q73): a speaker's country and sector from how the text titles them.
Made-up wording.

A roster politician the text titles by a party's own office ("Labour election co-ordinator X")
speaks for the party (``parties.in_or_out`` with ``partyoffice``); a person a "with" clause
singles out of a plural role subject is one of them (``descriptiontokens.group_subject``).
"""

from __future__ import annotations

import detente
from detente.quotes.partyoffice import roster_title
from tests.quotes.conftest import last_speaker

BRITISH = "The British government defended its identity card plan in London on Monday.\n\n"
AMERICAN = "The US Senate voted on the budget in Washington on Tuesday.\n\n"
SAID = ' said: "The rival plan adds up to nothing at all."'


def test_a_minister_titled_by_a_party_office_speaks_for_the_party():
    speaker = last_speaker(BRITISH + "Labour election co-ordinator Alan Milburn" + SAID, "2005-02-01")
    assert speaker.name == "Alan Milburn"
    assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "PTY")
    assert speaker.actor.entry.endswith("+party:Labour:office:PTY")


def test_a_party_chairman_of_the_governing_party_is_the_party():
    speaker = last_speaker(BRITISH + "Labour party chairman Alan Milburn" + SAID, "2005-02-01")
    assert speaker.actor.sector == "PTY"


def test_a_minister_titled_by_a_ministry_or_a_seat_keeps_the_roster_office():
    for title in ("Labour health secretary", "Labour MP", "Duchy of Lancaster chancellor"):
        speaker = last_speaker(BRITISH + title + " Alan Milburn" + SAID, "2005-02-01")
        assert speaker.actor.sector == "GOV", title


def test_roster_title_reads_offices_only():
    assert roster_title("roster:jo-roe#health secretary+party:Labour:PTY") == "health secretary"
    assert roster_title("roster:jo-roe#former-health secretary") is None
    assert roster_title("roster:jo-roe#nationality") is None
    assert roster_title("role:minister") is None


def test_a_with_clause_singles_members_out_of_a_plural_role():
    text = (AMERICAN + 'Republican senators attacked the budget bill, with Tom Reed of Ohio '
            'calling the plan "a disgrace to the country" and Ann Hale of Utah calling it '
            '"pure waste".')
    quotes = [q for q in detente.code(text, date="2019-11-01").quotes if q.direct]
    assert [q.speaker.name for q in quotes] == ["Tom Reed", "Ann Hale"]
    for quote in quotes:
        assert (quote.speaker.actor.country, quote.speaker.actor.sector) == ("USA", "LEG")
        assert "described:title:senator" in quote.speaker.actor.entry


def test_a_with_clause_after_no_role_subject_adds_nothing():
    text = (AMERICAN + 'The bill passed on Tuesday, with Tom Reed of Ohio calling the plan '
            '"a disgrace to the country".')
    speaker = last_speaker(text, "2019-11-01")
    assert speaker.actor is None or speaker.actor.sector != "LEG"


def test_members_of_a_capitalised_legislator_role_are_legislators():
    text = (AMERICAN + 'Democratic Representatives praised the deal, with Tom Reed of Ohio '
            'calling it "a fair bargain" and Ann Hale of Utah calling the vote "long overdue".')
    quotes = [q for q in detente.code(text, date="2019-11-01").quotes if q.direct]
    assert [q.speaker.actor.sector for q in quotes] == ["LEG", "LEG"]


# A bare head title opening the sentence of a person's first mention ("Chairman Sir X said")
# heads the body the sentence before names last (``rolebefore._bare_head``).

def test_a_bare_chairman_heads_the_body_named_just_before():
    speaker = last_speaker(BRITISH + "A report by the Commons transport committee called for the "
                       "railway to be sold. Chairman Sir Tom Reed said: \"If the line cannot be "
                       "rescued, it must be sold.\"", "2005-02-01")
    assert speaker.name == "Tom Reed"
    assert (speaker.actor.country, speaker.actor.sector) == ("GBR", "LEG")
    assert "role-before:bare-head:chairman>org:house-of-commons" in speaker.actor.entry


def test_a_bare_name_or_a_title_after_no_body_stays_a_private_person():
    for opening in ("The railway lost money again last year. Chairman Tom Reed",
                    "A report by the Commons transport committee called for the railway to be "
                    "sold. Tom Reed"):
        speaker = last_speaker(BRITISH + opening + ' said: "The line must be sold."', "2005-02-01")
        assert speaker.actor.sector == "CVL", opening
