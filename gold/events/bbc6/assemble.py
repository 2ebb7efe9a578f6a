"""Assemble round 19's four annotators' redacted parts into the gold halves, measure their agreement on the
8 items coded twice and restore every record from its article (the pattern of ``../bbc3/assemble.py``).
Run from the repository root after ``redact.py``: ``PYTHONPATH=src python gold/events/bbc6/assemble.py [OUT_DIR]``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from redacted import assemble_main  # noqa: E402

if __name__ == "__main__":
    assemble_main(HERE, sys.argv[1:])
