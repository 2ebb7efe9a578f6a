"""A read-only database shared by the server's worker threads, one DuckDB cursor per thread."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from detente.store import Store, open_store


class ReadOnlyDatabase:
    """Opens the store read-only once; ``query`` runs on the calling thread's own cursor.

    DuckDB connections must not be shared between threads while a query runs, but cursors
    of one read-only connection may run in parallel -- so each worker thread gets its own.
    """

    def __init__(self, path: str | Path, *, threads: int = 1):
        self.store: Store = open_store(path, read_only=True)
        # Requests are small and many run at once: one DuckDB thread per query wastes least.
        self.store.con.execute(f"SET threads = {int(threads)}")
        self._local = threading.local()
        self._cursors: list[duckdb.DuckDBPyConnection] = []
        self._lock = threading.Lock()

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        cursor = getattr(self._local, "cursor", None)
        if cursor is None:
            with self._lock:
                cursor = self.store.con.cursor()
                self._cursors.append(cursor)
            self._local.cursor = cursor
        return cursor

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        """Rows of a read query as dicts; parameters are bound, never formatted into SQL."""
        cur = self._cursor().execute(sql, list(params or []))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def close(self) -> None:
        with self._lock:
            for cursor in self._cursors:
                cursor.close()
            self._cursors.clear()
        self.store.close()
