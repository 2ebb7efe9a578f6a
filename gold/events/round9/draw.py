"""Draw the exhaustive event gold set of issue 13, round 20 (branch e57), and split it before
anyone reads it.

Run once (``python gold/events/round9/draw.py``). The pattern of ``gold/events/round8/draw.py``
with a new seed and two sources of the bundled sample corpus: Wikipedia Current Events items
(``samples/wcep_2003_2025/``, ids ``wcep-...``) and Wikinews articles
(``samples/wikinews_2019_2020/``). Ids written in any ``*.jsonl`` file under ``gold/events/`` or
``gold/quotes/`` (this folder aside) are left out; the tone gold files (``gold/tone/``) may be
reused. An item qualifies when it is shorter than 3,000 characters and holds at least 2 political
words (``select.POLITICAL``). Each source's pool is shuffled with the seed and ranked by political
words (ties keep the shuffled order); the top 10 of each are taken. A second seeded shuffle of each
source's 10 puts 5 in ``tune`` (rules written on it) and 5 in ``check`` (aggregates read only), so
both halves hold 5 + 5.
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

SEED = 13_2026_12_06_20
PER_SOURCE = 10
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
    halves: dict[str, list[dict]] = {"tune": [], "check": []}
    for source in (select.WCEP, select.WIKINEWS):
        fresh = [a for a in select.load(source) if a["id"] not in used]
        words = {a["id"]: len(select.POLITICAL.findall(a["text"])) for a in fresh}
        pool = [a for a in fresh if words[a["id"]] >= 2 and len(a["text"]) < MAX_CHARS]
        rng.shuffle(pool)
        pool.sort(key=lambda a: -words[a["id"]])
        drawn = pool[:PER_SOURCE]
        print(source.name, "unused", len(fresh), "qualifying", len(pool),
              "drawn political words", [words[a["id"]] for a in drawn])
        rng.shuffle(drawn)
        halves["tune"] += drawn[: PER_SOURCE // 2]
        halves["check"] += drawn[PER_SOURCE // 2:]
    for half, articles in halves.items():
        path = HERE / f"{half}.articles.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for a in sorted(articles, key=lambda a: a["id"]):
                row = {"id": a["id"], "half": half, "date": a["date"], "title": a.get("title"), "text": a["text"]}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(path.relative_to(ROOT), len(articles))


if __name__ == "__main__":
    main()
