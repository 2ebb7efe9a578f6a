"""The CLI as a user meets it: output contract, exit codes, rejections, queries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
from click.testing import CliRunner
from tests.conftest import GENEVA

from detente.cli import main

CONTRACT_KEYS = {"article", "sentences", "mentions", "events", "quotes", "times", "places", "tone", "date_estimate"}


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_code_prints_the_json_contract_for_the_founding_article():
    res = run("code", str(GENEVA), "--date", "2021-06-16")
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert set(out) == CONTRACT_KEYS
    assert out["article"]["date"] == "2021-06-16" and out["article"]["date_source"] == "option"
    assert out["article"]["title"].startswith("US, Russia agree")
    assert len(out["sentences"]) > 30
    texts = {m["text"] for m in out["mentions"]}
    assert {"Joe Biden", "Geneva"} <= texts
    text = GENEVA.read_text().split("\n", 2)[2]
    for m in out["mentions"]:
        # offsets point into the article body (title excluded)
        assert text.lstrip("\n")[m["start"]:m["end"]] == m["text"]
    for key in ("mentions", "events", "quotes", "times", "places"):
        assert isinstance(out[key], list)


def test_code_jsonl_keeps_input_order_and_reports_bad_lines(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "b", "text": "Iran threatened Israel.", "date": "2020-01-05"}),
        "not json",
        json.dumps({"id": "a", "text": "Israel and Egypt held talks."}),
    ]) + "\n")
    res = run("code", "--jsonl", str(src))
    lines = [json.loads(line) for line in res.stdout.splitlines()]
    assert [x.get("article", {}).get("id") or x.get("rejected") for x in lines][0] == "b"
    assert "rejected" in lines[1] and lines[2]["article"]["id"] == "a"
    assert res.exit_code == 3


def test_code_reads_stdin():
    res = run("code", "-", "--date", "2020-02-02", input="Russia recalled its ambassador to Washington.")
    assert res.exit_code == 0
    assert json.loads(res.stdout)["article"]["date"] == "2020-02-02"


def test_bad_date_option_is_a_usage_error():
    res = CliRunner().invoke(main, ["code", str(GENEVA), "--date", "16/06/2021"])
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output


def test_ingest_bad_folder_exit_3_one_rejection_per_bad_input(bad_folder, tmp_path):
    # A real subprocess: the exit code and stderr summary are what a shell user sees.
    db = tmp_path / "x.duckdb"
    proc = subprocess.run([sys.executable, "-m", "detente.cli", "ingest", str(bad_folder), "--db", str(db),
                           "--quiet"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 3, proc.stderr
    assert "2 coded" in proc.stderr and "11 rejected" in proc.stderr
    con = duckdb.connect(str(db), read_only=True)
    origins = [Path(o).name for (o,) in con.execute("SELECT origin FROM rejections ORDER BY origin").fetchall()]
    assert len(origins) == len(set(origins)) == 11
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    con.close()
    again = subprocess.run([sys.executable, "-m", "detente.cli", "ingest", str(bad_folder), "--db", str(db),
                            "--quiet"], capture_output=True, text=True, timeout=300)
    assert again.returncode == 3 and "2 skipped as unchanged" in again.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM rejections").fetchone()[0] == 11
    con.close()


def test_ingest_with_nothing_codable_exits_1(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    res = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--quiet"])
    assert res.exit_code == 1


def test_an_empty_input_set_is_its_own_error(tmp_path):
    empty = tmp_path / "inbox"
    empty.mkdir()
    res = CliRunner().invoke(main, ["ingest", str(empty), "--db", str(tmp_path / "x.duckdb"), "--quiet"])
    assert res.exit_code == 4 and "no article found" in res.stderr
    (empty / "notes").mkdir()  # folders of folders of nothing, and no readable file
    (empty / "notes" / "readme.md.bak").write_text("")
    res = CliRunner().invoke(main, ["ingest", str(empty), "--db", str(tmp_path / "x.duckdb"), "--quiet"])
    assert res.exit_code in (1, 4), res.output  # an unsupported file is a rejection (exit 1)


def test_events_and_quotes_queries_in_every_format(tmp_path):
    db = tmp_path / "x.duckdb"
    assert run("ingest", str(GENEVA), "--db", str(db), "--quiet", "--date", "2021-06-16").exit_code == 0
    for cmd in ("events", "quotes"):
        for fmt in ("table", "csv", "json"):
            res = run(cmd, "--db", str(db), "--format", fmt)
            assert res.exit_code == 0, res.output
        rows = json.loads(run(cmd, "--db", str(db), "--format", "json").stdout)
        assert isinstance(rows, list)
    res = run("summary", "--db", str(db), "--format", "json")
    assert json.loads(res.stdout)["articles"] == 1


def test_query_on_missing_database_is_one_clear_error(tmp_path):
    res = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 1
    assert "does not exist" in res.output


def test_the_readme_example_codes_a_recall_by_russia():
    # README: echo "Russia recalled its ambassador to Washington." | detente code - --date 2021-03-20
    res = run("code", "-", "--date", "2021-03-20", input="Russia recalled its ambassador to Washington.\n")
    out = json.loads(res.stdout)
    (event,) = out["events"]
    assert (event["type"], event["cameo"], event["quad"]) == ("SANCTION", "161", 4)
    assert [p["country"] for p in event["source"]] == ["RUS"]
    assert event["trigger"] == "recalled its ambassador" and event["date"] == "2021-03-20"
    assert event["evidence"].startswith("Russia recalled its ambassador to Washington.")


def test_the_readme_example_has_washington_as_target():
    # "its ambassador" is Russia's own agent; the post it is recalled from ("to Washington")
    # names the target.
    res = run("code", "-", "--date", "2021-03-20", input="Russia recalled its ambassador to Washington.\n")
    (event,) = json.loads(res.stdout)["events"]
    assert [p["country"] for p in event["target"]] == ["USA"]
