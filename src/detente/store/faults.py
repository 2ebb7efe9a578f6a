"""Storage faults turned into one clear message: a full disk, a read-only folder, a truncated
or foreign file, a schema newer than this detente.

Every write of the store runs in ``transaction``: a failure rolls back (a rollback that
itself fails, because DuckDB already ended the transaction, is not allowed to hide the first
error) and becomes a ``StoreError`` whose message says what happened and what to do. What
was committed before stays: DuckDB replays only complete commits from its write-ahead log.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from detente.errors import StoreError

HEADER_BYTES = 3 * 4096
"""DuckDB's file header: one main header and two database headers before the first block."""


def explain(path: str, exc: BaseException) -> str:
    """What went wrong with the database at ``path``, in words a user can act on."""
    text = str(exc)
    low = text.lower()
    folder = str(Path(path).resolve().parent)
    if "no space left" in low or "enospc" in low or "file too large" in low or "efbig" in low:
        return (f"the disk holding {path} is full ({_first_line(text)}); free space or use "
                "--db on another disk; batches committed before this are kept")
    if "read-only file system" in low or "permission denied" in low or "readonly" in low.replace("-", ""):
        return (f"cannot write to {folder}: {_first_line(text)}; check the folder's permissions "
                "or use --db somewhere writable")
    if "not a valid duckdb database" in low or "extension" in low:
        return f"{path} is not a detente (DuckDB) database: {_first_line(text)}"
    if "could not read enough bytes" in low:
        return (f"{path} is truncated or damaged ({_first_line(text)}); restore it from a copy "
                "or ingest again into a new file")
    if "out of memory" in low:
        limit = os.environ.get("DETENTE_DUCKDB_MEMORY", "256MB")
        return (f"DuckDB ran out of memory on {path} ({_first_line(text)}); its memory limit is "
                f"{limit}: set DETENTE_DUCKDB_MEMORY, e.g. DETENTE_DUCKDB_MEMORY=1GB, to raise it")
    return f"database {path}: {_first_line(text)}"


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0][:300] if text.strip() else "unknown error"


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection, path: str, what: str) -> Iterator[None]:
    """``BEGIN`` … ``COMMIT``; any failure rolls back and raises a ``StoreError`` saying
    ``what`` was being done and why it failed (a Ctrl-C passes through unchanged)."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException as exc:
        _rollback(con)
        if isinstance(exc, (KeyboardInterrupt, duckdb.InterruptException, StoreError)):
            raise
        if isinstance(exc, (duckdb.Error, OSError)):
            raise StoreError(f"{what} failed: {explain(path, exc)}") from exc
        raise


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass  # the failed statement already ended the transaction


def check_file(path: str, con: duckdb.DuckDBPyConnection) -> None:
    """Refuse a database file shorter than its own header says (a copy cut short, a disk that
    filled while it was copied): DuckDB would only fail later, on the first missing block."""
    if path == ":memory:" or not os.path.exists(path):
        return
    try:
        _, _, block_size, _, used_blocks, *_ = con.execute("PRAGMA database_size").fetchone()
    except duckdb.Error as exc:
        raise StoreError(f"cannot open database: {explain(path, exc)}") from None
    # blocks in use must all fit in the file (free blocks at the end may not be written yet)
    expected = HEADER_BYTES + int(block_size) * int(used_blocks)
    actual = os.path.getsize(path)
    if int(used_blocks) and actual < expected:
        raise StoreError(f"{path} is truncated: {actual:,} bytes, its header says {expected:,}; "
                         "restore it from a copy or ingest again into a new file")


def check_folder(path: str) -> None:
    """A clear error before DuckDB tries to create a database in a folder it cannot write."""
    if path == ":memory:" or os.path.exists(path):
        return
    folder = Path(path).resolve().parent
    if not folder.is_dir():
        raise StoreError(f"cannot create database {path}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or _read_only_mount(folder):
        raise StoreError(f"cannot create database {path}: folder {folder} is not writable "
                         "(read-only); use --db somewhere writable")


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError as exc:
        return exc.errno == errno.EROFS
