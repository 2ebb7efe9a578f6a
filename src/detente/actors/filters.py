"""Words that look like actors but are not: languages, credits, land and origins.

"in French and English" names languages; "(Reuters)" and "Photo: AP" credit an agency for a
picture or a dispatch; "the Thai border" is land and "Russian-made rockets" an origin. The
resolver drops such atoms before building phrases.
"""

from __future__ import annotations

from detente.actors.matcher import Atom
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
    before = doc[atom.start - 1].text if atom.start > 0 else ""
    after = doc[atom.end].text if atom.end < len(doc) else ""
    if before == "(" and after == ")":
        return True
    return before == ":" and atom.start > 1 and doc[atom.start - 2].lower_ in CREDIT_WORDS


def is_land_or_origin(doc, atom: Atom, tables) -> bool:
    """A nationality word modifying a feature of the land ("on the Thai border": the
    ``geography_nouns`` of ``sectors.yaml``), or a nationality or country word made an
    origin by a hyphen ("Russian-made rockets": ``origin_words``)."""
    if atom.kind not in ("demonym", "country"):
        return False
    if atom.end + 1 < len(doc) and doc[atom.end].text == "-" \
            and doc[atom.end + 1].lower_ in tables.origin_words:
        return True
    token = doc[atom.end - 1]
    return atom.kind == "demonym" and token.dep_ in ("amod", "compound") \
        and token.head.lower_ in tables.geography_nouns


def is_currency(doc, atom: Atom, tables) -> bool:
    """A country or nationality word naming a currency, not an actor: directly before a
    currency sign ("US $50 million", "US$3 billion": ``currency_signs`` of ``sectors.yaml``)."""
    if atom.kind not in ("demonym", "country"):
        return False
    after = doc[atom.end] if atom.end < len(doc) else None
    return (after is not None and after.text[:1] in tables.currency_signs) \
        or doc[atom.end - 1].text[-1:] in tables.currency_signs  # "US$" as one token


def is_ethnic(doc, atom: Atom, tables) -> bool:
    """A people named as an ethnic group ("ethnic Albanians", "ethnic Turks")."""
    return atom.kind == "demonym" and atom.start > 0 \
        and doc[atom.start - 1].lower_ in tables.ethnic_words
