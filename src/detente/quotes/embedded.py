"""A partial quote inside reported speech: the reported clause around it (issue 14, round 35).

A quoted fragment after its cue whose complement opens with words of the writer's own -- ``called
Trump "the orange prince"``, ``said in a statement that the police would help "to keep everyone
safe"``, ``noted the folly of sending "a few hundred soldiers"`` -- is a partial quote nested in
an attribution of reported speech. When the cue's reported clause was not found on its own (the
parser hung the fragment, not a clause, on the cue), ``embed_partial_quotes`` adds that clause
(``clause_around``) as an indirect quote with the fragment's cue and speaker, and keeps the
fragment: the own gold counts partial quotes as direct (``gold/quotes/NOTES.md``), while PolNeAR
annotates the whole clause as one reported attribution, and the evaluators group a cue's quotes
with the clause leading. The fragment's evidence is kept in the clause's rule
(``indirect:clause-around<direct:governing-cue;cue:call``).

What does not open a clause: adverbs and particles of the cue (``wondering aloud "why ..."``),
its addressee (``told reporters, "We lost."``, ``telling them "thank you ..."``), and words ended
by a colon (``added a caveat: "..."``, a whole quote introduced). The quote filter's ``embed``
veto reads the same clause (``quote_filter.filter_quotes``).
"""

from __future__ import annotations

from dataclasses import replace

from detente.nlp import span_at, span_of
from detente.quotes.following import ADDRESSEE_CUES
from detente.quotes.marks import DOUBLE_OPEN, SINGLE_OPEN, STRAIGHT
from detente.records import Quote

__all__ = ["RULE", "clause_around", "embed_partial_quotes", "scored"]

RULE = "indirect:clause-around"
"""The rule of an added clause; ``<`` and the fragment's own rule follow it."""
OPENERS = STRAIGHT + DOUBLE_OPEN + SINGLE_OPEN
"""The opening marks of ``marks.py``: a reported clause opening with one is scored as direct."""
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "punct", "cc",
                      "conj", "mark", "agent", "neg"})
"""Children of the cue that belong to its own clause, not to what it reports (``agent``: the
``by``-phrase of a passive cue names the speaker, ``described by the paper as "..."``; f95)."""
LEAD_INS = frozenset({"advmod", "npadvmod", "prt", "dative", "prep", "advcl"})
"""Children of the cue between it and the quote that open no reported clause: how, when or to
whom it was said (``said simply``, ``wondering aloud``, ``gave them``, ``on Monday``, ``while
visiting Paris``). A preposition whose phrase holds the quote is the clause itself (``called for
the agency to release the "full" report``)."""
WHOLE_QUOTE_PREPS = frozenset({"with"})
"""Prepositions whose object, when it is the quote alone, is a whole quote: the cue's manner
(``responded to the question with "..."``; f95)."""
GLOSSES = frozenset({"mean"})
"""Verbs between the cue and the quote that make the quote a gloss (``which means "..."``), not
words reported (f95)."""
TITLE_WORDS = frozenset({"of", "the", "and", "vs", "v", "for", "in", "on", "a", "de"})
"""Lower-case words a title-case name may hold (``Smith vs. Northern Rail``)."""


def scored(quote: Quote, quotes: list[Quote]) -> bool:
    """Whether a quote of ``quotes`` (the article's) stands alone as a direct quote: a direct
    one, or a reported clause opening with a mark (the evaluators count both as direct), that
    is not a fragment inside a reported clause of its own cue (``said the plan was "dead"``:
    that clause's words, judged with it). The quote filter scores exactly these."""
    if not (quote.direct or quote.content[:1] in OPENERS):
        return False
    if quote.cue_start is None:
        return True
    return not any(q is not quote and not q.direct and q.cue_start == quote.cue_start
                   and q.start <= quote.start and quote.end <= q.end + 2 for q in quotes)


