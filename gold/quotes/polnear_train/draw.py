"""Draw tune and check parts of PolNeAR's TRAIN split (issue 14, round 20), before reading any.

PolNeAR v1.0.0 (https://github.com/networkdynamics/PolNeAR, commit c3eee833c035bf7b8c84f55b58c0bf7346cfae76)
ships a train split of 840 articles (919 annotation files) that ``evaluate quotes --gold
../shared/data/quotes/polnear_test/`` never scores: fresh tune material for the quotes stage. The
texts are the publishers' (NYT, WaPo, Politico, ...) and are NOT copied into the repository; this
script only records which articles form each part and builds the two folders from a PolNeAR
checkout.

Usage (from the repository root)::

    python gold/quotes/polnear_train/draw.py POLNEAR_DATA_TRAIN OUT

``POLNEAR_DATA_TRAIN`` is ``data/train`` of a PolNeAR checkout (``text/``, ``attributions/``).
The article names are sorted and a fixed seed draws 160 of them: the first 80 are the **tune**
part (their speaker errors are read and rules written from them), the other 80 the **check**
part (scored in aggregate only, at the start and at the end). ``{tune,check}.names`` beside this
script list them; ``OUT/{tune,check}/{text,attributions}`` is the layout ``evaluate quotes
--gold`` reads. Score the tune part with ``--whole`` (every article counted and its errors
listed: the evaluator's own dev/check split is for the test folder).
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261206
SIZE = 80


def draw(names: list[str]) -> dict[str, list[str]]:
    drawn = random.Random(SEED).sample(sorted(names), 2 * SIZE)
    return {"tune": sorted(drawn[:SIZE]), "check": sorted(drawn[SIZE:])}


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
