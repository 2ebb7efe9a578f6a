"""Draw the second batch of tone *training* candidates (gold/tone/train2.jsonl).

The first batch (``tone_train_candidates.py``) took every sentence the selection finds in the
bundled sample corpus outside the evaluation halves' articles: that pool is exhausted (a draw
today finds no new sentence). This batch applies the **same selection** (``tone_candidates``'s
name table; sentences of 40-400 characters naming at least two different countries, country
adjectives or international organisations; the same sentence split) to the three news corpora of
the shared data folder (``../shared/data/geoparsing``: TR-News, 118 world-news articles of
2015-2016; GeoWebNews, 200 web news articles; LGL, 588 local US news articles of 2009). Their
texts are copyright their publishers, so the repository keeps **references only**: corpus file,
article id, character offsets and the sentence's sha1; ``detente.tone.train`` reads the text
from the shared folder. Sentences equal to a candidate of the evaluation halves or of the first
batch are left out. Shuffled with its own seed; labelled in file order.
Run once: ``python gold/tone_train2_candidates.py [--text FILE]`` (``--text`` also writes the
sentences, for the annotator, to a file outside the repository).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tone_candidates import ROOT, names  # noqa: E402

SEED = 20261206
SHARED = ROOT.parent / "shared" / "data"
CORPORA = ("geoparsing/TR-News.xml", "geoparsing/GeoWebNews_GWN.xml", "geoparsing/lgl.xml")
BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def articles(corpus: str) -> Iterator[tuple[str, str, str]]:
    """(article id, date, text) of each article of one corpus file, in file order."""
    for art in ET.parse(SHARED / corpus).getroot().iter("article"):
        art_id = art.get("docid") or art.get("file") or ""
        date = (art.findtext("dltime") or "").strip()[:10]
        date = date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else ""
        yield art_id, date, art.findtext("text") or ""


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of the stripped pieces of ``text`` between the selection's sentence boundaries."""
    start = 0
    for cut in [m for m in BOUNDARY.finditer(text)] + [None]:
        end = cut.start() if cut else len(text)
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        yield start + lead, start + lead + len(piece.strip())
        start = cut.end() if cut else len(text)


def sha1(sentence: str) -> str:
    return hashlib.sha1(sentence.encode("utf-8")).hexdigest()


def draw(skip: set[str]) -> list[dict]:
    """Candidates of the three corpora by the first batch's selection, each sentence once."""
    table = names()
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")\b")
    seen, cands = set(skip), []
    for corpus in CORPORA:
        for art_id, date, text in articles(corpus):
            for start, end in sentences(text):
                sent = text[start:end]
                codes = {table[m] for m in pattern.findall(sent)}
                if len(codes) >= 2 and 40 <= len(sent) <= 400 and sent not in seen:
                    seen.add(sent)
                    cands.append({"source": corpus, "article_id": art_id, "date": date,
                                  "start": start, "end": end, "sha1": sha1(sent)})
    return cands


def resolve(row: dict) -> str:
    """The sentence a reference row points to (its sha1 checked)."""
    text = {a: t for a, _, t in articles(row["source"])}[row["article_id"]]
    sent = text[row["start"]:row["end"]]
    if sha1(sent) != row["sha1"]:
        raise ValueError(f"{row['source']} {row['article_id']}: the text at {row['start']} changed")
    return sent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", type=Path, help="also write the sentences here (not in the repository)")
    args = parser.parse_args()
    skip = set()
    for name in ("dev", "heldout", "train"):
        for line in (ROOT / f"gold/tone/{name}.candidates.jsonl").open(encoding="utf-8"):
            skip.add(json.loads(line)["sentence"])
    cands = draw(skip)
    random.Random(SEED).shuffle(cands)
    with (ROOT / "gold/tone/train2.candidates.jsonl").open("w", encoding="utf-8") as fh:
        for row in cands:
            fh.write(json.dumps(row | {"half": "train2"}, ensure_ascii=False) + "\n")
    if args.text:
        cache: dict[tuple[str, str], str] = {}
        for corpus in CORPORA:
            cache.update({(corpus, a): t for a, _, t in articles(corpus)})
        with args.text.open("w", encoding="utf-8") as fh:
            for i, row in enumerate(cands):
                sent = cache[row["source"], row["article_id"]][row["start"]:row["end"]]
                fh.write(f"{i}\t{' / '.join(sent.splitlines())}\n")
    print("train2 candidates", len(cands))


if __name__ == "__main__":
    main()
