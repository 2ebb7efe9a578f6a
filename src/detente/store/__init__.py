"""The DuckDB store: the only code that changes data in the database.

>>> import tempfile, os
>>> store = open_store(os.path.join(tempfile.mkdtemp(), "x.duckdb"))
>>> store.counts()["articles"]
0
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import pyarrow as pa

from detente.errors import StoreError
from detente.records import CodedArticle, Rejection
from detente.store.faults import check_file, check_folder, explain, transaction
from detente.store.rows import Signature, coded_rows, signature_rows
from detente.store.schema import ARROW, ARTICLE_TABLES, STORY_TABLES, latest_version, migrations
from detente.store.snapshot import Publisher

T = TypeVar("T")


TABLES = ("articles", "sentences", "mentions", "events", "quotes", "times", "places", "rejections", "runs",
          *STORY_TABLES)


WRITER_MEMORY = "256MB"
"""DuckDB's memory limit for a read-write store (``DETENTE_DUCKDB_MEMORY`` overrides it). DuckDB
keeps pages of the database it has read or written in memory up to its limit, 80% of the
machine's RAM by default, so without one the writer of a long ingest grows with the database.
Measured on 100,000 articles (the writer replayed alone): at 1GB the page cache had grown to
about 200 MiB and kept growing by ~2 MiB per 1,000 articles; at 256MB it stops at the limit
and the writer is 5-8% slower (evicted pages come back from the OS file cache). Above the
limit DuckDB evicts pages and spills large operations to disk; at 32MB it failed."""
MEMORY_ENV = "DETENTE_DUCKDB_MEMORY"


def is_interrupt(exc: BaseException) -> bool:
    """True for Ctrl-C seen by DuckDB: a query running when SIGINT arrives ends with
    ``duckdb.InterruptException`` ("Query interrupted"), not ``KeyboardInterrupt``, and our
    own errors wrap it."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, (KeyboardInterrupt, duckdb.InterruptException)):
            return True
        if isinstance(seen, duckdb.Error) and "KeyboardInterrupt" in str(seen):
            return True  # raised while DuckDB read a registered Arrow table, reported as text
        if type(seen) is RuntimeError and str(seen).strip() == "Query interrupted":
            return True  # ``register`` of an Arrow table reports the interrupt as a bare RuntimeError
        seen = seen.__cause__ or seen.__context__
    return False


LOCK_WAIT = 5.0
"""Seconds to retry a database another process holds for a moment (``detente serve`` copying
its read snapshot takes a shared lock while it copies)."""


def _connect(path: str, read_only: bool, config: dict) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            return duckdb.connect(path, read_only=read_only, config=config)
        except duckdb.Error as exc:
            if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                raise StoreError(f"cannot open database: {explain(path, exc)}") from None
            time.sleep(0.2)


