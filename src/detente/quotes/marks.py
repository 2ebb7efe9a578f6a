"""Quotation marks paired into quoted spans by one linear scan of the raw text.

Why not count marks and pair them two by two (as textacy does)? News text is full of odd
cases: an apostrophe that looks like a closing single quote (``leaders' desire``), a quote
opened with ``'`` and closed with ``"``, a quote that runs over several paragraphs (each
paragraph re-opens the mark and only the last one closes it), and plain typos leaving a
mark unclosed. One odd mark must not lose every quote of the article, so marks are paired
per paragraph with the direction read from the characters around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"
STRAIGHT = "\"'"
MARK_RE = re.compile("''|``|[\"'“”„«»‘’‚‹›`]")
"""Quote characters; ``''`` and ````` `` are the doubled marks of some wire and archive text."""
DOUBLE_MARK_TOKENS = frozenset({'"', *DOUBLE_OPEN, *DOUBLE_CLOSE, "``", "''"})
"""The double quotation marks as parser tokens: straight, curly, low, guillemets and the doubled
marks of ``MARK_RE``. Single marks are left out: a token "'" or "’" is mostly an apostrophe.
Other stages read quotation marks off tokens with this set (``events/quoted.py``)."""
PARAGRAPH_RE = re.compile(r"[^\n]+")
ELISION_RE = re.compile(r"(?:til|net|em|cause|cos|n|bout|nuff|\d\ds?)(?![\w-])", re.IGNORECASE)
"""Words with a leading apostrophe in place of letters ("'til", "'em", "'n'", "'80s"): a
single mark before one, right after a word and a space ("the 'net"), opens no quote."""
OPENER_BEFORE = set(" \t\n([{—–-:/") | {""}
CLOSER_AFTER = set(" \t\n)]}.,;:!?—–-/…") | {""}


@dataclass(frozen=True)
class QuotedSpan:
    """Text between a pair of quotation marks (marks excluded).

    ``start``/``end`` are the content offsets; ``open_mark``/``close_mark`` the offsets of
    the marks (``close_mark`` is None when the paragraph ended before a closing mark).
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    single: bool
    continued: bool = False
    """The quote opens a paragraph that follows one whose quote was left open."""


@dataclass(frozen=True)
class _Mark:
    offset: int
    single: bool
    can_open: bool
    can_close: bool
    width: int = 1
    implicit: bool = False
    """A closing mark made up where a clear opener came while a quote was still open."""


def _classify(text: str, i: int, width: int) -> _Mark | None:
    """Direction of the mark at ``i`` from its neighbours; None for an apostrophe."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + width] if i + width < len(text) else ""
    if width == 2:
        opener = before in OPENER_BEFORE and after not in (" ", "\n", "")
        return _Mark(i, False, opener or text[i] == "`", not opener and text[i] == "'", 2)
    ch = text[i]
    if ch == "`":
        return _Mark(i, True, True, False)
    opener_context = before in OPENER_BEFORE and after not in (" ", "\n", "")
    closer_context = after in CLOSER_AFTER or after in DOUBLE_CLOSE + SINGLE_CLOSE + STRAIGHT
    single = ch in SINGLE_OPEN + SINGLE_CLOSE + "'"
    if ch in DOUBLE_OPEN or ch in SINGLE_OPEN:
        return _Mark(i, single, True, False)
    if ch in DOUBLE_CLOSE:
        return _Mark(i, False, False, True)
    if single:
        if before.isalnum() and after.isalnum():
            return None
        if opener_context and before == " " and text[i - 2:i - 1].isalpha() \
                and ELISION_RE.match(text, i + width):
            return None  # "the 'net", "rock 'n' roll", "the '80s": an apostrophe
        if opener_context:
            return _Mark(i, True, True, False)
        return _Mark(i, True, False, closer_context) if closer_context else None
    return _Mark(i, False, opener_context or not closer_context, closer_context or not opener_context)


TAG_RE = re.compile(r"""<[A-Za-z][\w-]*(?:\s+[\w-]+=(?:"[^"\n]*"|'[^'\n]*'))+\s*/?>""")
"""A markup tag with quoted attribute values left in scraped text (``<tweet
tweet-author="@x" tweet-date="March 10, 2016">``): its marks open no quote (round 20)."""


