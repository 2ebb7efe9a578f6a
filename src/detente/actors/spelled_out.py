"""A body's name spelled out before its acronym in brackets ("National Union for the Total
Independence of Angola (UNITA)"): one atom with the acronym's entries, unless the article
defines a body of its own.

Split out of ``matcher.py`` (issue 14, round 33).
"""

from __future__ import annotations

from detente.actors.atoms import Atom, Tokens, is_acronym, kind_of
from detente.actors.tables import ActorTables, Entry, fold

NAME_LINKS = frozenset({"of", "for", "the", "and", "&", "'s", "-"})
"""Lower-case words inside a body's spelled-out name ("Union for the Total Independence of")."""


def spelled_out_atoms(tokens: Tokens, sent, tables: ActorTables, taken: list[bool],
                      people: frozenset[int] = frozenset()) -> list[Atom]:
    """A body's name spelled out before its acronym in brackets, where the tables know the
    acronym and not the name ("National Union for the Total Independence of Angola
    (UNITA)"): one atom from the name's first word to the closing bracket, the acronym's
    entries."""
    atoms = []
    for i in range(sent.start + 2, sent.end - 1):
        if tokens.lower[i - 1] != "(" or tokens.lower[i + 1] != ")" or any(taken[i - 1:i + 2]):
            continue
        entries = tables.lookup(tokens.span(i, i + 1))
        if not entries or kind_of(entries) not in ("org", "person"):
            continue
        start = _name_start(tokens, i - 1, sent.start, people)
        if start is None or any(taken[start:i + 2]):
            continue
        if kind_of(entries) == "person":  # "Montenegro Municipality Association (AKK)":
            taken[i] = is_acronym(tokens, i)  # the body's acronym, not a person's initials
            continue
        if defines_another_body(tokens.span(start, i - 1), entries):
            taken[i] = True  # the article's own body, not the Phoenix group of that acronym
            continue
        atoms.append(Atom(start, i + 2, "org", "", entries))
        for k in range(start, i + 2):
            taken[k] = True
    return atoms


PHOENIX_ORGANISATION = "org:phoenix:"
"""Entry prefix of ``phoenix_organisations.tsv`` rows (Phoenix's international and non-state
files, MIT), many of them obscure groups known by a bare acronym ("EPA", "HPG")."""


def defines_another_body(name: str, entries: tuple[Entry, ...]) -> bool:
    """A name spelled out before an acronym in brackets defines a body other than the
    Phoenix organisations the tables give that acronym: every entry is from
    ``phoenix_organisations.tsv`` and the name shares no word (beyond linking words) with
    theirs ("the Hungarian Press Guild (HPG)": not Turkey's HPG; "the Democratic Front for
    Liberation of Palestine (DFLP)" is Phoenix's DFLP). The article's own definition wins
    over an acronym only Phoenix gives (issue 13, round 21, branch a43); our own tables' still win."""
    if not entries or not all(e.entry.startswith(PHOENIX_ORGANISATION) for e in entries):
        return False
    words = set(fold(name).split()) - NAME_LINKS
    return not any(words & set(fold(e.name or "").split()) for e in entries)


def _name_start(tokens: Tokens, bracket: int, limit: int,
                people: frozenset[int] = frozenset()) -> int | None:
    """First token of the capitalised name that ends right before ``bracket`` (two words or
    more, linking words inside only, never a person's name: "Mike Ryan of the World Health
    Organization (WHO)"); None when no such name is there."""
    start, k = None, bracket - 1
    while k >= limit and k not in people and (
            tokens.text[tokens.starts[k]].isupper() or tokens.lower[k] in NAME_LINKS):
        if tokens.text[tokens.starts[k]].isupper():
            start = k
        k -= 1
    return start if start is not None and bracket - start >= 2 else None
