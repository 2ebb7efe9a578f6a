"""What the tone of every span of one document reads, worked out once per document.

The stage scores every sentence and then every quote, and a quote lies inside sentences
already scored: read per span, each token's one-word reading (its word, offsets, whether it
carries tone) was worked out once per span holding it. Here it is worked out once per
document, in text order, and a span takes a slice of them (issue 13, round 34). Only the words that may start a lexicon phrase are read again per span, since a
phrase may not run past the span's end. The output is the same as the per-span reading.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from detente.tone.lexicon import ToneLexicon

SKIP_POS = frozenset({"PUNCT", "SPACE"})
"""Tokens that are no words of a span (VADER reads ``!`` and ``?`` from the span's text)."""


@dataclass(frozen=True)
class DocWords:
    """The one-word reading of each word of a document (tokens not in ``SKIP_POS``), in order."""

    tokens: list[int]
    """Doc index of each word's token."""
    words: list[str]
    """The word as ``score.span_words`` reads a token alone (a news entry's lemma, else as written)."""
    starts: list[int]
    ends: list[int]
    scored: list[bool]
    """False for words of ``lexicon.skip_pos`` (inside proper names)."""
    phrased: list[int]
    """Positions (in ``tokens``) of the words a lexicon phrase may start at."""

    def bounds(self, first: int, last: int) -> tuple[int, int]:
        """Positions of the words of tokens ``first``..``last - 1``."""
        return bisect_left(self.tokens, first), bisect_left(self.tokens, last)


def doc_words(text: str, cols, lexicon: ToneLexicon) -> DocWords:
    """The ``DocWords`` of a parsed document (``cols``: its ``nlp.columns``)."""
    idx, length, lower, lemma, pos = cols.idx, cols.length, cols.lower, cols.lemma, cols.pos
    news, forms, skip, phrases = lexicon.news, lexicon.news_forms, lexicon.skip_pos, lexicon.phrases
    tokens = [i for i, tag in enumerate(pos) if tag not in SKIP_POS]
    starts = [idx[i] for i in tokens]
    ends = [idx[i] + length[i] for i in tokens]
    words = [lemma[i] if lower[i] not in news and lemma[i] in forms else text[s:e]
             for i, s, e in zip(tokens, starts, ends, strict=True)]
    scored = [pos[i] not in skip for i in tokens]
    phrased = [k for k, i in enumerate(tokens) if phrases.get(lower[i]) or phrases.get(lemma[i])]
    return DocWords(tokens, words, starts, ends, scored, phrased)
