"""Draw the exhaustive event gold set of issue 13, round 25 (two annotators, branches g14a/g14b),
split it and deal it to the annotators before anyone reads it.

Run once (``python gold/events/round14/draw.py``). Round 13's draw (``gold/events/round13/draw.py``) with a
new seed, drawn after round 13 was written (its ids are left out): every Current Events item still
qualifying (``samples/wcep_2003_2025/``, shorter than 3,000 characters, at least 2 political words of
``select.POLITICAL``, in no ``*.jsonl`` file of an event, quote, row or verifier gold set -- everything under
``gold/`` but ``gold/tone/``; this folder aside), at most ``DRAWN``. The pool is shuffled with the seed and
ranked as round 11's (items in no gold set at all first, then more political words). A second seeded
shuffle puts half (rounded down) in ``tune`` and the rest in ``check``; round 25 writes no rule from
either half (both measure the round's merged code; later rounds may tune on ``tune``).

The items are dealt to two annotators by position: annotator ``k`` (0, 1 = a, b) takes the tune items
``k, k+2, ...`` and the check items ``k, k+2, ...``. For agreement, each annotator also annotates, blind,
the first 2 tune and first 2 check items of the other annotator's deal: 8 items coded twice. The deal is
written to ``deal.json``; the split and the deal are decided here from ids and counts only, before any
text is read. Writes ``{tune,check}.articles.jsonl`` (id, half, date, title, text) and ``deal.json``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from dealt import draw_dealt  # noqa: E402

SEED = 14_2026_12_06_2514
DRAWN = 40
MAX_CHARS = 3000
ANNOTATORS = ("a", "b")
OVERLAP = 2


def main() -> None:
    draw_dealt(HERE, SEED, DRAWN, None, ANNOTATORS, OVERLAP, MAX_CHARS)


if __name__ == "__main__":
    main()
