"""Finding the atoms of actor phrases in a parsed document: names, role nouns, pronouns.

An ``Atom`` is a run of tokens that one dictionary entry explains: a country ("Russia"), a
demonym ("Russian"), a capital or seat of power ("Moscow", "the Kremlin"), an organisation
("NATO"), a roster person ("Vladimir Putin", or "Putin" where spaCy saw a name), a role noun
("foreign minister", "troops"), a spaCy entity no dictionary knows, or a pronoun. The
resolver then joins atoms into phrases over the dependency parse.

Every lookup is one dictionary access on the span text; names are tried longest first from
tokens that can start them (capitalised, or the first word of a lower-case name).

This module runs the matchers in order over each sentence; each lives in a module of its own
concern (issue 14, round 33): ``names`` (dictionary names and their guards), ``spelled_out``
(a name before its acronym in brackets), ``word_atoms`` (role nouns, pronouns, misspelt
countries) and ``person_atoms`` (entities, surnames); ``atoms`` holds ``Atom`` and ``Tokens``.
"""

from __future__ import annotations

from bisect import bisect_left

from detente.actors.atoms import KIND_LABELS, Atom, Tokens
from detente.actors.homonyms import local_homonyms
from detente.actors.names import name_atoms
from detente.actors.namesakes import before_full_names, named_ahead, named_later, other_given_name
from detente.actors.person_atoms import (
    before_possessive,
    entity_atoms,
    inside_no_person,
    surname_atoms,
)
from detente.actors.spelled_out import spelled_out_atoms
from detente.actors.tables import ActorTables
from detente.actors.wars import war_names
from detente.actors.word_atoms import misspelt_atoms, pronoun_atoms, role_atoms
from detente.nlp import entities

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
OTHER_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
                          "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "LANGUAGE"})
"""Entities that are not actors: a surname inside one is something else ("in May")."""


def find_atoms(doc, tables: ActorTables) -> list[Atom]:
    """All atoms of the document, sorted by position, never overlapping."""
    taken = [False] * len(doc)
    atoms: list[Atom] = []
    named: set[str] = set()
    known: set[str] = set()  # last words of roster people named in full ("Guterres" of "Antonio Guterres")
    full: dict[str, tuple] = {}  # their entries, by that last word ("Fox" of "Liam Fox", round 20)
    tokens = Tokens.of(doc)
    ents = [e for e in entities(doc) if e.label_ in ENTITY_LABELS]
    blocked = {i for e in entities(doc) if e.label_ in OTHER_LABELS for i in range(e.start, e.end)}
    people = [e for e in ents if e.label_ == "PERSON"]
    ent_starts = [e.start for e in ents]  # doc.ents come in text order
    in_people = frozenset(i for e in people for i in range(e.start, e.end))
    later = named_later(ents, tables)  # "Campbell" before "Alastair Campbell" (a48)
    for sent in doc.sents:
        first = len(atoms)
        atoms += spelled_out_atoms(tokens, sent, tables, taken, in_people)
        named_here = other_given_name(tokens, name_atoms(tokens, sent, tables, taken), people, taken, tables)
        atoms += war_names(tokens, inside_no_person(named_here, people, taken), taken)  # a46
        atoms += role_atoms(tokens, sent, tables, taken)
        atoms += misspelt_atoms(doc, tokens, sent, tables, taken)
        inside = ents[bisect_left(ent_starts, sent.start):bisect_left(ent_starts, sent.end)]
        found = entity_atoms(doc, inside, tables, taken, named, full)
        named.update(tokens.span(last - 1, last) for a in found
                     if a.kind == "unknown" and a.label == "PERSON" and (last := before_possessive(tokens, a)) - a.start > 1)
        atoms += found
        for a in atoms[first:]:
            if a.kind == "person" and a.end - a.start > 1:
                known.add(tokens.span(a.end - 1, a.end))
                if any(getattr(e, "person", None) is not None for e in a.entries):
                    full.setdefault(tokens.span(a.end - 1, a.end), tuple(a.entries))
        before = blocked | before_full_names(atoms[first:])  # not "al-Azhar Ahmed el-Tayeb" (a46)
        atoms += surname_atoms(tokens, sent, tables, taken, named, before, known, full)
        atoms += pronoun_atoms(doc, tokens, sent, tables, taken)
    atoms = named_ahead(tokens, atoms, later, doc)  # a48
    atoms = local_homonyms(tokens.text, atoms)  # "Paris police" in an Illinois story (round 19)
    for atom in atoms:
        if atom.kind != "unknown":
            atom.label = KIND_LABELS[atom.kind]
    atoms.sort(key=lambda a: a.start)
    return atoms
