"""End to end: ingest the founding article into a real DuckDB file, then list Putin's quotes."""

from __future__ import annotations

import json

from click.testing import CliRunner

from detente.cli import main
from tests.conftest import GENEVA


def test_quotes_speaker_putin_lists_his_quotes_with_date_and_title(db_path):
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", str(GENEVA), "--db", str(db_path), "--quiet",
                               "--date", "2021-06-16"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["quotes", "--db", str(db_path), "--speaker", "Putin",
                               "--format", "json"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    contents = [r["content"] for r in rows]
    # direct quotes introduced by "He said" and reported speech of Putin, none of Biden's
    assert "hard to say" in contents and "glimpse of hope" in contents
    assert any(c.startswith("Navalny had ignored the law") for c in contents)
    assert not any(c.startswith("The last thing Putin wants") for c in contents)
    assert all(str(r["article_date"]).startswith("2021-06-16") for r in rows)
    assert all(r["article_title"].startswith("US, Russia agree") for r in rows)
    table = runner.invoke(main, ["quotes", "--db", str(db_path), "--speaker", "Putin"])
    assert table.exit_code == 0 and "hard to say" in table.output
