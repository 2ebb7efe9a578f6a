"""Draw the second extra quotes gold of issue 14 (round 7): every unseen Wikinews article left.

Run once from the repository root (``python gold/quotes/extra2/draw.py``). Pool: the bundled
Wikinews sample's articles with at least two pairs of quote marks, under 5,000 characters, and
in NO other gold set: every id under ``gold/`` of this checkout (``gold/events`` all rounds and
rows, ``gold/quotes`` and ``gold/quotes/extra``, the tone files) is left out. After round 6 only
six articles are left in that pool, too few to split usefully, so all six form a **check** set
(annotated from the text alone before detente is run on them, scored in aggregate only); the
seed only fixes their order. Output: ``check.articles.jsonl`` beside this script.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
WIKINEWS = ROOT / "samples/wikinews_2019_2020/wikinews_2019_2020.jsonl"
SEED = 20261207


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def taken_ids() -> set[str]:
    """Every article id of the project's other gold sets (articles and tone sentences)."""
    ids: set[str] = set()
    for path in (ROOT / "gold").rglob("*.jsonl"):
        if HERE in path.parents:
            continue
        for row in load(path):
            ids.add(row.get("id") or row.get("article_id") or "")
    return ids


def quotes_in(art: dict) -> int:
    return len(re.findall(r"[\"“]", art["text"])) // 2


def main() -> None:
    taken = taken_ids()
    pool = [a for a in load(WIKINEWS) if a["id"] not in taken and quotes_in(a) >= 2
            and len(a["text"]) < 5000]
    pool.sort(key=lambda a: a["id"])
    random.Random(SEED).shuffle(pool)
    path = HERE / "check.articles.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for a in pool:
            row = {"id": a["id"], "half": "check", "date": a["date"], "title": a.get("title"),
                   "text": a["text"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(path.relative_to(ROOT), len(pool), "in the pool,", len(taken), "ids taken")


if __name__ == "__main__":
    main()
