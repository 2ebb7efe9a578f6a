"""Draw the exhaustive event gold set of issue 13, round 4 of this session, and split it before
anyone reads it.

Run once (``python gold/events/round4/draw.py``). 60 Current Events items of the bundled sample
corpus dated 2003-01-01..2013-12-31 (the 2014-2025 items are left to another draw) that no gold
set holds: every article id written in any file under ``gold/`` (events dev/heldout, round2,
round3, the judged-rows draws ``gold/events/rows/*``, ``gold/quotes/**``, ``gold/tone/*``, and
any other file there) is left out, and so are the 103 articles of the round-5 precision review
(``docs/accuracy/events-round5-sample.txt``). Items holding at least 2 political words (the
word list of ``round3/draw.py``, imported) come first; that pool held only 48, so the remaining 12
are drawn, by the same seed, from the items with exactly 1 political word. Each pool is shuffled
with a fixed seed, the 60 are shuffled again and split into ``tune`` (30, tuned on) and ``check`` (30, aggregates read only).
Writes ``{tune,check}.articles.jsonl`` (id, half, date, title, text); the annotations are
``{tune,check}.jsonl`` in the events gold format (``gold/FORMAT.md``).
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
_spec = importlib.util.spec_from_file_location("round3_draw", HERE.parent / "round3" / "draw.py")
round3 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(round3)

SEED = 13_2026_12
FIRST, LAST = "2003-01-01", "2013-12-31"
ID = re.compile(r"\b(?:wcep|wikinews)-\d{4}-\d{2}-\d{2}-\d+\b")


def used_ids() -> set[str]:
    """Every article id written in any file under gold/ (this folder aside) and the round-5 review ids."""
    ids: set[str] = set()
    for file in (ROOT / "gold").rglob("*"):
        if file.is_file() and HERE not in file.resolve().parents:
            ids |= set(ID.findall(file.read_text(encoding="utf-8", errors="replace")))
    review = ROOT / "docs/accuracy/events-round5-sample.txt"
    ids |= {line.strip() for line in review.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    return ids


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    fresh = [a for a in round3.load(round3.WCEP) if FIRST <= a["date"] <= LAST and a["id"] not in used]
    words = {a["id"]: len(round3.POLITICAL.findall(a["text"])) for a in fresh}
    pool = [a for a in fresh if words[a["id"]] >= 2]
    spare = [a for a in fresh if words[a["id"]] == 1]
    print("pool", len(pool), "spare", len(spare))
    rng.shuffle(pool)
    rng.shuffle(spare)
    drawn = (pool + spare)[:60]
    rng.shuffle(drawn)
    halves = {"tune": drawn[:30], "check": drawn[30:]}
    for half, articles in halves.items():
        path = HERE / f"{half}.articles.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for a in sorted(articles, key=lambda a: a["id"]):
                row = {"id": a["id"], "half": half, "date": a["date"], "title": a.get("title"), "text": a["text"]}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(path.relative_to(ROOT), len(articles))


if __name__ == "__main__":
    main()
