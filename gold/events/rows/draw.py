"""Draw the judged-rows set of issue 13 (round 7) and split it before anyone reads it.

Run once (``python gold/events/rows/draw.py``). 60 articles of the bundled sample corpus that no
gold set holds: every article id in ``gold/events/**/*.articles.jsonl``, ``gold/quotes/*.articles.jsonl``
and ``gold/tone/*.candidates.jsonl`` is left out, and so are the 103 articles of the round-5
precision review (``docs/accuracy/events-round5-sample.txt``: every row of them was read while
rules were written). 30 Wikinews articles (>= 2 political words, < 4,000 characters) and 30
Current Events items (>= 1 political word), shuffled with a fixed seed; each kind is split in
halves by the same seed into ``tune`` (rows judged and tuned on) and ``check`` (rows judged only
at the end of the round). Writes ``{tune,check}.articles.jsonl`` (id, half, date, title, text).
This folder's own files are not gold: re-running the script draws the same articles.

A second tuning draw (``tune2``, added in the same round after the check half's rows were first
judged, to find more classes without touching the check half): the next 15 Wikinews articles
and the next 15 Current Events items of the same shuffled pools, so the first 60 are unchanged.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2]))  # last: gold/select.py shadows no stdlib module
from drawlib import (  # noqa: E402  (POLITICAL, ROOT, WCEP, load: read by draw2, draw3, round7)
    GOLD,
    POLITICAL,
    ROOT,
    WCEP,
    WIKINEWS,
    load,
    review_ids,
    row_ids,
    write_halves,
)

__all__ = ["POLITICAL", "ROOT", "WCEP", "WIKINEWS", "load", "main", "political", "used_ids"]
SEED = 13_2026_07


def used_ids() -> set[str]:
    """Ids of every gold article and of the round-5 review sample."""
    here = Path(__file__).resolve().parent
    files = [*(f for f in (GOLD / "events").rglob("*.articles.jsonl") if f.parent.resolve() != here),
             *(GOLD / "quotes").glob("*.articles.jsonl"), *(GOLD / "tone").glob("*.candidates.jsonl")]
    return row_ids(files, both=False) | review_ids()


def political(article: dict, least: int) -> int:
    return len(POLITICAL.findall(article["text"])) >= least


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    wikinews = [a for a in load(WIKINEWS) if a["id"] not in used and political(a, 2) and len(a["text"]) < 4000]
    wcep = [a for a in load(WCEP) if a["id"] not in used and political(a, 1)]
    halves: dict[str, list[dict]] = {"tune": [], "check": [], "tune2": []}
    for pool in (wikinews, wcep):
        rng.shuffle(pool)
        drawn = pool[:30]
        rng.shuffle(drawn)
        halves["tune"] += drawn[:15]
        halves["check"] += drawn[15:]
        halves["tune2"] += pool[30:45]
    write_halves(Path(__file__).resolve().parent, halves)


if __name__ == "__main__":
    main()
