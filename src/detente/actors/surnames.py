"""A name met again: the earlier phrase of the same person's name.

"Antonov" after "Anatoly Antonov", "Ms Jowell" after "Tessa Jowell" (a title before a surname is
dropped, ``SURNAME_HONORIFICS``), never across genders ("Mrs Howard" is not "Michael Howard": the
title's gender against the candidate's roster, pronoun or own title). Moved from ``coref`` when it
grew past 600 lines; ``coref.link_references`` calls ``by_name``.
"""

from __future__ import annotations

from detente.actors.phrases import Phrase
from detente.actors.senses import TITLE_GENDERS
from detente.nlp import columns, doc_text
from detente.resources import word_list

SURNAME_HONORIFICS = word_list("actors", "vocabulary.yaml", "surname_honorifics")
ACADEMIC_TITLES = word_list("actors", "vocabulary.yaml", "academic_titles")


def by_name(phrases: list[Phrase], k: int, doc) -> int | None:
    """An earlier resolved phrase of the same unknown name ("Antonov" after "Anatoly Antonov",
    "Brenton Tarrant" again after "An Australian, Brenton Tarrant")."""
    text = without_title(atom_text(doc, phrases[k]))  # "Ms Jowell" after "Tessa Jowell"
    gender = title_gender(doc, phrases[k])
    academic = _academic(doc, phrases[k])
    nearer = None  # the nearest unresolved full name ending in ``text`` ("Peter Barrow")
    for j in range(k - 1, -1, -1):
        cand = phrases[j]
        name = cand.actor.name if cand.actor is not None and cand.kind != "pron" else None
        by_role = name is None and _placed_by_role(cand)
        if by_role:  # "elections chief Lord Roe ... Lord Roe said"
            name = without_title(atom_text(doc, cand))
        elif name is None and nearer is None and " " not in text and _namesake(doc, cand, text) \
                and not (gender and (cand.gender or title_gender(doc, cand)) not in (None, gender)):
            nearer = j
        if not (name and (name == text or name.split()[-1] == text)):
            continue  # another name: its gender is not asked (the check below has no side effect)
        if academic and cand.person is not None and not _academic(doc, cand):
            continue  # "Prof Straw, an Iran expert" is not the roster's Jack Straw named before
        known = cand.gender or getattr(cand.person, "gender", None) or title_gender(doc, cand)
        if gender and known and known != gender:
            continue  # "Mrs Howard" is not "Michael Howard"
        # a name matched only on a role-placed mention's words yields to a nearer unresolved
        # namesake ("Peter Barrow" after "chairman Jake Barrow": review r32d bug 4); a name a
        # dictionary resolved keeps its round-31 precedence
        return nearer if by_role and nearer is not None else j
    if phrases[k].kind != "person" or " " in text:
        return None
    for j in range(k - 1, -1, -1):  # "Spanton" after "Emily Spanton", neither in a dictionary
        if _namesake(doc, phrases[j], text):
            return j
    return None


def _namesake(doc, cand: Phrase, text: str) -> bool:
    """``cand`` is an unresolved full name (no dictionary's, no role's) ending in the bare
    surname ``text``: the nearest such name is the one meant, before a farther resolved
    namesake (review r32d, bug 4: "Peter Barrow" after "Jake Barrow", then "Barrow said").
    The bare name is not asked its kind: the parser may label it an organisation."""
    if cand.kind != "person" or cand.actor is not None or cand.label != "PERSON":
        return False
    words = atom_text(doc, cand).split() if cand.atoms else []
    return len(words) > 1 and words[-1] == text


def _placed_by_role(phrase: Phrase) -> bool:
    """A person's name no dictionary knows that took its actor from a role or office beside it
    (``parties`` "office-before", an apposition): the actor carries no name, so a later mention
    of the same name is matched on the words of the first (round 32, issue 13)."""
    return phrase.kind == "person" and phrase.label == "PERSON" and phrase.person is None \
        and phrase.actor is not None and phrase.actor.country is not None and bool(phrase.atoms)


def _academic(doc, phrase: Phrase) -> bool:
    """An academic title (``ACADEMIC_TITLES``) at or right before the phrase's first atom."""
    if not phrase.atoms:
        return False
    start, lower = phrase.atoms[0].start, columns(doc).lower
    return lower[start] in ACADEMIC_TITLES or (start > 0 and lower[start - 1] in ACADEMIC_TITLES)


def title_gender(doc, phrase: Phrase) -> str | None:
    """The gender the title at or before a phrase's first atom gives ("Mrs | Howard")."""
    if not phrase.atoms:
        return None
    start, lower = phrase.atoms[0].start, columns(doc).lower  # no Token per call
    first = TITLE_GENDERS.get(lower[start])
    return first or (TITLE_GENDERS.get(lower[start - 1]) if start else None)


def without_title(text: str) -> str:
    """A name without the title before a surname ("Ms Jowell" -> "Jowell")."""
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in SURNAME_HONORIFICS else text


def atom_text(doc, phrase: Phrase) -> str:
    """The text of the phrase's first atom, cut from the document's text (a ``Span``'s
    ``.text`` joins its tokens again on every access)."""
    atom, cols = phrase.atoms[0], columns(doc)
    return doc_text(doc)[cols.idx[atom.start]:cols.idx[atom.end - 1] + cols.length[atom.end - 1]]
