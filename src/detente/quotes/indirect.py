"""Reported speech: the clause a speech cue governs.

``X said (that) ...`` and ``X told Y (that) ...`` report the clausal complement of the verb;
``X accused Y of ...`` and ``X urged Y to ...`` report through the object and what follows;
``according to X, ...`` reports the clause the phrase is attached to, minus the phrase.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from detente.nlp import columns, doc_text
from detente.quotes.cues import Cue

CLAUSE_DEPS = ("ccomp",)
OBJECT_DEPS = ("ccomp", "dobj", "xcomp", "prep", "dative", "oprd")
INFINITIVE_DEPS = ("dobj", "dative", "xcomp")
"""``told the United States not to treat ...``: a clause verb reporting through an object
and an infinitive."""
EDGE_SKIP = frozenset({"PUNCT", "SPACE", "CCONJ"})
BREAKS_KEY = "detente.line_breaks"
"""``Doc.user_data`` key of the tokens that end a paragraph."""


def paragraph_of(doc, i: int) -> tuple[int, int]:
    """Token range of the paragraph holding token ``i`` (paragraphs end after a token holding
    a line break; the break tokens are found once per doc)."""
    breaks = doc.user_data.get(BREAKS_KEY)
    if breaks is None:
        breaks = doc.user_data[BREAKS_KEY] = line_break_tokens(doc)
    k = bisect_left(breaks, i)
    first = breaks[k - 1] + 1 if k else 0
    last = breaks[k] + 1 if k < len(breaks) else len(doc)
    return first, last


def line_break_tokens(doc) -> list[int]:
    r"""Indexes of the tokens whose text with its trailing space holds a line break, in order:
    each ``\n`` of the text belongs to the last token starting at or before it.

    >>> from detente.nlp import parse
    >>> line_break_tokens(next(parse(["Talks resumed.\n\nNATO agreed."])))  # the space token
    [3]
    """
    text, starts = doc_text(doc), columns(doc).idx
    found: list[int] = []
    at = text.find("\n")
    while at >= 0:
        i = bisect_right(starts, at) - 1
        if i >= 0 and (not found or found[-1] != i):
            found.append(i)
        at = text.find("\n", at + 1)
    return found


def _skippable(token, at_start: bool) -> bool:
    """Edge punctuation; a quote mark only when it faces outward (a closing mark at the start,
    an opening mark at the end)."""
    if token.is_quote:
        neighbour_space = bool(token.whitespace_) if at_start else (
            token.i > 0 and bool(token.doc[token.i - 1].whitespace_))
        return neighbour_space
    return token.pos_ in EDGE_SKIP


def _trim(doc, first: int, last: int) -> tuple[int, int] | None:
    """Drop punctuation, spaces and conjunctions at both ends of ``[first, last)``."""
    while first < last and _skippable(doc[first], at_start=True):
        first += 1
    while last > first and _skippable(doc[last - 1], at_start=False):
        last -= 1
    return (first, last) if last - first >= 2 else None


def _clause_children(verb, deps: tuple[str, ...], after_only: bool) -> list:
    return [c for c in verb.children if c.dep_ in deps and (not after_only or c.i > verb.i)]


def _according_to(doc, cue: Cue) -> tuple[int, int] | None:
    """The clause ``according to X`` modifies, without the phrase itself."""
    phrase = doc[cue.head]
    host = phrase.head
    if host is phrase:
        return None
    skip_first, skip_last = phrase.left_edge.i, phrase.right_edge.i + 1
    first, last = host.left_edge.i, host.right_edge.i + 1
    before = _trim(doc, first, skip_first)
    after = _trim(doc, skip_last, last)
    if before and after:
        return before if before[1] - before[0] >= after[1] - after[0] else after
    return before or after


def reported_clause(doc, cue: Cue) -> tuple[int, int] | None:
    """Token range ``[first, last)`` of what the cue reports (within the cue's paragraph,
    however far the parser ran the clause), or None.

    >>> from detente.nlp import parse
    >>> from detente.quotes.cues import CueEntry
    >>> doc = next(parse(["Putin said that some compromises could be found."]))
    >>> first, last = reported_clause(doc, Cue(CueEntry("say", "verb", "clause"), 1, 2, 1))
    >>> doc[first:last].text
    'that some compromises could be found'
    """
    found = _clause(doc, cue)
    if found is None:
        return None
    para_first, para_last = paragraph_of(doc, cue.head)
    return _trim(doc, max(found[0], para_first), min(found[1], para_last))


def _clause(doc, cue: Cue) -> tuple[int, int] | None:
    if cue.entry.kind != "verb":
        return _according_to(doc, cue) if cue.entry.kind == "phrase" else None
    verb = doc[cue.head]
    if cue.entry.frame == "object":
        parts = _clause_children(verb, OBJECT_DEPS, after_only=True)
    else:
        parts = _clause_children(verb, CLAUSE_DEPS, after_only=False)
        if not parts and any(c.dep_ == "xcomp" and c.i > verb.i for c in verb.children):
            parts = _clause_children(verb, INFINITIVE_DEPS, after_only=True)
        if not parts:
            parts = [c for c in verb.rights if c.lower_ == "that" and c.i <= verb.i + 3][:1]
    if not parts:
        return None
    first = min(p.left_edge.i for p in parts)
    last = max(p.right_edge.i for p in parts) + 1
    if first < verb.i < last:
        parts = [p for p in parts if p.i > verb.i] or parts
        first = min(p.left_edge.i for p in parts)
        last = max(p.right_edge.i for p in parts) + 1
    return _trim(doc, first, last)

