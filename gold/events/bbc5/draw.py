"""Draw round 18's exhaustive event gold on BBC politics articles (issue 13, round 26): a third set of 40 in the
pattern of ``../bbc3/draw.py`` (read its docstring), drawn after rounds 16 and 17 were annotated and before anyone
read these, with a new seed, the 80 files of ``../bbc3/`` and ``../bbc4/`` left out with those of the judged-rows
sets. No rule of round 26 is written from either half: the whole set measures the round.

Run once (``python gold/events/bbc5/draw.py``); reads file names and sizes only (``drawlib.draw_files_dealt``).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from drawlib import draw_files_dealt  # noqa: E402

CORPUS = "../../../../shared/data/news_corpus/bbc_news_greene2006/politics"
SEED = "18_2026_12_06_bbc5:"
PER_HALF = 20
MAX_BYTES = 4000
TAKEN = ("../rows/bbc", "../rows/bbc2", "../bbc3", "../bbc4")
ANNOTATORS = ("a", "b", "c", "d")
OVERLAP = 1


def main() -> None:
    draw_files_dealt(HERE, CORPUS, SEED, PER_HALF, MAX_BYTES, TAKEN, ANNOTATORS, OVERLAP, "bbc-politics-")


if __name__ == "__main__":
    main()
