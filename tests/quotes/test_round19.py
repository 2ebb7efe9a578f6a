"""Round 19 of issue 14 (PolNeAR dev part): a document that is itself the subject of its cue
keeps its words as the speaker span while the speaker is named as its issuer, an outlet that
quotes someone "as saying" likewise, and a message's subject line, hashtag or caption quoted
after "with", "in" or "under" is its writer's words; every sentence here is made up."""

from tests.quotes.conftest import direct_quotes, speaker_of_quote, speaker_words

DATE = "2016-10-20"


# A document that is the subject of its cue: the span is the document, the name its issuer.

EMAIL = ('Mayor Dana Hale sent an email to staff on Monday. "The plant will stay open until '
         'spring," the email said.')


def test_the_email_said_keeps_the_email_as_the_span_and_names_its_sender():
    speaker = speaker_of_quote(EMAIL, "The plant", DATE)
    assert speaker_words(EMAIL, speaker) == "the email"
    assert speaker.name == "Dana Hale"
    assert "document-words" in speaker.rule


STATEMENT_FROM = 'A statement from the city council said: "The plant will stay open until spring."'


def test_a_statement_from_a_body_spans_the_statement_and_its_issuer():
    speaker = speaker_of_quote(STATEMENT_FROM, "The plant", DATE)
    assert speaker_words(STATEMENT_FROM, speaker) == "A statement from the city council"
    assert speaker.name and "city council" in speaker.name
    assert "document-words" in speaker.rule


def test_control_a_statement_someone_released_keeps_the_issuer_as_the_span():
    text = 'Mayor Dana Hale released a statement: "The plant will stay open until spring."'
    speaker = speaker_of_quote(text, "The plant", DATE)
    assert speaker_words(text, speaker) == "Mayor Dana Hale"
    assert "document-words" not in speaker.rule


def test_control_a_person_who_said_it_is_unchanged():
    text = 'Mayor Dana Hale said: "The plant will stay open until spring."'
    speaker = speaker_of_quote(text, "The plant", DATE)
    assert speaker_words(text, speaker) == "Mayor Dana Hale"
    assert "document-words" not in speaker.rule


# An outlet that quotes someone "as saying": the outlet's words at the cue, the person named.

RELAYED = ('"We will not close the plant," the Daily Courier quoted Dana Hale, the mayor of '
           'Springfield, as saying.')


def test_an_outlet_quoting_someone_as_saying_spans_the_outlet_and_names_the_person():
    speaker = speaker_of_quote(RELAYED, "We will not", DATE)
    assert speaker_words(RELAYED, speaker) == "the Daily Courier"
    assert speaker.name == "Dana Hale"
    assert "relayed-by" in speaker.rule


def test_control_an_outlet_that_said_it_is_the_speaker():
    text = '"We will not close the plant," the Daily Courier said, quoting Dana Hale.'
    speaker = speaker_of_quote(text, "We will not", DATE)
    assert "relayed-by" not in speaker.rule


# A message's subject line, hashtag or caption: its writer's words, however short.

NOTE = ('Union leader Carla Menzies wrote to the senator on Monday. Later she dashed off a note '
        'to the chairman with the subject line, "It worked!"')


def test_a_subject_line_is_the_words_of_the_notes_writer():
    speaker = speaker_of_quote(NOTE, "It worked", DATE)
    assert speaker.name == "Carla Menzies"
    assert speaker.rule.endswith("+message-line")


HASHTAG = ('Mr. Dale Brook wrote about the plan. "Thanks, everyone!!!" responded campaign '
           'treasurer Pat Ruiz, punctuating his message with the hashtag "#BigDay."')


def test_a_hashtag_is_the_words_of_the_messages_writer():
    speaker = speaker_of_quote(HASHTAG, "#BigDay", DATE)
    assert speaker.name == "Pat Ruiz"
    assert speaker.rule.endswith("+message-line")


def test_a_caption_is_the_words_of_the_poster():
    text = 'Senator Mia Crane posted a photo of the bridge with the caption, "Back to work."'
    speaker = speaker_of_quote(text, "Back to work", DATE)
    assert speaker.name == "Mia Crane"


def test_control_a_title_or_a_banners_words_are_no_message_line():
    text = ('Senator Mia Crane wrote a book with the title "Back to Work". Protesters waved a '
            'banner with the words "Close it".')
    assert not any(q.rule == "direct:message-line" for q in direct_quotes(text, DATE))


# A short whole sentence after a colon that closes a clause: the clause subject's words.

REQUEST = ('Governor Jo Park also forwarded the memo to her aide with a request she often made: '
           '"Pls print."')


def test_a_short_sentence_after_a_colon_closing_a_clause_is_its_subjects():
    speaker = speaker_of_quote(REQUEST, "Pls print", DATE)
    assert speaker.name == "Jo Park"
    assert speaker.rule.endswith("+colon-clause")
    quote = next(q for q in direct_quotes(REQUEST, DATE) if q.content.startswith("Pls"))
    assert quote.cue is None  # the colon is no speech cue


def test_control_a_name_after_a_colon_is_no_quote():
    for text in ('Senator Mia Crane named her dog: "Rex."',
                 'Senator Mia Crane gave the film its title: "Big Fish."',
                 'The film has a short title: "Jaws Two."'):
        assert not any(q.rule == "direct:after-colon-clause" for q in direct_quotes(text, DATE)), text


def test_control_a_document_that_came_from_someone_keeps_the_issuer_as_the_span():
    text = 'The warning came from Mayor Tom Reyes: "The river will rise tonight."'
    speaker = speaker_of_quote(text, "The river", DATE)
    assert "document-words" not in speaker.rule
    assert speaker.name == "Tom Reyes"
