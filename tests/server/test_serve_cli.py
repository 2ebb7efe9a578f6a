"""`detente serve` as a user runs it: a subprocess on a loopback port, stopped by its pid."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from detente.cli import main
from tests.server.live import free_port

DETENTE = Path(sys.executable).with_name("detente")


def test_serve_refuses_a_missing_database(tmp_path):
    res = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 1 and "does not exist" in res.stderr


def test_serve_answers_on_loopback(corpus_db):
    port = free_port()
    proc = subprocess.Popen([str(DETENTE), "serve", "--db", str(corpus_db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline, stats = time.time() + 60, None
        while stats is None and time.time() < deadline and proc.poll() is None:
            try:
                stats = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).json()
            except httpx.HTTPError:
                time.sleep(0.3)
        assert stats is not None, proc.stderr.read().decode() if proc.poll() is not None else "no answer"
        assert stats["default_dyad"] == {"source": "RUS", "target": "USA"}
        assert "<title>detente" in httpx.get(f"http://127.0.0.1:{port}/", timeout=5).text
    finally:
        proc.terminate()
        proc.wait(timeout=15)
