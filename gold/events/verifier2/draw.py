"""Draw the second judged set of the events row verifier (issue 13 item 5, round 23, branch v2).

Run once (``python gold/events/verifier2/draw.py``). The pool is every item of the bundled
Wikipedia Current Events Portal sample (``samples/wcep_2003_2025``) with at least one political
word (``drawlib.POLITICAL``) whose id no file under ``gold/`` names (every ``*.jsonl``, ``*.md``,
``*.txt`` and ``*.py`` file: events dev, held-out, tune, check and judged-row halves, quotes,
stories, and the tone evaluation halves ``dev`` / ``heldout``) and that the round-5 precision
review did not read. The tone TRAINING files (``gold/tone/train*.jsonl``) are not excluded: they
hold sentence tone labels, no event, and name 1,582 of the 1,978 items (the round-15 set
``gold/events/verifier/`` was drawn from them; its ids are excluded here). The pool is sorted by id and shuffled with a
fixed seed before anyone read it; the first ``TUNE`` items are ``tune.articles.jsonl`` (rows
judged to train the verifier) and the next ``CHECK`` are ``check.articles.jsonl`` (rows judged
once the model and its threshold are fixed, then only aggregates read), each line id, half,
date, title, text. A second pool, drawn after the first was judged to reach 200 rows (the
first gave 130 + 39): the bundled Wikinews sample's articles (``samples/wikinews_2019_2020``)
that pass the same exclusions, sorted by id and shuffled with the seed; the first ``TUNE2`` are
``tune2.articles.jsonl``, the next ``CHECK2`` ``check2.articles.jsonl`` (they proved
non-political: 2 rows). A third pool, drawn after that for the same reason: the items of the
first pool's source with NO political word (rules fire on them too: realistic rows), sorted by
id and shuffled with the seed; the first ``TUNE3`` are ``tune3.articles.jsonl``, the rest
``check3.articles.jsonl``. Rows detente writes on them are judged by ``gold/events/rows/FORMAT.md`` into
``tune.jsonl`` and ``check.jsonl``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2]))  # last: gold/select.py shadows no stdlib module
from drawlib import GOLD, WCEP, WIKINEWS, load, political_words, review_ids, write_half, written_ids  # noqa: E402

SEED = "13_2026_12_06_round23_v2"
TUNE = 240
CHECK = 90
TUNE2 = 6
CHECK2 = 4
TUNE3 = 130


def taken() -> set[str]:
    here = Path(__file__).resolve().parent
    files = [f for ext in ("jsonl", "md", "txt", "py") for f in sorted(GOLD.rglob(f"*.{ext}"))
             if f.parent.resolve() != here and not (f.parent.name == "tone" and f.name.startswith("train"))
             and "round11" not in f.parts]  # drawn in parallel: its items leave the halves below
    return written_ids(files) | review_ids()


def round11() -> set[str]:
    """Ids of the exhaustive round-11 gold (``gold/events/round11/``), drawn in parallel with this set
    in round 23: at the merge those items stay with round 11 and leave this set (13 items)."""
    folder = GOLD / "events" / "round11"
    return written_ids(sorted(folder.glob("*.articles.jsonl"))) if folder.is_dir() else set()


def main() -> None:
    used = taken()
    later = round11()
    pool = sorted((a for a in load(WCEP) if a["id"] not in used and political_words(a) >= 1),
                  key=lambda a: a["id"])
    random.Random(SEED).shuffle(pool)
    here = Path(__file__).resolve().parent
    for half, rows in (("tune", pool[:TUNE]), ("check", pool[TUNE:TUNE + CHECK])):
        write_half(here / f"{half}.articles.jsonl", half, [a for a in rows if a["id"] not in later], by_id=False)
        print(f"pool {len(pool)} ({len(used)} ids taken), {half} {len(rows)}")
    news = sorted((a for a in load(WIKINEWS) if a["id"] not in used), key=lambda a: a["id"])
    random.Random(SEED).shuffle(news)
    for half, rows in (("tune2", news[:TUNE2]), ("check2", news[TUNE2:TUNE2 + CHECK2])):
        write_half(here / f"{half}.articles.jsonl", half, [a for a in rows if a["id"] not in later], by_id=False)
        print(f"pool {len(news)}, {half} {len(rows)}")
    quiet = sorted((a for a in load(WCEP) if a["id"] not in used and political_words(a) == 0),
                   key=lambda a: a["id"])
    random.Random(SEED).shuffle(quiet)
    for half, rows in (("tune3", quiet[:TUNE3]), ("check3", quiet[TUNE3:])):
        write_half(here / f"{half}.articles.jsonl", half, [a for a in rows if a["id"] not in later], by_id=False)
        print(f"pool {len(quiet)}, {half} {len(rows)}")


if __name__ == "__main__":
    main()
