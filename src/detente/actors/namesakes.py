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
who bears it. A headline calls a person by surname and the body gives the full name in a later
line ("Campbell" ... "Alastair Campbell"): when that full name is no roster person's, no roster
person of the surname is named in full anywhere in the article (also with a middle name or a
first name the tagger left out: "Barack | Hussein Obama"), the bearer is not introduced as a
relative ("Stanley Johnson, his father": ``kin_words``) and no role word or honorific stands
right before the surname ("President Gaddafi", "Mr Johnson"), the bare surname is that unknown
person, not the roster's namesake (Kim Campbell). A surname in a sentence of the body is left
alone ("... Trump said. / Melania Trump visited ...": the roster leader and a relative), as is the
same sentence ("Gaddafi's youngest son, Saif al-Arab Gaddafi"). ``person_atoms.named_in_full`` and the
matcher's ``named`` set do this for a surname after the full name (rounds 20-21). Issue 14,
round 26 (branch a48), narrowed by the round's review (branch f51).
"""

from __future__ import annotations

from detente.actors.arrays import CLOSING_POSSESSIVES, release
from detente.resources import word_list

__all__ = ["before_full_names", "named_ahead", "named_later", "other_given_name"]

_HONORIFICS = frozenset(word_list("actors", "vocabulary.yaml", "surname_honorifics"))
KIN_WORDS = frozenset(word_list("actors", "vocabulary.yaml", "kin_words"))
_POSSESSIVES = frozenset({"his", "her", "their", "its", "'s", "\u2019s"})


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
    last words of roster people the article names in full (by the whole name, its last two
    words or its first and last: "Barack Hussein Obama") and of people introduced as a
    relative ("Jane Smith, his wife"), each with the first token of its first such entity
    (module docstring, ``named_later``)."""
    unknown: dict[str, int] = {}
    rostered: set[str] = set()
    for ent in ents:
        words = [t.text for t in ent if t.text not in CLOSING_POSSESSIVES]
        if len(words) < 2 or not words[-1][:1].isupper() or not words[-1].replace("-", "").isalpha():
            continue
        entries = _roster_lookup(ent, words, tables)
        if any(getattr(e, "person", None) is not None for e in entries) or _kin(ent):
            rostered.add(words[-1])
        elif ent.label_ == "PERSON" and not entries and words[-2][:1].isupper() \
                and words[-2].lower() not in _HONORIFICS and words[-2].lower() not in tables.roles:
            unknown.setdefault(words[-1], ent.start)
    return {w: at for w, at in unknown.items() if w not in rostered}


def _roster_lookup(ent, words: list[str], tables) -> tuple:
    """Entries of the name: whole, its last two words, or its first and last words with a
    capitalised word the tagger left out before it ("Barack | Hussein Obama", "Joseph R.
    Biden"): the first of these that any table knows."""
    names = [" ".join(words), " ".join(words[-2:]), f"{words[0]} {words[-1]}"]
    if ent.start > 0 and (prev := ent.doc[ent.start - 1].text)[:1].isupper() and prev.isalpha():
        names += [f"{prev} {' '.join(words)}", f"{prev} {words[-1]}"]
    for name in names:
        entries = tables.lookup(name)
        if entries:
            return entries
    return ()


def _kin(ent) -> bool:
    """A kin noun with a possessive ("his wife", "the minister's brother") just before or after
    the entity in its sentence: the person is introduced as someone's relative."""
    doc, sent = ent.doc, ent.sent
    near = [*doc[max(sent.start, ent.start - 4):ent.start], *doc[ent.end:min(sent.end, ent.end + 6)]]
    return any(t.lower_ in KIN_WORDS and (any(c.dep_ == "poss" for c in t.children)
                                          or t.i > 0 and doc[t.i - 1].lower_ in _POSSESSIVES)
               for t in near)


def named_ahead(tokens, atoms: list, later: dict[str, int], doc) -> list:
    """``atoms`` with each bare-surname roster atom of a headline line before the body's full name
    of another person (``later``) made that unknown person; not after a role atom or an
    honorific ("Mr Johnson") (module docstring)."""
    if not later:
        return atoms
    role_ends = {a.end for a in atoms if a.kind == "role"}
    out = []
    for atom in atoms:
        if atom.kind == "person" and atom.by_surname and atom.end - atom.start == 1 \
                and atom.start not in role_ends and not _after_honorific(tokens, atom.start) \
                and _headline_before(tokens, atom.start, later.get(tokens.span(atom.start, atom.end), -1)):
            atom = type(atom)(atom.start, atom.end, "unknown", "PERSON")
        out.append(atom)
    return out


def _after_honorific(tokens, at: int) -> bool:
    return at > 0 and tokens.span(at - 1, at).lower() in _HONORIFICS


def _headline_before(tokens, at: int, full: int) -> bool:
    """Token ``at`` lies in a headline line (one that does not end a sentence: no closing
    ".", "!" or "?") and the full name (token ``full``) in a later line. A full name in a
    later sentence of the same paragraph or in a later paragraph after a sentence is not
    enough (the review of round 26: "... Trump said. / Melania Trump visited ...")."""
    if full <= at:
        return False
    text, start = tokens.text, tokens.starts[at]
    end = text.find("\n", start)
    if end < 0 or end >= tokens.starts[full]:
        return False
    line = text[text.rfind("\n", 0, start) + 1:end].rstrip().rstrip("\"'\u201d\u2019")
    return bool(line) and line[-1] not in ".!?"
