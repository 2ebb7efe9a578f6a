"""Choose the articles of detente's own gold sets and split them before anyone reads them.

Run once (``python gold/select.py``); the choice is fixed by the seed, and each article's half
(dev or held-out) is fixed by the parity of sha1(id), decided here before any annotation.
Articles are drawn from the bundled sample corpus (samples/), only among those that name a
political actor, so an exhaustive annotation has events to find.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIKINEWS = ROOT / "samples/wikinews_2019_2020/wikinews_2019_2020.jsonl"
WCEP = ROOT / "samples/wcep_2003_2025/wcep_2003_2025.jsonl"
POLITICAL = re.compile(
    r"\b(president|prime minister|minister|government|parliament|military|army|troops|police|"
    r"court|rebels?|militants?|protest\w*|sanction\w*|talks|summit|ambassador|embassy|"
    r"united nations|nato|european union|election|opposition|attack\w*|accus\w*|treaty)\b",
    re.I,
)


def half(article_id: str) -> str:
    return "dev" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def political(art: dict, least: int) -> bool:
    return len(POLITICAL.findall(art["text"])) >= least


def quotes_in(art: dict) -> int:
    return len(re.findall(r"[\"“]", art["text"])) // 2


def main() -> None:
    rng = random.Random(20261204)
    wikinews = load(WIKINEWS)
    wcep = load(WCEP)
    wn_pol = [a for a in wikinews if political(a, 3) and len(a["text"]) < 4000]
    rng.shuffle(wn_pol)
    events_wn = wn_pol[:24]
    wcep_pol = [a for a in wcep if political(a, 1)]
    rng.shuffle(wcep_pol)
    events_wcep = wcep_pol[:24]
    # Issue 13, 2026-12-04 late evening: 6 + 10 more of the same shuffled lists (the next ones),
    # kept in their own folder (gold/events/round2/) so the first set and its halves are unchanged.
    round2 = wn_pol[24:30] + wcep_pol[24:34]
    taken = {a["id"] for a in events_wn}
    quoted = [a for a in wikinews if a["id"] not in taken and quotes_in(a) >= 2
              and political(a, 2) and len(a["text"]) < 5000]
    rng.shuffle(quoted)
    # 24 drawn first; 12 more of the same shuffled list added in the third round of #14, 14 more in the fourth
    # (gold/quotes/NOTES.md): the first 24 and their halves are unchanged.
    quotes = quoted[:50]
    out = ROOT / "gold"
    sets = (("events", events_wn + events_wcep), ("events/round2", round2), ("quotes", quotes))
    for name, arts in sets:
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        for h in ("dev", "heldout"):
            rows = [
                {"id": a["id"], "half": h, "date": a["date"], "title": a.get("title"),
                 "text": a["text"]}
                for a in arts if half(a["id"]) == h
            ]
            path = folder / f"{h}.articles.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(path.relative_to(ROOT), len(rows))


if __name__ == "__main__":
    main()
