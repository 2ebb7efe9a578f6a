"""Draw round 19's exhaustive event gold on BBC politics articles (issue 13, round 27): a fourth set of 40 in the
pattern of ``../bbc3/draw.py`` (read its docstring), drawn after rounds 16-18 were annotated and before anyone
read these, with a new seed, the 120 files of ``../bbc3/``, ``../bbc4/`` and ``../bbc5/`` left out with those of the judged-rows
sets. No rule of round 27 is written from either half: with ``../bbc5/`` it measures the round.

Run once (``python gold/events/bbc6/draw.py``); reads file names and sizes only (``drawlib.draw_files_dealt``).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from drawlib import draw_files_dealt  # noqa: E402

CORPUS = "../../../../shared/data/news_corpus/bbc_news_greene2006/politics"
SEED = "19_2026_12_07_bbc6:"
PER_HALF = 20
MAX_BYTES = 4000
TAKEN = ("../rows/bbc", "../rows/bbc2", "../bbc3", "../bbc4", "../bbc5")
ANNOTATORS = ("a", "b", "c", "d")
OVERLAP = 1


def main() -> None:
    draw_files_dealt(HERE, CORPUS, SEED, PER_HALF, MAX_BYTES, TAKEN, ANNOTATORS, OVERLAP, "bbc-politics-")


if __name__ == "__main__":
    main()
