"""Draw the judged-rows set of issue 13 (round 7) and split it before anyone reads it.

Run once (``python gold/events/rows/draw.py``). 60 articles of the bundled sample corpus that no
gold set holds: every article id in ``gold/events/**/*.articles.jsonl``, ``gold/quotes/*.articles.jsonl``
and ``gold/tone/*.candidates.jsonl`` is left out, and so are the 103 articles of the round-5
precision review (``docs/accuracy/events-round5-sample.txt``: every row of them was read while
rules were written). 30 Wikinews articles (>= 2 political words, < 4,000 characters) and 30
Current Events items (>= 1 political word), shuffled with a fixed seed; each kind is split in
halves by the same seed into ``tune`` (rows judged and tuned on) and ``check`` (rows judged only
at the end of the round). Writes ``{tune,check}.articles.jsonl`` (id, half, date, title, text).
This folder's own files are not gold: re-running the script draws the same articles.

A second tuning draw (``tune2``, added in the same round after the check half's rows were first
judged, to find more classes without touching the check half): the next 15 Wikinews articles
and the next 15 Current Events items of the same shuffled pools, so the first 60 are unchanged.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
WIKINEWS = ROOT / "samples/wikinews_2019_2020/wikinews_2019_2020.jsonl"
WCEP = ROOT / "samples/wcep_2003_2025/wcep_2003_2025.jsonl"
SEED = 13_2026_07
POLITICAL = re.compile(
    r"\b(president|prime minister|minister|government|parliament|military|army|troops|police|"
    r"court|rebels?|militants?|protest\w*|sanction\w*|talks|summit|ambassador|embassy|"
    r"united nations|nato|european union|election|opposition|attack\w*|accus\w*|treaty)\b",
    re.I,
)


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def used_ids() -> set[str]:
    """Ids of every gold article and of the round-5 review sample."""
    gold = ROOT / "gold"
    here = Path(__file__).resolve().parent
    files = [*(f for f in (gold / "events").rglob("*.articles.jsonl") if f.parent.resolve() != here), *(gold / "quotes").glob("*.articles.jsonl"),
             *(gold / "tone").glob("*.candidates.jsonl")]
    ids: set[str] = set()
    for file in files:
        for row in load(file):
            ids.add(row.get("id") or row.get("article_id"))
    review = ROOT / "docs/accuracy/events-round5-sample.txt"
    ids |= {line.strip() for line in review.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    return ids


def political(article: dict, least: int) -> int:
    return len(POLITICAL.findall(article["text"])) >= least


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    wikinews = [a for a in load(WIKINEWS) if a["id"] not in used and political(a, 2) and len(a["text"]) < 4000]
    wcep = [a for a in load(WCEP) if a["id"] not in used and political(a, 1)]
    halves: dict[str, list[dict]] = {"tune": [], "check": [], "tune2": []}
    for pool in (wikinews, wcep):
        rng.shuffle(pool)
        drawn = pool[:30]
        rng.shuffle(drawn)
        halves["tune"] += drawn[:15]
        halves["check"] += drawn[15:]
        halves["tune2"] += pool[30:45]
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
