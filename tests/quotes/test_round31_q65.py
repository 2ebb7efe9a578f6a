"""Round 31 of issue 14 (branch q65): the speaker's name, round 30's rules checked on made-up news
wording and one new class.

1. A quote inside the "that" clause of a noun of speech with a named author ("an accusation by X
   that ...", "X's accusation that ...") or in what a named author's call asks for ("a call by X
   to publish the "..."") is the author's words, not those of the verb that reports the claim
   (rule ``claim-author``, ``quotes/claims.py``).
2. Round 30's affiliation rule (``quotes/affiliation.py``) read "Critics of the Green Party's Tom
   Reed said" as Tom Reed speaking: a possessor that is a body named on its own makes the subject
   a group of its people, who speak.
3. Round 28's and 30's "named again" look-up (``anaphora._named_by_last_word``) took "the US city
   of Lakeport" for a body named "US city": a noun whose own name follows "of" is only placed by
   the words before it.

Every sentence is made up."""

from tests.quotes.conftest import speaker_of_quote

DATE = "2021-03-01"


def test_a_quote_in_a_named_author_s_claim_is_the_author_s():
    cases = [
        ("Ana Verde says an accusation by Tom Reed that the mayor behaves like a \"tin-pot "
         "dictator\" proves the council is nervous.", "tin-pot", "Tom Reed"),
        ("Ana Verde dismissed Tom Reed's accusation that she was \"a liar and a cheat\" as "
         "nonsense.", "a liar", "Tom Reed"),
        ("The minister said the allegation by Greenpeace that the river was \"poisoned by the "
         "mine\" was false.", "poisoned", "Greenpeace"),
        # a call or demand: what it asks for, with no verb of speech around it
        ("The minister faced a call by Senator Ana Verde to publish the \"whole report\" at "
         "once.", "whole report", "Ana Verde"),
        ("The minister faced a call by former Green MP Tom Reed to publish the \"whole "
         "report\" at once.", "whole report", "Tom Reed"),  # his name, not his party's
        ("Ana Verde rejected Greenpeace demands for a \"total ban\" on fishing.", "total ban",
         "Greenpeace"),
    ]
    for text, words, name in cases:
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker.name == name, (text, speaker)
        assert speaker.rule.startswith("claim-author"), (text, speaker.rule)


def test_the_reporting_verb_keeps_quotes_outside_a_named_claim():
    # a pronoun's claim (left to the verb's speaker), the claim as the subject of what was
    # said, and a claim with no author
    for text, words in (
            ("Ana Verde said his claim that the vote was \"rigged\" was absurd.", "rigged"),
            ("Ana Verde said Tom Reed's claim was \"absurd\" from start to finish.", "absurd"),
            ("Ana Verde said the claim had been \"fully investigated\" by the police.",
             "fully investigated")):
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker.name == "Ana Verde", (text, speaker)
        assert "claim-author" not in (speaker.rule or ""), (text, speaker.rule)


def test_a_group_of_a_named_body_s_people_is_no_body_name():
    text = "Critics of the Green Party's Tom Reed said the plan was \"a betrayal\" of voters."
    speaker = speaker_of_quote(text, "a betrayal", DATE)
    assert speaker.name != "Tom Reed" and "affiliated" not in (speaker.rule or ""), speaker
    text = "Friends of the Earth's Tom Reed said the plan was \"a betrayal\" of voters."
    speaker = speaker_of_quote(text, "a betrayal", DATE)
    assert speaker.name == "Tom Reed" and speaker.rule.endswith("+affiliated"), speaker


def test_a_place_named_after_of_is_no_body_named_by_its_place():
    from detente.nlp import load_nlp
    from detente.quotes.anaphora import _named_by_last_word

    doc = load_nlp()("A water main broke in the US city of Lakeport on Monday. The city issued "
                     "an advisory about the outage.")
    noun = next(t for t in doc if t.lower_ == "city" and t.i > 10)
    assert _named_by_last_word(noun, lambda _: False) is None
    doc = load_nlp()("The agency should be scrapped, the Commons transport committee has said. "
                     "The committee issued a report.")
    noun = next(t for t in doc if t.lower_ == "committee" and t.i > 12)
    assert _named_by_last_word(noun, lambda _: False).text == "Commons transport committee"


def test_a_relative_clause_on_a_claim_is_no_content_clause():
    text = "Ana Verde said the claim that Tom Reed made in May was \"a lie\" from the start."
    speaker = speaker_of_quote(text, "a lie", DATE)
    assert speaker.name == "Ana Verde", speaker


def test_a_call_with_no_named_author_gives_no_quote_to_anyone():
    from tests.quotes.conftest import direct_quotes

    assert not [q for q in direct_quotes("The minister rejected calls to \"pause\" the bill.", DATE)
                if q.speaker is not None and q.speaker.name]


def test_a_restated_own_claim_or_call_is_the_subject_s():
    # "repeated her call for", "renewed his claim that": the possessive is the subject's own
    for text, words, name in (
            ("On Sunday, Green leader Ana Verde repeated her call for a \"pause\" in the building "
             "work.", "pause", "Ana Verde"),
            ("Tom Reed renewed his claim that the count was \"deeply flawed\" on Monday.",
             "deeply flawed", "Tom Reed")):
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker.name == name and speaker.rule.startswith("claim-author"), (text, speaker)
    # another verb leaves "his" unknown: the verb's speaker keeps the quote
    speaker = speaker_of_quote("Ana Verde dismissed his claim that the count was \"deeply flawed\" "
                               "on Monday.", "deeply flawed", DATE)
    assert "claim-author" not in (speaker.rule or ""), speaker
