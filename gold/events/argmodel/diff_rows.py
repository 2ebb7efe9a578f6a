"""The rows the argument model changes: every set coded with the model off and on, and the rows
one run writes that the other does not (issue 13 item 5, round 24, branch j1).

Usage, from the repository root (``detente``'s ``src`` on ``PYTHONPATH``)::

    DETENTE_ARGUMENT_MODEL=off python gold/events/argmodel/diff_rows.py dump OUT/off.jsonl
    DETENTE_ARGUMENT_MODEL=0.7 python gold/events/argmodel/diff_rows.py dump OUT/on.jsonl
    python gold/events/argmodel/diff_rows.py diff OUT/off.jsonl OUT/on.jsonl OUT/differ.jsonl
    python gold/events/argmodel/diff_rows.py blind OUT/differ.jsonl OUT/blind.jsonl   # shuffled, run hidden
    python gold/events/argmodel/diff_rows.py tally OUT/differ.jsonl gold/events/argmodel/judged.jsonl
    python gold/events/argmodel/diff_rows.py sets OUT/off.jsonl OUT/on.jsonl gold/events/argmodel/judged.jsonl

``dump`` writes one line per set and half with its evaluator's counts (``"kind": "score"``) and one
line per non-negated row (``"kind": "row"``: set, half, article id, sentence, offsets, type, sides,
rule), rows unique by the key of ``gold/events/rows/FORMAT.md`` (``evaluate.rows.row_key``). Sets:
the judged folders (``gold/events/rows/``, ``verifier/``, ``verifier2/``, ``rows/bbc/``,
``rows/bbc2/``, every half, coded as ``evaluate rows`` codes them), the article gold
(``gold/events/`` own, ``round2``..``round11``, founding, coded as ``evaluate events --gold DIR``
does) and the PLOVER records (coded one record an article, no date, as ``evaluate events --gold
PLOVER_GSR_CAMEO.json`` does). The dumps hold BBC text: write them outside the repository.

``diff`` keeps the rows of one dump only (``"run": "off"|"on"``); ``blind`` writes them shuffled
(seed ``argmodel-j1``) without the run and the rule (the rule names ``~argmodel``), each with an
opaque ``n``; ``tally`` joins the verdicts of ``judged.jsonl`` (by ``n``) back to the runs and prints
the sums per set and half; ``sets`` scores each judged set's halves, off and on, as ``evaluate rows``
would once ``judged.jsonl``'s lines were appended to the set's files (an earlier judgement of a row
is kept, as ``evaluate.rows.read_judged`` keeps a key's first line).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

SH = Path("../shared/data")
JUDGED = ("gold/events/rows", "gold/events/verifier", "gold/events/verifier2", "gold/events/rows/bbc",
          "gold/events/rows/bbc2")
ARTICLE_GOLD = ("gold/events", *(f"gold/events/round{n}" for n in range(2, 14)),  # round12-13 added at the round-24 merge
                "tests/fixtures/geneva-gold/founding.jsonl")
PLOVER = SH / "events" / "PLOVER_GSR_CAMEO.json"
CHECK_PREFIXES = ("check", "heldout")


def _side(side) -> list[dict]:
    return [{"text": p.text, "country": p.country, "sector": p.sector} for p in side]


def _row(set_name: str, half: str, article_id: str, event) -> dict:
    from detente.evaluate.rows import row_key

    key = row_key(article_id, event)
    return {"kind": "row", "set": set_name, "half": half, "id": article_id, "sentence": event.evidence,
            "start": event.trigger_start, "end": event.trigger_end, "trigger": event.trigger,
            "type": event.type, "source": _side(event.source), "target": _side(event.target),
            "rule": event.rule, "mode": event.mode, "key": [*key[:4], list(key[4]), list(key[5])]}


def _rows(set_name: str, half: str, article_id: str, events, seen: set) -> list[dict]:
    from detente.evaluate.rows import row_key

    out = []
    for event in events:
        if event.negated:
            continue
        key = (set_name, half, row_key(article_id, event))
        if key not in seen:
            seen.add(key)
            out.append(_row(set_name, half, article_id, event))
    return out


def dump_judged(folder: str, out: list[dict]) -> None:
    from detente.evaluate import rows as ev

    for half in ev.folder_halves(Path(folder)):
        articles = ev.read_articles(Path(folder), half)
        if not articles:
            continue
        coded = ev.code_half(articles)
        tally = ev.tally_half(coded, ev.read_judged(Path(folder) / f"{half}.jsonl"))
        out.append({"kind": "score", "set": folder, "half": half, "rows": tally.rows, "matched": tally.matched,
                    "right": tally.right["full"], "new": len(tally.new)})
        seen: set = set()
        for article_id, events in coded:
            out += _rows(folder, half, article_id, events, seen)


def _gold_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return [p for p in (path / f"{h}.jsonl" for h in ("dev", "heldout", "tune", "check")) if p.exists()]


def dump_article_gold(path: str, out: list[dict]) -> None:
    from detente.evaluate import articles as ev

    for file in _gold_files(Path(path)):
        golds = ev.read_gold(file)
        coded = ev.code_gold(golds)
        tallies: dict[str, ev.Tally] = {}
        seen: set = set()
        for gold, events in zip(golds, coded, strict=True):
            tally = tallies.setdefault(gold.half, ev.Tally())
            ev.score_article(gold, ev.row_triples(events), tally)
            out += _rows(path, gold.half, gold.id, events, seen)
        for half, tally in sorted(tallies.items()):
            out.append({"kind": "score", "set": path, "half": half, "right_pred": tally.full["tp_pred"],
                        "wrong_pred": tally.full["fp"], "found": tally.full["tp"], "missed": tally.full["fn"],
                        "target_with": tally.target_present["with"],
                        "target_without": tally.target_present["without"]})


def dump_plover(out: list[dict]) -> None:
    from detente.evaluate import events as ev

    records = ev.read_plover(PLOVER)
    coded = ev.code_with_actors([r.text for r in records], on=None)
    tallies = {"dev": ev.Tally(), "heldout": ev.Tally()}
    seen: set = set()
    for record, (found, actors) in zip(records, coded, strict=True):
        ev.score_record(record, found, tallies[record.half], actors)
        out += _rows("PLOVER", record.half, record.id, found, seen)
    for half, tally in tallies.items():
        total = Counter()
        for counts in tally.per_type.values():
            total.update(counts)
        out.append({"kind": "score", "set": "PLOVER", "half": half, "tp": total["tp"], "fp": total["fp"],
                    "fn": total["fn"], "target_right": tally.target["right"], "target_wrong": tally.target["wrong"],
                    "source_right": tally.source["right"]})


def dump(path: str) -> None:
    out: list[dict] = []
    for folder in JUDGED:
        dump_judged(folder, out)
    for gold in ARTICLE_GOLD:
        dump_article_gold(gold, out)
    dump_plover(out)
    Path(path).write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in out), encoding="utf-8")


def _read(path: str) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def _ident(row: dict) -> str:
    return json.dumps([row["set"], row["half"], row["key"]], ensure_ascii=False)


def diff(off_path: str, on_path: str, out_path: str) -> None:
    runs = {"off": _read(off_path), "on": _read(on_path)}
    keys = {run: {_ident(r) for r in rows if r["kind"] == "row"} for run, rows in runs.items()}
    out = []
    for run, other in (("off", "on"), ("on", "off")):
        for row in runs[run]:
            if row["kind"] == "row" and _ident(row) not in keys[other]:
                n = hashlib.sha1(f"{run}|{_ident(row)}".encode()).hexdigest()[:10]
                out.append({**row, "run": run, "n": n})
    Path(out_path).write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in out), encoding="utf-8")
    scores = {run: {(r["set"], r["half"]): r for r in rows if r["kind"] == "score"} for run, rows in runs.items()}
    for key in scores["off"]:
        a, b = scores["off"][key], scores["on"].get(key)
        changed = {k: (a[k], b[k]) for k in a if k not in ("kind", "set", "half") and b and a[k] != b[k]}
        print(*key, "unchanged" if not changed else changed)
    print(len(out), "differing rows:", Counter((r["set"], r["half"], r["run"]) for r in out))


def blind(differ_path: str, out_path: str) -> None:
    rows = _read(differ_path)
    random.Random("argmodel-j1").shuffle(rows)
    hidden = ("run", "rule", "key", "kind")
    out = [{k: v for k, v in r.items() if k not in hidden} for r in rows]
    Path(out_path).write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in out), encoding="utf-8")


def _right(line: dict) -> bool:
    verdict = line.get("verdict") or {}
    return all(verdict.get(p) for p in ("type", "source", "target"))


def tally(differ_path: str, judged_path: str) -> None:
    runs = {r["n"]: r for r in _read(differ_path)}
    sums: dict[tuple, Counter] = defaultdict(Counter)
    for line in _read(judged_path):
        row = runs[line["n"]]
        group = (row["set"], row["half"])
        checkish = row["half"].startswith(CHECK_PREFIXES) or row["set"].endswith("founding.jsonl")
        for key in (group, ("ALL", "all"), ("ALL", "check+heldout" if checkish else "tune+dev")):
            sums[key][f"{row['run']}_rows"] += 1
            sums[key][f"{row['run']}_right"] += _right(line)
            sums[key][f"{row['run']}_words"] += bool((line.get("verdict") or {}).get("words"))
    print("set | half | off rows | off right | on rows | on right | words right off/on")
    for (s, h), c in sorted(sums.items()):
        print(f"{s} | {h} | {c['off_rows']} | {c['off_right']} | {c['on_rows']} | {c['on_right']} | "
              f"{c['off_words']}/{c['on_words']}")


def sets(off_path: str, on_path: str, judged_path: str) -> None:
    from detente.evaluate.rows import PARTS, hashed_key, judged_key, read_judged

    mine = _read(judged_path)
    print("set | half | off right/matched (new) | on right/matched (new)")
    for folder in JUDGED:
        for half_file in sorted(Path(folder).glob("*.articles.jsonl")):
            half = half_file.name.removesuffix(".articles.jsonl")
            judged = read_judged(Path(folder) / f"{half}.jsonl")
            for line in mine:
                if line["set"] == folder and line["half"] == half:
                    judged.setdefault(judged_key(line), line)
            cells = []
            for path in (off_path, on_path):
                matched = right = new = 0
                for row in _read(path):
                    if row["kind"] != "row" or row["set"] != folder or row["half"] != half:
                        continue
                    key = (*row["key"][:4], tuple(row["key"][4]), tuple(row["key"][5]))
                    line = judged.get(key) or judged.get(hashed_key(key))
                    if not line or not line.get("verdict"):
                        new += 1
                        continue
                    matched += 1
                    right += all((line["verdict"] or {}).get(p) for p in PARTS)
                cells.append(f"{right}/{matched} = {right / matched:.3f} ({new})" if matched else "-")
            print(folder, "|", half, "|", " | ".join(cells))


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"dump": dump, "diff": diff, "blind": blind, "tally": tally, "sets": sets}[command](*args)
