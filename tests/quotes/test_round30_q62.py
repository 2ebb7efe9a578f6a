"""Issue 14 round 30 (branch q62): speaker sector classes (made-up wording).

- a party office the tagger leaves outside a person's name ("Lib Dem chairman | Peter Cole",
  "Lib Dem's elections chief Lord | Fenwick", "Labour chairman Sir | Peter Cole",
  "Labour chairman | Peter Cole"): the person is the party's official, PTY of the party's
  country (OPP when the article makes the party the opposition), with the evidence
  ``office-before:<office>+party:<name>:<country>``; a name after a party's non-office word
  ("Labour voters") is untouched;
- a general secretary is a party's or a union's chief official, never a government office: a
  union before the title gives LAB ("TUC general secretary", "Unison general secretary"), alone
  it is a party's (PTY), where "secretary" had read GOV;
- a relation noun's "of" before a person's role ("Jane Marsh, a friend of the Tory leader", "the
  wife of the prime minister") gives the speaker neither that role's sector (the holder is someone
  else) nor, by the description, its body; a place in a body, a body and a place still are read;
- a roster person the date puts out of office (ELI) whom the description gives a body now
  ("Philippine Red Cross chair <name>") takes that body's sector and keeps their country; a former
  body ("Former CIA deputy director") keeps ELI;
- an office of a regional level of government ("head of a regional disaster relief office") is a
  government office, GOV, not the private person the country gave ("local" is no such level:
  "the local tourism office" stays private, tests/quotes/test_round8.py).
"""

from __future__ import annotations

import detente
from tests.quotes.conftest import speaker_codes


def _mention(text: str, words: str, date: str = "2005-03-01"):
    coded = detente.code(text, date=date)
    return next(m for m in coded.mentions if m.text == words)


def test_a_party_office_before_an_untitled_name_makes_a_party_official():
    text = ('Labour said British voters were tired of the Conservatives. Labour chairman Peter '
            'Cole told reporters: "The advice we got was wrong."')
    mention = _mention(text, "Peter Cole")
    assert (mention.actor.country, mention.actor.sector) == ("GBR", "PTY")
    assert mention.actor.entry == "office-before:chairman+party:Labour:GBR"
    assert ("GBR", "PTY", "office-before:chairman+party:Labour:GBR") in speaker_codes(text, "2005-03-01")


def test_an_opposition_party_official_takes_the_party_status():
    text = ('The Liberal Democrats say British voters are tired of the Conservatives. Lib Dem '
            'chairman Peter Cole wrote to the regulator saying: "The advice we got was wrong."')
    mention = _mention(text, "Peter Cole")
    assert mention.actor.sector == "PTY" and "office-before:chairman" in mention.actor.entry
    found = speaker_codes(text, "2005-03-01")
    assert found and found[-1][:2] == ("GBR", "OPP")
    assert "office-before:chairman+party:Lib Dem:GBR" in found[-1][2]


def test_a_party_word_that_names_no_office_leaves_the_name_alone():
    text = ('Labour said British voters were tired of the Conservatives. Labour voters Peter '
            'Cole and Ann Hale said: "The advice we got was wrong."')
    coded = detente.code(text, date="2005-03-01")
    assert not any("office-before" in (m.rule or "") for m in coded.mentions)


def test_a_general_secretary_is_a_party_or_union_official():
    text = 'General Secretary Tom Redding said the gift was "a great help" to the campaign.'
    assert {s for _, s, _ in speaker_codes(text, "2005-03-01")} == {"PTY"}
    mention = _mention('British unions are angry. TUC general secretary Brendan Barber said: '
                       '"This is wrong."', "TUC general secretary Brendan Barber")
    assert mention.actor.sector == "LAB"
    mention = _mention('Unison general secretary Ann Hale said: "This is wrong."',
                       "Unison general secretary Ann Hale")
    assert mention.actor.sector == "LAB"


def test_other_secretaries_stay_government():
    found = speaker_codes('Home Secretary Ann Hale said: "The law will change."', "2005-03-01")
    assert found and {s for _, s, _ in found} == {"GOV"}


def test_a_regional_office_is_a_government_office():
    for level in ("a regional disaster relief office", "the regional civil defence office"):
        found = speaker_codes(f'Floods hit the Philippines. Anna Reyes, head of {level}, said "The '
                          'roads are closed and many people have left."', "2005-03-01")
        assert found and found[0][:2] == ("PHL", "GOV")
        assert found[0][2].startswith("described:office:")


def test_a_party_office_reaches_past_a_possessive_a_modifier_and_a_peerage_title():
    text = ('The Liberal Democrats want seats from the Conservatives. Others are targeted, Lib '
            "Dem's elections chief Lord Fenwick said. He said it was \"nothing personal\" but a "
            'matter of votes.')
    mention = _mention(text, "Fenwick")
    assert mention.actor.sector == "PTY"
    assert mention.actor.entry == "office-before:elections chief+party:Lib Dem:GBR"
    found = speaker_codes(text, "2005-03-01")
    assert found and {c for c, _, _ in found} == {"GBR"} and {s for _, s, _ in found} == {"OPP"}
    mention = _mention('Labour said British voters were tired of the Conservatives. Labour '
                       'chairman Sir Peter Cole told reporters: "The advice we got was wrong."',
                       "Peter Cole")
    assert mention.actor.entry == "office-before:chairman+party:Labour:GBR"


def test_a_relation_to_a_role_holder_gives_the_speaker_no_office():
    for relation in ("a friend of the Tory leader", "the wife of the prime minister"):
        found = speaker_codes(f'Labour attacked the Conservatives. Jane Marsh, {relation}, said he '
                          'was "much loved".', "2005-03-01")
        assert found and {s for _, s, _ in found} == {"CVL"}
    found = speaker_codes('Labour attacked the Conservatives. TV presenter Jane Marsh said the Tory '
                      'leader was "very kind". Ms Marsh, a friend of the Tory leader, also said '
                      'he was "much loved".', "2005-03-01")
    assert found and {s for _, s, _ in found} == {"MED"}


def test_a_place_in_a_body_a_body_and_a_place_are_still_read():
    found = speaker_codes('Labour attacked the Conservatives. Jane Marsh, a member of the Tory '
                      'leadership, said he was "much loved".', "2005-03-01")
    assert found and {s for _, s, _ in found} == {"OPP"}
    found = speaker_codes('Jane Marsh, chief executive of the Rivers Trust, said he was "much loved".', "2005-03-01")
    assert found and {s for _, s, _ in found} == {"NGO"}
    found = speaker_codes('Jane Marsh, a resident of Oslo, said he was "much loved".', "2005-03-01")
    assert found and {c for c, _, _ in found} == {"NOR"}


def test_a_roster_person_out_of_office_takes_the_body_they_head_now():
    # Wikinews wording (2019-12-28): a former senator of the roster heads the Red Cross
    for text in ('Floods hit the Philippines. Philippine Red Cross chair Richard Gordon, in '
                 'remarks to reporters, said "A lot of people have lost their homes".',
                 'Floods hit the Philippines. Richard Gordon, chairman of the Philippine Red '
                 'Cross, said "A lot of people have lost their homes".'):
        found = speaker_codes(text, "2019-12-28")
        assert found and found[0][:2] == ("PHL", "NGO")
        assert "#former-cameo+present-body:" in found[0][2]


def test_a_former_body_keeps_the_person_out_of_office():
    found = speaker_codes('Former CIA deputy director Michael Morell said: "He was one of the best '
                      'officers."', "2019-01-22")
    assert found and {s for _, s, _ in found} == {"ELI"}
