"""Draw round 2 of the judged-rows set of issue 13 (round 10) and split it before anyone reads it.

Run once (``python gold/events/rows/draw2.py``). 50 Current Events items of the bundled sample
corpus dated 2014-01-01 .. 2025-12-31 (only: the years before are another draw's pool) that no
gold file holds: every article id in any ``*.jsonl`` under ``gold/`` (this folder's first draw
included) and the round-5 review sample are left out. An item needs >= 2 political words (the
word list of ``draw.py``). Shuffled with a fixed seed, drawn, and split by the same seed into
``tune3`` (25: rows judged and tuned on) and ``check2`` (25: rows judged, aggregates read only).
Writes ``{tune3,check2}.articles.jsonl`` (id, half, date, title, text); re-running the script
draws the same items while the gold files it leaves out are unchanged.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2]))  # last: gold/select.py shadows no stdlib module
from drawlib import GOLD, POLITICAL, WCEP, load, review_ids, row_ids, shuffled_split, write_halves  # noqa: E402

SEED = 13_2026_10
FIRST, LAST = "2014-01-01", "2025-12-31"
SIZE = 50
HALVES = ("tune3", "check2")


def used_ids() -> set[str]:
    """Ids of every article in any gold file (except this draw's own) and of the round-5 review sample."""
    own = {f"{half}.articles.jsonl" for half in HALVES} | {f"{half}.jsonl" for half in HALVES}
    here = Path(__file__).resolve().parent
    return row_ids(f for f in GOLD.rglob("*.jsonl")
                   if not (f.parent.resolve() == here and f.name in own)) | review_ids()


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    pool = [a for a in load(WCEP) if a["id"] not in used and FIRST <= a["date"] <= LAST
            and len(POLITICAL.findall(a["text"])) >= 2]
    pool.sort(key=lambda a: a["id"])
    rng.shuffle(pool)
    drawn = pool[:SIZE]
    halves = shuffled_split(rng, drawn, SIZE // 2)
    print("pool", len(pool))
    write_halves(Path(__file__).resolve().parent, dict(zip(HALVES, halves.values(), strict=True)))


if __name__ == "__main__":
    main()
