"""Lay out the quote gold on BBC politics articles (issue 14, round 26): the 80 articles of the event gold rounds 16
and 17 (``gold/events/bbc3/``, ``bbc4/``; read ``bbc3/draw.py``), with their halves: **tune** = both sets' tune halves,
**check** = both sets' check halves (40 + 40; no quote rule of round 26 is written from either half). Dealt to four
annotators a-d (``gold/dealt.deal``: annotator ``k`` takes items ``k, k+4, ...`` of each half, 10 + 10, and codes
blind the first item of each half of the next annotator's deal, d taking a's: 8 items coded twice).

Run once (``python gold/quotes/bbc/draw.py``); reads the two event sets' articles files only (ids, paths, digests).
The texts stay outside the repository, as there: ``{tune,check}.articles.jsonl`` name each file by its path
(relative to this folder) and SHA-256.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from drawlib import lay_out_from_sets  # noqa: E402

CORPUS = "../../../../shared/data/news_corpus/bbc_news_greene2006/politics"
SETS = ("../../events/bbc3", "../../events/bbc4")
ANNOTATORS = ("a", "b", "c", "d")
OVERLAP = 1


def main() -> None:
    lay_out_from_sets(HERE, CORPUS, SETS, ANNOTATORS, OVERLAP)


if __name__ == "__main__":
    main()
