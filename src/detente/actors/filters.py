"""Words that look like actors but are not: languages, credits, land and origins.

"in French and English" names languages; "(Reuters)" and "Photo: AP" credit an agency for a
picture or a dispatch; "the Thai border" is land and "Russian-made rockets" an origin. The
resolver drops such atoms before building phrases.
"""

from __future__ import annotations

from detente.actors.arrays import token_text
from detente.actors.atoms import Atom
from detente.nlp import columns, heads
from detente.resources import word_list

CREDIT_WORDS = word_list("actors", "vocabulary.yaml", "credit_words")
"""Words before a colon that credit an agency ("Photo: AP")."""
LANGUAGE_WORDS = word_list("actors", "vocabulary.yaml", "language_words")
"""Words after a hyphen that make a nationality word a language ("English-language")."""


def is_language(doc, atom: Atom) -> bool:
    """A nationality word naming a language ("in French and English", "English-language"),
    not a people or a country."""
    if atom.kind != "demonym":
        return False
    token = doc[atom.end - 1]
    if token.ent_type_ == "LANGUAGE":
        return True
    if atom.end < len(doc) - 1 and doc[atom.end].text == "-" and doc[atom.end + 1].lower_ in LANGUAGE_WORDS:
        return True
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "pobj" and first.head.lower_ == "in" and not any(
        c.dep_ in ("det", "amod") for c in token.children) and token.tag_ != "NNPS"


def is_credit(doc, atom: Atom) -> bool:
    """An agency named as a photo or source credit ("(Reuters)", "Photo: AP"), not an
    actor."""
    if atom.kind not in ("org", "unknown"):
        return False
    before = token_text(doc, atom.start - 1) if atom.start > 0 else ""
    after = token_text(doc, atom.end) if atom.end < len(doc) else ""
    if before == "(" and after == ")":
        return True
    return before == ":" and atom.start > 1 and columns(doc).lower[atom.start - 2] in CREDIT_WORDS


def is_land_or_origin(doc, atom: Atom, tables) -> bool:
    """A nationality word modifying a feature of the land ("on the Thai border": the
    ``geography_nouns`` of ``sectors.yaml``), or a nationality or country word made an
    origin by a hyphen ("Russian-made rockets": ``origin_words``)."""
    if atom.kind not in ("demonym", "country"):
        return False
    cols = columns(doc)
    if atom.end + 1 < len(doc) and token_text(doc, atom.end) == "-" \
            and cols.lower[atom.end + 1] in tables.origin_words:
        return True
    last = atom.end - 1
    return atom.kind == "demonym" and cols.dep[last] in ("amod", "compound") \
        and cols.lower[heads(doc)[last]] in tables.geography_nouns


def is_name_tail(doc, atom: Atom) -> bool:
    """A region's name that is only the tail of a longer hyphenated place name ("Badakhshan" in
    "Gorno-Badakhshan", a province of Tajikistan, not Afghanistan's Badakhshan): the word before
    it is a capitalised word joined to it by a hyphen with no space on either side."""
    if atom.kind != "region" or atom.start < 2:
        return False
    hyphen, word = doc[atom.start - 1], doc[atom.start - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not word.whitespace_ \
        and word.text[:1].isupper() and word.is_alpha


def is_currency(doc, atom: Atom, tables) -> bool:
    """A country or nationality word naming a currency, not an actor: directly before a
    currency sign ("US $50 million", "US$3 billion": ``currency_signs`` of ``sectors.yaml``)."""
    if atom.kind not in ("demonym", "country"):
        return False
    after = token_text(doc, atom.end) if atom.end < len(doc) else None
    return (after is not None and after[:1] in tables.currency_signs) \
        or token_text(doc, atom.end - 1)[-1:] in tables.currency_signs  # "US$" as one token


def is_ethnic(doc, atom: Atom, tables) -> bool:
    """A people named as an ethnic group ("ethnic Albanians", "ethnic Turks")."""
    return atom.kind == "demonym" and atom.start > 0 \
        and columns(doc).lower[atom.start - 1] in tables.ethnic_words
