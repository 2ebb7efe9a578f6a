"""Assemble round 16's four annotators' redacted parts (``redact.py`` writes them into ``parts/``)
into the gold halves and measure their agreement on the 8 items coded twice (``gold/dealt.py`` says
how; the agreement compares countries and types, which redaction leaves as they are). Then every
record of the halves gets its words back from its article (``detente.evaluate.redaction``, as
``evaluate events`` restores them), which checks that each span lies in the article the record
belongs to. Run from the repository root after ``redact.py``:
``PYTHONPATH=src python gold/events/bbc3/assemble.py [OUT_DIR]`` (OUT_DIR: where the halves go;
default this folder)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from redacted import assemble_main  # noqa: E402

if __name__ == "__main__":
    assemble_main(HERE, sys.argv[1:])
