"""Redact the four annotators' quote parts of the third BBC quote set (issue 14, round 27; the pattern of
``gold/events/bbc3/redact.py``): each quote keeps its offsets, speaker, kind, country and sector; its words
(``text[start:end]``) are dropped and the speaker's words become offsets (``gold/redacted.py``'s
``redact_quote``). Run from the repository root: ``PYTHONPATH=src python gold/quotes/bbc6/redact.py
[LOCAL_PARTS_DIR]`` (default ``/work/scratch/bbcq6/work/parts``, where the annotators wrote them)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from redacted import redact_main  # noqa: E402

LOCAL = Path("/work/scratch/bbcq6/work/parts")

if __name__ == "__main__":
    redact_main(HERE, LOCAL, sys.argv[1:], key="quotes")
