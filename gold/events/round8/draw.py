"""Draw the exhaustive event gold set of issue 13, round 19b (branch e56), and split it before
anyone reads it.

Run once (``python gold/events/round8/draw.py``). Wikinews articles of the bundled sample corpus
(``samples/wikinews_2019_2020/``) whose ids are in no event or quote gold file: every id written
in any ``*.jsonl`` file under ``gold/events/`` or ``gold/quotes/`` (this folder aside) is left
out; the tone gold files (``gold/tone/``) may be reused. Political articles are preferred: an
article qualifies when it is shorter than 3,000 characters (so that an exhaustive annotation
stays feasible in one session) and holds at least 2 political words (``select.POLITICAL``);
the pool is shuffled with a fixed seed and ranked by political words (ties keep the shuffled
order); the top 24 are taken. A second seeded shuffle of the 24 splits them into ``tune`` (12,
tuned on) and ``check`` (12, aggregates read only).
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
    WIKINEWS,
    load,
    outside,
    ranked,
    shuffled_split,
    write_halves,
    written_ids,
)

SEED = 13_2026_12_06_19
SIZE = 24
MAX_CHARS = 3000


def used_ids() -> set[str]:
    """Every article id written in any event or quote gold file (*.jsonl) under gold/ (this folder aside)."""
    return written_ids(f for sub in ("events", "quotes") for f in sorted((GOLD / sub).rglob("*.jsonl"))
                       if outside(HERE)(f))


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    fresh = [a for a in load(WIKINEWS) if a["id"] not in used]
    words = {a["id"]: len(POLITICAL.findall(a["text"])) for a in fresh}
    pool = ranked(rng, [a for a in fresh if words[a["id"]] >= 2 and len(a["text"]) < MAX_CHARS],
                  key=lambda a: -words[a["id"]])
    drawn = pool[:SIZE]
    print("unused", len(fresh), "qualifying", len(pool), "drawn political words", [words[a["id"]] for a in drawn])
    write_halves(HERE, shuffled_split(rng, drawn, SIZE // 2))


if __name__ == "__main__":
    main()
