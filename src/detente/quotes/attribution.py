"""The record of a quoted span attributed to a cue (``Attribution``), shared by the direct,
colon-line and block-quote rules, and ``token_range`` (a character range as tokens).

Moved unchanged out of ``direct.py`` (round 21 merge) so that ``blocks.py`` can build
attributions without importing ``direct``.
"""

from __future__ import annotations

from dataclasses import dataclass

from detente.nlp import span_at
from detente.quotes.cues import Cue
from detente.quotes.marks import QuotedSpan


@dataclass(frozen=True)
class Attribution:
    """A quoted span with the cue attributing it (None for a continuation or no cue)."""

    span: QuotedSpan
    cue: Cue | None
    rule: str
    speaker_tokens: tuple[int, int] | None = None
    """Token range of the speaker when the cue is a colon (no parse subject to read)."""


def token_range(doc, start: int, end: int) -> tuple[int, int] | None:
    span = span_at(doc, start, end)
    return (span.start, span.end) if span is not None and len(span) else None
