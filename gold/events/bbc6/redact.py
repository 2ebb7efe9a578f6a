"""Redact round 19's annotators' parts for the repository (the pattern of ``../bbc3/redact.py``: read its
docstring). Run from the repository root: ``PYTHONPATH=src python gold/events/bbc6/redact.py [LOCAL_PARTS_DIR]``
(default ``/work/scratch/bbc6/work/parts``)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from redacted import redact_main  # noqa: E402

LOCAL = Path("/work/scratch/bbc6/work/parts")

if __name__ == "__main__":
    redact_main(HERE, LOCAL, sys.argv[1:])
