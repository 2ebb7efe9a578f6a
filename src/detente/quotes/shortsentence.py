"""Short quotes that are whole sentences of their own ('"It failed," she said. "Total chaos."').

A quote of three words or fewer is taken for a term, a title or a scare quote unless a cue
governs it (``direct.SHORT_WORDS``). One that is a sentence by itself -- it opens right after a
sentence end, starts with a capital, ends with ".", "!" or "?" inside its marks, and nothing
but a new sentence or the paragraph's end follows -- is no term: terms stand inside a
sentence. Such a quote is kept with the rule ``direct:short-sentence`` and no cue, and only
goes on from a direct quote right before it (``continuation.continues``, in
``attribute._Builder.add``); anywhere else it is dropped as before (issue 14, round 29).
"""

from __future__ import annotations

from detente.nlp import span_text
from detente.quotes.attribution import Attribution
from detente.quotes.indirect import paragraph_of
from detente.quotes.marks import QuotedSpan

RULE = "direct:short-sentence"
SENTENCE_ENDS = frozenset({".", "!", "?"})


def short_sentence(doc, span: QuotedSpan, first: int, last: int, words: list) -> Attribution | None:
    """An attribution with no cue (rule ``RULE``) for a short quote that is a sentence of its
    own; None otherwise ("named her dog "Rex."", "the "plan" failed").

    >>> # '"It failed," she said. "Total chaos."': the second quote, rule direct:short-sentence
    """
    if not words or not words[0].is_title \
            or span_text(doc, first, last).rstrip()[-1:] not in SENTENCE_ENDS:
        return None
    before = first - 1
    while before >= 0 and (doc[before].is_quote or doc[before].is_space):
        before -= 1
    if before < 0 or doc[before].text not in SENTENCE_ENDS:
        return None  # not "she called it "Total chaos.""
    end = paragraph_of(doc, first)[1]
    after = next((t for t in doc[last:end] if not (t.is_quote or t.is_space)), None)
    if after is not None and not (after.is_title or after.is_punct and after.text in SENTENCE_ENDS):
        return None  # words of the same sentence follow ("Total chaos" was the verdict)
    return Attribution(span, None, RULE)
