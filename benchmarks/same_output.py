"""Check that a change leaves detente's output untouched: code the founding article and the
sample corpus, write everything to one JSON file, and compare it with a saved baseline.

    python benchmarks/same_output.py --save /tmp/baseline.json   # before a change
    python benchmarks/same_output.py --against /tmp/baseline.json  # after it: exit 1 on a diff

What is compared (all through the installed ``detente`` CLI, run with this interpreter):

1. ``detente code tests/fixtures/geneva-summit-2021.txt --date 2021-06-16`` -- the JSON contract.
2. ``detente code --jsonl`` over the sample corpus -- one JSON contract object per article.
3. ``detente ingest`` of the same corpus into a fresh DuckDB file (one worker), then every
   row of every table, sorted; the columns that change from run to run (run ids, times,
   input paths) are left out, and the temporary folder in ``origin`` reads ``<tmp>/``.

``--subset N`` takes the first N lines of each sample file (default: the whole corpus,
2,271 articles). The subset is fixed by line order so two runs compare the same articles.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
FOUNDING = ROOT / "tests" / "fixtures" / "geneva-summit-2021.txt"
SAMPLES = (ROOT / "samples" / "wikinews_2019_2020" / "wikinews_2019_2020.jsonl",
           ROOT / "samples" / "wcep_2003_2025" / "wcep_2003_2025.jsonl")
VOLATILE = {"run_id", "started_at", "finished_at", "coded_at", "created_at", "applied_at", "inputs"}
TEMP = re.compile(r"/tmp/tmp[^/\"]+/")
"""The temporary folder in ``origin`` paths."""


def _cli(*args: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run([sys.executable, "-c", "from detente.cli import main; main()", *args],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    if done.returncode not in (0, 3):
        raise SystemExit(f"detente {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def _corpus(folder: Path, subset: int | None) -> Path:
    out = folder / "corpus.jsonl"
    with out.open("w", encoding="utf-8") as sink:
        for path in SAMPLES:
            with path.open(encoding="utf-8") as lines:
                for n, line in enumerate(lines):
                    if subset is not None and n >= subset:
                        break
                    sink.write(line)
    return out


def _tables(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    names = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                       "WHERE table_schema = 'main' ORDER BY table_name").fetchall()]
    out = {}
    for name in names:
        cols = [r[0] for r in con.execute(f"DESCRIBE {name}").fetchall() if r[0] not in VOLATILE]
        if not cols:
            continue
        rows = con.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall()
        out[name] = {"columns": cols,
                     "rows": sorted(json.dumps(list(r), default=str, ensure_ascii=False) for r in rows)}
    con.close()
    return out


def snapshot(subset: int | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = _corpus(folder, subset)
        founding = json.loads(_cli("code", str(FOUNDING), "--date", "2021-06-16"))
        coded = [json.loads(line) for line in _cli("code", "--jsonl", str(corpus)).splitlines() if line]
        db = folder / "same.duckdb"
        _cli("ingest", str(corpus), "--db", str(db), "--workers", "1", "--quiet")
        return {"subset": subset, "founding": founding, "corpus": coded, "tables": _tables(db)}


def _lines(snap: dict) -> list[str]:
    return json.dumps(snap, indent=1, sort_keys=True, ensure_ascii=False).splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="write the snapshot here")
    parser.add_argument("--against", type=Path, help="compare with this saved snapshot")
    parser.add_argument("--subset", type=int, default=None, help="first N lines of each sample file")
    parser.add_argument("--ignore", default="", help="columns to leave out of this comparison, comma-separated "
                        "(e.g. coder,data_versions when a data file changed on purpose)")
    args = parser.parse_args()
    if args.against and args.subset is None:
        args.subset = json.loads(args.against.read_text(encoding="utf-8")).get("subset")
    snap = snapshot(args.subset)
    if args.save:
        args.save.write_text(json.dumps(snap, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    if not args.against:
        return 0
    VOLATILE.update(c for c in args.ignore.split(",") if c)
    before = _normalise(json.loads(args.against.read_text(encoding="utf-8")))
    snap = _normalise(json.loads(json.dumps(snap, sort_keys=True, ensure_ascii=False)))
    if before == snap:
        print(f"identical: founding article, {len(snap['corpus'])} coded articles, "
              f"{sum(len(t['rows']) for t in snap['tables'].values())} stored rows")
        return 0
    for part, old, new in _parts(before, snap):
        if old != new:
            diff = difflib.unified_diff(_lines(old), _lines(new), "baseline", "now", lineterm="", n=1)
            print(f"== {part}\n" + "\n".join(list(diff)[:60]))
    print("DIFFERENT", file=sys.stderr)
    return 1


def _normalise(snap: dict) -> dict:
    """Leave out what differs between two runs of the same code (also in older baselines)."""
    for table in snap["tables"].values():
        keep = [i for i, c in enumerate(table["columns"]) if c not in VOLATILE]
        table["columns"] = [table["columns"][i] for i in keep]
        table["rows"] = sorted(TEMP.sub("<tmp>/", json.dumps([json.loads(r)[i] for i in keep],
                                                             ensure_ascii=False)) for r in table["rows"])
    return snap


def _parts(before: dict, now: dict):
    """(name, before, now) per founding article, coded article and table, to diff only those."""
    yield "founding", before["founding"], now["founding"]
    if len(before["corpus"]) != len(now["corpus"]):
        yield "corpus size", len(before["corpus"]), len(now["corpus"])
    for old, new in zip(before["corpus"], now["corpus"], strict=False):
        yield f"corpus {old.get('article', old).get('id')}", old, new
    for name in sorted(set(before["tables"]) | set(now["tables"])):
        yield f"table {name}", before["tables"].get(name), now["tables"].get(name)

if __name__ == "__main__":
    sys.exit(main())
