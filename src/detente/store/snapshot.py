"""Read snapshots: how ``detente serve`` keeps answering while ``detente ingest`` writes.

DuckDB lets one process open a file for writing and then no other process may open it at all,
not even to read. So the server never opens the database itself: it reads a copy beside it,
``news.duckdb.snapshot``, and the writer publishes a fresh copy after a commit (at most every
``PUBLISH_EVERY`` seconds, and when the run ends). Publishing is ``CHECKPOINT`` (the WAL goes
into the file), a copy to a temporary file and an atomic rename, so a reader sees the old
snapshot or the new one, never half of one; the server notices the new file (a new inode) and
switches to it for the next request.

The writer publishes only while a snapshot exists, i.e. once ``detente serve`` has been
started on the database: a batch-only user pays no second copy of the file.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import duckdb

from detente.errors import StoreError
from detente.store.faults import check_file

PUBLISH_EVERY = 5.0
"""Seconds between two snapshots published by a writer (each copies the whole file)."""
SUFFIX = ".snapshot"


def snapshot_path(db: str | Path) -> Path:
    """Where the read snapshot of ``db`` lives.

    >>> snapshot_path("data/news.duckdb").name
    'news.duckdb.snapshot'
    """
    return Path(str(db) + SUFFIX)


def copy_atomically(source: Path, target: Path) -> None:
    """``source`` copied to ``target`` by a temporary file and a rename."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


class Publisher:
    """Publishes snapshots for one writer connection (``Store``), throttled."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, every: float = PUBLISH_EVERY):
        self.con = con
        self.path = path
        self.every = every
        self.last = 0.0

    def maybe(self, *, force: bool = False) -> bool:
        """Publish if a snapshot exists and the last one is older than ``every`` (or ``force``)."""
        target = snapshot_path(self.path)
        if self.path == ":memory:" or not target.exists():
            return False
        if not force and time.monotonic() - self.last < self.every:
            return False
        try:
            self.con.execute("CHECKPOINT")
            copy_atomically(Path(self.path), target)
        except (duckdb.Error, OSError) as exc:  # the data is safe; only readers lag behind
            raise StoreError(f"could not publish the read snapshot {target}: {exc}") from exc
        self.last = time.monotonic()
        return True


def refresh_from(db: Path) -> Path:
    """Make or renew the snapshot of ``db`` when no writer holds it and it is newer than the
    snapshot. Raises ``duckdb.IOException`` when a writer holds the lock (then the writer's
    own snapshot is the one to read). Returns the snapshot path."""
    target = snapshot_path(db)
    if target.exists() and target.stat().st_mtime_ns >= _mtime(db):
        return target
    con = duckdb.connect(str(db), read_only=True)  # a shared lock: no writer starts mid-copy
    try:
        check_file(str(db), con)  # never replace a good snapshot by a damaged database
        wal = Path(str(db) + ".wal")
        if wal.exists() and wal.stat().st_size:
            raise StoreError(f"{db} has an unfinished write-ahead log (a writer was killed); open it "
                             "once read-write (e.g. `detente ingest` of nothing new) to fold it in")
        copy_atomically(db, target)
    finally:
        con.close()
    return target


def _mtime(path: Path) -> int:
    newest = path.stat().st_mtime_ns
    wal = Path(str(path) + ".wal")
    return max(newest, wal.stat().st_mtime_ns) if wal.exists() else newest
