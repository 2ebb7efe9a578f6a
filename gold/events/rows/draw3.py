"""Draw round 3 of the judged-rows set of issue 13 and split it before anyone reads it.

Run once (``python gold/events/rows/draw3.py``). 50 Current Events items of the bundled sample
corpus (``samples/wcep_2003_2025/``, all years 2003-2025) that no gold file holds: every article
id in any ``*.jsonl`` under ``gold/`` (this folder's earlier draws and ``gold/events/round5/``
included; read both from the rows' ``id``/``article_id`` and from any id written in the file) and
the round-5 review sample (``docs/accuracy/events-round5-sample.txt``) are left out. Items with
>= 2 political words (the word list of ``draw.py``) come first; when that pool holds fewer than
50, the rest is drawn, by the same seed, from the items with exactly 1 political word, then (as
``gold/events/round5/draw.py`` does) from those with none: at this draw every unused item had at
most 1 political word (the tone gold holds most of the corpus) and only 42 had 1. Each pool is
shuffled with a fixed seed, the 50 are shuffled again and split into ``tune4`` (25: rows judged
and tuned on) and ``check3`` (25: rows judged, aggregates read only).
Writes ``{tune4,check3}.articles.jsonl`` (id, half, date, title, text); re-running the script
draws the same items while the gold files it leaves out are unchanged.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2]))  # last: gold/select.py shadows no stdlib module
from drawlib import (  # noqa: E402
    GOLD,
    POLITICAL,
    WCEP,
    cascade,
    load,
    review_ids,
    row_ids,
    shuffled_split,
    write_halves,
    written_ids,
)

SEED = "13_2026_12_05b"
SIZE = 50
HALVES = ("tune4", "check3")


def used_ids() -> set[str]:
    """Ids of every article in any gold ``*.jsonl`` (except this draw's own) and of the round-5 review sample."""
    own = {f"{half}.articles.jsonl" for half in HALVES} | {f"{half}.jsonl" for half in HALVES}
    here = Path(__file__).resolve().parent
    files = [f for f in sorted(GOLD.rglob("*.jsonl")) if not (f.parent.resolve() == here and f.name in own)]
    return written_ids(files) | row_ids(files) | review_ids()


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    fresh = sorted((a for a in load(WCEP) if a["id"] not in used), key=lambda a: a["id"])
    words = {a["id"]: len(POLITICAL.findall(a["text"])) for a in fresh}
    pools = [[a for a in fresh if words[a["id"]] >= 2], [a for a in fresh if words[a["id"]] == 1],
             [a for a in fresh if words[a["id"]] == 0]]
    print("unused", len(fresh), ">=2", len(pools[0]), "==1", len(pools[1]), "==0", len(pools[2]))
    drawn = cascade(rng, pools, SIZE)
    print("drawn by words: >=2", sum(words[a["id"]] >= 2 for a in drawn),
          "==1", sum(words[a["id"]] == 1 for a in drawn), "==0", sum(words[a["id"]] == 0 for a in drawn))
    halves = shuffled_split(rng, drawn, SIZE // 2)
    write_halves(Path(__file__).resolve().parent, dict(zip(HALVES, halves.values(), strict=True)))


if __name__ == "__main__":
    main()
