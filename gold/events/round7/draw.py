"""Draw the round-19 tune/check articles of issue 13 from two news sources no rule was written on, and
split them before anyone reads them.

Run once: ``python gold/events/round7/draw.py --out DIR``. Sources (``../shared/data``, see their SOURCE.md):

- LGL, the Local-Global Lexicon corpus (``geoparsing/lgl.xml``: 588 local US news articles crawled March 2009;
  per article ``title``, ``dltime`` (ISO timestamp: the date) and ``text``);
- the TempEval-3 platinum articles (``temporal/te3_platinum/*.tml``: 20 AP/CNN/WSJ/BBC/NYT articles of March
  2013; the date is the DCT's TIMEX3 ``value``, the text the ``TEXT`` element with its inline tags removed).

The article texts are copyright their publishers (SOURCE.md: only the annotations are licensed), so nothing of
them is committed: the script writes ``{tune,check}.articles.jsonl`` (id, half, date, title, text, as
``gold/select.py`` writes) to ``--out``, outside the repository. Re-running it draws the same articles.

Kept: articles holding >= 2 political words (the word list of ``gold/events/rows/draw.py``, imported) and
shorter than 4,000 characters (as ``rows/draw.py`` keeps Wikinews). By a fixed seed, every kept TE3 article
and the LGL articles up to 60 in all are drawn; each source's drawn list is shuffled and split in halves
(tune gets the extra one of an odd count): ``tune`` (rows judged, rules written on them) and ``check``
(coded before and after, judged only at the end).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rows"))
from draw import POLITICAL, ROOT  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
LGL = DATA / "geoparsing" / "lgl.xml"
TE3 = DATA / "temporal" / "te3_platinum"
SEED = "13_2026_12_06_e55"
SIZE = 60
MAX_CHARS = 4000
TAG = re.compile(r"<[^>]+>")


def lgl() -> list[dict]:
    articles = []
    for node in ET.parse(LGL).getroot().iter("article"):
        text = (node.findtext("text") or "").strip()
        date = (node.findtext("dltime") or "")[:10]
        articles.append({"id": f"lgl-{node.get('docid')}", "date": date,
                         "title": (node.findtext("title") or "").strip(), "text": text})
    return articles


def te3() -> list[dict]:
    articles = []
    for path in sorted(TE3.glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        dct = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]+)\"", raw)
        title = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.S)
        body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        text = TAG.sub("", body.group(1) if body else "").strip()
        articles.append({"id": f"te3-{path.stem}", "date": dct.group(1)[:10] if dct else "",
                         "title": TAG.sub("", title.group(1)).strip() if title else "", "text": text})
    return articles


def kept(article: dict) -> bool:
    return len(POLITICAL.findall(article["text"])) >= 2 and len(article["text"]) < MAX_CHARS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path, help="directory outside the repository")
    out = parser.parse_args().out
    rng = random.Random(SEED)
    pools = {"te3": [a for a in te3() if kept(a)], "lgl": [a for a in lgl() if kept(a)]}
    print("kept: te3", len(pools["te3"]), "lgl", len(pools["lgl"]))
    halves: dict[str, list[dict]] = {"tune": [], "check": []}
    for name in ("te3", "lgl"):
        pool = sorted(pools[name], key=lambda a: a["id"])
        rng.shuffle(pool)
        drawn = pool[: SIZE - sum(len(h) for h in halves.values())]
        rng.shuffle(drawn)
        cut = (len(drawn) + 1) // 2
        halves["tune"] += drawn[:cut]
        halves["check"] += drawn[cut:]
        print("drawn", name, len(drawn))
    out.mkdir(parents=True, exist_ok=True)
    for half, articles in halves.items():
        path = out / f"{half}.articles.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for a in sorted(articles, key=lambda a: a["id"]):
                row = {"id": a["id"], "half": half, "date": a["date"], "title": a["title"], "text": a["text"]}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(path, len(articles))


if __name__ == "__main__":
    main()
