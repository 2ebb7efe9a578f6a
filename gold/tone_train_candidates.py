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
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tone_candidates import ROOT, draw  # noqa: E402

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
    skip_sentences, skip_articles = excluded()
    cands = draw(frozenset(skip_sentences), frozenset(skip_articles))
    random.Random(SEED).shuffle(cands)
    with (ROOT / "gold/tone/train.candidates.jsonl").open("w", encoding="utf-8") as fh:
        for row in cands:
            fh.write(json.dumps(row | {"half": "train"}, ensure_ascii=False) + "\n")
    print("train candidates", len(cands))


if __name__ == "__main__":
    main()
