"""A partial quote in a sentence with no cue, right after a speaker's statement: the speaker's
words go on (issue 14, round 32, branch q68).

News reports a speech in sentences that alternate between cued and uncued ones: ``Roe said
the depot would close in May. Any new plan must "protect the jobs" of the drivers.`` The
second sentence has no verb of speech, but the quoted words are still Roe's: the writer goes
on reporting what she said. ``continuation.follows`` already gives a quote that opens such a
sentence to the statement's speaker; this module does the same for a quote inside it, which
``direct.attribute`` otherwise drops as a term (short) or leaves without a cue (long).

A quote qualifies (``in_narration``) when it is two words or more, begins in lower case, reads
as no name, title or gloss (``partial.named_or_term``), stands after its sentence's main verb
or holds it (a phrase in the subject is a name: ``Tenants in the "old quarter" agree``) and
qualifies no noun outside the marks (``for "voter identification" calls``: a term), its
sentence does not open the paragraph and names no person, body, country or group outside the
marks (they could be the ones speaking). Its speaker (``statement_before``) is that of the
quote or reported statement right before it, when that lies in the sentence just before, in
the same paragraph, with a named speaker. The rule is ``direct:after-statement``; the speaker
keeps the statement's evidence (its rule gains ``+after-statement``)."""

from __future__ import annotations

from detente.quotes.attribution import Attribution, token_range
from detente.quotes.marks import QuotedSpan
from detente.quotes.partial import named_or_term
from detente.records import Quote

RULE = "direct:after-statement"
MIN_WORDS = 2
"""A one-word quote in narration is too often a term or a scare quote ("the "reform"")."""
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "appos"})
"""A quote hung on a noun outside it as one of these qualifies that noun: a term."""
OTHER_VOICES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
"""Entities that, named in the sentence outside the marks, could be the ones speaking."""


def in_narration(doc, span: QuotedSpan) -> bool:
    """The quote is a speaker's phrase inside a sentence with no voice of its own (see the
    module's docstring); the caller checks that the sentence has no cue."""
    rng = token_range(doc, span.start, span.end)
    if rng is None:
        return False
    first, last = rng
    words = [t for t in doc[first:last] if not (t.is_punct or t.is_space)]
    if len(words) < MIN_WORDS or not words[0].is_lower or named_or_term(doc, first, last):
        return False
    sent = doc[first].sent
    opening = next((t for t in sent if not (t.is_space or t.is_quote)), None)
    if opening is None or opening.i >= first or _sentence_before(doc, sent) is None:
        return False  # a quote that opens its sentence is ``continuation.follows``'s
    root = sent.root
    if root.i >= first and not root.i < last:
        return False  # a phrase before the main verb: in the subject, a name or a place
    if any(t.dep_ in MODIFIER_DEPS and not first <= t.head.i < last for t in words):
        return False  # 'for "voter identification" calls': a term that qualifies a noun
    outside = [t for t in sent if not first - 1 <= t.i <= last]
    return not any(t.ent_type_ in OTHER_VOICES for t in outside)


def short_in_narration(doc, span: QuotedSpan, has_cue: bool) -> Attribution | None:
    """An attribution with no cue (rule ``RULE``) for a short quote that ``in_narration``
    accepts in a sentence with no cue; the speaker is found later (``statement_before``)."""
    if has_cue or not in_narration(doc, span):
        return None
    return Attribution(span, None, RULE)


def statement_before(doc, span: QuotedSpan, previous: Quote | None) -> Quote | None:
    """The quote or reported statement right before ``span`` whose speaker goes on: it lies
    in the sentence just before the quote's, in the same paragraph, and its speaker is
    named. None otherwise."""
    if previous is None or previous.speaker is None or not previous.speaker.name \
            or previous.end > span.open_mark:
        return None
    rng = token_range(doc, span.start, span.end)
    if rng is None:
        return None
    before = _sentence_before(doc, doc[rng[0]].sent)
    if before is None:
        return None
    inside = before.start_char <= previous.start < before.end_char or (
        previous.cue_start is not None and before.start_char <= previous.cue_start < before.end_char)
    return previous if inside else None


def _sentence_before(doc, sent):
    """The sentence before ``sent`` in the same paragraph, ending in ".", "!" or "?" (its part
    in this paragraph when the parser ran it over a break); None when ``sent`` opens its
    paragraph (as ``cueless``'s, which cannot be imported here: it imports ``direct``)."""
    if sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws:
        return None
    before = doc[sent.start - 1].sent
    breaks = [t.i for t in before if "\n" in t.text_with_ws]
    if breaks:
        before = doc[breaks[-1] + 1:sent.start]
    last = [t for t in before if not t.is_space]
    return before if last and last[-1].text in (".", "!", "?") else None
