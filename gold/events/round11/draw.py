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
    ranked,
    shuffled_split,
    write_halves,
    written_ids,
)

SEED = 13_2026_12_06_23
DRAWN = 40
MAX_CHARS = 3000


def used_ids(tone: bool) -> set[str]:
    """Article ids written in *.jsonl files under gold/ (this folder aside): the tone gold's when
    ``tone``, else every other set's."""
    return written_ids(f for f in sorted(GOLD.rglob("*.jsonl"))
                       if outside(HERE)(f) and ((GOLD / "tone") in f.resolve().parents) == tone)


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids(tone=False)
    toned = used_ids(tone=True)
    fresh = [a for a in load(WCEP) if a["id"] not in used]
    words = {a["id"]: len(POLITICAL.findall(a["text"])) for a in fresh}
    pool = ranked(rng, [a for a in fresh if words[a["id"]] >= 2 and len(a["text"]) < MAX_CHARS],
                  key=lambda a: (a["id"] in toned, -words[a["id"]]))
    drawn = pool[:DRAWN]
    print(WCEP.name, "unused", len(fresh), "qualifying", len(pool),
          "in no gold set", sum(a["id"] not in toned for a in pool),
          "drawn political words", [words[a["id"]] for a in drawn],
          "drawn in no gold set", sum(a["id"] not in toned for a in drawn))
    write_halves(HERE, shuffled_split(rng, drawn, DRAWN // 2))


if __name__ == "__main__":
    main()
