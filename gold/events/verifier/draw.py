"""Draw the sentences whose rows train the events row verifier (issue 13, round 15).

Run once (``python gold/events/verifier/draw.py``). The sentences are those of the tone
TRAINING gold (``gold/tone/train.jsonl``, ``train2.jsonl``: sentences of the bundled sample
corpus, outside the tone evaluation halves) that the tone annotator marked as about a relation
between actors, whose article is in no events gold file (no ``*.jsonl`` under ``gold/events/``
other than this folder's names the article id: dev, held-out, tune, check and judged-row halves
alike). They are shuffled with a fixed seed before anyone read them; each becomes an
article of its own (id ``<article_id>#<n>``, the sentence's index in its training file), in
``tune.articles.jsonl`` (the first ``SIZE`` of the drawn order: training rows) and
``check.articles.jsonl`` (the rest: rows judged once, with the verifier off, then only aggregates
read), each line id, half, date, title, text. Rows detente writes on them are judged by
``gold/events/rows/FORMAT.md`` into ``tune.jsonl`` and ``check.jsonl``.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SEED = "13_2026_12_05_round15"
TONE = ("gold/tone/train.jsonl", "gold/tone/train2.jsonl")
ID = re.compile(r"\b(?:wcep|wikinews)-\d{4}-\d{2}-\d{2}-\d+\b")
SIZE = 400


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def events_ids() -> set[str]:
    here = Path(__file__).resolve().parent
    ids: set[str] = set()
    for file in sorted((ROOT / "gold/events").rglob("*.jsonl")):
        if file.parent.resolve() == here:
            continue
        ids |= set(ID.findall(file.read_text(encoding="utf-8", errors="replace")))
    return ids


def main() -> None:
    used = events_ids()
    pool = []
    for name in TONE:
        for n, row in enumerate(load(ROOT / name)):
            if row.get("about_relation") and row["article_id"] not in used:
                pool.append({"id": f"{row['article_id']}#{Path(name).stem}-{n}", "half": "tune",
                             "date": row.get("date"), "title": None, "text": row["sentence"]})
    random.Random(SEED).shuffle(pool)
    for half, rows in (("tune", pool[:SIZE]), ("check", pool[SIZE:])):
        out = Path(__file__).resolve().parent / f"{half}.articles.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(dict(row, half=half), ensure_ascii=False) + "\n")
        print(f"pool {len(pool)}, written {len(rows)} to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
