"""Engines change where the stages run, never what they produce: the process pool and Dask
give the same coded articles, in input order, and the same database rows as one process."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pytest

from detente.engines import EngineStats, run_ordered
from detente.engines.stream import code_stream
from detente.ingest import ingest_paths
from detente.readers import read_inputs

ROOT = Path(__file__).resolve().parents[2]
WCEP = ROOT / "samples" / "wcep_2003_2025" / "wcep_2003_2025.jsonl"
WIKINEWS = ROOT / "samples" / "wikinews_2019_2020" / "wikinews_2019_2020.jsonl"
VOLATILE = {"run_id", "coded_at", "created_at"}
BATCH = 8


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory) -> Path:
    """40 short WCEP summaries and 2 long Wikinews articles: with nlp.pipe batches of 8 the
    engines cut them into 3 chunks of 16, 16 and 10 articles."""
    path = tmp_path_factory.mktemp("engines") / "mixed.jsonl"
    short = WCEP.read_text(encoding="utf-8").splitlines()[:40]
    long = WIKINEWS.read_text(encoding="utf-8").splitlines()[:2]
    path.write_text("\n".join(short[:20] + long + short[20:]) + "\n", encoding="utf-8")
    return path


def table_rows(db: Path) -> dict[str, list[str]]:
    """Every row of every coded table, without run ids and timestamps, sorted."""
    con = duckdb.connect(str(db), read_only=True)
    tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() "
                                        "WHERE table_name NOT IN ('runs', 'schema_version')").fetchall()]
    out = {}
    for table in sorted(tables):
        cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in VOLATILE]
        out[table] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()))
    con.close()
    return out


def test_process_pool_matches_one_process_in_order(sample_file):
    # Two worker processes code the same articles as this process does, in input order, and
    # report per-stage seconds (spaCy under "nlp") and their peak memory.
    articles = list(read_inputs([sample_file]))
    serial = [c.to_dict() for c in code_stream(articles, workers=1, batch_size=BATCH)]
    stats = EngineStats()
    pooled = [c.to_dict() for c in code_stream(articles, workers=2, batch_size=BATCH, stats=stats)]
    assert [c["article"]["id"] for c in pooled] == [a.id for a in articles]
    assert pooled == serial
    assert len(stats.peak_rss) == 2 and all(0 < rss < 1024**3 for rss in stats.peak_rss.values())
    assert {"nlp", "actors", "events", "quotes", "dates", "places"} <= set(stats.timings)
    assert stats.chunks == 3


def test_dask_engine_writes_identical_rows_to_local_engine(sample_file, tmp_path):
    # The same input through the local engine (1 process) and a Dask LocalCluster of 2 workers
    # lands as identical rows in every table, story ids and dedup signatures included.
    local, dask = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    a = ingest_paths([sample_file], db=local, engine="local", workers=1, batch_size=BATCH)
    b = ingest_paths([sample_file], db=dask, engine="dask", workers=2, batch_size=BATCH)
    assert a.coded == b.coded == 42
    rows_local, rows_dask = table_rows(local), table_rows(dask)
    assert len(rows_local["articles"]) == 42 and len(rows_local["sentences"]) > 100
    assert rows_local == rows_dask


def test_run_ordered_keeps_order_and_bounds_work_in_flight():
    # Chunks finishing out of order (later ones faster) still come back in input order; never
    # more than `in_flight` chunks run at once, and input is pulled at most `window` chunks
    # ahead of what has been yielded.
    pulled, running, peak = [], [0], [0]
    lock = threading.Lock()

    def chunks():
        for i in range(12):
            pulled.append(i)
            yield [i]

    def work(chunk):
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.02 * (12 - chunk[0]) / 12)
        with lock:
            running[0] -= 1
        return chunk

    with ThreadPoolExecutor(max_workers=4) as pool:
        out = []
        for result in run_ordered(chunks(), lambda c: pool.submit(work, c), lambda f: f.result(),
                                  in_flight=3, window=5):
            out.extend(result)
            assert len(pulled) <= len(out) + 5
    assert out == list(range(12)) and peak[0] <= 3


def test_run_ordered_keeps_workers_busy_behind_a_slow_chunk():
    # The first chunk is slow (a batch of long articles); while it runs, the other worker goes
    # on with the chunks after it instead of idling until the first one is yielded.
    release = threading.Event()
    done_while_blocked = []

    def work(chunk):
        if chunk == [0]:
            release.wait(timeout=10)
        else:
            done_while_blocked.append(chunk[0]) if not release.is_set() else None
            if len(done_while_blocked) == 7:
                release.set()
        return chunk

    with ThreadPoolExecutor(max_workers=2) as pool:
        out = [x for result in run_ordered(([i] for i in range(10)), lambda c: pool.submit(work, c),
                                           lambda f: f.result(), in_flight=2, window=8)
               for x in result]
    assert out == list(range(10))
    assert done_while_blocked == [1, 2, 3, 4, 5, 6, 7]  # the whole window, not one chunk


def test_dask_engine_on_a_running_scheduler(sample_file):
    # `--scheduler tcp://HOST:PORT`: a real scheduler with one worker process, started apart
    # from the run; the run connects to it, codes on it and gives what one process gives.
    from distributed import LocalCluster

    articles = list(read_inputs([sample_file]))[:16]
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as cluster:
        remote = [c.to_dict() for c in code_stream(articles, engine="dask", batch_size=BATCH,
                                                   scheduler=cluster.scheduler_address)]
    local = [c.to_dict() for c in code_stream(articles, workers=1, batch_size=BATCH)]
    assert remote == local and len(remote) == 16


def test_unreachable_scheduler_is_a_usage_error():
    # A wrong address fails with one clear message naming it, not a stack of Dask internals.
    from detente.errors import UsageError

    with pytest.raises(UsageError, match="tcp://127.0.0.1:9"):
        list(code_stream([], engine="dask", scheduler="tcp://127.0.0.1:9"))


def test_an_article_that_fails_to_code_becomes_a_rejection_and_the_rest_is_coded():
    # spaCy refuses a text over its max_length (ingest normally rejects such texts earlier);
    # given one anyway, the engine returns a rejection in its place naming the error and
    # codes the other articles of the chunk.
    from detente.nlp import MAX_CHARS
    from detente.readers import article_from_text
    from detente.records import CodedArticle, Rejection

    texts = ["Russia and Ukraine agreed to talks.", "word " * (MAX_CHARS // 5 + 2),
             "NATO warned Belarus on Monday."]
    articles = [article_from_text(t, date="2021-06-16", id=f"a{i}") for i, t in enumerate(texts)]
    out = list(code_stream(articles, workers=1))
    assert [type(r) for r in out] == [CodedArticle, Rejection, CodedArticle]
    assert out[1].article_id == "a1" and "E088" in out[1].reason
    assert out[2].article.id == "a2" and out[2].sentences
