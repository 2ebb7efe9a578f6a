"""Draw the exhaustive event gold set of issue 13, round 25 (second set: four annotators, branches g15a-g15d),
split it and deal it to the annotators before anyone reads it.

Run once (``PYTHONPATH=src python gold/events/round15/draw.py``). Rounds 12-14 exhausted the Current Events
items with at least 2 political words; this set takes 80 of those with exactly one (``min_words=1``: the items
with 2 or more are all in earlier sets), drawn after round 14 was written (its ids are left out), shorter than
3,000 characters, in no ``*.jsonl`` file under ``gold/`` but the tone gold, ranked as round 11's (items in no
gold set at all first). Fewer of them are political news: they measure spurious rows on the news users point
detente at as much as recall. A second seeded shuffle puts 40 in ``tune`` and 40 in ``check``; round 25
writes no rule from either half.

The items are dealt to four annotators by position (``gold/dealt.py``): annotator ``k`` (0-3 = a-d) takes
the tune items ``k, k+4, ...`` and the check items ``k, k+4, ...`` (10 + 10) and codes, blind, the first 2
tune and first 2 check items of the next annotator's deal (d takes a's): 16 items coded twice. The split
and the deal are decided here from ids and counts only, before any text is read.
Writes ``{tune,check}.articles.jsonl`` (id, half, date, title, text) and ``deal.json``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from dealt import draw_dealt  # noqa: E402

SEED = 15_2026_12_06_2515
DRAWN = 80
TUNE = 40
MAX_CHARS = 3000
MIN_WORDS = 1
ANNOTATORS = ("a", "b", "c", "d")
OVERLAP = 2


def main() -> None:
    draw_dealt(HERE, SEED, DRAWN, TUNE, ANNOTATORS, OVERLAP, MAX_CHARS, MIN_WORDS)


if __name__ == "__main__":
    main()
