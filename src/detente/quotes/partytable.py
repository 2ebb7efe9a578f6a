"""The party table ``data/parties.tsv`` read once: the periods each party held national government
(``parties.parties``) and every party name (for readers that only ask whether a word is a party's:
``rolewords``, ``portfolio``). A leaf module, so ``rolewords`` can read it without the import
circle ``parties`` -> ``describe`` -> ``rolewords``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from detente.actors.tables import read_tsv

__all__ = ["parties", "party_names"]

DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=1)
def parties() -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """(country, party name) -> periods (start, end) of national government, ISO days."""
    out = {}
    for row in read_tsv(DATA / "parties.tsv"):
        periods = () if row["governed"] == "none" else tuple(
            tuple(p.split("..")) for p in row["governed"].split(";"))
        for name in row["names"].split("|"):
            out[(row["country"], name)] = periods
    return out


@lru_cache(maxsize=1)
def party_names() -> frozenset[str]:
    """Every party name of the table, in any country, as written there."""
    return frozenset(name for _, name in parties())
