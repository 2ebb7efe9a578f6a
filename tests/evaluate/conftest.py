"""Helpers shared by the evaluation tests."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT

# Folders of gold/ that hold no event or quote gold: the tone labels, and the judged word senses of main's rows on
# sample items (round 36, gold/events/senses36), which score no half.
NOT_GOLD_SETS = ("tone", "senses36")


def other_gold_files(folder: Path) -> list[Path]:
    """Every gold JSON-lines file outside ``folder``: a set's articles must be in none of them."""
    return [f for f in (ROOT / "gold").rglob("*.jsonl")
            if folder not in f.parents and not any(name in f.parts for name in NOT_GOLD_SETS)]
