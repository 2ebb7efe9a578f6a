"""Finding the candidates of an article: direct quotes with their cues and reported clauses.

``Candidate`` is content found before its speaker is resolved: a quoted span the direct rules
attribute (``direct.py``) or a block quote, and a clause a cue reports (``indirect.py``), less
the clauses that are only a quote (``_is_the_quote``) or hold a fronted quote's own words
(``_fronted_quote``). ``attribute.py`` resolves their speakers in text order. Moved unchanged
from ``attribute.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.quotes.attribution import Attribution, token_range
from detente.quotes.blocks import block_quotes
from detente.quotes.cues import Cue, CueLexicon
from detente.quotes.direct import attribute, naming_participle
from detente.quotes.indirect import reported_clause
from detente.quotes.marks import QuotedSpan
from detente.records import CodedArticle

SENTENCE_END_RE = re.compile(r"(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z]{2})[.!?:][\"'”’]?\s")
"""End of a sentence or a colon; not the stop of ``Mr.``, ``U.S.``, ``Sen.``, ``Mrs.``."""
COVERED = 0.8
"""A reported clause that opens with a quote and is this much covered by direct quotes is those
quotes, not reported speech (``said, "..."``). One that opens with words of its own (``said
that White "has refused ..."``) stays: the quote is partial, nested in it."""


@dataclass(frozen=True)
class Candidate:
    """Content found, before its speaker is resolved."""

    start: int
    end: int
    direct: bool
    cue: Cue | None
    rule: str
    span: QuotedSpan | None = None
    speaker_tokens: tuple[int, int] | None = None


def _content_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ", ":
        end -= 1
    return end


def _direct_candidates(coded: CodedArticle, lexicon: CueLexicon,
                       spans: list[QuotedSpan]) -> list[Candidate]:
    doc, text = coded.doc, coded.article.text
    quoted = [r for r in (token_range(doc, s.start, s.end) for s in spans) if r]
    found: list[Attribution] = []
    for span in spans:
        if span.end > span.start:
            got = attribute(doc, span, lexicon, quoted)
            if got is not None:
                found.append(got)
    found += block_quotes(doc, text)
    return [Candidate(a.span.start, _content_end(text, a.span.start, a.span.end), True, a.cue,
                      a.rule, a.span, a.speaker_tokens) for a in found]


def _indirect_candidates(coded: CodedArticle, lexicon: CueLexicon, spans: list[QuotedSpan],
                         direct: list[Candidate]) -> list[Candidate]:
    doc = coded.doc
    inside = [(s.open_mark, s.close_mark or s.end) for s in spans]
    out = []
    for cue in lexicon.find(doc, 0, len(doc)):
        at = doc[cue.head].idx
        if any(a <= at < b for a, b in inside):
            continue
        rng = None if naming_participle(doc, cue) else reported_clause(doc, cue)
        if rng is None:
            continue
        start, end = doc[rng[0]].idx, doc[rng[1] - 1].idx + len(doc[rng[1] - 1])
        if _is_the_quote(coded.article.text, spans, start, end) or _fronted_quote(
                coded.article.text, direct, cue, start, end, at) or _run_on_quote(
                coded.article.text, direct, cue, start, end, at):
            continue
        frame = "according-to" if cue.entry.kind == "phrase" else cue.entry.frame
        start = _opening_mark(coded.article.text, spans, start, end,
                              doc[cue.end - 1].idx + len(doc[cue.end - 1]))
        out.append(Candidate(start, end, False, cue, f"indirect:{frame}"))
    return out


def _is_the_quote(text: str, spans: list[QuotedSpan], start: int, end: int) -> bool:
    """The clause is a quoted span and nothing more: either a direct quote (the quote is the
    content) or a term the direct rules turned down (``what he called "Bill Clinton Inc."``)."""
    inside = [s for s in spans if s.start < end and start < s.end]
    if not inside:
        return False
    covered = sum(min(end, s.end) - max(start, s.start) for s in inside)
    opening = min(s.open_mark for s in inside)
    return covered >= COVERED * (end - start) and not any(
        ch.isalnum() for ch in text[start:opening])


QUOTED_CLAUSE_ENDS = frozenset(",.!?")


def _run_on_quote(text: str, direct: list[Candidate], cue: Cue, start: int, end: int,
                  at: int) -> bool:
    """A clause after its cue that opens with the cue's own quote, a whole quoted sentence
    or clause after a colon (its words end in ",", ".", "!" or "?" inside the marks), and runs
    on past it (``Roe said: "I have said it was a mistake," but in fact ...``): the quote is
    what was said, the rest the writer's words the parser hung on it (round 20). ``Roe said
    "the plan" was dead`` (a partial quote in the clause) keeps its clause, and so does a
    quote after no colon (the first version, without the colon, cost the train check part
    one direct speaker)."""
    if start < at:
        return False
    for d in direct:
        if d.cue != cue or d.span is None or not start <= d.span.open_mark + 1 or d.end > end:
            continue
        words = text[d.span.start:d.span.end].rstrip()
        if not any(ch.isalnum() for ch in text[start:d.span.open_mark]) and words \
                and words[-1] in QUOTED_CLAUSE_ENDS \
                and text[:d.span.open_mark].rstrip().endswith(":"):
            return True
    return False


def _fronted_quote(text: str, direct: list[Candidate], cue: Cue, start: int, end: int,
                   at: int) -> bool:
    """A clause before its cue that holds the cue's own quote and, before it, only the end of
    the sentence before (``... on Sunday. "...," X said``): the quote is what was said; the
    rest is the parser running the clause into that sentence. ``Clinton "is dogged," the
    paper wrote`` keeps its clause."""
    own = [d for d in direct if d.cue == cue and start <= d.start and d.end <= end]
    if end > at or not own:
        return False
    before = text[start:min(d.span.open_mark if d.span else d.start for d in own)]
    return not any(ch.isalnum() for ch in before) or SENTENCE_END_RE.search(before) is not None


def _opening_mark(text: str, spans: list[QuotedSpan], start: int, end: int,
                  cue_end: int) -> int:
    """The start of a reported clause that opens with a quoted fragment closed inside it,
    right after its cue ("said "maybe" the conduct "should be looked at""): the fragment's
    opening mark, so the content holds both marks of its quote rather than a closing mark
    alone (round 22). A clause whose subject the parser left between the cue and the quote
    ("said the pipeline "would not go far" without it") keeps its start."""
    opened = next((s for s in spans if s.start == start and s.open_mark < start
                   and s.close_mark is not None and s.close_mark < end), None)
    if opened is None or cue_end > opened.open_mark or any(
            ch.isalnum() for ch in text[cue_end:opened.open_mark].replace("that", "")):
        return start
    return opened.open_mark
