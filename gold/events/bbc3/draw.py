"""Draw round 16's exhaustive event gold on BBC politics articles (issue 13, round 26) and split and deal
it before anyone reads it.

Run once (``python gold/events/bbc3/draw.py``). The BBC News dataset (Greene & Cunningham 2006) in
``../shared/data/news_corpus/bbc_news_greene2006/`` is for local evaluation only: its text is never
copied into this repository (the committed records keep character offsets and hashed words, see
``NOTES.md``). This script reads FILE NAMES and SIZES only: the files of ``politics/`` under
``MAX_BYTES`` bytes, less the 50 of the judged-rows sets ``../rows/bbc/`` and ``../rows/bbc2/``, ordered
by the SHA-1 of ``SEED + name``; going down that order a file goes to ``tune`` when the first byte of
the SHA-1 of its name is even and to ``check`` when odd, until each half holds ``PER_HALF``
(``drawlib.draw_files_dealt``: the judged sets' split). Writes ``{tune,check}.articles.jsonl`` (id
``bbc-politics-NNN``, half, no date -- the dataset has none --, the path relative to this folder and
the SHA-256 of the file) and ``deal.json``: four annotators a-d, annotator ``k`` takes items ``k, k+4,
...`` of each half (5 + 5) and codes, blind, the first item of each half of the next annotator's deal
(d takes a's): 8 items coded twice (``gold/dealt.deal``).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from drawlib import draw_files_dealt  # noqa: E402

CORPUS = "../../../../shared/data/news_corpus/bbc_news_greene2006/politics"
SEED = "16_2026_12_06_bbc3:"
PER_HALF = 20
MAX_BYTES = 4000
TAKEN = ("../rows/bbc", "../rows/bbc2")
ANNOTATORS = ("a", "b", "c", "d")
OVERLAP = 1


def main() -> None:
    draw_files_dealt(HERE, CORPUS, SEED, PER_HALF, MAX_BYTES, TAKEN, ANNOTATORS, OVERLAP, "bbc-politics-")


if __name__ == "__main__":
    main()
