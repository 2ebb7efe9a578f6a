"""A war's proper name is no actor: "the Iraq War", "the Libyan Civil War".

A country, region or people's name followed by the capitalised head of a war's name (``War``,
after words such as "Civil", ``vocabulary.yaml`` ``war_name_modifiers``) names the war, an event,
not an actor of that country: "students protested in favour of ending the Iraq War" are not Iraqi,
nor is Iraq the protest's target; "came to the UK after the Libyan Civil War" names no Libyan
actor. Only the capitalised name counts ("the Iraq war" is left as it was). Issue 14, round 22
(branch a46).
"""

from __future__ import annotations

from detente.actors.arrays import release
from detente.resources import word_list

__all__ = ["war_names"]

HEADS = frozenset(word_list("actors", "vocabulary.yaml", "war_name_heads"))
MODIFIERS = frozenset(word_list("actors", "vocabulary.yaml", "war_name_modifiers"))
NAMING_KINDS = frozenset({"country", "demonym", "region", "capital"})


def war_names(tokens, atoms: list, taken: list[bool]) -> list:
    """``atoms`` without the country and people names that open a war's proper name; their
    tokens are freed (the entity, if any, is then read as an unknown name)."""
    return release(atoms, taken, lambda atom: atom.kind in NAMING_KINDS and _opens_war_name(tokens, atom.end))


def _opens_war_name(tokens, i: int) -> bool:
    n = len(tokens.lower)
    while i < n and tokens.lower[i] in MODIFIERS and tokens.text[tokens.starts[i]].isupper():
        i += 1
    if not (i < n and tokens.lower[i] in HEADS and tokens.text[tokens.starts[i]].isupper()):
        return False
    # "War" must end the name: "the Ukraine War Crimes Commission", "the British War Office" are bodies
    return i + 1 >= n or not tokens.text[tokens.starts[i + 1]].isupper()
