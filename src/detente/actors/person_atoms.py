"""People and unknown names: spaCy entities no dictionary name explains (roster surnames,
else unknowns), untagged roster surnames, and the article's own full names that decide
whose a later surname is.

Split out of ``matcher.py`` (issue 14, round 33).
"""

from __future__ import annotations

from spacy.tokens import Span

from detente.actors.arrays import POSSESSIVE_MARKERS, release, surname_cache
from detente.actors.atoms import Atom, Tokens, kind_of
from detente.actors.names import ACRONYM_KINDS, acronym_modifier, given_name_alone
from detente.actors.tables import ActorTables, Entry, fold
from detente.nlp import columns, doc_text

NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP")


def _free_tail(ent, taken: list[bool]) -> tuple[int, int] | None:
    """The longest run of untaken tokens at the end of an entity ("Sergei Lavrov")."""
    end = ent.end
    while end > ent.start and taken[end - 1]:
        end -= 1
    start = end
    while start > ent.start and not taken[start - 1]:
        start -= 1
    return (start, end) if end > start else None


def surname_entries(text: str, tables: ActorTables) -> tuple[Entry, ...]:
    key = fold(text)
    cache = surname_cache(tables)  # the same entries for the same key: made once
    found = cache.get(key)
    if found is None:
        people = tables.surnames.get(key, ())
        found = cache[key] = tuple(Entry("person", p.country, None, f"roster:{p.id}", p.name, p)
                                   for p in people)
    return found


def entity_atoms(doc, ents, tables: ActorTables, taken: list[bool],
                 named: frozenset[str] | set[str] = frozenset(), full: dict | None = None) -> list[Atom]:
    """spaCy entities not explained by a dictionary name: roster surnames, else unknowns. A
    surname that ends a full name the article gave before and no table knows (``named``:
    "Michael Howard" ... "Mr Howard") is that person, not the roster's John Howard."""
    atoms = []
    cols, text = columns(doc), doc_text(doc)
    idx, length, lower = cols.idx, cols.length, cols.lower
    for ent in ents:
        free = _free_tail(ent, taken)
        if free is None:
            continue
        start, end = free
        if lower[start] == "the" and end > start + 1:
            start += 1
        span_text = text[idx[start]:idx[end - 1] + length[end - 1]]
        if not span_text[-1:].isalnum() or all(doc[k].is_stop for k in range(start, end)):
            continue
        label = ent.label_
        entries = tables.lookup(span_text)
        by_surname = not entries
        whole = (start, end) == (ent.start, ent.end) or label == "PERSON"
        if whole and not (by_surname and end - start == 1 and span_text in named):
            # not "Howard" of "Howard University" (the role took "University")
            entries = entries or surname_entries(span_text, tables)
            if by_surname and end - start == 1:
                entries = named_in_full(span_text, entries, full)
        if not entries and end - start > 1:
            entries = _full_name_by_surname(Span(doc, start, end), tables)
        if entries and not by_surname and end - start == 1 and kind_of(entries) in ACRONYM_KINDS \
                and acronym_modifier(Tokens.of(doc), start, end, entries):
            continue  # "SWAT team": an acronym, not the place
        if entries and not by_surname and given_name_alone(Tokens.of(doc), start, end, entries,
                                                           tables):
            entries = ()  # "Karen said": a given name, not the people
        if entries:
            atoms.append(Atom(start, end, kind_of(entries), label, entries,
                              by_surname=by_surname and end - start == 1))
        elif label in NAME_LABELS and span_text[:1].isupper():
            atoms.append(Atom(start, end, "unknown", label))
        else:
            continue
        for k in range(start, end):
            taken[k] = True
    return atoms


def _full_name_by_surname(span, tables: ActorTables) -> tuple[Entry, ...]:
    """A two-or-more-word name whose last word is a roster surname and whose first name
    matches the person's ("Vladimir V. Putin")."""
    found = surname_entries(span[-1].text, tables)
    first = span[0].text.lower()
    return tuple(e for e in found if e.name and e.name.lower().startswith(first))


PLACE_KINDS = frozenset({"capital", "region", "country"})


def inside_no_person(atoms: list[Atom], people, taken: list[bool]) -> list[Atom]:
    """Drop place names that are part of a longer person's name ("George Washington",
    "Michael Jordan"); their tokens go back to the entity."""
    return release(atoms, taken, lambda atom: atom.kind in PLACE_KINDS and any(
        e.start <= atom.start and atom.end <= e.end and e.end - e.start > atom.end - atom.start for e in people))


def before_possessive(tokens: Tokens, atom: Atom) -> int:
    """The end of ``atom`` without a closing possessive ("Jack McConnell's" ends at "McConnell": the
    surname "Mr McConnell" names later; issue 13 round 21); a lone curly apostrophe too."""
    end = atom.end
    while end - atom.start > 1 and tokens.span(end - 1, end).replace("’", "'") in POSSESSIVE_MARKERS:
        end -= 1
    return end


def named_in_full(surname: str, entries: tuple, full: dict | None) -> tuple:
    """The roster entries of a bare surname, unless the article named in full before a roster
    person of that last word whom those entries do not hold: then that person's ("Mr Fox" after
    "Liam Fox" is Liam Fox, not the roster's Vicente Fox; issue 13 round 20)."""
    earlier = (full or {}).get(surname)
    if not earlier or not entries:
        return entries
    ids = {getattr(e.person, "id", None) for e in entries if getattr(e, "person", None) is not None}
    mine = {getattr(e.person, "id", None) for e in earlier if getattr(e, "person", None) is not None}
    return entries if ids & mine else earlier


def surname_atoms(tokens: Tokens, sent, tables: ActorTables, taken: list[bool],
                  named: set[str], blocked: set[int], known: frozenset[str] | set[str] = frozenset(),
                  full: dict | None = None) -> list[Atom]:
    """Proper nouns spaCy did not tag that are roster surnames ("Putin", "Mr Lavrov") or the
    last word of a person named earlier in the article ("Sidorenko" after "Ivan Sidorenko"). A
    capitalised word the tagger took for a common noun counts when it is the surname of a roster
    person the article named in full before ("Guterres calls for ..." after "Antonio Guterres";
    ``known``; issue 13 round 13)."""
    atoms = []
    for i in range(sent.start, sent.end):
        if taken[i] or i in blocked or not tokens.text[tokens.starts[i]].isupper():
            continue
        if tokens.pos[i] != "PROPN" and not (tokens.pos[i] == "NOUN" and tokens.span(i, i + 1) in known):
            continue
        text = tokens.span(i, i + 1)
        entries = named_in_full(text, surname_entries(text, tables), full) if text not in named else ()
        if entries:
            atoms.append(Atom(i, i + 1, "person", "PERSON", entries, by_surname=True))
        elif text in named:
            atoms.append(Atom(i, i + 1, "unknown", "PERSON"))
        else:
            continue
        taken[i] = True
    return atoms
