"""Draw the second BBC judged-rows set of issue 13 (round 21, branch e60) and split it before anyone
reads it (the pattern of ``../bbc/draw.py``: a new seed, and the 30 files of the first set left out).

Run once (``python gold/events/rows/bbc2/draw.py``). The BBC News dataset (Greene & Cunningham
2006) in ``../shared/data/news_corpus/bbc_news_greene2006/`` is for local evaluation only: its
text is never copied into this repository. This script reads FILE NAMES only: the 417 files of
``politics/`` less the 30 of ``../bbc/``, ordered by the SHA-1 of ``"13_2026_12_06_bbc2_e60:" + name``; going down that order, a
file goes to ``tune`` when the first byte of the SHA-1 of its name is even and to ``check`` when
odd, until each half holds 10. Writes ``{tune,check}.articles.jsonl``: per article its id
(``bbc-politics-NNN``), half, no date (the dataset has none), the file's path relative to this
folder and the SHA-256 of its bytes (checked when the rows are scored; an article whose file is
absent or different is skipped). ``detente evaluate rows`` reads the text from that path.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[2]))  # last: gold/select.py shadows no stdlib module
from drawlib import hash_halves, write_file_halves  # noqa: E402

CORPUS = "../../../../../shared/data/news_corpus/bbc_news_greene2006/politics"
SEED = "13_2026_12_06_bbc2_e60:"
PER_HALF = 10
FIRST_SET = ("../bbc/tune.articles.jsonl", "../bbc/check.articles.jsonl")


def main() -> None:
    folder = (HERE / CORPUS).resolve()
    used = {Path(json.loads(line)["path"]).name for part in FIRST_SET
            for line in (HERE / part).read_text(encoding="utf-8").splitlines() if line.strip()}
    names = sorted(p.name for p in folder.glob("*.txt") if p.name not in used)
    halves = hash_halves(names, SEED, PER_HALF)
    write_file_halves(HERE, CORPUS, halves, "bbc-politics-")


if __name__ == "__main__":
    main()
