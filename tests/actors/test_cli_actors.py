"""``detente code --actors FILE``: the user's actor file reaches the resolver, and a broken
file fails with one clear line naming the file and the entry."""

from __future__ import annotations

import json

from click.testing import CliRunner

from detente.cli import main
from tests.actors.conftest import USER_FILE


def test_code_with_user_actors_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Ana Verde met the Harbour Watch team at the Moncloa.\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["code", str(article), "--date", "2016-01-01",
                                    "--actors", str(USER_FILE)])
    assert res.exit_code == 0, res.output
    mentions = json.loads(res.stdout)["mentions"]
    got = {m["text"]: (m["actor"] or {}).get("code") for m in mentions}
    assert got["Ana Verde"] == "ESPGOV"
    assert got["Harbour Watch"] == "HBWNGO"
    assert got["the Moncloa"] == "ESPGOV"


def test_code_with_a_broken_actors_file_names_it(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Nothing here.\n", encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n- {id: p, name: P, gender: q}\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["code", str(article), "--actors", str(bad)])
    assert res.exit_code != 0
    assert f"{bad}: people[0] (id p): gender must be m or f" in (res.output + str(res.exception))
