"""Faster ways for the quotes rules to ask the same questions of the parse.

Each helper answers what a rule would otherwise compute from spaCy objects (a ``Token`` built
for every word looked at) or from a loop over every pair, from the per-document columns
(``detente.nlp.columns``) or a sorted table; the answers are the same
(``tests/quotes/test_fast.py`` compares them with the spaCy-object way).
"""

from __future__ import annotations

from bisect import bisect_right

from detente.nlp import columns


def char_ranges(doc, token_ranges) -> list[tuple[int, int]]:
    """The character ranges of token ranges ``(a, b)`` of ``doc`` that hold a token:
    ``(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))`` for each with ``b > a``, in order."""
    cols = columns(doc)
    idx, length = cols.idx, cols.length
    return [(idx[a], idx[b - 1] + length[b - 1]) for a, b in token_ranges if b > a]


class Inside:
    """Whether an offset falls in any of some half-open ranges ``(start, end)``: the same
    answer as ``any(s <= x < e for s, e in ranges)``, by bisection over the ranges merged
    (in any order, overlapping or not)."""

    __slots__ = ("starts", "ends")

    def __init__(self, ranges) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(r for r in ranges if r[1] > r[0]):
            if merged and s <= merged[-1][1]:
                if e > merged[-1][1]:
                    merged[-1][1] = e
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def __call__(self, x: int) -> bool:
        k = bisect_right(self.starts, x) - 1
        return k >= 0 and x < self.ends[k]


_CUE_WORDS: dict[tuple, tuple] = {}


def cue_word_positions(lexicon, lower: list[str], start: int, end: int) -> list[int]:
    """The tokens ``start..end`` whose lower-case form begins an entry of the cue
    ``lexicon`` (a verb or noun form, or a phrase's first word), in order: the only tokens
    ``CueLexicon.find`` can find a cue at. The set of those forms is made once per lexicon
    (and again if one of its tables changes size)."""
    verbs, nouns, phrases = lexicon.verbs, lexicon.nouns, lexicon.phrases
    key = (id(verbs), len(verbs), id(nouns), len(nouns), id(phrases), len(phrases))
    found = _CUE_WORDS.get(key)
    if found is None or found[0] is not verbs or found[1] is not nouns or found[2] is not phrases:
        if len(_CUE_WORDS) > 16:
            _CUE_WORDS.clear()
        found = _CUE_WORDS[key] = (verbs, nouns, phrases,
                                   frozenset(verbs) | frozenset(nouns) | frozenset(phrases))
    words = found[3]
    return [i for i in range(start, end) if lower[i] in words]


_MEMO = "detente.quotes.memo."


def doc_memo(doc, name: str, owner) -> dict:
    """A dict kept on ``doc`` under ``name`` for answers that depend on the parse and on
    ``owner`` (an object the caller passes unchanged, e.g. the quotes' character ranges):
    a new, empty dict when ``owner`` is another object than last time. For a pure function
    of the parse that one article asks again and again (a speaker's description is read
    for each of their quotes). Valid while the parse stays as it is (the quotes are built
    once per document, ``attribute.article_quotes``)."""
    key = _MEMO + name
    found = doc.user_data.get(key)
    if found is None or found[0] is not owner:
        found = doc.user_data[key] = (owner, {})
    return found[1]


def forget_memos(doc) -> None:
    """Drop every ``doc_memo`` of ``doc`` (``attribute.build_quotes`` starts with none, so a
    memo never outlives one reading of the article's parse and mentions)."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(_MEMO)]:
        del doc.user_data[key]
