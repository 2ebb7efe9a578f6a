"""``detente.nlp.char_span`` gives what ``Doc.char_span(..., alignment_mode="expand")`` gives."""

from __future__ import annotations

import pytest

from detente.nlp import char_span, load_nlp
from detente.pipeline import spacy_exclusions

TEXTS = [
    "Talks  resumed in Geneva on Monday, U.S. officials said.  \n Both sides agreed. ",
    "\"We will respond,\" a spokesman told reporters -- in the capital.",
    "Peace.",
    "",
]


def _outcome(make):
    try:
        span = make()
    except Exception as error:  # spaCy raises for an end before the start: so must the helper
        return type(error)
    return None if span is None else (span.start, span.end)


@pytest.mark.parametrize("text", TEXTS)
def test_char_span_matches_spacy_at_every_offset(text):
    doc = load_nlp(spacy_exclusions())(text)
    offsets = range(-2, len(text) + 3)
    for start in offsets:
        for end in offsets:
            assert _outcome(lambda s=start, e=end: char_span(doc, s, e)) == _outcome(
                lambda s=start, e=end: doc.char_span(s, e, alignment_mode="expand")), (start, end)
