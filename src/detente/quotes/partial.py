"""Short quotes where a name could go, told apart from partial quotes of a speaker's words.

``direct.attribute`` refuses a short quote (three words or fewer) that sits where a name or a
term goes (the object of a preposition, a clause the parser hung on a noun) unless its cue
characterises it. Two checks of that gate live here: a quote right after "of" and a person's
name names the body the person belongs to (round 24), and a short quote inside the reported
clause of the speech verb that governs it is the speaker's words (round 27, ``clause_holding``).
"""

from __future__ import annotations

from detente.quotes.cues import Cue
from detente.quotes.indirect import reported_clause
from detente.resources import word_list

BODY_NAME_WORDS = 6
NAMING_WORDS = word_list("quotes", "vocabulary.yaml", "naming_words")
NAMING_REACH = 3
"""Tokens before a quote's opening mark searched for a naming word ("the term "..."")."""


def of_a_person(doc, first: int, words: list) -> bool:
    """A short quote right after "of" and a name names the body the person belongs to
    ("Marta Vine of "Speak Up Now", a victim support charity, said"), not their words."""
    mark = first - 1
    while mark > 0 and doc[mark].is_space:
        mark -= 1
    if mark < 2 or not doc[mark].is_quote or doc[mark - 1].lower_ != "of":
        return False
    owner = doc[mark - 2]
    return (owner.ent_type_ == "PERSON" or owner.pos_ == "PROPN") \
        and len(words) <= BODY_NAME_WORDS \
        and bool(words) and words[0].is_title


def partial_quote_cue(doc, governing: list[Cue], first: int, last: int) -> tuple[Cue, str] | None:
    """The cue and rule of a short quote the term gate refused that is a partial quote after
    all: inside the governing verb's reported clause (``clause_holding``, rule
    ``direct:in-reported-clause``) or a quoted verb phrase (``verb_phrase_cue``, rule
    ``direct:quoted-verb-phrase``); None otherwise. A quote that reads as a name, a term or
    a gloss (``named_or_term``) is none."""
    if named_or_term(doc, first, last):
        return None
    held = clause_holding(doc, governing, first, last)
    if held is not None:
        return held, "direct:in-reported-clause"
    held = verb_phrase_cue(doc, governing, first, last)
    return (held, "direct:quoted-verb-phrase") if held is not None else None


def named_or_term(doc, first: int, last: int) -> bool:
    """A short quote that names or glosses rather than reports (round 27 review, branch f55;
    gold/quotes/NOTES.md: titles, names, nicknames, slogans and glosses are no quotes): every
    word but stop words title-cased or upper case ('leaders of "Hamas"', 'the band "The
    Killers"'), a naming word in the ``NAMING_REACH`` tokens before the opening mark ('the
    term "genocide"', 'the slogan "take back control"'), or an opening bracket right before
    it (a gloss: 'anti-Brexit ("British exit")')."""
    words = [t for t in doc[first:last] if not (t.is_punct or t.is_space)]
    content = [t for t in words if not t.is_stop]
    if content and all(t.is_title or t.is_upper for t in content):
        return True
    mark = first - 1
    while mark > 0 and not doc[mark].is_quote:
        mark -= 1
    before = [t for t in doc[max(0, mark - NAMING_REACH):mark] if not t.is_space]
    return bool(before) and (before[-1].text == "(" or any(
        t.lower_ in NAMING_WORDS for t in before if not t.is_punct))


CLAUSE_ON_A_NOUN = frozenset({"acl", "relcl"})


def verb_phrase_cue(doc, governing: list[Cue], first: int, last: int) -> Cue | None:
    """The nearest governing speech verb before a short quote that is a verb phrase the parser
    hung on a noun as a clause ('told the radio people's lives "revolved around farming"',
    'telling the radio programme that the party was not "worried"'): a name or a term is a
    noun phrase, so a quoted verb with its own words is speech (round 27, branch q54)."""
    roots = [t for t in doc[first:last]
             if not first <= t.head.i < last and not (t.is_punct or t.is_space)]
    if not roots or not all(t.pos_ == "VERB" and t.dep_ in CLAUSE_ON_A_NOUN for t in roots):
        return None
    verbs = [c for c in governing if c.entry.kind == "verb" and c.head < first]
    return min(verbs, key=lambda c: first - c.head) if verbs else None


