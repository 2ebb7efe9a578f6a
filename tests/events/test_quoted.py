"""One definition of a quotation mark for the events stage (``events.quoted``, issue 13 round 34):
the quotes stage's table of double marks, read by ``speech``, ``anaphors`` and ``offended``, which
each kept their own set before. Made-up wording throughout."""

from __future__ import annotations

import pytest

from detente.events import anaphors, offended, quoted, speech
from detente.quotes.marks import DOUBLE_CLOSE, DOUBLE_OPEN


def test_the_marks_are_the_quotes_stage_table():
    # straight, curly, low and angle double marks and the doubled wire marks; no single mark
    assert quoted.QUOTE_MARKS >= {'"', "``", "''", *DOUBLE_OPEN, *DOUBLE_CLOSE}
    assert not quoted.QUOTE_MARKS & {"'", "\u2018", "\u2019"}


def test_no_events_module_keeps_its_own_set():
    for module in (speech, anaphors, offended):
        assert not hasattr(module, "QUOTE_MARKS"), module.__name__


@pytest.mark.parametrize("text, word, inside", [
    ('The minister said: "We apologise to the farmers."', "apologise", True),
    ("The minister said: \u201cWe apologise to the farmers.\u201d", "apologise", True),
    ("The minister said: \u00abWe apologise to the farmers.\u00bb", "apologise", True),
    ('"We will talk," the minister said, and she apologised later.', "apologised", False),
    ("The minister apologised to the farmers on Monday.", "apologised", False),
])
def test_inside_quote_counts_the_marks_opened_before_in_the_sentence(nlp, text, word, inside):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert quoted.inside_quote(token) is inside


@pytest.mark.parametrize("text, holds", [
    ("The envoy called the plan \u201ca mistake\u201d on Friday.", True),
    ("The envoy called the plan \u00aba mistake\u00bb on Friday.", True),
    ("The envoy called the plan a mistake on Friday.", False),
    ("The envoy's aides said it was a mistake.", False),  # an apostrophe is no quotation mark
])
def test_holds_quote_mark(nlp, text, holds):
    assert quoted.holds_quote_mark(nlp(text)) is holds
