"""Choose the articles of detente's own gold sets and split them before anyone reads them.

Run once (``python gold/select.py``); the choice is fixed by the seed, and each article's half
(dev or held-out) is fixed by the parity of sha1(id), decided here before any annotation.
Articles are drawn from the bundled sample corpus (samples/), only among those that name a
political actor, so an exhaustive annotation has events to find.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent))  # last: gold/select.py shadows no stdlib module
from drawlib import (  # noqa: E402  (WIKINEWS, WCEP, POLITICAL, load, quotes_in: for other scripts)
    POLITICAL,
    ROOT,
    WCEP,
    WIKINEWS,
    load,
    political_words,
    quotes_in,
    sha1_parity,
    write_half,
)

__all__ = ["POLITICAL", "ROOT", "WCEP", "WIKINEWS", "half", "load", "main", "political", "quotes_in"]


def half(article_id: str) -> str:
    return "dev" if sha1_parity(article_id) == 0 else "heldout"


def political(art: dict, least: int) -> bool:
    return political_words(art) >= least


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
            path = folder / f"{h}.articles.jsonl"
            rows = write_half(path, h, [a for a in arts if half(a["id"]) == h], by_id=False)
            print(path.relative_to(ROOT), len(rows))


if __name__ == "__main__":
    main()
