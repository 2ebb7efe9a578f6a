"""Per-document arrays the actor rules read instead of spaCy ``Token`` objects.

Each helper gives what a loop over ``doc[i]`` computed (``is_space``, ``text``, ``head.i``),
from ``detente.nlp``'s columns, heads and sentence starts and the article's text; indexing a
``Doc`` builds a ``Token`` every time. ``tests/actors/test_arrays.py`` compares each with the
spaCy-object way on made-up texts.
"""

from __future__ import annotations

from bisect import bisect_right

from detente.actors.tables import first_run, fold, last_word
from detente.nlp import columns, doc_text
from detente.nlp import sentence_starts as first_tokens

POSSESSIVE_MARKERS = ("'s", "’s", "'")
"""The tokens that mark a possessive after a name ("Georgia's", "Georgia’s", "the Gateses'"),
one tuple for the actor rules that ask whether a name owns what follows it."""

CLOSING_POSSESSIVES = (*POSSESSIVE_MARKERS, "’")
"""``POSSESSIVE_MARKERS`` and a lone curly apostrophe, for the rules that trim a possessive
off the end of a name (a tokenizer splits "Jones’" into the name and "’")."""


def release(atoms: list, taken: list[bool], dropped) -> list:
    """``atoms`` without those ``dropped(atom)`` is true for; the tokens of a dropped atom go
    back (``taken`` False), so a later matcher (the entity's) may read them. The one loop of the
    matcher's after-the-fact drops: places inside a person's name, namesakes, war names."""
    kept = []
    for atom in atoms:
        if dropped(atom):
            for k in range(atom.start, atom.end):
                taken[k] = False
        else:
            kept.append(atom)
    return kept


def token_text(doc, i: int) -> str:
    """``doc[i].text``."""
    cols = columns(doc)
    start = cols.idx[i]
    return doc_text(doc)[start:start + cols.length[i]]


def has_newline(doc, start: int, end: int) -> bool:
    """Whether a token of ``doc[start:end]`` holds a line break (``"\\n" in token.text``)."""
    if start >= end:
        return False
    cols = columns(doc)
    idx, length, text = cols.idx, cols.length, doc_text(doc)
    if "\n" not in text[idx[start]:idx[end - 1] + length[end - 1]]:
        return False
    return any("\n" in text[idx[i]:idx[i] + length[i]] for i in range(start, end))


def line_break_tokens(doc) -> list[int]:
    """Indices of the whitespace tokens holding a line break (``token.is_space and "\\n" in
    token.text``), in order."""
    text = doc_text(doc)
    found: list[int] = []
    pos = text.find("\n")
    if pos < 0:
        return found
    cols = columns(doc)
    idx, length = cols.idx, cols.length
    while pos >= 0:
        k = bisect_right(idx, pos) - 1
        if k >= 0 and pos < idx[k] + length[k]:
            word = text[idx[k]:idx[k] + length[k]]
            if word.isspace() and (not found or found[-1] != k):
                found.append(k)
            pos = text.find("\n", idx[k] + length[k])
        else:
            pos = text.find("\n", pos + 1)
    return found


def paragraph_sentence_starts(doc) -> list[int]:
    """For each token, the first token of its sentence, a token after a line-break token
    of the same sentence starting one (``detente.actors.coref.sentence_starts``)."""
    n = len(doc)
    if not n:
        return []
    firsts = first_tokens(doc)
    starts: list[int] = []
    for a, b in zip(firsts, [*firsts[1:], n], strict=True):
        starts += [a] * (b - a)
    for k in line_break_tokens(doc):
        i = k + 1
        if i >= n:
            continue
        s = bisect_right(firsts, i) - 1
        if firsts[s] == i:
            continue  # the break ends a sentence: the next token starts one anyway
        end = firsts[s + 1] if s + 1 < len(firsts) else n
        starts[i:end] = [i] * (end - i)
    return starts


def judged_run(tokens, i: int) -> str | None:
    """The first run of letters and digits of every lookup key a name starting at token
    ``i`` can fold to (of the word after "the": the lookup key drops a leading "the ", see
    ``fold``), which ``names.may_start_name`` looks up in the keys' first runs; None
    where it does not judge (the run may go on into the next token)."""
    j = i
    if tokens.lower[i] == "the":
        if i + 1 >= len(tokens.lower):
            return None
        if tokens.starts[i + 1] > tokens.ends[i]:
            j = i + 1
    word = fold(tokens.lower[j])
    run = first_run(word)
    if not run or (len(run) == len(word) and j + 1 < len(tokens.starts)
                   and tokens.starts[j + 1] == tokens.ends[j]
                   and tokens.text[tokens.starts[j + 1]:tokens.starts[j + 1] + 1].isalnum()):
        return None
    return run


_PAIRS_KEY = "_detente_name_pairs"


def name_pairs(tables) -> frozenset[tuple[str, str]]:
    """(first run, last word) of every lookup key of ``tables`` (folded names, folded
    acronyms), built on first use and rebuilt when the tables' dictionaries change. An
    ASCII span whose first run and last word are no pair's is no key (``names.name_at``)."""
    stamp = (id(tables.names), len(tables.names), id(tables.acronyms), len(tables.acronyms))
    found = tables.__dict__.get(_PAIRS_KEY)
    if found is None or found[0] != stamp:
        keys = [*tables.names, *(fold(a) for a in tables.acronyms)]
        found = (stamp, frozenset((first_run(k), last_word(k)) for k in keys))
        tables.__dict__[_PAIRS_KEY] = found
    return found[1]


_SURNAMES_KEY = "_detente_surname_entries"
_MAX_SURNAME_KEYS = 50_000


def surname_cache(tables) -> dict:
    """A dict kept on ``tables`` for ``person_atoms.surname_entries`` (folded text -> the
    entries of the roster people with that surname), emptied when ``tables.surnames``
    changes or it grows past ``_MAX_SURNAME_KEYS``."""
    stamp = (id(tables.surnames), len(tables.surnames))
    found = tables.__dict__.get(_SURNAMES_KEY)
    if found is None or found[0] != stamp or len(found[1]) > _MAX_SURNAME_KEYS:
        found = tables.__dict__[_SURNAMES_KEY] = (stamp, {})
    return found[1]
