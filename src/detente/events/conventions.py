"""PLOVER type conventions that need the sides of an act (issue 13, round 15).

CAMEO 082 "ease political dissent" is the dissenters' own act: protesters who end, suspend, halt or
abandon their protest or hunger strike (``verb:end+protest`` and its siblings in ``triggers.tsv``).
The same words with the state's forces as subject ("police halted the march") tell a protest
stopped by force, no concession: such a row is dropped (the stopping itself is left to the
coercion entries).
"""

from __future__ import annotations

from detente.events.triggers import Coding

DISSENT_ENDED = frozenset({"verb:end+protest", "verb:halt+protest", "verb:suspend+protest", "verb:abandon+protest"})
"""Lexicon entries of a protest ended by its doers."""

STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})
"""Sectors of the state: they end other people's protests, not their own."""


def ended_by_force(coding: Coding, sources: list) -> bool:
    """True for eased dissent (a protest-ending entry) whose doer is the state
    ("police halted the sit-in"); an opposition, a union or protesters keep the concession."""
    if coding.type != "CONCEDE" or coding.rule.split(">")[0].split("~")[0] not in DISSENT_ENDED:
        return False
    return any(getattr(m.actor, "sector", None) in STATE_SECTORS for m in sources if getattr(m, "actor", None))
