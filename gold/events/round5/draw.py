"""Draw the exhaustive event gold set of issue 13, round 5 of this session, and split it before
anyone reads it.

Run once (``python gold/events/round5/draw.py``). 60 Current Events items of the bundled sample
corpus (``samples/wcep_2003_2025/``, all years 2003-2025) that no gold set holds: every article
id written in any file under ``gold/`` (events dev/heldout, round2, round3, round4, the
judged-rows draws ``gold/events/rows/*``, ``gold/quotes/**``, ``gold/tone/*``, and any other file
there; this folder aside) is left out, and so are the articles of the round-5 precision review
(``docs/accuracy/events-round5-sample.txt``). Items holding at least 2 political words (the
word list of ``round3/draw.py``, imported) come first; when that pool holds fewer than 60, the
rest is drawn, by the same seed, from the items with exactly 1 political word, then from those
with none. Each pool is shuffled with a fixed seed, the 60 are shuffled again and split into
``tune`` (30, tuned on) and ``check`` (30, aggregates read only).
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
    ID,
    POLITICAL,
    WCEP,
    cascade,
    load,
    outside,
    review_ids,
    shuffled_split,
    write_halves,
    written_ids,
)

__all__ = ["ID", "SEED", "SIZE", "main", "used_ids"]
SEED = 13_2026_12_05
SIZE = 60


def used_ids() -> set[str]:
    """Every article id written in any file under gold/ (this folder aside) and the round-5 review ids."""
    return written_ids(f for f in sorted(GOLD.rglob("*")) if f.is_file() and outside(HERE)(f)) | review_ids()


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    fresh = [a for a in load(WCEP) if a["id"] not in used]
    words = {a["id"]: len(POLITICAL.findall(a["text"])) for a in fresh}
    pools = [[a for a in fresh if words[a["id"]] >= 2],
             [a for a in fresh if words[a["id"]] == 1],
             [a for a in fresh if words[a["id"]] == 0]]
    print("unused", len(fresh), ">=2", len(pools[0]), "==1", len(pools[1]), "==0", len(pools[2]))
    drawn = cascade(rng, pools, SIZE)
    print("drawn by words: >=2", sum(words[a["id"]] >= 2 for a in drawn),
          "==1", sum(words[a["id"]] == 1 for a in drawn), "==0", sum(words[a["id"]] == 0 for a in drawn))
    write_halves(HERE, shuffled_split(rng, drawn, 30))


if __name__ == "__main__":
    main()
