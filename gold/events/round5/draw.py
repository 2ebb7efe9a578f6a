"""Draw the exhaustive event gold set of issue 13, round 5 of this session, and split it before
anyone reads it.

Run once (``python gold/events/round5/draw.py``). 60 Current Events items of the bundled sample
corpus (``samples/wcep_2003_2025/``, all years 2003-2025) that no gold set holds: every article
id written in any file under ``gold/`` (events dev/heldout, round2, round3, round4, the
judged-rows draws ``gold/events/rows/*``, ``gold/quotes/**``, ``gold/tone/*``, and any other file
there; this folder aside) is left out, and so are the articles of the round-5 precision review
(``docs/accuracy/events-round5-sample.txt``). Items holding at least 2 political words (the
word list of ``round3/draw.py``, imported) come first; when that pool holds fewer than 60, the
rest is drawn, by the same seed, from the items with exactly 1 political word, then from those
with none. Each pool is shuffled with a fixed seed, the 60 are shuffled again and split into
``tune`` (30, tuned on) and ``check`` (30, aggregates read only).
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

SEED = 13_2026_12_05
SIZE = 60
ID = re.compile(r"\b(?:wcep|wikinews)-\d{4}-\d{2}-\d{2}-\d+\b")


def used_ids() -> set[str]:
    """Every article id written in any file under gold/ (this folder aside) and the round-5 review ids."""
    ids: set[str] = set()
    for file in sorted((ROOT / "gold").rglob("*")):
        if file.is_file() and HERE not in file.resolve().parents:
            ids |= set(ID.findall(file.read_text(encoding="utf-8", errors="replace")))
    review = ROOT / "docs/accuracy/events-round5-sample.txt"
    ids |= {line.strip() for line in review.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    return ids


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    fresh = [a for a in round3.load(round3.WCEP) if a["id"] not in used]
    words = {a["id"]: len(round3.POLITICAL.findall(a["text"])) for a in fresh}
    pools = [[a for a in fresh if words[a["id"]] >= 2],
             [a for a in fresh if words[a["id"]] == 1],
             [a for a in fresh if words[a["id"]] == 0]]
    print("unused", len(fresh), ">=2", len(pools[0]), "==1", len(pools[1]), "==0", len(pools[2]))
    drawn: list[dict] = []
    for pool in pools:
        rng.shuffle(pool)
        drawn += pool[: SIZE - len(drawn)]
    print("drawn by words: >=2", sum(words[a["id"]] >= 2 for a in drawn),
          "==1", sum(words[a["id"]] == 1 for a in drawn), "==0", sum(words[a["id"]] == 0 for a in drawn))
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
