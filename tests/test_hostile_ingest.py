"""Hostile inputs end to end: after ``detente.ingest`` every input is an article row or a
rejection row naming its file (and line), never neither; valid neighbours are stored.

The same id with different text is decided so: within one run the first record is stored and
each later one with other text is rejected with a reason naming the first; in a later run a
changed text under a stored id is a revision that replaces the stored rows. A later success
of one record never deletes another record's rejection.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb

import detente
from detente.store import open_store

GOOD = "Russia and Ukraine agreed to hold talks in Geneva on Monday, officials said."


def _rows(db: Path) -> tuple[dict[str, str], dict[str, str]]:
    """``({origin: article id}, {origin: rejection reason})``."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        stored = dict(con.execute("SELECT origin, id FROM articles").fetchall())
        rejected = dict(con.execute("SELECT origin, reason FROM rejections").fetchall())
    finally:
        con.close()
    return stored, rejected


def test_same_id_with_different_text_is_rejected_and_the_rejection_survives(tmp_path):
    src = tmp_path / "news.jsonl"
    lines = [{"id": "dup", "text": GOOD}, {"id": "dup", "text": GOOD + " Kyiv confirmed it."},
             {"id": "dup", "text": GOOD}, {"id": "other", "text": "NATO warned Russia on Tuesday."}]
    src.write_text("".join(json.dumps(x) + "\n" for x in lines))
    db = tmp_path / "x.duckdb"
    report = detente.ingest_paths([src], db=db, chunk_size=2)
    stored, rejected = _rows(db)
    assert stored == {f"{src}:1": "dup", f"{src}:4": "other"}
    assert list(rejected) == [f"{src}:2"]
    assert rejected[f"{src}:2"] == (f"duplicate id 'dup' with different text in this run; the first "
                                    f"record with this id ({src}:1) is the one stored")
    assert report.unchanged == 1 and report.coded == 2 and report.exit_code == 3
    # a re-run of the same file codes nothing new and keeps the rejection
    detente.ingest_paths([src], db=db)
    assert _rows(db)[1] == rejected
    # in a later run, changed text under the stored id is a revision
    src.write_text(json.dumps({"id": "dup", "text": GOOD + " Talks were postponed."}) + "\n")
    detente.ingest_paths([src], db=db)
    with open_store(db, read_only=True) as store:
        (text,) = store.con.execute("SELECT text FROM articles WHERE id = 'dup'").fetchone()
    assert text.endswith("Talks were postponed.")


def test_hostile_folder_every_input_stored_or_rejected(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text(GOOD)
    with open(os.path.join(os.fsencode(src), b"caf\xe9.txt"), "w") as f:
        f.write("NATO warned Russia on Tuesday about troops near the border.")
    (src / "s.jsonl").write_text(
        '{"id": "a\\ud800", "text": "x"}\n'
        '{"id": "b", "url": "http://x/\\ud800", "source": "\\udc00Wire", "text": "' + GOOD + '"}\n'
        + "[" * 100_000 + "\n")
    (src / "empty.warc").write_bytes(b"")
    (src / ".hidden").write_text(GOOD)
    (src / "zh.txt").write_text("中国和俄罗斯同意在日内瓦举行会谈。")
    (src / "d.csv").write_text("id,date,text\nd1,2021-02-30,Talks.\n")
    os.symlink(src, src / "loop")
    db = tmp_path / "x.duckdb"
    report = detente.ingest_paths([src], db=db)
    stored, rejected = _rows(db)
    assert sorted(Path(o).name for o in stored) == ["caf\\xe9.txt", "ok.txt", "s.jsonl:2"]
    assert sorted(Path(o).name for o in rejected) == [".hidden", "d.csv:2", "empty.warc", "loop",
                                                      "s.jsonl:1", "s.jsonl:3", "zh.txt"]
    assert len(report.rejected) == len(rejected)
    with open_store(db, read_only=True) as store:
        assert store.con.execute("SELECT url, source FROM articles WHERE id = 'b'").fetchone() == (
            "http://x/\ufffd", "\ufffdWire")
