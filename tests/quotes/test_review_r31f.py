"""Review r31f of round 31 (f72's quote mends): the bugs it proved, mended (made-up wording).

5. ``rolebefore._role_of``: the head of a named body that only ``describe`` places ("The
   chairwoman of the Kenya Port Shippers' Federation said ... // Ann Wanjiru said") is the head
   of a named body; a bare head ("The transport secretary said ...") is still a bystander.
6. ``claims._a_speech_verb``: an evidential cue verb with a thing for subject ("his claim that the
   figures revealed "..."") reports nobody's words: the claim's author speaks.
7. ``claims._asks_the_quote``: a quote anywhere in what a "for" phrase asks for ("her call for a
   ban on "junk food" adverts") is the call's; an adjective on the asked thing's head ("demand
   for "clean" coal") still is not.
8. ``descriptiontokens._another_of_the_name``: only an owned kin noun ("his son") may be another
   of the family; "the mothers of the children" is nobody's.
"""

from __future__ import annotations

import detente
from tests.quotes.conftest import last_speaker

DATE = "2021-03-01"


def _speakers(text: str, date: str = DATE):
    return [(q.content, q.speaker) for q in detente.code(text, date=date).quotes]


def test_the_head_of_a_body_describe_places_names_the_next_speaker():
    for text, sector in (
            ("Dock workers in Mombasa walked out. The chairwoman of the Kenya Port Shippers' Federation "
             'said the strike was illegal. Ann Wanjiru said: "We lose money every day."', "NGO"),
            ("Drivers in Lagos stopped work. The president of the Nigeria Union of Road Transport "
             'Workers said the fares were unfair. Musa Bello said: "We cannot feed our families."', "LAB")):
        speaker = last_speaker(text, DATE, required=False)
        assert speaker.actor.sector == sector, speaker.actor
        assert "role-before:body:" in speaker.actor.entry
    speaker = last_speaker('The transport secretary said the plan was sound. Peter Marsh said: "I was not consulted."', DATE, required=False)
    assert "role-before" not in (speaker.actor.entry or "") if speaker.actor else True


def test_an_evidential_verb_with_a_thing_for_subject_leaves_the_claim_its_author_s():
    for clause in ('the figures revealed "systematic fraud"', 'the audit confirmed "gross negligence"',
                   'the report suggested a "cover-up"'):
        found = _speakers(f"Tom Reed renewed his claim that {clause} at the agency.")
        assert any(s is not None and s.name == "Tom Reed" for _, s in found), (clause, found)
    found = _speakers('Tom Reed renewed his claim that the minister had told him the plan was "dead".')
    assert all(s is None or s.name != "Tom Reed" for _, s in found), found


def test_a_quote_inside_what_a_call_asks_for_is_the_caller_s():
    # round 35 (q75, quotes/embedded.py): the reported clause around the fragment is added with
    # the same speaker; the fragment's own speaker is what this test is about
    for text, fragment, caller in (
            ('Ana Verde repeated her call for a ban on "junk food" adverts during school hours.',
             "junk food", "Ana Verde"),
            ('Tom Reed renewed his call for an inquiry into the "shameful" treatment of the workers.',
             "shameful", "Tom Reed")):
        quotes = detente.code(text, date=DATE).quotes
        assert [(q.content, q.speaker.name) for q in quotes if q.direct and q.speaker] == [
            (fragment, caller)]
        assert all(q.speaker and q.speaker.name == caller for q in quotes if not q.direct)
    found = _speakers('Ana Verde criticised China\'s demand for "clean" coal.')
    assert all(s is None or s.rule is None or "claim-author" not in s.rule for _, s in found)


def test_only_an_owned_kin_noun_may_be_another_of_the_family():
    text = ("Science Minister Lord Fenwick opened the lab on Monday. He thanked the mothers of the "
            'children. Tom Fenwick said: "This is a great day."')
    speaker = last_speaker(text, DATE, required=False)
    assert speaker.actor is not None and speaker.actor.sector == "GOV", speaker.actor
    text = ("Science Minister Lord Fenwick opened the lab on Monday. He thanked his son. "
            'Tom Fenwick said: "This is a great day."')
    speaker = last_speaker(text, DATE, required=False)
    assert speaker.actor is None or speaker.actor.sector != "GOV", speaker.actor
