"""Writer of annotator a's part (and any annotator's) of the round-15 event gold (issue 13, round 25): ``gold/dealt.py``'s
``write_part`` for this round's folder: ``write(annotator, part, ann)``."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.append(str(HERE.parents[1]))  # gold/, last: gold/select.py shadows no stdlib module
from dealt import write_part  # noqa: E402


def write(annotator: str, part: str, ann: dict) -> None:
    write_part(HERE, annotator, part, ann)
