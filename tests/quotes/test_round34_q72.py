"""Round 34 of issue 14 (branch q72): the speaker's name.

1. A quote inside a claim noun's content clause whose "that" is left out ("rounded on Green
   claims she had ...", "dismissed Green suggestions the plan would ...") is the named claimant's,
   as with "that" (round 31, ``quotes/claims.py``); a relative clause without "that" ("the claims
   the council made") is no content clause.

Every sentence is made up."""

from tests.quotes.conftest import direct_quotes, speaker_of_quote

DATE = "2021-03-01"


def test_a_claim_clause_without_that_is_the_claimant_s():
    cases = [
        # the parser hangs the clause on the verb, not on "claims"
        ("The mayor hit back at Greenpeace claims she had treated the river as a \"private "
         "drain\".", "private drain", "Greenpeace"),
        # the clause on the noun itself, passive
        ("But Ana Verde brushed off Labour suggestions the bridge would be finished \"far too "
         "late\".", "far too late", "Labour"),
        # the clause an adverbial clause of the verb
        ("But the minister waved away Green Party suggestions a new road would mean cutting "
         "the forest down \"for nothing\".", "for nothing", "Green Party"),
    ]
    for text, words, name in cases:
        speaker = speaker_of_quote(text, words, DATE)
        assert speaker is not None and speaker.name == name, (text, speaker)
        assert speaker.rule.startswith("claim-author"), (text, speaker.rule)


def test_a_relative_or_adverbial_clause_is_no_claim_clause():
    for text, words in (
            ("Ana Verde rejected the Greenpeace claims the council made about \"dirty water\" "
             "last year.", "dirty water"),
            ("Ana Verde dismissed the Greenpeace claims as the council heard \"new evidence\" "
             "from the farmers.", "new evidence")):
        found = [q for q in direct_quotes(text, DATE) if q.content.startswith(words)]
        assert all(q.speaker is None or not q.speaker.rule.startswith("claim-author")
                   for q in found), (text, found)


def test_a_fragment_in_a_thing_s_clause_is_the_reporter_s():
    text = ("Tom Reed, the chairman, wrote to the regulator on Monday. He says evidence from the "
            "branches suggests there are \"many\" such calls.")
    speaker = speaker_of_quote(text, "many", DATE)
    assert speaker is not None and speaker.name == "Tom Reed", speaker
    assert "+outer-reporter" in speaker.rule, speaker.rule
    text = "Ana Verde says data from local branches suggests there are \"hundreds of\" such calls."
    assert speaker_of_quote(text, "hundreds of", DATE).name == "Ana Verde"


def test_a_body_or_a_long_quote_keeps_the_inner_reading():
    text = "Ana Verde says the ministry suggests there are \"hundreds of\" such calls a week."
    speaker = speaker_of_quote(text, "hundreds of", DATE)
    assert speaker is None or "+outer-reporter" not in (speaker.rule or ""), speaker
    text = ("Ana Verde says data from local branches suggests the scheme is \"failing the very "
            "people it was set up to help\" this year.")
    speaker = speaker_of_quote(text, "failing", DATE)
    assert speaker is None or "+outer-reporter" not in (speaker.rule or ""), speaker
