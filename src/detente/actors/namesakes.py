"""A roster person's one-word name after another given name: a namesake, not the roster person.

A roster entry reachable by one word (an alias such as "Prabowo", a surname) matched as a whole
name lets "Edhy Prabowo" (another Indonesian minister) be Prabowo Subianto, and any "<Given>
<Surname>" of a different person be the roster's namesake. When spaCy tags the words as one
PERSON entity and the capitalised proper noun right before the matched word is none of the
person's own name words (name, aliases), no title or role word, no honorific and no initial,
the one-word match is dropped and its tokens go back to the entity, which the entity matcher
then reads as a whole name (a roster full name, or an unknown person). Issue 14, round 22
(branch a46).

``named_later`` / ``named_ahead``: a bare surname before the article names in full the person
who bears it. A headline or lede calls a person by surname and the body gives the full name in a
later sentence ("Campbell" ... "Alastair Campbell"): when that full name is no roster person's,
no roster person of the surname is named in full anywhere in the article and no role word stands
right before the surname ("President Gaddafi"), the bare surname is that unknown person, not the
roster's namesake (Kim Campbell). The same sentence is left alone ("Gaddafi's youngest son, Saif
al-Arab Gaddafi": a relative named after the roster person). ``matcher.named_in_full`` and the
matcher's ``named`` set do this for a surname after the full name (rounds 20-21). Issue 14,
round 26 (branch a48).
"""

from __future__ import annotations

from detente.actors.arrays import release
from detente.resources import word_list

__all__ = ["before_full_names", "named_ahead", "named_later", "other_given_name"]

_HONORIFICS = frozenset(word_list("actors", "vocabulary.yaml", "surname_honorifics"))


def _own_words(entry) -> set[str]:
    person = getattr(entry, "person", None)
    names = [entry.name or ""]
    if person is not None:
        names += [person.name or "", *person.aliases]
    return {w.lower().strip(".,") for n in names for w in n.replace("-", " ").split()}


def other_given_name(tokens, atoms: list, people, taken: list[bool], tables) -> list:
    """``atoms`` without one-token person matches that follow another person's given name
    inside the same PERSON entity (module docstring); their tokens are freed."""
    return release(atoms, taken, lambda atom: atom.kind == "person" and atom.end - atom.start == 1
                   and atom.start > 0 and _namesake(tokens, atom, people, tables))


def _namesake(tokens, atom, people, tables) -> bool:
    before = atom.start - 1
    if not any(e.start <= before and atom.end <= e.end for e in people):
        return False
    word = tokens.span(before, atom.start)
    lower = word.lower()
    if tokens.pos[before] != "PROPN" or not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False  # an initial ("V."), a number, a lower-case word
    if lower in _HONORIFICS or lower in tables.roles or len(word) < 3:
        return False  # "Mr Putin", "President Putin"
    return all(lower not in _own_words(e) for e in atom.entries if e.kind == "person")


def before_full_names(atoms: list) -> set[int]:
    """Tokens right before a roster person's full name (an atom of two or more words): a bare
    surname there modifies that name ("the Grand Imam of al-Azhar Ahmed el-Tayeb": the mosque's
    name, not the roster's Masood Azhar); ``surname_atoms`` does not read them as people."""
    return {a.start - 1 for a in atoms
            if a.kind == "person" and a.end - a.start > 1 and a.start > 0
            and any(getattr(e, "person", None) is not None for e in a.entries)}


def named_later(ents, tables) -> dict[str, int]:
    """Last words of the article's multi-word PERSON entities that no table knows, less the
    last words of roster people the article names in full, each with the first token of its
    first such entity (module docstring, ``named_later``)."""
    unknown: dict[str, int] = {}
    rostered: set[str] = set()
    for ent in ents:
        words = [t.text for t in ent if t.text not in ("'s", "\u2019s", "'", "\u2019")]
        if len(words) < 2 or not words[-1][:1].isupper() or not words[-1].replace("-", "").isalpha():
            continue
        text = " ".join(words)
        entries = tables.lookup(text) or tables.lookup(" ".join(words[-2:]))
        if any(getattr(e, "person", None) is not None for e in entries):
            rostered.add(words[-1])
        elif ent.label_ == "PERSON" and not entries and words[-2][:1].isupper() \
                and words[-2].lower() not in _HONORIFICS and words[-2].lower() not in tables.roles:
            unknown.setdefault(words[-1], ent.start)
    return {w: at for w, at in unknown.items() if w not in rostered}


def named_ahead(tokens, atoms: list, later: dict[str, int], doc) -> list:
    """``atoms`` with each bare-surname roster atom before a later sentence's full name of another
    person (``later``) made that unknown person; not after a role atom (module docstring)."""
    if not later:
        return atoms
    role_ends = {a.end for a in atoms if a.kind == "role"}
    out = []
    for atom in atoms:
        if atom.kind == "person" and atom.by_surname and atom.end - atom.start == 1 \
                and atom.start not in role_ends and _apart(tokens, doc, atom.start, later.get(
                    tokens.span(atom.start, atom.end), -1)):
            atom = type(atom)(atom.start, atom.end, "unknown", "PERSON")
        out.append(atom)
    return out


def _apart(tokens, doc, at: int, full: int) -> bool:
    """The full name (token ``full``) comes after token ``at`` in another sentence or line
    (a headline the tagger ran into the first sentence)."""
    if full <= at:
        return False
    if doc[full].sent.start > doc[at].sent.start:
        return True
    return "\n" in tokens.text[tokens.starts[at]:tokens.starts[full]]
