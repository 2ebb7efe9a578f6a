"""Round 32 of issue 14 (branch q68): quotes the stage never found.

1. A partial quote whose closing punctuation stands inside the marks at the end of its sentence
   ('claimed the strike could go on for "months."') lies inside the reported clause of the verb
   that governs it: the clause leaves the full stop out, so the quote is compared by its words
   (``partial.clause_holding``, rule ``direct:in-reported-clause``).
2. A partial quote in a sentence with no cue, right after a sentence that reports a named
   speaker's statement in the same paragraph, goes on in that speaker's words (rule
   ``direct:after-statement``, ``quotes/afterstatement.py``); not a phrase in the subject, a
   capitalised name, a one-word quote, a quote after a paragraph break or a sentence that
   names someone else.
3. A quote in the reported clause of a participle with no subject of its own, fronted before a
   cue that reports a clause of its own ('While accepting that voters "have to be patient",
   Ana Verde said she had doubts'), is the cue's speaker's (``partial.in_participle_clause``);
   a phrase the participle takes as an object ('Commenting on the "cash for honours" affair')
   stays a name.

Every sentence is made up."""

from tests.quotes.conftest import quote_rules

DATE = "2021-03-01"


def test_a_partial_quote_with_its_full_stop_inside_the_marks_is_in_the_reported_clause():
    for text, words, name in (
            ("Mayor Ana Verde claims the strike could drag on for \"months.\" The council "
             "meets on Monday.", "months.", "Ana Verde"),
            ("Union leader Tom Reed claims the dispute could go on for \"years!\" The board "
             "disagrees.", "years!", "Tom Reed"),
    ):
        found = [f for f in quote_rules(text, DATE) if f[0] == words]
        assert found and found[0][1] == name and found[0][2].startswith(
            "direct:in-reported-clause"), (text, quote_rules(text, DATE))


def test_a_partial_quote_in_the_sentence_after_a_statement_is_the_speaker_s():
    cases = [
        # a reported statement with the cue before, a quoted verb phrase in the next sentence
        ("Ana Verde said the depot would close in May. Any new plan must \"protect the jobs\" "
         "of the drivers.", "protect the jobs", "Ana Verde"),
        # the cue after the statement, a quoted noun phrase after the main verb
        ("The rest would go on new buses, Tom Reed added. However, the remainder would cut some "
         "of the \"unfair fares\".", "unfair fares", "Tom Reed"),
        # a direct quote before, a long partial quote in the next sentence
        ("Ana Verde said rents were \"far too high\". Any new scheme must be \"fair to tenants "
         "and landlords alike, and not rushed through\" in May.", "fair to tenants", "Ana Verde"),
    ]
    for text, words, name in cases:
        found = [f for f in quote_rules(text, DATE) if f[0].startswith(words)]
        assert found and found[0][1] == name and found[0][2] == "direct:after-statement", (
            text, quote_rules(text, DATE))


def test_terms_names_and_other_voices_after_a_statement_stay_out():
    cases = [
        "Ana Verde said rents would rise. Tenants in the \"old quarter\" agree.",  # the subject
        "Ana Verde said rents would rise. Tom Reed thinks the plan is \"pure folly\".",  # a voice
        "Ana Verde said rents would rise. The council will review the \"Housing Plan\" soon.",
        "Ana Verde said rents would rise. The council will review the \"reform\" soon.",  # 1 word
        "Ana Verde said rents would rise.\n\nThe council will review the \"housing plan\" soon.",
        "Ana Verde said rents would rise. That was not so for \"social housing\" tenants.",  # a term
        "Rents rose in May. The council will review the \"housing plan\" soon.",  # no speaker
    ]
    for text in cases:
        assert not [f for f in quote_rules(text, DATE) if f[2] == "direct:after-statement"], (
            text, quote_rules(text, DATE))


def test_a_quote_in_a_fronted_participle_s_clause_is_the_cue_s_speaker_s():
    for text, words, name in (
            ("While accepting that voters \"have to be patient\" with the reforms, Ana Verde said "
             "she had doubts about the timetable.", "have to be patient", "Ana Verde"),
            ("Admitting that the scheme had been \"badly run from the start\", Tom Reed said a "
             "review would follow.", "badly run", "Tom Reed"),
    ):
        found = [f for f in quote_rules(text, DATE) if f[0].startswith(words)]
        assert found and found[0][1] == name, (text, quote_rules(text, DATE))
    text = "Commenting on the \"cash for honours\" affair, Ana Verde said she was worried."
    assert quote_rules(text, DATE) == [], quote_rules(text, DATE)
