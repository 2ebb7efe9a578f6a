"""Assemble the four annotators' redacted quote parts of the second BBC quote set into the halves
(``{tune,check}.jsonl``, the order of the articles files), print their agreement on the 8 items coded twice and
check every quote against its article (``gold/redacted.py``'s ``assemble_quotes_main``). Run from the repository
root after ``redact.py``: ``PYTHONPATH=src python gold/quotes/bbc6/assemble.py [OUT_DIR]``. Score: ``detente
evaluate quotes --speakers gold/quotes/bbc6 --no-baseline``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from redacted import assemble_quotes_main  # noqa: E402

if __name__ == "__main__":
    assemble_quotes_main(HERE, sys.argv[1:])
