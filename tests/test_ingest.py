"""Ingest runs are resumable and exact: a run killed with SIGKILL mid-way and started again
stores every article exactly once, and the killed run is recorded as interrupted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import psutil

from detente.store import open_store

ROOT = Path(__file__).resolve().parents[1]
WCEP = ROOT / "samples" / "wcep_2003_2025" / "wcep_2003_2025.jsonl"
DETENTE = Path(sys.executable).with_name("detente")


def _sample(path: Path, n: int) -> Path:
    lines = WCEP.read_text(encoding="utf-8").splitlines()[:n]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def as_in_a_terminal() -> None:
    """``preexec_fn`` for a command the test interrupts: Ctrl-C acts as it does in a terminal.
    A shell starts a background job (``cmd &`` with no job control) with SIGINT ignored and a
    child inherits the ignore, so a suite run that way would see every Ctrl-C dropped."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _ingest_cmd(src: Path, db: Path, workers: int) -> list[str]:
    return [str(DETENTE), "ingest", str(src), "--db", str(db), "--workers", str(workers),
            "--commit-every", "20", "--log-progress", "--quiet"]


def _kill_after(cmd: list[str], committed: int) -> int:
    """Start ``cmd``, SIGKILL it once ``committed`` articles are committed; return that count."""
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    seen = 0
    for line in proc.stderr:
        if line.startswith("{"):
            seen = json.loads(line)["coded"]
            if seen >= committed:
                children = psutil.Process(proc.pid).children(recursive=True)
                os.kill(proc.pid, signal.SIGKILL)
                break
    assert proc.wait(timeout=30) == -signal.SIGKILL, "the run ended before it could be killed"
    proc.stderr.close()
    _, alive = psutil.wait_procs(children, timeout=20)
    for p in alive:  # pool workers must notice their parent died; clean up, then fail
        p.kill()
    assert not alive, f"pool workers outlived the killed parent: {alive}"
    return seen


def test_sigkill_mid_run_then_rerun_stores_every_article_exactly_once(tmp_path):
    # A real `detente ingest` with 2 worker processes over 200 articles, committing every 20,
    # is killed (SIGKILL, no cleanup) after >= 40 are committed; the re-run (one process)
    # skips what was committed, codes the rest, and the database holds each article once.
    src, db = _sample(tmp_path / "news.jsonl", 200), tmp_path / "news.duckdb"
    committed = _kill_after(_ingest_cmd(src, db, workers=2), committed=40)
    rerun = subprocess.run(_ingest_cmd(src, db, workers=1), capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(db, read_only=True) as store:
        runs = store.query("SELECT status, n_coded, n_unchanged FROM runs ORDER BY started_at")
        one = store.query("SELECT count(*) AS n, count(DISTINCT id) AS ids FROM articles")[0]
        sentences = store.query("SELECT count(*) AS n, count(DISTINCT (article_id, idx)) AS k "
                                "FROM sentences")[0]
        counts = store.counts()
    assert [r["status"] for r in runs] == ["interrupted", "finished"]
    assert runs[1]["n_unchanged"] >= committed and runs[1]["n_unchanged"] % 20 == 0
    assert runs[1]["n_unchanged"] + runs[1]["n_coded"] == 200
    assert one == {"n": 200, "ids": 200}
    assert sentences["n"] == sentences["k"] > 200
    assert counts["story_signatures"] == 200 and counts["rejections"] == 0


def test_rerun_of_a_finished_run_changes_nothing(tmp_path):
    # Idempotence in-process: a second ingest of the same file codes nothing and the rows
    # (timestamps and run ids aside) are the same.
    from detente.ingest import ingest_paths

    src, db = _sample(tmp_path / "news.jsonl", 40), tmp_path / "again.duckdb"
    first = ingest_paths([src], db=db, workers=1)
    before = _rows(db)
    second = ingest_paths([src], db=db, workers=1)
    assert (first.coded, second.coded, second.unchanged) == (40, 0, 40)
    assert _rows(db) == before


def _rows(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    for table in ("articles", "sentences", "mentions", "events", "story_signatures"):
        cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()
                if r[0] not in ("run_id", "coded_at")]
        out[table] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()))
    con.close()
    return out


def test_ctrl_c_with_one_worker_stops_cleanly_and_the_rerun_completes(tmp_path):
    # Ctrl-C (SIGINT) often lands while DuckDB runs a query (it then raises its own
    # "Query interrupted"): the run must end as interrupted with exit 130 and one line,
    # leave a readable database and let a re-run finish.
    src, db = _sample(tmp_path / "news.jsonl", 120), tmp_path / "news.duckdb"
    proc = subprocess.Popen(_ingest_cmd(src, db, workers=1), stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True, preexec_fn=as_in_a_terminal)
    for line in proc.stderr:
        if line.startswith("{") and json.loads(line)["coded"] >= 20:
            os.kill(proc.pid, signal.SIGINT)
            break
    rest = proc.stderr.read()
    assert proc.wait(timeout=60) == 130, rest
    assert "detente: interrupted" in rest and "Traceback" not in rest
    rerun = subprocess.run(_ingest_cmd(src, db, workers=1), capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(db, read_only=True) as store:
        runs = store.query("SELECT status, n_coded, n_unchanged FROM runs ORDER BY started_at")
        one = store.query("SELECT count(*) AS n, count(DISTINCT id) AS ids FROM articles")[0]
    assert [r["status"] for r in runs] == ["interrupted", "finished"]
    assert runs[1]["n_unchanged"] + runs[1]["n_coded"] == 120 and runs[1]["n_unchanged"] >= 20
    assert one == {"n": 120, "ids": 120}
