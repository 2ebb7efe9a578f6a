"""Draw the extra quotes gold of issue 14, round 6: 12 unseen Wikinews articles, split before reading.

Run once from the repository root (``python gold/quotes/extra/draw.py``). The articles are drawn
from the bundled Wikinews sample among those with at least two pairs of quote marks, under 5,000
characters, and in NO other gold set: every id in ``gold/events`` (both rounds), ``gold/quotes``
and the tone candidate and gold files is left out. A fixed seed draws 12 and splits them into a
**tune** half (6: annotated first, read for rules) and a **check** half (6: annotated from the
text alone at the end of the round and scored only in aggregate, before and after the round's
changes). Output: ``{tune,check}.articles.jsonl`` beside this script (the evaluator's format).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from drawlib import GOLD, quote_draw, row_ids  # noqa: E402

SEED = 20261205


def taken_ids() -> set[str]:
    """Every article id of the project's other gold sets (articles and tone sentences)."""
    return row_ids((p for p in GOLD.rglob("*.jsonl") if HERE not in p.parents), both=False)


def main() -> None:
    quote_draw(HERE, SEED, 12, taken_ids(), least_quotes=2, max_chars=5000)


if __name__ == "__main__":
    main()
