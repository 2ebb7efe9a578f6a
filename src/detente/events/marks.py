"""The marks that open an adverbial clause ("although", "after", "until"), from ``semantics.yaml``
(``clause_marks``; the if/unless marks are ``conditional.marks``), and the test whether a clause
is opened by one of a kind (``detente.nlp.has_mark``)."""

from __future__ import annotations

from functools import cache

from detente.events.lexicon import semantics_file
from detente.nlp import has_mark


@cache
def _spec() -> dict[str, frozenset[str]]:
    semantics = semantics_file()
    kinds = {k: frozenset(v) for k, v in semantics["clause_marks"].items()}
    return {**kinds, "condition": frozenset(semantics["conditional"]["marks"])}


def opened_by(clause, kind: str, deps: tuple[str, ...] = ("mark",)) -> bool:
    """True when ``clause`` is opened by a mark of ``kind`` (a key of ``clause_marks``, or
    ``condition``: "if", "unless")."""
    return has_mark(clause, _spec()[kind], deps)
