"""Draw the exhaustive event gold set of issue 13, round 4 of this session, and split it before
anyone reads it.

Run once (``python gold/events/round4/draw.py``). 60 Current Events items of the bundled sample
corpus dated 2003-01-01..2013-12-31 (the 2014-2025 items are left to another draw) that no gold
set holds: every article id written in any file under ``gold/`` (events dev/heldout, round2,
round3, the judged-rows draws ``gold/events/rows/*``, ``gold/quotes/**``, ``gold/tone/*``, and
any other file there) is left out, and so are the 103 articles of the round-5 precision review
(``docs/accuracy/events-round5-sample.txt``). Items holding at least 2 political words (the
word list of ``round3/draw.py``, imported) come first; that pool held only 48, so the remaining 12
are drawn, by the same seed, from the items with exactly 1 political word. Each pool is shuffled
with a fixed seed, the 60 are shuffled again and split into ``tune`` (30, tuned on) and ``check`` (30, aggregates read only).
Writes ``{tune,check}.articles.jsonl`` (id, half, date, title, text); the annotations are
``{tune,check}.jsonl`` in the events gold format (``gold/FORMAT.md``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from drawlib import (  # noqa: E402
    GOLD,
    POLITICAL,
    WCEP,
    load,
    outside,
    review_ids,
    shuffled_split,
    write_halves,
    written_ids,
)

SEED = 13_2026_12
FIRST, LAST = "2003-01-01", "2013-12-31"


def used_ids() -> set[str]:
    """Every article id written in any file under gold/ (this folder aside) and the round-5 review ids."""
    return written_ids(f for f in GOLD.rglob("*") if f.is_file() and outside(HERE)(f)) | review_ids()


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    fresh = [a for a in load(WCEP) if FIRST <= a["date"] <= LAST and a["id"] not in used]
    words = {a["id"]: len(POLITICAL.findall(a["text"])) for a in fresh}
    pool = [a for a in fresh if words[a["id"]] >= 2]
    spare = [a for a in fresh if words[a["id"]] == 1]
    print("pool", len(pool), "spare", len(spare))
    rng.shuffle(pool)
    rng.shuffle(spare)
    drawn = (pool + spare)[:60]
    write_halves(HERE, shuffled_split(rng, drawn, 30))


if __name__ == "__main__":
    main()
