"""Writer of annotator d's part of the round-15 event gold (issue 13, round 25): ``gold/dealt.py``'s
``write_part`` for this round's folder: ``write(part, ann)``."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.append(str(HERE.parents[1]))  # gold/, last: gold/select.py shadows no stdlib module
from dealt import write_part  # noqa: E402


def write(part: str, ann: dict, annotator: str = "d") -> None:
    write_part(HERE, annotator, part, ann)