def clause_holding(doc, governing: list[Cue], first: int, last: int) -> Cue | None:
    """The governing speech verb whose reported clause holds the quote with words of the
    clause before its opening mark ('X claimed the talks could go on for "years."', 'the
    report urged the agency to draw up plans, including the "exit option"', 'Y said the
    race was closer than any in "living memory"'): a partial quote of the speaker's words,
    not a name, whatever the preposition or noun the parser hung it on (round 27, branch
    q54). The verb comes before the quote; the nearest such verb, or None. The reported clause is the one the indirect rules
    give for the same cue, so a quote kept here is scored with that clause by a gold that
    codes the clause and not the quote as the attribution's content (PolNeAR)."""
    opening = first - 1
    while opening > 0 and (doc[opening].is_space or not doc[opening].is_quote):
        opening -= 1
    last = _last_word(doc, first, last)
    held = []
    for cue in governing:
        if cue.entry.kind != "verb" or cue.head > first:
            continue  # a clause before its cue may be the writer's words the parser ran into
            # it ('the source of X's "losses" is no mystery: "...," he said')
        clause = reported_clause(doc, cue)
        if clause is None or not clause[0] < opening or last > clause[1]:
            continue
        if any(not (t.is_punct or t.is_space) for t in doc[clause[0]:opening]):
            held.append(cue)
    return min(held, key=lambda c: abs(c.head - first)) if held else None


def _last_word(doc, first: int, last: int) -> int:
    """The end of the quote's words without the punctuation that closes them inside the marks
    ('went on for "years."': the full stop is the sentence's, which the reported clause
    leaves out; round 32, branch q68)."""
    while last - 1 > first and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    return last


PARTICIPLES = frozenset({"VBG", "VBN"})


def in_participle_clause(doc, verb: int, first: int, cue_heads=frozenset()) -> bool:
    """The quote starting at token ``first`` lies inside the reported clause of a participle
    with no subject of its own that hangs on the cue ``verb`` as an adverbial ('While accepting
    that people "have to be ready", Ana Verde said she had doubts'): the cue's subject is the
    participle's, so the quote is that speaker's words even though the cue reports a clause of
    its own (round 32, branch q68). Not a phrase the participle takes as an object ('Commenting on the "cash for
    honours" affair, Roe said ...': a name), nor a participle that is itself a cue (one of
    ``cue_heads``: 'Having admitted that the figures were "not good enough", the minister
    said ...': the quote is in the admitting's clause, so that cue keeps it; round 32 review,
    branch f79)."""
    node, steps, clause = doc[first], 0, False
    while node.head.i != node.i and node.head.i != verb and steps < 40:
        clause = clause or node.dep_ == "ccomp"
        node, steps = node.head, steps + 1
    return clause and node.head.i == verb and node.dep_ == "advcl" and node.i < verb \
        and node.tag_ in PARTICIPLES and node.i not in cue_heads \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)


FRAGMENT_WORDS = 3


def fragment_in_clause(doc, cue: Cue, first: int, last: int) -> bool:
    """A quoted fragment of at most three words inside the clause of the cue's verb, after the
    verb ("He says data from the regions suggests there are "many" such calls"): the words of
    whoever reports that clause when the verb's subject is a thing that cannot speak
    (``subjects.outer_reporter``), as a quote after a colon is (issue 14, round 34, q72). A
    longer quote may be a sentence of its own, and a colon then says whose it is."""
    words = [t for t in doc[first:last] if not (t.is_punct or t.is_space)]
    verb = doc[cue.head]
    return 1 <= len(words) <= FRAGMENT_WORDS and verb.i < first and all(
        any(a.i == verb.i for a in t.ancestors) for t in words)
