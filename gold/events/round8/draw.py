"""Draw the exhaustive event gold set of issue 13, round 19b (branch e56), and split it before
anyone reads it.

Run once (``python gold/events/round8/draw.py``). Wikinews articles of the bundled sample corpus
(``samples/wikinews_2019_2020/``) whose ids are in no event or quote gold file: every id written
in any ``*.jsonl`` file under ``gold/events/`` or ``gold/quotes/`` (this folder aside) is left
out; the tone gold files (``gold/tone/``) may be reused. Political articles are preferred: an
article qualifies when it is shorter than 3,000 characters (so that an exhaustive annotation
stays feasible in one session) and holds at least 2 political words (``select.POLITICAL``);
the pool is shuffled with a fixed seed and ranked by political words (ties keep the shuffled
order); the top 24 are taken. A second seeded shuffle of the 24 splits them into ``tune`` (12,
tuned on) and ``check`` (12, aggregates read only).
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
_spec = importlib.util.spec_from_file_location("select_gold", ROOT / "gold" / "select.py")
select = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(select)

SEED = 13_2026_12_06_19
SIZE = 24
MAX_CHARS = 3000
ID = re.compile(r"\b(?:wcep|wikinews)-\d{4}-\d{2}-\d{2}-\d+\b")


def used_ids() -> set[str]:
    """Every article id written in any event or quote gold file (*.jsonl) under gold/ (this folder aside)."""
    ids: set[str] = set()
    for sub in ("events", "quotes"):
        for file in sorted((ROOT / "gold" / sub).rglob("*.jsonl")):
            if HERE not in file.resolve().parents:
                ids |= set(ID.findall(file.read_text(encoding="utf-8", errors="replace")))
    return ids


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    fresh = [a for a in select.load(select.WIKINEWS) if a["id"] not in used]
    words = {a["id"]: len(select.POLITICAL.findall(a["text"])) for a in fresh}
    pool = [a for a in fresh if words[a["id"]] >= 2 and len(a["text"]) < MAX_CHARS]
    rng.shuffle(pool)
    pool.sort(key=lambda a: -words[a["id"]])
    drawn = pool[:SIZE]
    print("unused", len(fresh), "qualifying", len(pool), "drawn political words", [words[a["id"]] for a in drawn])
    rng.shuffle(drawn)
    halves = {"tune": drawn[: SIZE // 2], "check": drawn[SIZE // 2:]}
    for half, articles in halves.items():
        path = HERE / f"{half}.articles.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for a in sorted(articles, key=lambda a: a["id"]):
                row = {"id": a["id"], "half": half, "date": a["date"], "title": a.get("title"), "text": a["text"]}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(path.relative_to(ROOT), len(articles))


if __name__ == "__main__":
    main()
