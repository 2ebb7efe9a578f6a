"""Draw round 3 of the judged-rows set of issue 13 and split it before anyone reads it.

Run once (``python gold/events/rows/draw3.py``). 50 Current Events items of the bundled sample
corpus (``samples/wcep_2003_2025/``, all years 2003-2025) that no gold file holds: every article
id in any ``*.jsonl`` under ``gold/`` (this folder's earlier draws and ``gold/events/round5/``
included; read both from the rows' ``id``/``article_id`` and from any id written in the file) and
the round-5 review sample (``docs/accuracy/events-round5-sample.txt``) are left out. Items with
>= 2 political words (the word list of ``draw.py``) come first; when that pool holds fewer than
50, the rest is drawn, by the same seed, from the items with exactly 1 political word, then (as
``gold/events/round5/draw.py`` does) from those with none: at this draw every unused item had at
most 1 political word (the tone gold holds most of the corpus) and only 42 had 1. Each pool is
shuffled with a fixed seed, the 50 are shuffled again and split into ``tune4`` (25: rows judged
and tuned on) and ``check3`` (25: rows judged, aggregates read only).
Writes ``{tune4,check3}.articles.jsonl`` (id, half, date, title, text); re-running the script
draws the same items while the gold files it leaves out are unchanged.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw import POLITICAL, ROOT, WCEP, load  # noqa: E402

SEED = "13_2026_12_05b"
SIZE = 50
HALVES = ("tune4", "check3")
ID = re.compile(r"\b(?:wcep|wikinews)-\d{4}-\d{2}-\d{2}-\d+\b")


def used_ids() -> set[str]:
    """Ids of every article in any gold ``*.jsonl`` (except this draw's own) and of the round-5 review sample."""
    own = {f"{half}.articles.jsonl" for half in HALVES} | {f"{half}.jsonl" for half in HALVES}
    here = Path(__file__).resolve().parent
    ids: set[str] = set()
    for file in sorted((ROOT / "gold").rglob("*.jsonl")):
        if file.parent.resolve() == here and file.name in own:
            continue
        ids |= set(ID.findall(file.read_text(encoding="utf-8", errors="replace")))
        for row in load(file):
            if isinstance(row, dict):
                ids |= {row[k] for k in ("id", "article_id") if isinstance(row.get(k), str)}
    review = ROOT / "docs/accuracy/events-round5-sample.txt"
    ids |= {line.strip() for line in review.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    return ids


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    fresh = sorted((a for a in load(WCEP) if a["id"] not in used), key=lambda a: a["id"])
    words = {a["id"]: len(POLITICAL.findall(a["text"])) for a in fresh}
    pools = [[a for a in fresh if words[a["id"]] >= 2], [a for a in fresh if words[a["id"]] == 1],
             [a for a in fresh if words[a["id"]] == 0]]
    print("unused", len(fresh), ">=2", len(pools[0]), "==1", len(pools[1]), "==0", len(pools[2]))
    drawn: list[dict] = []
    for pool in pools:
        rng.shuffle(pool)
        drawn += pool[: SIZE - len(drawn)]
    print("drawn by words: >=2", sum(words[a["id"]] >= 2 for a in drawn),
          "==1", sum(words[a["id"]] == 1 for a in drawn), "==0", sum(words[a["id"]] == 0 for a in drawn))
    rng.shuffle(drawn)
    halves = {HALVES[0]: drawn[: SIZE // 2], HALVES[1]: drawn[SIZE // 2:]}
    out = Path(__file__).resolve().parent
    for half, articles in halves.items():
        path = out / f"{half}.articles.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for a in sorted(articles, key=lambda a: a["id"]):
                row = {"id": a["id"], "half": half, "date": a["date"], "title": a.get("title"), "text": a["text"]}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(path.relative_to(ROOT), len(articles))


if __name__ == "__main__":
    main()
