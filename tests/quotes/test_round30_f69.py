"""Round 30 review r30c (branch f69): bugs of the merged round's quote rules, on made-up wording.

1. The look-up of a body a bare "the report" / "the campaign" names again
   (``anaphora._named_by_last_word``, rule ``definite>named-body``) took any earlier token of the
   same lemma, a verb included ("Scientists at X reported ... The report said": the whole clause
   became the name), and counted a month as the name that qualifies the phrase ("the March
   campaign"). The earlier word must be a noun, and a date or time is no qualifying name.
2. ``antecedents.reporter_over_reported`` gave a "he" linked to a reported person to the
   reporter even when the second sentence names what was done to the reported person with the
   pronoun's own possessive ("... expelled X and Y, its chairman Z said. He said he would appeal
   against his expulsion"): the linked person speaks there.
3. ``affiliation.affiliated_person`` read a person's title with "of" as a body's name ("The
   Prince of Wales's Ann Marsh said"); a person or head role word or a peerage title is no body.
"""

from __future__ import annotations

import detente
from tests.quotes.conftest import speaker_of_quote

DATE = "2019-06-01"


def test_a_verb_of_the_same_lemma_names_no_body():
    for text in (
            "Scientists at Harvard University reported in May that the vaccine was safe. The "
            "report said side effects were mild.",
            "Economists at the Bank of England reported on Monday that growth had stalled. The "
            "report said inflation would stay high.",
            "Senators Jane Roe and Tom Bell reviewed the contract for months. The review "
            "concluded that the deal broke the law."):
        coded = detente.code(text, date=DATE)
        for quote in coded.quotes:
            speaker = quote.speaker
            if speaker is None:
                continue
            assert "definite>named-body" not in (speaker.rule or ""), (text, speaker)
            assert not (speaker.name or "").endswith(("reported", "reviewed")), (text, speaker)


def test_a_month_is_no_name_of_the_body():
    text = ("For Green candidate Ann Marsh, the March campaign began badly. According to the "
            "campaign, her bus broke down twice in Leeds.")
    speaker = speaker_of_quote(text, "her bus broke down", DATE, direct=False)
    assert speaker.name != "March campaign" and "definite>named-body" not in (speaker.rule or "")


def test_a_named_body_is_still_named_again():
    text = ("The Commons transport committee questioned rail bosses on Tuesday. The committee "
            "said the timetable had collapsed.")
    speaker = speaker_of_quote(text, "the timetable had collapsed", DATE, direct=False)
    assert speaker.name == "Commons transport committee", speaker
    assert "definite>named-body" in speaker.rule


def test_the_reported_person_speaking_of_what_was_done_to_him():
    for text, words, name in (
            ("The party has expelled councillors Tom Bell and Joe Kerr, its chairman Mark Hale "
             "said. He said he would appeal against his expulsion.", "he would appeal", "Tom Bell"),
            ("The club has dismissed coach Tom Bell, its owner Mark Hale said. He said he would "
             "challenge his dismissal in court.", "he would challenge", "Tom Bell")):
        speaker = speaker_of_quote(text, words, DATE, direct=False)
        assert speaker.name == name, (text, speaker)
        assert "over-reported" not in (speaker.rule or ""), speaker


def test_the_reporter_still_speaks_when_his_words_name_no_act_done_to_the_other():
    text = ("The party has expelled councillors Tom Bell and Joe Kerr, its chairman Mark Hale "
            "said. He said his party would recover.")
    speaker = speaker_of_quote(text, "his party would recover", DATE, direct=False)
    assert speaker.name == "Mark Hale", speaker


def test_a_persons_title_with_of_is_no_body_of_the_affiliation_rule():
    coded = detente.code("The Prince of Wales's Ann Marsh said the charity would expand.",
                         date=DATE)
    assert not any("+affiliated" in (q.speaker.rule or "") for q in coded.quotes if q.speaker)
    text = "Friends of the Earth's Tom Reed said the new runway would break climate targets."
    speaker = speaker_of_quote(text, "the new runway", DATE, direct=False)
    assert speaker.name == "Tom Reed" and "+affiliated" in speaker.rule
