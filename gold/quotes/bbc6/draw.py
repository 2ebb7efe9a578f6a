"""Lay out the third quote gold on BBC politics articles (issue 14, round 27): the 40 articles of the event gold round
19 (``gold/events/bbc6/``, drawn to measure round 27 and read by no rule writer), with its halves (tune 20, check 20).
No rule of round 27 is written from either half: the whole set measures the round's speaker rules on unseen
long-form news. Dealt to four annotators a-d as ``../bbc/draw.py`` deals (5 + 5 each, the first tune and check item
of the next annotator's deal coded blind). Run once (``python gold/quotes/bbc6/draw.py``); reads the event set's
articles files only (ids, paths, digests).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from drawlib import lay_out_from_sets  # noqa: E402

CORPUS = "../../../../shared/data/news_corpus/bbc_news_greene2006/politics"
SETS = ("../../events/bbc6",)
ANNOTATORS = ("a", "b", "c", "d")
OVERLAP = 1


def main() -> None:
    lay_out_from_sets(HERE, CORPUS, SETS, ANNOTATORS, OVERLAP)


if __name__ == "__main__":
    main()
