"""``detente.nlp.span_of`` / ``span_at``: the spaCy span of a record's or offsets' characters,
expanded to whole tokens, as every stage reads a mention, a participant, a quote or a trigger."""

from __future__ import annotations

from detente.nlp import load_nlp, span_at, span_of
from detente.pipeline import spacy_exclusions
from detente.records import Mention, Participant

TEXT = "Rebels shelled the northern town of Kadora on Monday."


def _doc():
    return load_nlp(spacy_exclusions())(TEXT)


def test_offsets_inside_words_expand_to_whole_tokens():
    doc = _doc()
    start = TEXT.index("northern") + 2
    assert span_at(doc, start, TEXT.index("town") + 1).text == "northern town"
    assert span_at(doc, 0, len(TEXT)).text == TEXT


def test_offsets_past_the_text_give_none():
    assert span_at(_doc(), len(TEXT) + 5, len(TEXT) + 9) is None


def test_a_mention_gives_the_span_of_its_words():
    doc = _doc()
    start = TEXT.index("Kadora")
    span = span_of(doc, Mention("Kadora", start, start + len("Kadora"), 0, "GPE"))
    assert span.text == "Kadora" and span.root.dep_ == "pobj"


def test_a_participant_without_offsets_has_no_span():
    doc = _doc()
    assert span_of(doc, Participant(text="the rebels", country=None)) is None
    found = Participant(text="Rebels", country=None, start=0, end=6)
    assert span_of(doc, found).text == "Rebels"
