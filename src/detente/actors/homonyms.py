"""Foreign capitals and regions named in American local news: US towns of the same name.

Local US news names its towns bare ("Paris police", "an Alexandria woman", "the Paris Police
Department"), and many towns share their name with a foreign capital or region of the tables
(Paris, Berlin, Alexandria, Athens, Lebanon). Read as the capital, the town made the town's
police, council and residents French or Egyptian, and through the article's main country every
unplaced official of the story too (issue 13, round 19: the LGL local-news corpus).

An article written the way American local news places things -- a county named "<Name> County"
(not "County <Name>", the Irish order, nor a "County Council") or a town followed by a state's AP
abbreviation ("Alton, Ill.", "HURRICANE, W.Va.") -- and that names no country but the United
States by a country word or demonym, reads its foreign capitals and regions as places it does not
place: their atoms are dropped (``local_homonyms``), so no actor takes their country.
"""

from __future__ import annotations

import re

__all__ = ["US_LOCAL", "local_homonyms", "us_local"]

STATE_ABBREVIATIONS = (
    "Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|"
    "Neb|Nev|N\\.H|N\\.J|N\\.M|N\\.Y|N\\.C|N\\.D|Okla|Ore|Pa|R\\.I|S\\.C|S\\.D|Tenn|Vt|Va|Wash|W\\.Va|"
    "Wis|Wyo")
US_LOCAL = re.compile(
    r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)? County\b(?! Council| Hall)"
    rf"|[A-Za-z], (?:{STATE_ABBREVIATIONS})\.(?=[\s,])")
"""A US county ("Edgar County", "Prince William County"; not "County Cork", "Kent County
Council") or a town with its state's AP abbreviation ("Alton, Ill.", "Fairfield, Conn.")."""
HOMONYM_KINDS = frozenset({"capital", "region"})
HOME = "USA"


_COUNTY = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)? County\b(?! Council| Hall)")
_STATE_AFTER_COMMA = re.compile(rf", (?:{STATE_ABBREVIATIONS})\.(?=[\s,])")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def us_local(text: str) -> bool:
    """True for text that places things as American local news does (``US_LOCAL``).

    ``US_LOCAL`` tried at every character of the article costs about 1 % of the stages' time
    (asked by the actors and the events stage); its two alternatives are asked apart, each
    from the literal it holds (" County"; ", " then a state, a letter before it), with the same
    answer.

    >>> us_local("ALTON, Ill. - A man"), us_local("Kent County Council said"), us_local("1, Ill.")
    (True, False, False)
    """
    if " County" in text and _COUNTY.search(text) is not None:
        return True
    return any(found.start() and text[found.start() - 1] in _ASCII_LETTERS
               for found in _STATE_AFTER_COMMA.finditer(text))


def local_homonyms(text: str, atoms: list) -> list:
    """``atoms`` without the foreign capitals and regions of an American local story (module
    docstring): only when the text is ``us_local`` and no country or demonym atom names a
    country other than the United States."""
    if not us_local(text):
        return atoms
    if any(a.kind in ("country", "demonym") and any(e.country not in (None, HOME) for e in a.entries)
           for a in atoms):
        return atoms
    return [a for a in atoms if not (a.kind in HOMONYM_KINDS and a.entries
                                     and all(e.country not in (None, HOME) for e in a.entries))]
