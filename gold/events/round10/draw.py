"""Draw the exhaustive event gold set of issue 13, round 21 (branch e59), and split it before
anyone reads it.

Run once (``python gold/events/round10/draw.py``). The pattern of ``gold/events/round9/draw.py``
with a new seed. Ids written in any ``*.jsonl`` file of an event, quote, row or verifier gold set
(everything under ``gold/`` but ``gold/tone/``; this folder aside) are left out. The tone gold
(``gold/tone/``, document tone labels, no events) covers nearly the whole sample corpus: excluding it too
leaves 8 qualifying Current Events items and no Wikinews article, so items in no gold set at all come
first and tone-only items fill the rest. Two sources of the bundled sample corpus: Wikipedia Current
Events items (``samples/wcep_2003_2025/``; 12 drawn, items shorter than 3,000 characters) and Wikinews
articles (``samples/wikinews_2019_2020/``; 8 drawn, shorter than 6,000 characters, the pool being nearly
used up: 12 qualify). An item qualifies when it holds at least 2 political words
(``select.POLITICAL``). Each source's pool is shuffled with the seed and ranked by (in the tone gold,
fewer political words) -- ties keep the shuffled order; the top N of each are taken. A second seeded
shuffle of each source's N puts half in ``tune`` (rules written on it) and half in ``check``
(aggregates read only, at the end). The split is decided here from ids and counts only, before any
text is read.
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

SEED = 13_2026_12_06_21
PER_SOURCE = {"wcep": 12, "wikinews": 8}
MAX_CHARS = {"wcep": 3000, "wikinews": 6000}


def used_ids(tone: bool) -> set[str]:
    """Article ids written in *.jsonl files under gold/ (this folder aside): the tone gold's when
    ``tone``, else every other set's."""
    return written_ids(f for f in sorted(GOLD.rglob("*.jsonl"))
                       if outside(HERE)(f) and ((GOLD / "tone") in f.resolve().parents) == tone)


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids(tone=False)
    toned = used_ids(tone=True)
    halves: dict[str, list[dict]] = {"tune": [], "check": []}
    for name, source in (("wcep", WCEP), ("wikinews", WIKINEWS)):
        fresh = [a for a in load(source) if a["id"] not in used]
        words = {a["id"]: len(POLITICAL.findall(a["text"])) for a in fresh}
        pool = ranked(rng, [a for a in fresh if words[a["id"]] >= 2 and len(a["text"]) < MAX_CHARS[name]],
                      key=lambda a: (a["id"] in toned, -words[a["id"]]))
        drawn = pool[: PER_SOURCE[name]]
        print(source.name, "unused", len(fresh), "qualifying", len(pool),
              "drawn political words", [words[a["id"]] for a in drawn],
              "in no gold set", sum(a["id"] not in toned for a in drawn))
        for half, part in shuffled_split(rng, drawn, len(drawn) // 2).items():
            halves[half] += part
    write_halves(HERE, halves)


if __name__ == "__main__":
    main()
