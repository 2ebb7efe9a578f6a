"""Pairing quotation marks in raw text: each case is a real shape seen in news copy."""

from __future__ import annotations

from detente.quotes.marks import find_quoted_spans


def contents(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quoted_spans(text)]


def test_straight_and_curly_double_quotes():
    # straight and typographic double quotes, both closed by their own kind
    assert contents('He said "we agree" and left. She said “we do not.”') == ["we agree", "we do not."]


def test_single_quotes_of_a_headline_and_apostrophes():
    # single quotes as quotation marks in a headline; the possessive apostrophes
    # (leaders' / Biden's) are not marks
    text = "US, Russia agree to 'advance mutual interests', Biden says of the leaders' desire"
    assert contents(text) == ["advance mutual interests"]


def test_quote_opened_with_single_and_closed_with_double_mark():
    # a typo in the founding article: 'how could I ... rights?"
    text = "he told the Russian leader 'how could I be president and not speak out?\" Both men"
    assert contents(text) == ["how could I be president and not speak out?"]


def test_odd_number_of_marks_keeps_the_other_quotes():
    # textacy gives up on an odd count; we keep the closed quote and end the open one
    # with its paragraph
    text = 'Biden called him a "killer" and an "unfinished thought.\n\nNext paragraph.'
    assert contents(text) == ["killer", "unfinished thought."]


def test_multi_paragraph_quote_is_flagged_as_continued():
    # a paragraph that opens a quote and does not close it continues in the next one,
    # which re-opens the mark
    text = "“First part of the statement.\n\n“Second part,” she said.\n\n“New quote,” he said."
    spans = find_quoted_spans(text)
    assert [text[s.start:s.end] for s in spans] == [
        "First part of the statement.", "Second part,", "New quote,"]
    assert [s.continued for s in spans] == [False, True, False]
    assert spans[0].close_mark is None


def test_doubled_single_marks_of_archive_text():
    # ''...'' and ``...'' stand for double quotes in some wire archives
    assert contents("''I love depreciation,'' he said. ``Fine,'' she said.") == [
        "I love depreciation,", "Fine,"]
