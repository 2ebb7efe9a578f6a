"""Assemble round 15's four annotators' parts into the gold halves and measure their agreement on the
4 items each coded twice (``gold/dealt.py`` says how). Run from the repository root after the parts are in:
``PYTHONPATH=src python gold/events/round15/assemble.py [OUT_DIR]`` (OUT_DIR: where the halves go; default
this folder)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[1]))  # last: gold/select.py shadows no stdlib module
from dealt import main  # noqa: E402

if __name__ == "__main__":
    main(HERE, sys.argv[1:])
