"""1,000 generated malformed inputs through the readers and a real ingest: no crash, every
input accounted for (an article row or a rejection row naming it), valid neighbours stored.

The corpus (tests/readers/malformed.py) is seeded, so a failure reproduces; the whole test
runs in well under two minutes on one core.
"""

from __future__ import annotations

import duckdb

import detente
from detente.readers import read_inputs
from detente.records import Article
from tests.readers.malformed import build
from tests.readers.test_hostile import accounted


def test_malformed_corpus_no_crash_all_accounted_neighbours_kept(tmp_path):
    corpus = build(tmp_path / "in", n_inputs=1000)
    records = list(read_inputs([corpus.folder]))
    accounted(corpus.folder, records)
    read_ids = {r.id for r in records if isinstance(r, Article)}
    assert set(corpus.neighbours) <= read_ids

    db = tmp_path / "x.duckdb"
    report = detente.ingest_paths([corpus.folder], db=db)
    con = duckdb.connect(str(db), read_only=True)
    stored = dict(con.execute("SELECT origin, id FROM articles").fetchall())
    rejected = {o for (o,) in con.execute("SELECT origin FROM rejections").fetchall()}
    con.close()
    unaccounted = [r.origin for r in records if r.origin not in stored and r.origin not in rejected]
    # identical copies (same id, same text) are stored once and counted as unchanged
    assert len(unaccounted) == report.unchanged, unaccounted[:10]
    assert set(corpus.neighbours) <= set(stored.values())
    assert report.coded + report.unchanged + len(report.rejected) >= corpus.files
