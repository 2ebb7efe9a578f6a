"""Draw the exhaustive event gold set of issue 13, round 24 (three annotators, branches g12a/g12b/g12c),
split it and deal it to the annotators before anyone reads it.

Run once (``python gold/events/round12/draw.py``). The pattern of ``gold/events/round11/draw.py`` with
a new seed and a larger draw: 120 Current Events items (``samples/wcep_2003_2025/``, shorter than 3,000
characters, at least 2 political words of ``select.POLITICAL``), ids written in any ``*.jsonl`` file of
an event, quote, row or verifier gold set (everything under ``gold/`` but ``gold/tone/``; this folder
aside) left out. The pool is shuffled with the seed and ranked as round 11's (items in no gold set at
all first, then more political words). A second seeded shuffle of the 120 puts 80 in ``tune`` (more
material to write rules from) and 40 in ``check`` (aggregates read only, at the end).

The items are dealt to three annotators by position: annotator ``k`` (0, 1, 2 = a, b, c) takes the
tune items ``k, k+3, ...`` and the check items ``k, k+3, ...`` (about 27 + 13). For agreement, each
annotator also annotates, blind, the first 3 tune and first 3 check items of the next annotator's deal
(a takes b's, b takes c's, c takes a's): 18 items coded twice. The deal is written to ``deal.json``;
the split and the deal are decided here from ids and counts only, before any text is read.
Writes ``{tune,check}.articles.jsonl`` (id, half, date, title, text) and ``deal.json``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from dealt import draw_dealt  # noqa: E402

SEED = 13_2026_12_06_24
DRAWN = 120
TUNE = 80
MAX_CHARS = 3000
ANNOTATORS = ("a", "b", "c")
OVERLAP = 3


def main() -> None:
    draw_dealt(HERE, SEED, DRAWN, TUNE, ANNOTATORS, OVERLAP, MAX_CHARS)


if __name__ == "__main__":
    main()
