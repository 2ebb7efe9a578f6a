"""Draw the exhaustive event gold set of issue 13, round 23 (branch g11), and split it before
anyone reads it.

Run once (``python gold/events/round11/draw.py``). The pattern of ``gold/events/round10/draw.py``
with a new seed. Ids written in any ``*.jsonl`` file of an event, quote, row or verifier gold set
(everything under ``gold/`` but ``gold/tone/``; this folder aside) are left out. The Wikinews pool is
used up (round 10 took its last qualifying articles), so only Wikipedia Current Events items
(``samples/wcep_2003_2025/``, shorter than 3,000 characters) are drawn: 40 of them. An item qualifies
when it holds at least 2 political words (``select.POLITICAL``). The pool is shuffled with the seed
and ranked by (in the tone gold, fewer political words) -- items in no gold set at all first, ties
keep the shuffled order; the top 40 are taken. A second seeded shuffle of the 40 puts 20 in ``tune``
and 20 in ``check`` (aggregates read only, at the end). The split is decided here from ids and counts
only, before any text is read.
Writes ``{tune,check}.articles.jsonl`` (id, half, date, title, text); the annotations are
``{tune,check}.jsonl`` in the events gold format (``gold/FORMAT.md``).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from drawlib import draw_current_events  # noqa: E402

SEED = 13_2026_12_06_23
DRAWN = 40
MAX_CHARS = 3000


def main() -> None:
    draw_current_events(HERE, SEED, DRAWN, DRAWN // 2, MAX_CHARS)


if __name__ == "__main__":
    main()
