"""Draw the BBC judged-rows set of issue 13 (round 20) and split it before anyone reads it.

Run once (``python gold/events/rows/bbc/draw.py``). The BBC News dataset (Greene & Cunningham
2006) in ``../shared/data/news_corpus/bbc_news_greene2006/`` is for local evaluation only: its
text is never copied into this repository. This script reads FILE NAMES only: the 417 files of
``politics/``, ordered by the SHA-1 of ``"13_2026_12_06_bbc:" + name``; going down that order, a
file goes to ``tune`` when the first byte of the SHA-1 of its name is even and to ``check`` when
odd, until each half holds 15. Writes ``{tune,check}.articles.jsonl``: per article its id
(``bbc-politics-NNN``), half, no date (the dataset has none), the file's path relative to this
folder and the SHA-256 of its bytes (checked when the rows are scored; an article whose file is
absent or different is skipped). ``detente evaluate rows`` reads the text from that path.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[2]))  # last: gold/select.py shadows no stdlib module
from drawlib import hash_halves, write_file_halves  # noqa: E402

CORPUS = "../../../../../shared/data/news_corpus/bbc_news_greene2006/politics"
SEED = "13_2026_12_06_bbc:"
PER_HALF = 15


def main() -> None:
    folder = (HERE / CORPUS).resolve()
    names = sorted(p.name for p in folder.glob("*.txt"))
    halves = hash_halves(names, SEED, PER_HALF)
    write_file_halves(HERE, CORPUS, halves, "bbc-politics-")


if __name__ == "__main__":
    main()
