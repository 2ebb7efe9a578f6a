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

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw import POLITICAL, ROOT, WCEP, load  # noqa: E402

SEED = 13_2026_10
FIRST, LAST = "2014-01-01", "2025-12-31"
SIZE = 50
HALVES = ("tune3", "check2")


def used_ids() -> set[str]:
    """Ids of every article in any gold file (except this draw's own) and of the round-5 review sample."""
    own = {f"{half}.articles.jsonl" for half in HALVES} | {f"{half}.jsonl" for half in HALVES}
    here = Path(__file__).resolve().parent
    ids: set[str] = set()
    for file in (ROOT / "gold").rglob("*.jsonl"):
        if file.parent.resolve() == here and file.name in own:
            continue
        for row in load(file):
            if isinstance(row, dict):
                ids |= {row[k] for k in ("id", "article_id") if row.get(k)}
    review = ROOT / "docs/accuracy/events-round5-sample.txt"
    ids |= {line.strip() for line in review.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    return ids


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    pool = [a for a in load(WCEP) if a["id"] not in used and FIRST <= a["date"] <= LAST
            and len(POLITICAL.findall(a["text"])) >= 2]
    pool.sort(key=lambda a: a["id"])
    rng.shuffle(pool)
    drawn = pool[:SIZE]
    rng.shuffle(drawn)
    halves = {HALVES[0]: drawn[: SIZE // 2], HALVES[1]: drawn[SIZE // 2:]}
    out = Path(__file__).resolve().parent
    print("pool", len(pool))
    for half, articles in halves.items():
        path = out / f"{half}.articles.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for a in sorted(articles, key=lambda a: a["id"]):
                row = {"id": a["id"], "half": half, "date": a["date"], "title": a.get("title"), "text": a["text"]}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(path.relative_to(ROOT), len(articles))


if __name__ == "__main__":
    main()
