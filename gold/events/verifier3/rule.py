"""Apply the round-25 row verifier acceptance rule (``RULE.md``) to two report folders.

    python gold/events/verifier3/rule.py BEFORE_DIR AFTER_DIR

The folders hold the reports of ``measure.sh`` (or ``/work/scratch/evalall.sh`` + ``evalextra.sh``):
``own.txt``, ``roundN.txt``, ``plover.txt``, ``rows.txt``, ``ver.txt``, ``ver2.txt``, ``bbc.txt``, ``bbc2.txt``.
Prints every half's before/after counts and whether each of the rule's three parts holds.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

GOLD_SCORED = [("own", "heldout"), ("round2", "heldout")] + [
    (f"round{n}", "check") for n in (3, 4, 5, 6, 8, 9, 10, 11, 12, 13)]
JUDGED = [("rows", "check"), ("rows", "check2"), ("rows", "check3"), ("ver", "check"), ("ver2", "check"),
          ("ver2", "check2"), ("ver2", "check3"), ("bbc", "check"), ("bbc2", "check")]


def metrics(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"- (\w+): ([-\d.]+)$", line)
        if m:
            out[m.group(1)] = float(m.group(2))
    return out


def own_half(folder: Path, name: str, half: str) -> tuple[int, int, int]:
    """rows, right rows, matched required triples of an own-evaluator half."""
    m = metrics(folder / f"{name}.txt")
    rows = int(m.get(f"{half}_full_rows", 0))
    return rows, round(m.get(f"{half}_full_precision", 0) * rows), \
        round(m.get(f"{half}_full_recall", 0) * m.get(f"{half}_required", 0))


def plover_heldout(folder: Path) -> tuple[int, int, int]:
    """rows (tp + fp), right (tp), matched (tp) of the PLOVER held-out type table."""
    text = (folder / "plover.txt").read_text(encoding="utf-8")
    table = text.split("## PLOVER event types, heldout half", 1)[1].split("\n## ", 1)[0]
    tp = fp = 0
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 7 and cells[4].isdigit():
            tp += int(cells[4])
            fp += int(cells[5])
    return tp + fp, tp, tp


def judged_half(folder: Path, name: str, half: str) -> tuple[int, int]:
    """judged rows matched and right (full) of a judged half."""
    m = metrics(folder / f"{name}.txt")
    return int(m.get(f"{half}_judged_matched", 0)), int(m.get(f"{half}_full_right", 0))


def main(before: Path, after: Path) -> bool:
    print("| gold-scored half | rows | right | matched | before P | after P |")
    print("|---|---|---|---|---|---|")
    sums = {"b": [0, 0, 0], "a": [0, 0, 0]}
    worst = 0
    for name, half in [*GOLD_SCORED, ("plover", "heldout")]:
        b = plover_heldout(before) if name == "plover" else own_half(before, name, half)
        a = plover_heldout(after) if name == "plover" else own_half(after, name, half)
        for k, v in (("b", b), ("a", a)):
            sums[k] = [x + y for x, y in zip(sums[k], v, strict=True)]
        worst = min(worst, a[2] - b[2])
        p = [f"{x[1] / x[0]:.3f}" if x[0] else "-" for x in (b, a)]
        print(f"| {name} {half} | {b[0]} -> {a[0]} | {b[1]} -> {a[1]} | {b[2]} -> {a[2]} | {p[0]} | {p[1]} |")
    (rb, pb, mb), (ra, pa, ma) = sums["b"], sums["a"]
    print(f"| **sum** | {rb} -> {ra} | {pb} -> {pa} | {mb} -> {ma} | {pb / rb:.3f} | {pa / ra:.3f} |")
    print("\n| judged check half | matched | right | wrong |\n|---|---|---|---|")
    right_lost = wrong_lost = 0
    for name, half in JUDGED:
        (nb, rb_), (na, ra_) = judged_half(before, name, half), judged_half(after, name, half)
        right_lost += rb_ - ra_
        wrong_lost += (nb - rb_) - (na - ra_)
        print(f"| {name} {half} | {nb} -> {na} | {rb_} -> {ra_} | {nb - rb_} -> {na - ra_} |")
    rule1 = pa / ra > pb / rb
    rule2 = ma >= mb - 1 and worst >= -1
    rule3 = right_lost <= wrong_lost
    print(f"\n1. pooled precision rises: {pb / rb:.4f} -> {pa / ra:.4f}: {'yes' if rule1 else 'NO'}")
    print(f"2. matched triples fall at most 1 in all ({mb} -> {ma}) and 1 per half (worst {worst}): "
          f"{'yes' if rule2 else 'NO'}")
    print(f"3. judged check halves: right rows dropped {right_lost} <= wrong rows dropped {wrong_lost}: "
          f"{'yes' if rule3 else 'NO'} (strict count: {right_lost} right rows lost)")
    ok = rule1 and rule2 and rule3
    print(f"verdict: {'ON' if ok else 'OFF'}")
    return ok


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
