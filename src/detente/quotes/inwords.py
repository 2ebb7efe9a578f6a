"""Quotes owned through "in X's words" or "in X's view" (round 21): the phrase is a built-in
cue whose possessor speaks."""

from __future__ import annotations

from detente.quotes.cues import CueEntry

IN_WORDS_ENTRY = CueEntry("in X's words", "phrase", "source")
"""The phrase "in X's words" / "in X's view": a built-in cue whose possessor speaks."""
IN_WORDS_NOUNS = frozenset({"words", "view"})
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
MAX_OWNER_WORDS = 4


def in_their_words(doc, first: int, last: int) -> tuple[int, int] | None:
    """The token range of a named owner X of "in X's words" or "in X's view" right before the
    quote (only a comma and the quote mark between: 'because, in Forbes' words, "..."') or
    after it in its sentence with no other quote mark between ('"...," from A to B, in Bolton's
    view'): X speaks (round 21). X is capitalised words after "in" (an optional "the"); a
    pronoun ("in his words") is left to other rules."""
    i = first - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space or doc[i].text == ","):
        i -= 1
    if i >= 0 and doc[i].lower_ in IN_WORDS_NOUNS:
        found = _owner_before(doc, i)
        if found is not None:
            return found
    sentence_end = doc[max(first, last - 1)].sent.end
    for j in range(last, min(sentence_end, len(doc))):
        if doc[j].is_quote and j > last:
            return None
        if doc[j].lower_ in IN_WORDS_NOUNS:
            return _owner_before(doc, j)
    return None


def _owner_before(doc, noun: int) -> tuple[int, int] | None:
    mark = noun - 1
    if mark < 2 or doc[mark].text not in POSSESSIVE_MARKS:
        return None
    k = mark - 1
    while k > 0 and mark - k <= MAX_OWNER_WORDS and doc[k].lower_ != "in":
        if not (doc[k].is_title or doc[k].is_upper or doc[k].text == "."):
            return None
        k -= 1
    if doc[k].lower_ != "in" or k == mark - 1:
        return None
    start = k + 1 + (doc[k + 1].lower_ == "the")
    return (start, mark) if start < mark else None
