"""The server's read side: a read-only snapshot of the database, one DuckDB cursor per worker
thread, switched to a newer snapshot when the writer publishes one, with a time limit on
every query.

The server never opens the database file itself (that would lock ``detente ingest`` out):
it reads ``<db>.snapshot`` (``store.snapshot``), made from the database at start-up when no
writer holds it, and published by the writer after its commits. Every ``CHECK_EVERY``
seconds a request looks for a newer snapshot (a new inode); the old connection is closed
once the queries that use it have had ``QUERY_SECONDS`` to finish.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from detente.errors import StoreError
from detente.store import Store, open_store
from detente.store.faults import check_file, explain
from detente.store.snapshot import refresh_from, snapshot_path

QUERY_SECONDS = 10.0
"""Longest a query may run; then it is interrupted and the request answers 503."""
CHECK_EVERY = 1.0
"""Seconds between two looks for a newer snapshot."""


class QueryTimeout(StoreError):
    """A query ran past ``QUERY_SECONDS``."""


class _Generation:
    """One snapshot, opened under a name of its own: DuckDB shares one open database per path
    within a process, so reopening the snapshot's path would give back the old file."""

    count = 0

    def __init__(self, path: Path, threads: int):
        _Generation.count += 1
        self.path = path.with_name(f".{path.name}.{os.getpid()}.{_Generation.count}")
        try:
            os.link(path, self.path)
        except OSError:  # a file system without hard links: a private copy
            shutil.copyfile(path, self.path)
        self.inode = path.stat().st_ino
        try:
            self.store: Store = open_store(self.path, read_only=True)
        except BaseException:
            self.path.unlink(missing_ok=True)
            raise
        # Requests are small and many run at once: one DuckDB thread per query wastes least.
        self.store.con.execute(f"SET threads = {int(threads)}")
        self.retired_at: float | None = None

    def close(self) -> None:
        self.store.close()
        self.path.unlink(missing_ok=True)


class ReadOnlyDatabase:
    """Reads the snapshot of ``path``; ``query`` runs on the calling thread's own cursor."""

    def __init__(self, path: str | Path, *, threads: int = 1, query_seconds: float = QUERY_SECONDS):
        self.path = Path(path)
        self.threads = threads
        self.query_seconds = query_seconds
        self._lock = threading.Lock()
        self._local = threading.local()
        self._retired: list[_Generation] = []
        self._checked = 0.0
        self.version = 0
        """Increases each time a newer snapshot is switched to (the response cache keys on it)."""
        if not self.path.exists():
            raise StoreError(f"database {self.path} does not exist (run `detente ingest` first)")
        self._current = _Generation(self._snapshot(), threads)

    def _snapshot(self) -> Path:
        try:
            return refresh_from(self.path)
        except (duckdb.Error, StoreError) as exc:  # a writer holds it: read what it published
            target = snapshot_path(self.path)
            if target.exists():
                return target
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"{self.path} is being written by another process and has no read "
                             f"snapshot yet ({explain(str(self.path), exc)}); it publishes one "
                             "after its next commit once a server has run on this database, or "
                             "start `detente serve` before `detente ingest`") from None

    def _generation(self) -> _Generation:
        now = time.monotonic()
        if now - self._checked >= CHECK_EVERY:
            with self._lock:
                if now - self._checked >= CHECK_EVERY:
                    self._checked = now
                    self._maybe_switch(now)
        return self._current

    def _maybe_switch(self, now: float) -> None:
        try:
            path = self._snapshot()
            inode = path.stat().st_ino
            newer = _Generation(path, self.threads) if inode != self._current.inode else None
        except (StoreError, OSError, duckdb.Error):
            return  # keep answering from what is open
        if newer is not None:
            self._current.retired_at = now
            self._retired.append(self._current)
            self._current = newer
            self.version += 1
        for old in [g for g in self._retired if now - (g.retired_at or now) > 3 * self.query_seconds]:
            self._retired.remove(old)
            old.close()

    def current_version(self) -> int:
        """``version`` after looking for a newer snapshot (at most every ``CHECK_EVERY``
        seconds): the response cache asks this before answering from memory."""
        self._generation()
        return self.version

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        generation = self._generation()
        cursors = getattr(self._local, "cursors", None)
        if cursors is None:
            cursors = self._local.cursors = {}
        cursor = cursors.get(id(generation))
        if cursor is None:
            cursors.clear()
            cursor = cursors[id(generation)] = generation.store.con.cursor()
        return cursor

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        """Rows of a read query as dicts; parameters are bound, never formatted into SQL.
        A query running past the time limit is interrupted (``QueryTimeout``); a database
        that cannot be read raises ``StoreError`` (the API answers 503 to both)."""
        cursor = self._cursor()
        timer = threading.Timer(self.query_seconds, cursor.interrupt)
        timer.start()
        try:
            cur = cursor.execute(sql, list(params or []))
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
        except duckdb.InterruptException:
            raise QueryTimeout(f"the query took longer than {self.query_seconds:g} s and was "
                               "stopped; narrow the dates or the dyad") from None
        except duckdb.Error as exc:
            raise StoreError(f"the database cannot be read: {explain(str(self.path), exc)}") from None
        finally:
            timer.cancel()

    def health(self) -> None:
        """Raise ``StoreError`` unless the snapshot being read is whole and answers."""
        generation = self._generation()
        check_file(str(generation.path), generation.store.con)
        if not os.path.exists(generation.path):
            raise StoreError(f"{generation.path} has disappeared")
        self.query("SELECT count(*) AS n FROM articles")

    def close(self) -> None:
        with self._lock:
            for generation in (*self._retired, self._current):
                generation.close()
            self._retired.clear()
