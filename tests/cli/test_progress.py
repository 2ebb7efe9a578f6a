"""Progress of ``detente ingest`` from its first second, on a terminal or in a log."""

from __future__ import annotations

import io
import json
import time
from types import SimpleNamespace

from detente.cli.progress import IngestProgress, count_articles


def _report(coded: int, events: int):
    return SimpleNamespace(coded=coded, unchanged=0, rejected=[], events=events, quotes=0, run_id="r1")


def test_inputs_are_counted_when_cheap(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n' * 7)
    (tmp_path / "b.txt").write_text("Hello.")
    (tmp_path / "c.csv").write_text("id,text\n1,a\n2,b\n")
    assert count_articles([str(tmp_path)]) == 10
    (tmp_path / "d.jsonl.gz").write_bytes(b"")
    assert count_articles([str(tmp_path)]) is None


def test_plain_lines_in_a_log_say_what_is_loading_then_rate_events_and_eta(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n' * 100)
    out = io.StringIO()
    with IngestProgress([str(tmp_path)], interval=0.2, stream=out) as p:
        time.sleep(0.45)
        for _ in range(20):
            p.tick()
        time.sleep(1.2)
        for _ in range(20):
            p.tick()
        p.committed(_report(40, 12))
        time.sleep(0.3)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("detente: starting (0 s): loading the language model")
    last = lines[-1]
    assert "40/100 articles coded" in last and "/s" in last and "12 events" in last and "ETA" in last


def test_json_lines_with_log_progress():
    out = io.StringIO()
    with IngestProgress([], json_lines=True, interval=0.2, stream=out) as p:
        time.sleep(0.3)
        p.tick()
        p.committed(_report(1, 3))
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert rows[0]["kind"] == "start" and rows[0]["phase"] == "loading"
    assert any(r["kind"] == "progress" for r in rows)
    assert rows[-1]["kind"] == "commit" and rows[-1]["coded"] == 1 and rows[-1]["events"] == 3


def test_quiet_says_nothing():
    out = io.StringIO()
    with IngestProgress([], quiet=True, interval=0.1, stream=out):
        time.sleep(0.25)
    assert out.getvalue() == ""
