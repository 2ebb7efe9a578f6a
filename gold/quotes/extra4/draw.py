"""Draw the extra quotes gold of issue 14, round 21 (extra4): 24 unseen Wikinews articles, split before reading.

Run once from the repository root (``python gold/quotes/extra3/draw.py``). The articles are drawn
from the bundled Wikinews sample among those with at least TWO pairs of quote marks, under 8,000
characters (extra3 took all but six of the articles with three pairs under 5,000; this pool holds 26), and in NO
quote or event gold set: every id of every ``*.jsonl`` under ``gold/events`` (all rounds and folders) and
``gold/quotes`` (``extra``, ``extra2`` and ``extra3`` included), and of every ``*.articles.jsonl`` anywhere under
``gold/``, is left out (the tone files, sentence sets, are not quote or event gold and are not consulted). A fixed seed draws
24 and splits them into a **tune** half (12: annotated first, read for rules) and a **check** half
(12: annotated from the text alone at the end of the round, before detente's output on them is
read, and scored only in aggregate, before and after the round's changes). Output: ``{tune,check}.articles.jsonl`` beside this script (the evaluator's format).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
WIKINEWS = ROOT / "samples/wikinews_2019_2020/wikinews_2019_2020.jsonl"
SEED = 20261221


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def taken_ids() -> set[str]:
    """Every article id of the project's quote and event gold sets (this folder's own files excepted)."""
    ids: set[str] = set()
    paths = (sorted((ROOT / "gold/events").rglob("*.jsonl")) + sorted((ROOT / "gold/quotes").rglob("*.jsonl"))
             + sorted((ROOT / "gold").rglob("*.articles.jsonl")))
    for path in paths:
        if path.parent == HERE:
            continue
        for row in load(path):
            ids.add(row.get("id") or row.get("article_id") or "")
    return ids


def quotes_in(art: dict) -> int:
    return len(re.findall(r"[\"“]", art["text"])) // 2


def main() -> None:
    taken = taken_ids()
    pool = [a for a in load(WIKINEWS) if a["id"] not in taken and quotes_in(a) >= 2
            and len(a["text"]) < 8000]
    pool.sort(key=lambda a: a["id"])
    rng = random.Random(SEED)
    drawn = rng.sample(pool, 24)
    for name, arts in (("tune", drawn[:12]), ("check", drawn[12:])):
        path = HERE / f"{name}.articles.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for a in arts:
                row = {"id": a["id"], "half": name, "date": a["date"], "title": a.get("title"),
                       "text": a["text"]}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(path.relative_to(ROOT), len(arts), len(pool), "in the pool,", len(taken), "ids taken")


if __name__ == "__main__":
    main()
