"""Each quote pattern on a real sentence, through the whole pipeline (real spaCy parse)."""

from __future__ import annotations

from functools import cache

import pytest

import detente
from detente.resources import Resources


@cache
def shared_resources() -> Resources:
    """Stage data loaded once for the module (each ``detente.code`` call would reload it)."""
    return Resources()


def quotes_of(text: str):
    return detente.code(text, date="2021-06-16", resources=shared_resources()).quotes


def only(quotes, direct: bool):
    return [q for q in quotes if q.direct is direct]


def test_direct_quote_split_around_the_cue():
    # "...," he said, "..." : two pieces, one cue, one speaker
    qs = only(quotes_of('"It\'s horrifying," Tapper said, "and it will have an impact."'), True)
    assert [q.content for q in qs] == ["It's horrifying", "and it will have an impact."]
    assert {q.cue for q in qs} == {"said"} and {q.speaker.text for q in qs} == {"Tapper"}


def test_multi_sentence_quote_with_cue_after_it():
    # a quote of several sentences, the cue in the sentence that closes it
    qs = only(quotes_of("“She has experience. She does not let her feelings get in the way,” "
                        "the newspaper wrote."), True)
    assert len(qs) == 1 and qs[0].content.startswith("She has experience. She does")
    assert qs[0].speaker.text == "the newspaper" and qs[0].cue == "wrote"


def test_multi_paragraph_quote_keeps_its_speaker():
    # the second paragraph has no cue: it continues the quote of the one before
    text = ("“People are blaming it all on immigrants,” Marie Dupont told AFP.\n\n"
            "“They want to blame it on something that is coming from outside.”")
    qs = only(quotes_of(text), True)
    assert len(qs) == 2
    assert qs[1].rule == "direct:continuation" and qs[1].speaker.name == qs[0].speaker.name
    assert qs[1].cue_start == qs[0].cue_start


def test_partial_quote_inside_reported_speech():
    # said relations were "hard to say": a direct partial quote nested in the reported clause
    qs = quotes_of('Putin said it was "hard to say" if relations with the United States would improve.')
    direct, reported = only(qs, True), only(qs, False)
    assert [q.content for q in direct] == ["hard to say"]
    assert reported and reported[0].content.startswith('it was "hard to say" if relations')
    assert direct[0].speaker.text == reported[0].speaker.text == "Putin"


@pytest.mark.parametrize("text", [
    # a scare quote on a single word used as a term, no cue attributes it
    "Biden flashed a 'thumbs-up' to reporters as he left the villa.",
    # a title of a work under a preposition, even next to a speech verb
    'The campaign manager acknowledged the gap on NBC\'s "Meet the Press" on Sunday.',
    # a title right after a speech verb, parsed as its complement
    "Podesta told NBC’s “Meet the Press” that the campaign was confident.",
    # a book title as the source of "according to"
    'He was paid $2 million, according to "Man of the World," a book by Joe Conason.',
    # a nickname
    'Senator Smith, known as "The Hammer", arrived in Washington on Monday.',
])
def test_scare_quotes_titles_and_nicknames_are_not_quotations(text):
    assert only(quotes_of(text), True) == []


def test_short_quote_counts_when_a_cue_governs_it():
    # one word, but "emphasising" governs it: an attributed quotation
    qs = only(quotes_of('Biden told journalists, emphasising that discussions were "positive".'), True)
    assert [q.content for q in qs] == ["positive"] and qs[0].speaker.text == "Biden"


@pytest.mark.parametrize("text, cue, speaker, content", [
    # X said (that) ...
    ("Putin said that some compromises could be found.", "said", "Putin",
     "that some compromises could be found"),
    # X told Y (that) ...
    ("Biden told reporters the talks had been constructive.", "told", "Biden",
     "the talks had been constructive"),
    # according to X, ...
    ("According to officials, the first round of talks lasted almost two hours.",
     "According to", "officials", "the first round of talks lasted almost two hours"),
    # X accused Y of ...
    ("He also accused Kyiv of breaking the terms of a ceasefire agreement.", "accused", "He",
     "Kyiv of breaking the terms of a ceasefire agreement"),
    # X called Y Z: the object and its predicate
    ("She called him a misogynist.", "called", "She", "him a misogynist"),
    # X told Y not to ...: a clause verb reporting through an object and an infinitive
    ("Putin warned Washington not to treat his country like a rival.", "warned", "Putin",
     "Washington not to treat his country like a rival"),
    # X warned that ...
    ("The minister warned that sanctions would follow any attack.", "warned", "The minister",
     "that sanctions would follow any attack"),
])
def test_indirect_speech(text, cue, speaker, content):
    qs = only(quotes_of(text), False)
    assert len(qs) == 1
    q = qs[0]
    assert (q.cue, q.speaker.text, q.content) == (cue, speaker, content)
    assert text[q.start:q.end] == q.content and text[q.cue_start:q.cue_end] == q.cue


def test_abbreviation_before_a_fronted_quote_keeps_the_reported_clause():
    # the stop of "Mr." is no sentence end: the clause that opens with words of its own before
    # the partial quote is reported speech, the quote nested in it
    text = "Mr. Trump's returns ''show that there are ways to avoid taxation,'' said Jacob Leibenluft."
    qs = quotes_of(text)
    assert [q.direct for q in qs] == [False, True]
    assert qs[0].content.startswith("Mr. Trump's returns ''show") and qs[0].cue == qs[1].cue


def test_said_that_survives_a_parse_that_misses_the_clause():
    # the parser takes "that" for a preposition here; the reported clause is still what
    # follows "said that", with the partial quote nested in it
    text = ('A Dow spokeswoman said that the company\'s participation in the foundation dated '
            'to 2007 and that the charity was "aligned to core business and citizenship '
            'strategies."')
    qs = quotes_of(text)
    reported = only(qs, False)
    assert reported and reported[0].content.startswith("that the company's participation")
    assert reported[0].speaker.text == "A Dow spokeswoman"


def test_pronoun_speaker_is_resolved_to_the_named_person():
    # "he" at the cue names the person of the sentence before
    text = ('Putin said the meeting had been constructive. '
            'He said there was a "glimpse of hope" regarding mutual trust.')
    qs = [q for q in quotes_of(text) if q.speaker and q.speaker.text == "He"]
    assert qs and all("Putin" in q.speaker.name for q in qs)


def test_colon_attribution_of_a_reaction_list():
    # Name, Outlet: "..." (no verb): the colon is the cue, the line before it the speaker
    text = ('Reactions poured in.\n\nGerald F. Seib, The Wall Street Journal: "It looked for a '
            'while as if the debate would change the race."')
    qs = only(quotes_of(text), True)
    assert len(qs) == 1 and qs[0].cue == ":" and qs[0].speaker.name == "Gerald F. Seib"


def test_speaker_is_never_a_word_of_the_quote():
    # the parser takes "Amazing" as subject; the speaker is the name before the verb
    qs = only(quotes_of('"Amazing," Abedin responded.'), True)
    assert qs and qs[0].speaker.text == "Abedin"
