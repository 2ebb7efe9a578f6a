"""Draw the candidate sentences of the tone *training* set (gold/tone/train.jsonl).

Same selection as ``gold/tone_candidates.py`` (sentences of the bundled sample corpus naming at
least two different countries, country adjectives or international organisations, 40-400
characters), minus every sentence *and every article* that has a candidate in the dev or
held-out half (``gold/tone/{dev,heldout}.candidates.jsonl``), so that no article lends text to
both the training data and an evaluation half. Shuffled with its own seed; labelled in file
order. Run once: ``python gold/tone_train_candidates.py``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tone_candidates import ROOT, SAMPLES, names  # noqa: E402

SEED = 20261205


def excluded() -> tuple[set[str], set[str]]:
    """Sentences and article ids of both evaluation halves' candidates."""
    sentences, articles = set(), set()
    for half in ("dev", "heldout"):
        for line in (ROOT / f"gold/tone/{half}.candidates.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            sentences.add(row["sentence"])
            articles.add(row["article_id"])
    return sentences, articles


def main() -> None:
    table = names()
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")\b")
    skip_sentences, skip_articles = excluded()
    seen, cands = set(skip_sentences), []
    for path in SAMPLES:
        for line in path.open(encoding="utf-8"):
            art = json.loads(line)
            if art["id"] in skip_articles:
                continue
            for sent in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", art["text"]):
                sent = sent.strip()
                codes = {table[m] for m in pattern.findall(sent)}
                if len(codes) >= 2 and 40 <= len(sent) <= 400 and sent not in seen:
                    seen.add(sent)
                    cands.append({"article_id": art["id"], "date": art["date"], "sentence": sent})
    random.Random(SEED).shuffle(cands)
    with (ROOT / "gold/tone/train.candidates.jsonl").open("w", encoding="utf-8") as fh:
        for row in cands:
            fh.write(json.dumps(row | {"half": "train"}, ensure_ascii=False) + "\n")
    print("train candidates", len(cands))


if __name__ == "__main__":
    main()
