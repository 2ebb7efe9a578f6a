"""Words that look like actors but are not: languages and credits.

"in French and English" names languages; "(Reuters)" and "Photo: AP" credit an agency for a
picture or a dispatch. The resolver drops such atoms before building phrases.
"""

from __future__ import annotations

from detente.actors.matcher import Atom

CREDIT_WORDS = frozenset({"photo", "image", "picture", "credit", "source", "video", "file"})


def is_language(doc, atom: Atom) -> bool:
    """A nationality word naming a language ("in French and English", "English-language"),
    not a people or a country."""
    if atom.kind != "demonym":
        return False
    token = doc[atom.end - 1]
    if token.ent_type_ == "LANGUAGE":
        return True
    if atom.end < len(doc) - 1 and doc[atom.end].text == "-" and doc[atom.end + 1].lower_ in (
            "language", "speaking", "speakers"):
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
