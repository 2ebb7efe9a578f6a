"""Draw the exhaustive recall set of issue 13, round 8, and split it before anyone reads it.

Run once (``python gold/events/round3/draw.py``). 48 articles of the bundled sample corpus that
no gold set holds: every article id in any ``*.jsonl`` under ``gold/`` (events dev/heldout and
round2, the judged-rows draws ``gold/events/rows/*``, ``gold/quotes/**``, ``gold/tone/*``) is
left out, and so are the 103 articles of the round-5 precision review
(``docs/accuracy/events-round5-sample.txt``). 8 Wikinews articles (>= 1 political word,
< 4,000 characters) and 40 Current Events items (>= 1 political word), shuffled with a fixed
seed; each kind is split in halves by the same seed into ``tune`` (tuned on) and ``check``
(aggregates read only). Writes ``{tune,check}.articles.jsonl`` (id, half, date, title, text);
the annotations are ``{tune,check}.jsonl`` in the events gold format (``gold/FORMAT.md``).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
WIKINEWS = ROOT / "samples/wikinews_2019_2020/wikinews_2019_2020.jsonl"
WCEP = ROOT / "samples/wcep_2003_2025/wcep_2003_2025.jsonl"
SEED = 13_2026_08
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
    """Ids of every article in any gold file and of the round-5 review sample."""
    here = Path(__file__).resolve().parent
    ids: set[str] = set()
    for file in (ROOT / "gold").rglob("*.jsonl"):
        if file.parent.resolve() == here:
            continue
        for row in load(file):
            if isinstance(row, dict):
                ids |= {row[k] for k in ("id", "article_id") if row.get(k)}
    review = ROOT / "docs/accuracy/events-round5-sample.txt"
    ids |= {line.strip() for line in review.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    return ids


def political(article: dict) -> bool:
    return POLITICAL.search(article["text"]) is not None


def main() -> None:
    rng = random.Random(SEED)
    used = used_ids()
    wikinews = [a for a in load(WIKINEWS) if a["id"] not in used and political(a) and len(a["text"]) < 4000]
    wcep = [a for a in load(WCEP) if a["id"] not in used and political(a)]
    halves: dict[str, list[dict]] = {"tune": [], "check": []}
    for pool, size in ((wikinews, 8), (wcep, 40)):
        rng.shuffle(pool)
        drawn = pool[:size]
        halves["tune"] += drawn[: size // 2]
        halves["check"] += drawn[size // 2:]
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
