"""The matcher's records: an ``Atom`` (tokens one entry, role noun or entity explains) and
``Tokens`` (plain-Python copies of the token attributes the matchers read).

Split out of ``matcher.py`` (issue 14, round 33): the name, spelled-out, person and word
matchers all build atoms over the same token columns.
"""

from __future__ import annotations

from dataclasses import dataclass

from detente.actors.tables import Entry, Pronoun, RoleNoun, last_word
from detente.nlp import columns, doc_text


@dataclass
class Atom:
    """Tokens ``start:end`` of the doc explained by one entry, role noun or entity label."""

    start: int
    end: int
    kind: str
    """country, demonym, capital, seat, org, person, role, unknown or pron."""
    label: str
    """Ours for dictionary atoms (GPE, NORP, ORG, PERSON, ROLE, PRON); spaCy's for unknowns."""
    entries: tuple[Entry, ...] = ()
    role: RoleNoun | None = None
    pronoun: Pronoun | None = None
    by_surname: bool = False
    """A roster person found by surname alone ("Johnson"): the resolver checks it is likely."""
    speech: bool = False
    """A pronoun that is the subject of a speech or decision verb ("it said")."""


KIND_LABELS = {"country": "GPE", "capital": "GPE", "region": "GPE", "demonym": "NORP", "seat": "ORG",
               "org": "ORG", "person": "PERSON", "role": "ROLE", "pron": "PRON"}


@dataclass(frozen=True)
class Tokens:
    """Plain-Python copies of the token attributes the matcher reads, taken once per doc
    (indexing a spaCy Doc builds a Token object each time)."""

    text: str
    starts: list[int]
    ends: list[int]
    lower: list[str]
    pos: list[str]
    alpha: list[int]
    """1 where the token is alphabetic (spaCy's ``IS_ALPHA``)."""
    last: list[str]
    """``last_word`` of each token's lower-case text."""

    @classmethod
    def of(cls, doc) -> Tokens:
        cols = columns(doc)
        ends = [start + length for start, length in zip(cols.idx, cols.length, strict=True)]
        last = [word if word.isalnum() else last_word(word) for word in cols.lower]
        return cls(doc_text(doc), cols.idx, ends, cols.lower, cols.pos, cols.alpha, last)

    def span(self, start: int, end: int) -> str:
        return self.text[self.starts[start]:self.ends[end - 1]]


def kind_of(entries: tuple[Entry, ...]) -> str:
    """The kind of the first entry (all entries of one lookup share it)."""
    return entries[0].kind


def is_acronym(tokens: Tokens, i: int) -> bool:
    """A word of two or more capital letters ("AKK", "MASSOB")."""
    word = tokens.text[tokens.starts[i]:tokens.ends[i]]
    return len(word) >= 2 and word.isalpha() and word.isupper()