def _paragraph_marks(text: str, start: int, end: int) -> list[_Mark]:
    marks = []
    tags = [m.span() for m in TAG_RE.finditer(text, start, end)] if "<" in text[start:end] \
        else []
    for match in MARK_RE.finditer(text, start, end):
        if any(a <= match.start() < b for a, b in tags):
            continue
        mark = _classify(text, match.start(), match.end() - match.start())
        if mark is not None:
            marks.append(mark)
    return marks


def _pair(marks: list[_Mark]) -> tuple[list[tuple[_Mark, _Mark]], _Mark | None]:
    """Pair marks of one paragraph; returns the pairs and the mark left open at its end.

    Inside a double quote single marks are nested quotes (ignored). A single quote can be
    closed by a double mark (a common typo). A second clear opener while a quote is open
    closes the first just before it.
    """
    pairs: list[tuple[_Mark, _Mark]] = []
    opened: _Mark | None = None
    for mark in marks:
        if opened is None:
            if mark.can_open:
                opened = mark
            continue
        if opened.single and not mark.single and not mark.can_close:
            opened = mark
        elif opened.single or not mark.single:
            if mark.can_close:
                pairs.append((opened, mark))
                opened = None
            elif mark.can_open and not mark.single:
                pairs.append((opened, _Mark(mark.offset, False, False, True, implicit=True)))
                opened = mark
    return pairs, opened


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _span(text: str, opened: _Mark, close: int | None, end: int, continued: bool) -> QuotedSpan:
    start, stop = _trimmed(text, opened.offset + opened.width, end)
    return QuotedSpan(start, stop, opened.offset, close, opened.single, continued)


SENTENCE_END_RE = re.compile(r"[.!?][\"'’”]?(?=\s+[A-Z])")
INTRODUCER_RE = re.compile(r"[:,]\s*$")


def _narration_end(text: str, start: int, opener: int) -> int | None:
    """Where a quote left open ends when the next clear opener follows a colon or comma
    (``... the country. In reference to it, Roe said: "Next``): the narration that introduces
    the new quote is no part of the open one, which ends with the last sentence before it.
    None when no sentence ends inside (the marks say nothing better than the opener)."""
    if not INTRODUCER_RE.search(text, start, opener):
        return None
    stops = list(SENTENCE_END_RE.finditer(text, start, opener))
    return stops[-1].end() if stops else None


CITING_RE = re.compile(r"(As|In the words of|To quote|Quoting|According to)\b")


def _citing(text, start, opener):
    stops = list(SENTENCE_END_RE.finditer(text, start, opener))
    lead = text[stops[-1].end():opener].lstrip() if stops else ""
    return bool(CITING_RE.match(lead))


def _reopens(text: str, para: re.Match, marks: list[_Mark], left_open: _Mark) -> bool:
    """The paragraph re-opens the quote with its first character (the multi-paragraph convention)."""
    first = marks[0] if marks else None
    lead = _trimmed(text, para.start(), para.end())[0]
    return first is not None and first.offset == lead and first.can_open and (
        first.single == left_open.single)


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every quoted span of ``text`` in order, robust to odd numbers of marks.

    A quote still open at the end of its paragraph ends there; when the next paragraph opens
    with a quote mark, that quote is flagged ``continued`` (the same speaker goes on).

    >>> [text[s.start:s.end] for text in ['He said "no," and left.']
    ...  for s in find_quoted_spans(text)]
    ['no,']
    """
    spans: list[QuotedSpan] = []
    left_open: _Mark | None = None
    for para in PARAGRAPH_RE.finditer(text):
        marks = _paragraph_marks(text, para.start(), para.end())
        continued = left_open is not None and _reopens(text, para, marks, left_open)
        pairs, left_open = _pair(marks)
        for n, (opened, closed) in enumerate(pairs):
            inner = pairs[n + 1][1] if closed.implicit and n + 1 < len(pairs) else None
            nested = inner is not None and not inner.implicit \
                and text[:inner.offset].rstrip().endswith(",") \
                and _citing(text, opened.offset + opened.width, closed.offset)
            stop = _narration_end(text, opened.offset + opened.width, closed.offset) \
                if closed.implicit and not nested else None
            spans.append(_span(text, opened, None if stop else closed.offset,
                               stop or closed.offset, continued and opened is marks[0]))
        if left_open is not None:
            spans.append(_span(text, left_open, None, para.end(),
                               continued and left_open is marks[0]))
    return spans
