"""Round 21 of issue 14 (branch q44; the tune part of PolNeAR's train split and the dev half
of its test split): a cue verb after a quote that reports a clause of its own is not the
quote's cue; a participle set off by a comma inside the closing quote mark speaks for the
reporter; a sentence-opening quote ending in a comma and followed by "he declared" is speech
however it is cased. Every sentence here is made up."""

from tests.quotes.conftest import direct_quotes, speaker_of_quote, speaker_words

DATE = "2016-05-01"


def _quote(text: str, words: str):
    return next((q for q in direct_quotes(text, DATE) if q.content.startswith(words)), None)


# A cue verb after the quote with a reported clause of its own.

def test_a_quote_in_a_phrase_before_a_cue_with_its_own_clause_is_no_quote():
    text = ('To a question on the "sale of state land to builders," Ames said private buyers '
            'pay more for every plot.')
    assert _quote(text, "sale of state") is None


def test_a_title_in_the_subject_before_a_cue_with_its_own_clause_is_no_quote():
    text = 'The film, titled "Why Now?", concludes that the port is too costly to keep open.'
    assert _quote(text, "Why Now") is None


def test_a_quote_before_a_conjoined_cue_with_its_own_clause_is_not_its_words():
    text = ('Jo Roe, the former mayor, proposed we "tighten our belts and sell the ferry" and '
            'said the council should resign.')
    assert _quote(text, "tighten our belts") is None


def test_a_quote_before_a_cue_in_a_relative_clause_is_not_its_words():
    text = ('They included a young "party aide and campaign worker" with whom the report says '
            'he met at his home.')
    assert _quote(text, "party aide") is None


def test_control_a_quote_with_its_trailing_cue_keeps_it():
    text = '"We will win this race and the next one," Dana Hale said on Monday.'
    quote = _quote(text, "We will win")
    assert "cue:say" in quote.rule and quote.speaker.name == "Dana Hale"


def test_control_a_split_quote_keeps_its_cue():
    text = '"We will win this race," Dana Hale said, "because our people are strong."'
    assert all(q.speaker.name == "Dana Hale" for q in direct_quotes(text, DATE))
    assert len(direct_quotes(text, DATE)) == 2


def test_control_a_cue_whose_clause_tells_of_the_quote_keeps_it():
    # the clause's verb is itself a cue: "recalls her editor telling her"
    text = ('"If you cannot take this, you cannot cover the council," Ms. Dale recalls her '
            'editor telling her when she was a reporter.')
    quote = _quote(text, "If you cannot")
    assert quote.speaker.name == "Dale"


def test_control_an_inverted_cue_keeps_its_quote():
    # the parser may give "said"'s subject to a clause it finds in a group's name
    text = ('"What is coming is a fight for the ages," said Dan Brook, a party aide who heads '
            'the pro-Kerr group Correct the Record.')
    quote = _quote(text, "What is coming")
    assert quote is not None and quote.speaker.name == "Dan Brook"


# A participle set off by a comma inside the closing quote mark.

def test_a_participle_after_a_comma_inside_the_marks_is_the_reporters():
    text = ('In an interview Monday, Jo Roe said the process of writing the plan could be '
            '“messy,” adding, “Democracy is messy.”')
    speaker = speaker_of_quote(text, "Democracy", DATE)
    assert speaker_words(text, speaker) == "Jo Roe"
    assert "reporting-clause" in speaker.rule


def test_control_a_participle_with_no_comma_is_the_clause_subjects():
    text = 'Jo Roe said the plan could be "messy" adding "Democracy is messy."'
    speaker = speaker_of_quote(text, "Democracy", DATE)
    assert "reporting-clause" not in (speaker.rule or "")


# A sentence-opening quote ending in a comma, then a subject pronoun and its cue verb.

def test_a_capitalised_quote_before_he_declared_is_speech():
    text = 'Turnout rose sharply. "BIG WIN FOR US," he declared in a post after the vote.'
    quote = _quote(text, "BIG WIN")
    assert quote is not None and "comma-pronoun-cue" in quote.rule
    assert speaker_words(text, quote.speaker) == "he"


def test_control_a_title_inside_a_sentence_before_she_said_is_no_quote():
    text = 'The film is titled "Rain Man," she said.'
    assert _quote(text, "Rain Man") is None


def test_control_a_capitalised_quote_with_no_cue_after_is_no_quote():
    text = 'Turnout rose sharply. "BIG WIN FOR US," the banner over the hall read in red.'
    quote = _quote(text, "BIG WIN")
    assert quote is None or "comma-pronoun-cue" not in (quote.rule or "")


# "in X's words", "in X's view".

def test_in_a_named_owners_words_before_the_quote_is_the_owners():
    text = ('The fair was held in Haifa because, in Forbes’ words, “they are the most inventive '
            'places on the planet.”')
    quote = _quote(text, "they are")
    assert quote is not None and "in-their-words" in quote.rule
    assert quote.speaker.name == "Forbes" and "in-their-words" in quote.speaker.rule


def test_in_a_named_owners_view_after_the_quote_is_the_owners():
    text = ('The mayor spoke at length. “This is a failure across the board” from schools to '
            'roads, in Bolton’s view.')
    quote = _quote(text, "This is a failure")
    assert quote is not None and quote.speaker.name == "Bolton"


def test_control_in_his_words_is_not_this_rule():
    text = 'In his words, “we have run out of money and time.”'
    quote = _quote(text, "we have run")
    assert quote is None or "in-their-words" not in (quote.rule or "")


def test_control_in_the_end_is_no_cue():
    text = 'In the end, “we have run out of money and time.”'
    quote = _quote(text, "we have run")
    assert quote is None or "in-their-words" not in (quote.rule or "")


def test_control_a_short_term_beside_in_a_named_view_is_no_quote():
    text = 'In Bolton’s view, the “reset” failed within a year.'
    quote = _quote(text, "reset")
    assert quote is None or "in-their-words" not in (quote.rule or "")
