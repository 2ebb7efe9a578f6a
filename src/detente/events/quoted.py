"""Quotation marks in a parsed sentence, for the events rules that treat quoted words apart.

One definition of a quotation mark for the events stage: the quotes stage's table of double marks
(``quotes.marks.DOUBLE_MARK_TOKENS``: ``"``, curly, low and angle marks, the doubled ```` `` ````
and ``''``). Three rules read it (issue 13 round 34; each kept its own set and test before):
``speech`` (a first-person subject after a mark may be a quote's speaker), ``anaphors`` (no
antecedent across a quoted sentence) and ``offended`` (no apology inside quotation marks).

>>> # 'He said: "We apologise."' -- "apologise" is inside a quote opened earlier in its sentence
"""

from __future__ import annotations

from detente.quotes.marks import DOUBLE_MARK_TOKENS

QUOTE_MARKS = DOUBLE_MARK_TOKENS


def holds_quote_mark(span) -> bool:
    """Whether any token of ``span`` (a sentence, a stretch of tokens) is a quotation mark."""
    return any(t.text in QUOTE_MARKS for t in span)


def inside_quote(token) -> bool:
    """Whether ``token`` stands inside quotation marks opened earlier in its sentence (an odd
    number of marks before it)."""
    sent = token.sent
    return sum(1 for t in sent[: token.i - sent.start] if t.text in QUOTE_MARKS) % 2 == 1
