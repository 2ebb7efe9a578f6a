"""Draw the exhaustive recall set of issue 13, round 8, and split it before anyone reads it.

Run once (``python gold/events/round3/draw.py``). 48 articles of the bundled sample corpus that
no gold set holds: every article id in any ``*.jsonl`` under ``gold/`` (events dev/heldout and
round2, the judged-rows draws ``gold/events/rows/*``, ``gold/quotes/**``, ``gold/tone/*``) is
left out, and so are the 103 articles of the round-5 precision review
(``docs/accuracy/events-round5-sample.txt``). 8 Wikinews articles (>= 1 political word,
< 4,000 characters) and 40 Current Events items (>= 1 political word), shuffled with a fixed
seed; each kind is split in halves by the same seed into ``tune`` (tuned on) and ``check``
(aggregates read only). Writes ``{tune,check}.articles.jsonl`` (id, half, date, title, text);
the annotations are ``{tune,check}.jsonl`` in the events gold format (``gold/FORMAT.md``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2]))  # last: gold/select.py shadows no stdlib module
from drawlib import (  # noqa: E402  (POLITICAL, WCEP, load: read by round4/round5 as before)
    GOLD,
    POLITICAL,
    WCEP,
    WIKINEWS,
    load,
    review_ids,
    row_ids,
    write_halves,
)

__all__ = ["POLITICAL", "WCEP", "WIKINEWS", "load", "main", "used_ids"]
SEED = 13_2026_08


def used_ids() -> set[str]:
    """Ids of every article in any gold file and of the round-5 review sample."""
    here = Path(__file__).resolve().parent
    return row_ids(f for f in GOLD.rglob("*.jsonl") if f.parent.resolve() != here) | review_ids()


def political(article: dict) -> bool:
    return POLITICAL.search(article["text"]) is not None


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    wikinews = [a for a in load(WIKINEWS) if a["id"] not in used and political(a) and len(a["text"]) < 4000]
    wcep = [a for a in load(WCEP) if a["id"] not in used and political(a)]
    halves: dict[str, list[dict]] = {"tune": [], "check": []}
    for pool, size in ((wikinews, 8), (wcep, 40)):
        rng.shuffle(pool)
        drawn = pool[:size]
        halves["tune"] += drawn[: size // 2]
        halves["check"] += drawn[size // 2:]
    write_halves(Path(__file__).resolve().parent, halves)


if __name__ == "__main__":
    main()
