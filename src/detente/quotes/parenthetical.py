"""A quote inside a sentence whose cue is a parenthetical: the reported clause across it (issue 14,
round 36).

``In contrast, Ms Lane said, there seem to be more voters "who ..."``, ``Even at best, they
write, the reform has "produced nothing"``, ``The plan is "dead," he said.``: the cue and its
speaker stand between commas inside the sentence they report (the parser hangs the cue on the
sentence's main verb as ``parataxis``), and the sentence's own words lie before the quote. PolNeAR
annotates the whole sentence, less the cue and speaker, as one reported attribution; detente keeps
the quoted words (the own gold counts them as a direct quote) and adds the main clause as an
indirect quote with the same cue and speaker (rule ``indirect:clause-across<`` + the quote's
rule), which the evaluators group with the quote, the clause leading -- as ``embedded.py`` does for
a fragment after its cue.

Not a parenthetical: a cue that heads its sentence (``At a rally in Ohio, the senator said,
"..."``, ``told reporters, "..."``: the parser makes the cue the root), a sentence that opens with
the quote (``"We will win," the senator said, "and ..."``: a split quote), fronted words that
tell how or when the cue was spoken (``Holding up a letter, she said, "..."``), a quote under the
cue's own words, a negated cue.
"""

from __future__ import annotations

from dataclasses import replace

from detente.nlp import span_at, span_of
from detente.quotes.embedded import OPENERS, embed_partial_quotes, scored
from detente.readers.checks import script_problem
from detente.records import Quote

__all__ = ["RULE", "clause_across", "embed_reported"]

RULE = "indirect:clause-across"
"""The rule of an added clause; ``<`` and the quote's own rule follow it."""
LEAD_IN_TAGS = frozenset({"VBG", "VBN", "WRB"})
"""The first word of a sentence whose fronted words tell how or when the cue was spoken, not
what (``Remarking upon her "charm," Smith said, "..."``, ``Asked about it, she said, "..."``,
``When asked, he said, "..."``): PolNeAR keeps the quote after them direct."""
CONNECTIVE_POS = frozenset({"CCONJ", "SCONJ", "ADV", "INTJ", "PART", "DET", "ADP", "PUNCT",
                            "SYM", "SPACE"})
"""Parts of speech that are no reported words of their own: a connective or discourse adverb
alone before the cue (``But, he said, "..."``, ``So, the minister said, "..."``) leaves the
sentence nothing outside the quote to report."""


def _end(token) -> int:
    return token.idx + len(token)


def clause_across(quote: Quote, doc, text: str) -> tuple[int, int] | None:
    """The main clause of the quote's sentence when its cue is a parenthetical inside that
    clause (``parataxis`` on the clause's verb) and the clause has words of its own, outside the
    cue and its speaker, before the quote's opening mark; ``None`` otherwise."""
    if doc is None or quote.cue_start is None or quote.cue_end is None:
        return None
    cue = span_at(doc, quote.cue_start, quote.cue_end)
    inside = span_of(doc, quote)
    if cue is None or inside is None or not len(cue) or not len(inside):
        return None
    head = cue.root
    main = head.head
    if head.dep_ != "parataxis" or main.i == head.i or any(c.dep_ == "neg" for c in head.children):
        return None
    after = text.find("\n", head.idx)
    start = max(main.left_edge.idx, text.rfind("\n", 0, head.idx) + 1)  # the parser may join
    end = max(_end(main.right_edge), quote.end)  # two paragraphs: the cue's paragraph bounds it
    end = end if after < 0 else min(end, after)
    aside = (head.left_edge.idx, _end(head.right_edge))
    if not start <= quote.start < end or aside[0] <= quote.start < aside[1] \
            or text[start:start + 1] in OPENERS or text[start:start + 2] == "''":
        return None  # the quote is not in the main clause, or the clause opens with it
    first = next((t for t in doc[main.left_edge.i:head.i] if t.idx >= start and t.is_alpha), None)
    if first is not None and (first.tag_ in LEAD_IN_TAGS
                              or (first.lower_ == "to" and first.dep_ != "aux")):
        return None  # a lead-in about the speaking: ``Holding up a letter, she said, "..."``,
        # or the cue's addressee: ``To the families, the minister said, "..."``
    if script_problem(text[start:end]):
        return None  # mostly another script: the English parser's clauses on its words are noise
    opening = quote.start - 1 if quote.direct and text[quote.start - 1:quote.start] in OPENERS \
        else quote.start
    spans = ((start, min(opening, aside[0])), (min(aside[1], opening), opening))
    if not any(a <= t.idx and _end(t) <= b and t.pos_ not in CONNECTIVE_POS
               for a, b in spans for t in doc[main.left_edge.i:main.right_edge.i + 1]):
        return None  # no own words, or only a connective: ``But, he said, "..."``
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return start, end


def embed_reported(quotes: list[Quote], doc, text: str) -> list[Quote]:
    """``embedded.embed_partial_quotes``, then the clause across a parenthetical cue added for
    each stand-alone direct quote that ``clause_across`` finds: same cue and speaker, not direct,
    rule ``indirect:clause-across<`` + the quote's rule; a reported quote of the same cue inside
    that clause gives way to it (one reported clause per cue). The quote itself is kept.

    >>> embed_reported([], None, "")
    []
    """
    quotes = embed_partial_quotes(quotes, doc, text)
    added: list[Quote] = []
    for quote in quotes:
        if not quote.direct or not scored(quote, quotes + added) \
                or any(q.cue_start == quote.cue_start for q in added):
            continue
        bounds = clause_across(quote, doc, text)
        if bounds is None:
            continue
        start, end = bounds
        same = [q for q in quotes if not q.direct and q.cue_start == quote.cue_start]
        if any(q.start < start or q.end > end for q in same):
            continue  # the cue's own reported clause reaches outside this one
        quotes = [q for q in quotes if all(q is not s for s in same)]
        added.append(replace(quote, content=text[start:end], start=start, end=end,
                             direct=False, events=[], rule=f"{RULE}<{quote.rule}"))
    if not added:
        return quotes
    return sorted(quotes + added, key=lambda q: (q.start, -q.end))
