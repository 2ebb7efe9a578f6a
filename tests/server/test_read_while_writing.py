"""`detente serve` keeps answering while a writer commits to the same database: the server
reads a snapshot and never locks the database file, and it switches to each snapshot the
writer publishes."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from datetime import date

import httpx

from detente.records import Article, CodedArticle, Sentence
from detente.store import open_store
from detente.store.snapshot import snapshot_path
from tests.server.live import running_server


def _article(i: int) -> CodedArticle:
    text = f"Russia and Ukraine held talks on day {i}."
    return CodedArticle(article=Article(id=f"new-{i}", text=text, date=date(2021, 6, 16)),
                        sentences=[Sentence(0, 0, len(text))])


def _articles(url: str) -> int:
    return httpx.get(url + "/api/stats", timeout=30).json()["articles"]


def test_serve_answers_while_another_process_writes_and_sees_each_commit(corpus_db, tmp_path):
    db = tmp_path / "news.duckdb"
    shutil.copy(corpus_db, db)
    with running_server(db) as url:
        assert snapshot_path(db).exists()
        before = _articles(url)
        # another process can take the write lock while the server runs
        code = "import duckdb, sys; duckdb.connect(sys.argv[1]).execute('CHECKPOINT')"
        subprocess.run([sys.executable, "-c", code, str(db)], check=True, timeout=60)
        with open_store(db) as store:  # the writer, holding the file for writing
            for k in range(3):
                store.write([_article(10 * k + j) for j in range(5)])
                assert store.publish_snapshot(force=True)
                deadline = time.time() + 10
                while _articles(url) != before + 5 * (k + 1):
                    assert time.time() < deadline, "the server did not switch to the new snapshot"
                    time.sleep(0.2)
                assert httpx.get(url + "/api/series", params={"source": "RUS"}).status_code == 200
        assert httpx.get(url + "/api/health").json()["version"] == 3
