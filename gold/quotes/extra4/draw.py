"""Draw the extra quotes gold of issue 14, round 21 (extra4): 24 unseen Wikinews articles, split before reading.

Run once from the repository root (``python gold/quotes/extra3/draw.py``). The articles are drawn
from the bundled Wikinews sample among those with at least TWO pairs of quote marks, under 8,000
characters (extra3 took all but six of the articles with three pairs under 5,000; this pool holds 26), and in NO
quote or event gold set: every id of every ``*.jsonl`` under ``gold/events`` (all rounds and folders) and
``gold/quotes`` (``extra``, ``extra2`` and ``extra3`` included), and of every ``*.articles.jsonl`` anywhere under
``gold/``, is left out (the tone files, sentence sets, are not quote or event gold and are not consulted). A fixed seed draws
24 and splits them into a **tune** half (12: annotated first, read for rules) and a **check** half
(12: annotated from the text alone at the end of the round, before detente's output on them is
read, and scored only in aggregate, before and after the round's changes). Output: ``{tune,check}.articles.jsonl`` beside this script (the evaluator's format).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from drawlib import GOLD, quote_draw, row_ids  # noqa: E402

SEED = 20261221


def taken_ids() -> set[str]:
    """Every article id of the project's quote and event gold sets (this folder's own files excepted)."""
    paths = (sorted((GOLD / "events").rglob("*.jsonl")) + sorted((GOLD / "quotes").rglob("*.jsonl"))
             + sorted(GOLD.rglob("*.articles.jsonl")))
    return row_ids((p for p in paths if p.parent != HERE), both=False)


def main() -> None:
    quote_draw(HERE, SEED, 24, taken_ids(), least_quotes=2, max_chars=8000)


if __name__ == "__main__":
    main()