def _infinitive(token) -> bool:
    """A ``to``-infinitive (``vowed to begin ...``): a complement, even when parsed ``advcl``."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _lead_in(child, head, node) -> bool:
    """A child of the cue that says how or to whom it was said, not what: an adverb, a time
    clause opened by a ``mark`` (``while``, ``after``), a preposition, the addressee of ``tell`` or the
    object before a ``that``-clause (``informed the board that ...``; without the mark the object
    is the clause's misparsed subject: ``mentioned Neanderthals "did not ..."``)."""
    if child.dep_ == "advcl":  # ``while visiting Paris``; a bare participle may be the report
        return any(c.dep_ == "mark" for c in child.children)
    return child.dep_ in LEAD_INS or (child.dep_ == "dobj" and (
        head.lemma_ in ADDRESSEE_CUES or any(m.dep_ == "mark" for m in node.children)))


def _that_clause(node, quote: Quote):
    """The ``that``-clause under ``node`` that holds the quote (the parser hung the cue's
    complement on its time clause or object: ``said while visiting Paris that ...``,
    ``informed the board that ...``), or ``None``."""
    return next((c for c in node.children if c.left_edge.idx <= quote.start <= c.right_edge.idx
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _not_speech(head, node, quote: Quote) -> bool:
    """A cue not used as speech, or a quote that is no words reported: a negated cue (``can't
    say anything about "..."``), a cue with an object moved somewhere (``added the firms to its
    "list"``), a gloss (``which means "..."``), a title-case name (``the case "Smith vs. Jones"``)."""
    children = list(head.children)
    if any(c.dep_ == "neg" for c in children):
        return True
    if any(c.dep_ == "dobj" for c in children) and any(
            c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in children):
        return True
    if any(_gloss(t) for t in node.subtree if t.idx < quote.start):
        return True
    words = [w.strip(".,") for w in quote.content.split()]
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    return len(words) > 1 and all(w[:1].isupper() or w.lower() in TITLE_WORDS for w in words)


def _gloss(token) -> bool:
    """``token`` is a gloss verb in a gloss shape: ``which means "..."``, ``meaning "..."``; not a
    reported claim's own verb (``the strike would mean "chaos"``, review r35e finding 6)."""
    return token.lemma_ in GLOSSES and (token.tag_ == "VBG" or any(
        c.dep_ == "nsubj" and c.lower_ in ("which", "that", "this", "it") for c in token.children))


def _of_cue(token, head) -> bool:
    """No verb stands between ``token`` and the cue ``head`` in the parse: the "with" is the cue's
    own (``responded to the question with "..."``), not a verb's of the reported clause (``his
    claim that the governor had sided with "..."``, review r35e finding 5)."""
    for up in token.ancestors:
        if up.i == head.i:
            return True
        if up.pos_ in ("VERB", "AUX"):
            return False
    return False


def clause_around(quote: Quote, doc, text: str) -> tuple[int, int] | None:
    """The reported clause that holds a quote after its cue (``called Trump "..."``, ``said it
    would work with the police "to ..."``): from the first word of the cue's complements after
    the cue to the end of the complement that holds the quote, when it starts with words before
    the opening mark; ``None`` when the quote is not under its cue in the parse, comes before it,
    opens the complement itself (``said, "..."``) or follows only a lead-in (``told them
    "..."``, ``added a caveat: "..."``)."""
    if doc is None or quote.cue_start is None or quote.cue_end is None \
            or quote.cue_end > quote.start:
        return None
    cue = span_at(doc, quote.cue_start, quote.cue_end)
    inside = span_of(doc, quote)
    if cue is None or inside is None or not len(cue) or not len(inside):
        return None
    head, node = cue.root, inside.root
    while node.head.i != node.i and node.head.i != head.i and node.i != head.i:
        node = node.head
    if node.head.i != head.i or node.i <= head.i or node.dep_ in SUBJECTS \
            or _not_speech(head, node, quote):
        return None
    if node.dep_ in ("advcl", "dobj") and not _infinitive(node):
        clause = _that_clause(node, quote)
        if clause is None and node.dep_ == "advcl" \
                and any(c.dep_ == "mark" for c in node.children):
            return None  # the quote is in the cue's time clause (``while visiting "..."``)
        node = clause or node
    lead = inside.root.head
    if lead.lemma_ in WHOLE_QUOTE_PREPS and lead.i + 2 == inside[0].i and _of_cue(lead, head):
        return None  # the quote is the preposition's whole object: ``answered with "..."``
    firsts = [c.left_edge.i for c in head.rights
              if c.i <= node.i and c.dep_ not in SUBJECTS
              and (c.i == node.i or not _lead_in(c, head, node))]
    first = doc[min(firsts)] if firsts else node.left_edge
    start = first.idx
    opening = quote.start - 1 if quote.direct and text[quote.start - 1:quote.start] in OPENERS \
        else quote.start
    before = text[start:opening]
    if start >= opening or not any(ch.isalnum() for ch in before) \
            or before.rstrip()[-1:] in (":", ","):
        return None  # words ended by a colon or comma introduce a whole quote (f95)
    if first.dep_ in ("prep", "agent") and first.idx + len(first) >= len(before.rstrip()) + start:
        return None  # only a preposition before the mark (``described as "..."``): no clause
    end = max(node.right_edge.idx + len(node.right_edge), quote.end)
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return start, end


def embed_partial_quotes(quotes: list[Quote], doc, text: str) -> list[Quote]:
    """``quotes`` (in text order) with the reported clause added around each stand-alone
    direct quote that ``clause_around`` finds nested in one: same cue and speaker, not direct,
    rule ``indirect:clause-around<`` + the quote's rule. The quote itself is kept unchanged.

    >>> embed_partial_quotes([], None, "")
    []
    """
    added: list[Quote] = []
    for quote in quotes:
        if not quote.direct or not scored(quote, quotes + added):
            continue
        bounds = clause_around(quote, doc, text)
        if bounds is not None:
            start, end = bounds
            own = [q for q in quotes + added
                   if not q.direct and q.cue_start == quote.cue_start and q.start <= start
                   and q.end > (quote.cue_end or 0)]  # a fronted clause is another one
            if own and (own[0].start < start or own[0].end >= end or own[0] in added):
                continue  # one reported clause per cue: its own clause is already there (f95)
            if own:  # the cue's own clause ends short of the fragment: widen it
                quotes = [q for q in quotes if q is not own[0]]
            added.append(replace(quote, content=text[start:end], start=start, end=end,
                                 direct=False, events=[], rule=f"{RULE}<{quote.rule}"))
    if not added:
        return quotes
    return sorted(quotes + added, key=lambda q: (q.start, -q.end))
