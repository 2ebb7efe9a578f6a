"""Quotes set off by layout rather than by a cue in the sentence: a pull quote (a paragraph that
is one quote, then a dashed line naming its speaker) and a block quote (an unmarked paragraph,
then a spaced-dash attribution line).

Moved unchanged out of ``direct.py`` (round 21 merge; ``_pull_quote`` is ``pull_quote`` here).
"""

from __future__ import annotations

import re

from detente.nlp import span_at
from detente.quotes.attribution import Attribution, token_range
from detente.quotes.cues import COLON_ENTRY, Cue
from detente.quotes.indirect import paragraph_of
from detente.quotes.marks import QuotedSpan

QUOTE_MARKS = frozenset('"“”‘’«»')


DASHES = frozenset({"—", "–", "-", "--", "―"})
PULL_QUOTE_WORDS = 12


def pull_quote(doc, span: QuotedSpan, first: int, last: int) -> Attribution | None:
    """A paragraph that is one quote, followed by a line naming its speaker after a dash
    (the pull quotes of news pages: ""...I intend to give that some serious thought."" then
    "—John Hickenlooper")."""
    para_first, para_last = paragraph_of(doc, first)
    if any(not (t.is_quote or t.is_space or t.is_punct) for t in doc[para_first:first]):
        return None
    line = last
    while line < para_last and (doc[line].is_quote or doc[line].is_space):
        line += 1  # the dash on the quote's own line: ""..."  — Jo Roe, harbour master"
    if line >= para_last or doc[line].text.strip("\u200d") not in DASHES:
        line = para_last
    while line < len(doc) and doc[line].is_space:
        line += 1
    if line >= len(doc) or doc[line].text.strip("\u200d") not in DASHES:
        return None
    end = paragraph_of(doc, line)[1]
    while end > line + 1 and doc[end - 1].is_space:
        end -= 1
    if end - line - 1 > PULL_QUOTE_WORDS or any(t.is_quote for t in doc[para_first:last]
                                               if t.i > first and t.i < last - 1):
        return None
    return Attribution(span, Cue(COLON_ENTRY, line, line + 1, line), "direct:pull-quote",
                       (line + 1, end))


BLOCK_LINE_RE = re.compile(r"^[ \t\u00a0]+[–-] (?=\S)")
"""The attribution line under a block quote: a spaced en dash ("  – USCG dispatcher, CNN").
A pull quote's line ("—John Hickenlooper", an unspaced em dash) repeats words quoted in
the body and is handled with its marked quote (``pull_quote``)."""
BLOCK_MIN_WORDS = 6


def _in_list(text: str, paragraphs: list[tuple[int, int]], k: int) -> bool:
    """The paragraph ``k`` or the one after the line ``k + 1`` opens with a dash too, or
    ``k`` ends in a colon: the dashed lines are the items of a list, no attribution."""
    def dashed(i: int) -> bool:
        return 0 <= i < len(paragraphs) and text[paragraphs[i][0]:paragraphs[i][1]].strip()[:1] \
            in ("-", "\u2013")
    own = text[paragraphs[k][0]:paragraphs[k][1]].rstrip()
    return dashed(k) or dashed(k + 2) or own.endswith(":")


def block_quotes(doc, text: str) -> list[Attribution]:
    """Block quotes set off without marks: a paragraph with no quote mark followed by a
    block-quote attribution line (``BLOCK_LINE_RE``) of at most ``PULL_QUOTE_WORDS`` words;
    the line names the speaker."""
    out = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for k, ((a, b), (c, d)) in enumerate(zip(paragraphs, paragraphs[1:], strict=False)):
        line = text[c:d]
        match = BLOCK_LINE_RE.match(line)
        body = text[a:b].strip()
        if match is None or len(line.split()) - 1 > PULL_QUOTE_WORDS \
                or len(body.split()) < BLOCK_MIN_WORDS or any(ch in QUOTE_MARKS for ch in body):
            continue
        if _in_list(text, paragraphs, k):
            continue  # "- Cut duty on fuel / - Raised the tax threshold": a list's items
        start = a + len(text[a:b]) - len(text[a:b].lstrip())
        dash = span_at(doc, c + match.end() - 2, c + match.end() - 1)
        who = token_range(doc, c + match.end(), d)
        if dash is None or who is None:
            continue
        span = QuotedSpan(start, start + len(body), start, None, False)
        out.append(Attribution(span, Cue(COLON_ENTRY, dash.start, dash.end, dash.start),
                               "direct:block-quote", who))
    return out
