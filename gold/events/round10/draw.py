"""Draw the exhaustive event gold set of issue 13, round 21 (branch e59), and split it before
anyone reads it.

Run once (``python gold/events/round10/draw.py``). The pattern of ``gold/events/round9/draw.py``
with a new seed. Ids written in any ``*.jsonl`` file of an event, quote, row or verifier gold set
(everything under ``gold/`` but ``gold/tone/``; this folder aside) are left out. The tone gold
(``gold/tone/``, document tone labels, no events) covers nearly the whole sample corpus: excluding it too
leaves 8 qualifying Current Events items and no Wikinews article, so items in no gold set at all come
first and tone-only items fill the rest. Two sources of the bundled sample corpus: Wikipedia Current
Events items (``samples/wcep_2003_2025/``; 12 drawn, items shorter than 3,000 characters) and Wikinews
articles (``samples/wikinews_2019_2020/``; 8 drawn, shorter than 6,000 characters, the pool being nearly
used up: 12 qualify). An item qualifies when it holds at least 2 political words
(``select.POLITICAL``). Each source's pool is shuffled with the seed and ranked by (in the tone gold,
fewer political words) -- ties keep the shuffled order; the top N of each are taken. A second seeded
shuffle of each source's N puts half in ``tune`` (rules written on it) and half in ``check``
(aggregates read only, at the end). The split is decided here from ids and counts only, before any
text is read.
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

SEED = 13_2026_12_06_21
PER_SOURCE = {"wcep": 12, "wikinews": 8}
MAX_CHARS = {"wcep": 3000, "wikinews": 6000}
ID = re.compile(r"\b(?:wcep|wikinews)-\d{4}-\d{2}-\d{2}-\d+\b")


def used_ids(tone: bool) -> set[str]:
    """Article ids written in *.jsonl files under gold/ (this folder aside): the tone gold's when
    ``tone``, else every other set's."""
    ids: set[str] = set()
    for file in sorted((ROOT / "gold").rglob("*.jsonl")):
        in_tone = (ROOT / "gold" / "tone") in file.resolve().parents
        if HERE not in file.resolve().parents and in_tone == tone:
            ids |= set(ID.findall(file.read_text(encoding="utf-8", errors="replace")))
    return ids


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids(tone=False)
    toned = used_ids(tone=True)
    halves: dict[str, list[dict]] = {"tune": [], "check": []}
    for name, source in (("wcep", select.WCEP), ("wikinews", select.WIKINEWS)):
        fresh = [a for a in select.load(source) if a["id"] not in used]
        words = {a["id"]: len(select.POLITICAL.findall(a["text"])) for a in fresh}
        pool = [a for a in fresh if words[a["id"]] >= 2 and len(a["text"]) < MAX_CHARS[name]]
        rng.shuffle(pool)
        pool.sort(key=lambda a: (a["id"] in toned, -words[a["id"]]))
        drawn = pool[: PER_SOURCE[name]]
        print(source.name, "unused", len(fresh), "qualifying", len(pool),
              "drawn political words", [words[a["id"]] for a in drawn],
              "in no gold set", sum(a["id"] not in toned for a in drawn))
        rng.shuffle(drawn)
        half = len(drawn) // 2
        halves["tune"] += drawn[:half]
        halves["check"] += drawn[half:]
    for part, articles in halves.items():
        path = HERE / f"{part}.articles.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for a in sorted(articles, key=lambda a: a["id"]):
                row = {"id": a["id"], "half": part, "date": a["date"], "title": a.get("title"), "text": a["text"]}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(path.relative_to(ROOT), len(articles))


if __name__ == "__main__":
    main()
