"""Draw the exhaustive event gold set of issue 13, round 20 (branch e57), and split it before
anyone reads it.

Run once (``python gold/events/round9/draw.py``). The pattern of ``gold/events/round8/draw.py``
with a new seed and two sources of the bundled sample corpus: Wikipedia Current Events items
(``samples/wcep_2003_2025/``, ids ``wcep-...``) and Wikinews articles
(``samples/wikinews_2019_2020/``). Ids written in any ``*.jsonl`` file under ``gold/events/`` or
``gold/quotes/`` (this folder aside) are left out; the tone gold files (``gold/tone/``) may be
reused. An item qualifies when it is shorter than 3,000 characters and holds at least 2 political
words (``select.POLITICAL``). Each source's pool is shuffled with the seed and ranked by political
words (ties keep the shuffled order); the top 10 of each are taken. A second seeded shuffle of each
source's 10 puts 5 in ``tune`` (rules written on it) and 5 in ``check`` (aggregates read only), so
both halves hold 5 + 5.
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
    WIKINEWS,
    load,
    outside,
    ranked,
    shuffled_split,
    write_halves,
    written_ids,
)

SEED = 13_2026_12_06_20
PER_SOURCE = 10
MAX_CHARS = 3000


def used_ids() -> set[str]:
    """Every article id written in any event or quote gold file (*.jsonl) under gold/ (this folder aside)."""
    return written_ids(f for sub in ("events", "quotes") for f in sorted((GOLD / sub).rglob("*.jsonl"))
                       if outside(HERE)(f))


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    halves: dict[str, list[dict]] = {"tune": [], "check": []}
    for source in (WCEP, WIKINEWS):
        fresh = [a for a in load(source) if a["id"] not in used]
        words = {a["id"]: len(POLITICAL.findall(a["text"])) for a in fresh}
        pool = ranked(rng, [a for a in fresh if words[a["id"]] >= 2 and len(a["text"]) < MAX_CHARS],
                      key=lambda a: -words[a["id"]])
        drawn = pool[:PER_SOURCE]
        print(source.name, "unused", len(fresh), "qualifying", len(pool),
              "drawn political words", [words[a["id"]] for a in drawn])
        for half, part in shuffled_split(rng, drawn, PER_SOURCE // 2).items():
            halves[half] += part
    write_halves(HERE, halves)


if __name__ == "__main__":
    main()
