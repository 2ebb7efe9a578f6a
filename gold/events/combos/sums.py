"""Per-half and summed check / held-out figures of one `run.sh check` report folder, and the acceptance rule
of gold/events/combos/RULE.md when a second folder (main's setting) is given.

usage: python gold/events/combos/sums.py DIR [MAIN_DIR]
       python gold/events/combos/sums.py --tune DIR   (the tune / dev halves' sums only)
"""

import re
import sys
from pathlib import Path

HALVES = [("own", "heldout"), ("round2", "heldout")]
# `evaluate events --gold gold/events/` reads the subfolders' dev / heldout files too, so the own halves
# already hold round2's: round2 is shown on its own line but left out of every sum (IN_OWN)
IN_OWN = {"round2 heldout", "round2 dev"}
HALVES = HALVES + [(f"round{n}", "check") for n in (3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14)]


def _keys(text: str) -> dict[str, float]:
    return {k: float(v) for k, v in re.findall(r"^- (\w+): ([\d.]+)$", text, re.M)}


def halves(folder: Path) -> dict[str, tuple[int, int, int, int]]:
    """Per half: rows, right rows, matched required triples, required triples."""
    out = {}
    for name, half in HALVES:
        k = _keys((folder / f"{name}.txt").read_text(encoding="utf-8"))
        rows, req = int(k[f"{half}_full_rows"]), int(k[f"{half}_required"])
        out[f"{name} {half}"] = (rows, round(k[f"{half}_full_precision"] * rows),
                                 round(k[f"{half}_full_recall"] * req), req)
    text = (folder / "plover.txt").read_text(encoding="utf-8")
    table = text.split("## PLOVER event types, heldout half", 1)[1].split("\n## ", 1)[0]
    tp = fp = fn = 0
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 7 and cells[4].isdigit():
            tp, fp, fn = tp + int(cells[4]), fp + int(cells[5]), fn + int(cells[6])
    out["PLOVER heldout"] = (tp + fp, tp, tp, tp + fn)
    return out


TUNE = [("own", "dev")] + [(f"round{n}", "tune") for n in (3, 4, 5, 6, 8, 9, 10, 11, 12, 13)]


def tune_sums(folder: Path) -> str:
    rows = right = matched = req = 0
    for name, half in TUNE:
        k = _keys((folder / f"{name}.txt").read_text(encoding="utf-8"))
        n, r = int(k[f"{half}_full_rows"]), int(k[f"{half}_required"])
        rows, req = rows + n, req + r
        right, matched = right + round(k[f"{half}_full_precision"] * n), matched + round(k[f"{half}_full_recall"] * r)
    p, r = right / rows, matched / req
    return f"tune halves (evaluator): rows {rows} right {right} matched {matched} required {req} " \
           f"P {p:.4f} R {r:.4f} F1 {2 * p * r / (p + r):.4f}"


def summed(h: dict) -> tuple[int, int, int, int]:
    return tuple(sum(v[i] for k, v in h.items() if k not in IN_OWN) for i in range(4))


def main(argv: list[str]) -> None:
    if argv[0] == "--tune":
        print(tune_sums(Path(argv[1])))
        return
    a = halves(Path(argv[0]))
    b = halves(Path(argv[1])) if len(argv) > 1 else None
    print("(the SUM leaves out round2, which the own halves already hold)")
    print("| half | rows | right | matched | required | P | R |" + (" main matched |" if b else ""))
    print("|---|---|---|---|---|---|---|" + ("---|" if b else ""))
    for name, (rows, right, matched, req) in [*a.items(), ("SUM", summed(a))]:
        extra = f" {b[name][2] if name in b else summed(b)[2]} |" if b else ""
        print(f"| {name} | {rows} | {right} | {matched} | {req} | {right / rows if rows else 0:.3f} | "
              f"{matched / req if req else 0:.3f} |{extra}")
    if b:
        ra, rb = summed(a), summed(b)
        pa, pb = ra[1] / ra[0], rb[1] / rb[0]
        c_a = ra[2] >= rb[2]
        c_b = pa >= pb - 0.005
        worst = min(a[n][2] - b[n][2] for n in a)
        c_c = worst >= -1
        print(f"\n(a) summed matched {rb[2]} -> {ra[2]}: {'pass' if c_a else 'FAIL'}")
        print(f"(b) summed precision {pb:.4f} -> {pa:.4f}: {'pass' if c_b else 'FAIL'}")
        print(f"(c) largest loss of matched triples on one half {-worst if worst < 0 else 0}: {'pass' if c_c else 'FAIL'}")
        print("check part of the rule: " + ("PASS" if c_a and c_b and c_c else "FAIL"))


if __name__ == "__main__":
    main(sys.argv[1:])
