"""Draw a second pair of tune and check parts of PolNeAR's TRAIN split (issue 14, round 24,
branch q49), before reading any of them.

Round 20 (``draw.py``) drew 160 of the train split's 840 articles; this script draws 160 more
from the 680 left (a fixed seed over the sorted remaining names): the first 80 are **tune2**
(counted to find classes of errors and write rules from), the other 80 **check2** (scored in
aggregate only, at the branch point and at the end). ``{tune2,check2}.names`` beside this
script list them. As with ``draw.py``, the publishers' texts are not copied into the
repository; ``OUT/{tune2,check2}/{text,attributions}`` is built from a PolNeAR checkout.

Usage (from the repository root)::

    python gold/quotes/polnear_train/draw2.py POLNEAR_DATA_TRAIN OUT
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 24_2026_12_06
SIZE = 80


def used() -> set[str]:
    """The names round 20 drew (``tune.names``, ``check.names``)."""
    return {n for part in ("tune", "check")
            for n in (HERE / f"{part}.names").read_text(encoding="utf-8").split()}


def draw(names: list[str]) -> dict[str, list[str]]:
    left = sorted(set(names) - used())
    drawn = random.Random(SEED).sample(left, 2 * SIZE)
    return {"tune2": sorted(drawn[:SIZE]), "check2": sorted(drawn[SIZE:])}


def main(train: Path, out: Path | None) -> None:
    names = [p.stem for p in (train / "text").glob("*.txt")]
    for part, chosen in draw(names).items():
        (HERE / f"{part}.names").write_text("".join(n + "\n" for n in chosen), encoding="utf-8")
        if out is None:
            continue
        for sub in ("text", "attributions"):
            (out / part / sub).mkdir(parents=True, exist_ok=True)
        for name in chosen:
            shutil.copy(train / "text" / f"{name}.txt", out / part / "text")
            for ann in (train / "attributions").glob(f"{name}_*.ann"):
                shutil.copy(ann, out / part / "attributions")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
