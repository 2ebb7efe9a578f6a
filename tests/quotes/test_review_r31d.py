"""Review r31d of round 31 (branches q65, q66): the bugs it proved, mended (made-up wording).

1. ``affiliation._a_body_of_its_own``: only a plural group noun ("Allies", "Critics",
   "Supporters") or a relation noun is a group of a named body's people; an office "of" a place
   names the body the person holds it in, and the person speaks ("The Mayor of London's Ana
   Verde said").
2. ``claims.claim_author``: a quote reported by a speech verb inside the claim's clause ("his
   claim that the minister had told him ...", "had described the talks as ...", "had called
   her ...") is that verb's subject's, not the claim's author's; a call's own infinitive ("a call
   from X to report a "..."") is no such verb.
3. ``claims``: a "for" phrase on a call noun counts only when the quote covers what is asked for
   ("China's demand for "clean" coal": economic demand, nobody asks); "his"/"her" on a restated
   call must match the subject's given name ("Ana Verde repeated his call": someone else's).
4. ``rolebefore``: in the role-then-name order only the head of a named body is read ("The judge
   said ... // Ann Hale said" is a bystander); a role the tables give a holder of another name
   that day is not read; the evidence names no role text as a country.
5. ``descriptiontokens.titled_surname``: a kin noun between the titled mention and the speaker,
   or the surname written earlier with another given name, leaves the speaker undescribed.
Risk. ``affiliation.body_kind``: a name ending in a membership word ("Hargreave Group") gives no
   kind (firms and campaigns alike are "Group").
"""

from __future__ import annotations

import detente
from tests.quotes.conftest import last_speaker, speaker_of_quote

DATE = "2005-03-01"


def _entry(speaker) -> str:
    return (speaker.actor.entry or "") if speaker is not None and speaker.actor else ""


def test_an_office_of_a_place_names_the_person_who_holds_it():
    for office, name in (("The Mayor of London's", "Ana Verde"),
                         ("The Governor of Texas's", "Ann Marsh"),
                         ("The President of Kenya's", "Tom Reed")):
        text = f'The plan drew criticism. {office} {name} said: "The plan must be funded."'
        speaker = last_speaker(text, DATE, required=False)
        assert speaker is not None and name in (speaker.name or ""), (office, speaker)


def test_a_plural_group_of_a_body_s_people_still_speaks_for_itself():
    for group in ("Allies of Labour's", "Supporters of Labour's", "Critics of the Green Party's"):
        text = f'The plan drew criticism. {group} Ana Verde said: "She was treated unfairly."'
        speaker = last_speaker(text, DATE, required=False)
        assert speaker is None or "Ana Verde" not in (speaker.name or ""), (group, speaker)


def test_words_a_claim_reports_from_someone_else_are_not_the_claim_author_s():
    for text, words in (
            ('Tom Reed repeated his claim that the minister had told him the deal was "dead in '
             'the water".', "dead in the water"),
            ('Ana Verde rejected Tom Reed\'s claim that the president had described the talks '
             'as "a farce".', "a farce"),
            ('Ana Verde said Tom Reed\'s allegations that the mayor had called her "a liar" '
             'were untrue.', "a liar")):
        quotes = [q for q in detente.code(text, date=DATE).quotes
                  if q.direct and q.content.startswith(words)]
        assert all(q.speaker is None or (q.speaker.name != "Tom Reed"
                                         and "claim-author" not in (q.speaker.rule or ""))
                   for q in quotes), (text, [q.speaker for q in quotes])


def test_a_claim_author_still_speaks_without_a_speech_verb_in_between():
    text = ('The mayor hit back on Tuesday. Ana Verde said a claim by Tom Reed that she acts like '
            'a "tin-pot dictator" was absurd.')
    assert speaker_of_quote(text, "tin-pot", DATE).name == "Tom Reed"
    text = ('The alarm was raised by a call from Tom Reed to report a "suspicious package" at the '
            'station, police said.')
    assert speaker_of_quote(text, "suspicious package", DATE).name == "Tom Reed"


def test_a_quoted_word_beside_what_a_demand_is_for_is_no_call():
    for text, words in (
            ('Oil prices rose on Monday. Analysts said China\'s demand for "clean" coal had '
             'doubled since May.', "clean"),
            ('Britain\'s demand for "affordable" housing has outstripped supply, the report '
             'said.', "affordable")):
        quotes = [q for q in detente.code(text, date=DATE).quotes
                  if q.direct and q.content.startswith(words)]
        assert all(q.speaker is None or "claim-author" not in (q.speaker.rule or "")
                   for q in quotes), (text, [q.speaker for q in quotes])


def test_what_a_call_asks_for_quoted_is_still_the_caller_s():
    text = 'The US demand for a "full inquiry" was backed by France, Ana Verde said.'
    assert speaker_of_quote(text, "full inquiry", DATE).name == "US"
    text = 'Ana Verde repeated her call for a "total ban" on the weapons. Tom Reed said he agreed.'
    assert speaker_of_quote(text, "total ban", DATE).name == "Ana Verde"


def test_a_restated_call_of_the_other_gender_is_not_the_subject_s():
    text = 'Ana Verde repeated his call for a "total ban" after meeting Tom Reed on Monday.'
    quotes = [q for q in detente.code(text, date=DATE).quotes if q.direct]
    assert all(q.speaker is None or q.speaker.name != "Ana Verde" for q in quotes)


def test_a_bare_name_after_a_plain_person_role_is_a_bystander():
    for text in (
            'Farmers in Britain protested on Monday about milk prices. The agriculture minister '
            'said prices would recover. Tom Reed said: "We cannot wait that long."',
            'Crowds gathered outside the court in London. The judge said the case was complex. '
            'Ann Hale, 42, said outside: "Justice has not been done."',
            'The defence secretary toured the base on Friday. Tom Reed, 19, said: "Morale is '
            'low."'):
        speaker = last_speaker(text, DATE, required=False)
        assert "role-before" not in _entry(speaker) and speaker.actor.sector == "CVL", speaker


def test_a_headline_name_is_not_the_holder_the_tables_name_that_day():
    text = ("Tom Reed: 'Morale is low'\n\nThe defence secretary toured the base on Friday. "
            'Tom Reed said: "Nobody told us."')
    speaker = last_speaker(text, DATE, required=False)
    assert "role-before" not in _entry(speaker) and "country:The" not in _entry(speaker)


def test_a_relative_of_a_titled_person_takes_no_title():
    text = ('Science Minister Lord Fenwick opened the lab in London on Monday. Protesters outside '
            'included his estranged son. Tom Fenwick said: "My father is wrong."')
    assert "minister" not in _entry(last_speaker(text, DATE, required=False))
    text = ('Science Minister Lord Fenwick opened the lab in London on Monday. Lord Fenwick, born '
            'Roy Fenwick, was late. Tom Fenwick said: "The lab is late."')
    assert "minister" not in _entry(last_speaker(text, DATE, required=False))
    text = ('Science Minister Lord Fenwick opened the lab in London on Monday. Later David '
            'Fenwick said: "The lab will create jobs."')
    assert _entry(last_speaker(text, DATE, required=False)) == "described:title:minister"


def test_a_group_name_gives_no_kind_but_other_body_words_do():
    for body, sector in (("Hargreave Group", "CVL"), ("Redcliffe Holdings", "BUS")):
        text = f'Shares fell sharply in London.  Peter Lyle, {body} said: "We expect a weak year."'
        speaker = last_speaker(text, DATE, required=False)
        assert speaker.name == "Peter Lyle" and speaker.actor.sector == sector, (body, speaker)
