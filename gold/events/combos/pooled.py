"""Pooled tune figures of one setting from the verifier trainer's cached rows (gold/events/combos/RULE.md).

usage (repository root, PYTHONPATH=src): python gold/events/combos/pooled.py ROWS.json [CUT ...]
ROWS.json is `python -m detente.events.verifier_train --cv --cache ROWS.json`'s cache, coded with the setting's
switches in the environment. Cut 0 (verifier off): the coded own-gold tune rows scored as the evaluator does.
Cut > 0: the v3 settings' grouped cross-validation (5 folds by article, 2 repeats), each held-back own row kept
when its fold model scores it at or above the cut; counts summed over the repeats and halved. Articles with no
row add their required triples to the denominator in both cases.
"""

import json
import sys
from pathlib import Path

from detente.events.verifier_train import Row, Settings, cross_validate


def main(argv: list[str]) -> None:
    data = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    rows, golds = [Row(**r) for r in data["rows"]], data["golds"]
    cuts = [float(c) for c in argv[1:]] or [0.16, 0.25]
    with_rows = {r.group for r in rows if r.source == "own"}
    rowless_required = sum(len(g["required"]) for k, g in golds.items() if k not in with_rows)
    results = cross_validate(rows, golds, Settings())
    for cut in (0.0, *cuts):
        c = results[cut]
        right, wrong, matched = c["tp_pred"] / 2, c["fp"] / 2, c["tp"] / 2
        required = (c["tp"] + c["fn"]) / 2 + rowless_required
        p = right / (right + wrong) if right + wrong else 0.0
        r = matched / required if required else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"cut {cut:.2f}: rows {right + wrong:g} right {right:g} matched {matched:g} required {required:g} "
              f"P {p:.4f} R {r:.4f} F1 {f:.4f}")


if __name__ == "__main__":
    main(sys.argv[1:])
