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

import random
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2]))  # last: gold/select.py shadows no stdlib module
from drawlib import GOLD, ROOT, load, split, write_half, written_ids  # noqa: E402

SEED = "13_2026_12_05_round15"
TONE = ("gold/tone/train.jsonl", "gold/tone/train2.jsonl")
SIZE = 400


def events_ids() -> set[str]:
    here = Path(__file__).resolve().parent
    return written_ids(f for f in sorted((GOLD / "events").rglob("*.jsonl")) if f.parent.resolve() != here)


def main() -> None:
    used = events_ids()
    pool = []
    for name in TONE:
        for n, row in enumerate(load(ROOT / name)):
            if row.get("about_relation") and row["article_id"] not in used:
                pool.append({"id": f"{row['article_id']}#{Path(name).stem}-{n}", "half": "tune",
                             "date": row.get("date"), "title": None, "text": row["sentence"]})
    random.Random(SEED).shuffle(pool)
    for half, rows in split(pool, SIZE).items():
        out = Path(__file__).resolve().parent / f"{half}.articles.jsonl"
        write_half(out, half, rows, by_id=False)
        print(f"pool {len(pool)}, written {len(rows)} to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