class Store:
    """An open detente database. Use ``open_store(path)``; close with ``close()`` or ``with``."""

    def __init__(self, path: str | Path, *, read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"database {self.path} does not exist (run `detente ingest` first)")
        if not read_only:
            check_folder(self.path)
        self.memory_limit = None if read_only else os.environ.get(MEMORY_ENV, WRITER_MEMORY)
        # a foreign file (SQLite, ...) must be refused, not fetched an extension for
        config: dict = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
        if self.memory_limit is not None:
            config["memory_limit"] = self.memory_limit
        self.con = _connect(self.path, read_only, config)
        self.publisher = None if read_only else Publisher(self.con, self.path)
        try:
            check_file(self.path, self.con)
            self._check_version()
            if not read_only:
                self.migrate()
        except BaseException:
            self.con.close()
            raise

    def _check_version(self) -> None:
        """A database from a newer detente is refused (read or written by this one, it could
        be misread or damaged); an older one is migrated, or refused when read-only."""
        try:
            have = self.schema_version()
        except duckdb.Error as exc:
            raise StoreError(f"cannot read database: {explain(self.path, exc)}") from None
        if have > latest_version():
            raise StoreError(f"database {self.path} has schema v{have}, newer than this detente "
                             f"understands (v{latest_version()}); upgrade detente to read it")
        if self.read_only and have < latest_version():
            raise StoreError(f"database {self.path} has schema v{have}; v{latest_version()} "
                             "needed (open it once read-write to migrate)")

    def publish_snapshot(self, *, force: bool = False) -> bool:
        """Publish a read snapshot for ``detente serve`` if one is in use (``store.snapshot``);
        at most every few seconds unless ``force``. True when one was written."""
        return self.publisher.maybe(force=force) if self.publisher else False

    # -- schema ---------------------------------------------------------------
    def schema_version(self) -> int:
        try:
            row = self.con.execute("SELECT max(version) FROM schema_version").fetchall()[0]
        except duckdb.CatalogException:
            return 0
        return int(row[0] or 0)

    def migrate(self) -> int:
        """Apply missing migrations in order, one transaction each; returns the new version."""
        with transaction(self.con, self.path, "creating the schema"):
            self.con.execute("CREATE TABLE IF NOT EXISTS schema_version "
                             "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
        have = self.schema_version()
        for version, name, sql in migrations():
            if version <= have:
                continue
            with transaction(self.con, self.path, f"migration {name}"):
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_version VALUES (?, ?, ?)", [version, name, datetime.now()])
        return self.schema_version()

    # -- writing ----------------------------------------------------------------
    def stored_hashes(self, ids: Sequence[str], *, coder: str | None) -> dict[str, str]:
        """``{id: content_hash}`` of the given article ids already stored *by ``coder``* (the
        fingerprint from ``pipeline.coder_fingerprint``).

        An article coded by another detente version, model or data-file version is left out,
        so an ingest after an upgrade re-codes it rather than skipping it as unchanged.
        """
        if not ids:
            return {}
        tbl = pa.table({"id": pa.array(list(ids), pa.string())})
        self.con.register("_ids", tbl)
        try:
            rows = self.con.execute("SELECT a.id, a.content_hash FROM articles a JOIN _ids USING (id) "
                                    "WHERE a.coder = ?", [coder]).fetchall()
        finally:
            self.con.unregister("_ids")
        return dict(rows)

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        batch = pa.Table.from_pylist(rows, schema=ARROW[table])
        name = f"_batch_{table}"
        self.con.register(name, batch)
        try:
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {name}")
        finally:
            self.con.unregister(name)

    def write(self, coded: Iterable[CodedArticle], *, run_id: str | None = None,
              signatures: Sequence[Signature] = (), coder: str | None = None) -> int:
        """Store coded articles in one transaction, replacing any older rows of the same ids.

        All rows of a batch go in as Arrow tables; a failure rolls the whole batch back, so a
        crash never leaves a half-written article. ``signatures`` (from ``dedup.StoryIndex``)
        are stored in the same transaction. ``coder`` (``pipeline.coder_fingerprint()``) is
        recorded with each article.
        """
        tables: dict[str, list[dict]] = {t: [] for t in ("articles", *ARTICLE_TABLES)}
        tables.update(signature_rows(list(signatures)))
        ids = []
        now = datetime.now()
        for c in coded:
            ids.append(c.article.id)
            for table, rows in coded_rows(c, run_id, now, coder=coder).items():
                tables[table].extend(rows)
        if not ids:
            return 0
        if len(set(ids)) != len(ids):
            raise StoreError("a write batch holds the same article id twice")
        id_table = pa.table({"id": pa.array(ids, pa.string())})
        with transaction(self.con, self.path, f"writing {len(ids)} articles to {self.path}"):
            self.con.register("_ids", id_table)
            for table in (*ARTICLE_TABLES, *STORY_TABLES):
                self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM _ids)")
            self.con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM _ids)")
            self.con.unregister("_ids")
            for table, rows in tables.items():
                self._insert(table, rows)
        return len(ids)

    def write_rejections(self, rejections: Iterable[Rejection], *, run_id: str | None = None) -> int:
        """Record rejections, one row per origin (a re-run replaces, never duplicates)."""
        now = datetime.now()
        rows = {r.origin: {"origin": r.origin, "article_id": r.article_id, "stage": r.stage,
                           "reason": r.reason, "run_id": run_id, "created_at": now} for r in rejections}
        if not rows:
            return 0
        with transaction(self.con, self.path, f"recording {len(rows)} rejections in {self.path}"):
            self.con.register("_o", pa.table({"origin": list(rows)}))
            self.con.execute("DELETE FROM rejections WHERE origin IN (SELECT origin FROM _o)")
            self.con.unregister("_o")
            self._insert("rejections", list(rows.values()))
        return len(rows)

    def clear_rejection(self, origins: Sequence[str]) -> None:
        """Forget old rejections of inputs that now code fine."""
        if origins:
            self.con.register("_o", pa.table({"origin": pa.array(list(origins), pa.string())}))
            self.con.execute("DELETE FROM rejections WHERE origin IN (SELECT origin FROM _o)")
            self.con.unregister("_o")

    def story_candidates(self, keys: Sequence[tuple[int, int]], build: Callable[..., T], *,
                         exclude: Sequence[str] = ()) -> dict[tuple[int, int], list[T]]:
        """Stored signatures sharing an LSH ``(band, bucket)`` key with ``keys``, by key
        (articles in ``exclude`` left out: they are about to be rewritten). Each stored
        article is built once, by ``build(article_id, story_id, signature_bytes, published,
        about, numbers)`` (the last three: the story context of migration 005, NULL before)."""
        if not keys:
            return {}
        cur = self.con.cursor()  # its own result set: never blocked by an unread one on con
        try:
            cur.register("_keys", pa.table({"band": pa.array([k[0] for k in keys], pa.int16()),
                                            "bucket": pa.array([k[1] for k in keys], pa.int64())}))
            cur.register("_skip", pa.table({"id": pa.array(list(exclude), pa.string())}))
            # Which stored articles share a key (small rows), then each one's signature once:
            # a copy matching on all 25 bands would otherwise bring its signature 25 times,
            # and a story with dozens of stored copies thousands of blobs per batch.
            rows = cur.execute(
                "SELECT b.band, b.bucket, b.article_id FROM story_bands b JOIN _keys USING (band, bucket) "
                "WHERE b.article_id NOT IN (SELECT id FROM _skip) ORDER BY b.article_id").fetchall()
            cur.register("_ids", pa.table({"id": pa.array(sorted({r[2] for r in rows}), pa.string())}))
            built = {row[0]: build(*row) for row in cur.execute(
                "SELECT article_id, story_id, signature, published, about, numbers "
                "FROM story_signatures WHERE article_id IN (SELECT id FROM _ids)").fetchall()}
        finally:
            cur.close()
        found: dict[tuple[int, int], list[T]] = {}
        for band, bucket, article_id in rows:
            if article_id in built:
                found.setdefault((band, bucket), []).append(built[article_id])
        return found

    # -- runs -------------------------------------------------------------------
    def mark_interrupted_runs(self) -> int:
        """Runs still 'running' belong to a process that was killed: DuckDB lets one process
        at a time open a database for writing, so no live run can be holding this one. Mark
        them 'interrupted' (their committed batches stay; a re-run finishes the job)."""
        stale = self.con.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchall()[0][0]
        if stale:
            self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        return int(stale)

    def start_run(self, *, inputs: Sequence[str], engine: str, workers: int, model: str,
                  data_versions: dict[str, int]) -> str:
        """Record a new run (status 'running'), marking runs left 'running' by a killed
        process as 'interrupted' first."""
        from detente.version import __version__

        self.mark_interrupted_runs()
        run_id = datetime.now().strftime("%Y%m%dT%H%M%S-") + uuid.uuid4().hex[:8]
        self.con.execute(
            "INSERT INTO runs VALUES (?, ?, NULL, 'running', ?, ?, ?, 0, 0, 0, ?, ?, ?)",
            [run_id, datetime.now(), json.dumps([str(i) for i in inputs]), engine, workers,
             __version__, model, json.dumps(data_versions)],
        )
        return run_id

    def update_run(self, run_id: str, *, coded: int, unchanged: int, rejected: int,
                   status: str = "running") -> None:
        finished = datetime.now() if status != "running" else None
        self.con.execute(
            "UPDATE runs SET n_coded = ?, n_unchanged = ?, n_rejected = ?, status = ?, finished_at = ? "
            "WHERE run_id = ?",
            [coded, unchanged, rejected, status, finished, run_id],
        )

    # -- reading ----------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return {t: int(self.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]) for t in TABLES}

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        """Rows of a read-only query as dicts (parameters bound, never formatted in)."""
        cur = self.con.execute(sql, list(params or []))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: str | Path, *, read_only: bool = False) -> Store:
    """Open (creating and migrating if needed) a detente DuckDB database."""
    return Store(path, read_only=read_only)
