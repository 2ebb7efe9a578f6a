"""Storage faults through the real CLI: one clear message, exit 1, no traceback, and the
database left as it was (the batches committed before a full disk are kept; a file that is
refused is not touched).

The full disk is a real one where the test may mount a 1 MB tmpfs (root); everywhere it is
also reproduced with RLIMIT_FSIZE, where the kernel refuses writes past a size (EFBIG, the
same failure at the same system call as ENOSPC, not a mock). A read-only folder as root is
made by dropping the capabilities that let root ignore permissions (setpriv).
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from detente.store import open_store
from detente.store.schema import latest_version

ROOT = Path(__file__).resolve().parents[2]
WCEP = ROOT / "samples" / "wcep_2003_2025" / "wcep_2003_2025.jsonl"
DETENTE = Path(sys.executable).with_name("detente")


def _sample(path: Path, start: int, n: int) -> Path:
    lines = WCEP.read_text(encoding="utf-8").splitlines()[start:start + n]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _detente(*args: str, prefix: tuple[str, ...] = (), preexec=None) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, str(DETENTE), *args], capture_output=True, text=True, timeout=300,
                          preexec_fn=preexec)


def _one_clear_error(out: subprocess.CompletedProcess, *expected: str) -> None:
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr, out.stderr
    lines = [line for line in out.stderr.splitlines() if line.startswith("detente: error:")]
    assert len(lines) == 1, out.stderr
    for text in expected:
        assert text in lines[0], lines[0]


def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def _articles(db: Path) -> int:
    with open_store(db, read_only=True) as store:
        return store.counts()["articles"]


@pytest.fixture
def tiny_tmpfs(tmp_path):
    mount = tmp_path / "mnt"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root; the RLIMIT_FSIZE variant covers this")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_disk_on_a_real_tmpfs_keeps_committed_batches(tiny_tmpfs, tmp_path):
    src = _sample(tmp_path / "news.jsonl", 0, 600)
    db = tiny_tmpfs / "news.duckdb"
    out = _detente("ingest", str(src), "--db", str(db), "--workers", "1", "--commit-every", "8",
                   "--quiet")
    _one_clear_error(out, "is full", "No space left on device", "batches committed before this are kept")
    copy = tmp_path / "copy.duckdb"  # read it where there is room (DuckDB replays the WAL)
    shutil.copy(db, copy)
    if db.with_suffix(".duckdb.wal").exists():
        shutil.copy(db.with_suffix(".duckdb.wal"), copy.with_suffix(".duckdb.wal"))
    assert 0 < _articles(copy) < 600
    assert _articles(copy) % 8 == 0  # whole batches only


def test_full_disk_by_file_size_limit_keeps_the_database_as_it_was(tmp_path):
    db = tmp_path / "news.duckdb"
    first = _detente("ingest", str(_sample(tmp_path / "a.jsonl", 0, 8)), "--db", str(db),
                     "--workers", "1", "--quiet")
    assert first.returncode == 0, first.stderr
    before = _articles(db)
    limit = 32 * 1024  # per file: the database cannot grow, its write-ahead log only a little

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    src = _sample(tmp_path / "b.jsonl", 8, 200)
    out = _detente("ingest", str(src), "--db", str(db), "--workers", "1", "--commit-every", "8",
                   "--quiet", preexec=small_files)
    _one_clear_error(out, "is full")
    after = _articles(db)
    assert before <= after < before + 200 and (after - before) % 8 == 0


def test_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "news.duckdb"
    src = _sample(tmp_path / "a.jsonl", 0, 4)
    assert _detente("ingest", str(src), "--db", str(db), "--workers", "1", "--quiet").returncode == 0
    digest = _md5(db)
    folder.chmod(0o555)
    db.chmod(0o444)
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("root without setpriv ignores a read-only folder")
        prefix = ("setpriv", "--bounding-set=-dac_override,-dac_read_search")
    try:
        _one_clear_error(_detente("ingest", str(src), "--db", str(db), "--workers", "1", "--quiet",
                                  prefix=prefix), "cannot write to", str(folder))
        _one_clear_error(_detente("ingest", str(src), "--db", str(folder / "new.duckdb"), "--quiet",
                                  prefix=prefix), "is not writable")
        summary = _detente("summary", "--db", str(db), prefix=prefix)
        assert summary.returncode == 0, summary.stderr  # reading still works
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    assert _md5(db) == digest


@pytest.fixture(scope="module")
def good_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("good")
    db = folder / "news.duckdb"
    out = _detente("ingest", str(_sample(folder / "a.jsonl", 0, 20)), "--db", str(db), "--workers", "1",
                   "--quiet")
    assert out.returncode == 0, out.stderr
    return db


def _damaged(kind: str, good: Path, tmp_path: Path) -> Path:
    path = tmp_path / f"{kind}.duckdb"
    if kind == "truncated":
        path.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    elif kind == "foreign":
        path.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    elif kind == "newer":
        shutil.copy(good, path)
        con = duckdb.connect(str(path))
        con.execute("INSERT INTO schema_version VALUES (99, '099_future.sql', now())")
        con.close()
    return path


@pytest.mark.parametrize(("kind", "message"), [
    ("truncated", "is truncated"),
    ("foreign", "is not a detente (DuckDB) database"),
    ("newer", f"has schema v99, newer than this detente understands (v{latest_version()})"),
])
def test_damaged_or_foreign_or_newer_database_is_refused_untouched(kind, message, good_db, tmp_path):
    db = _damaged(kind, good_db, tmp_path)
    digest = _md5(db)
    src = _sample(tmp_path / "b.jsonl", 20, 2)
    for args in (("summary", "--db", str(db)), ("ingest", str(src), "--db", str(db), "--quiet")):
        _one_clear_error(_detente(*args), message)
    assert _md5(db) == digest
    assert not db.with_suffix(".duckdb.wal").exists()


def test_server_refuses_a_newer_schema(good_db, tmp_path):
    from detente.errors import StoreError
    from detente.server.app import create_app

    db = _damaged("newer", good_db, tmp_path)
    with pytest.raises(StoreError, match="newer than this detente"):
        create_app(db)


def test_interrupts_reported_by_duckdb_in_every_form_are_ctrl_c():
    """SIGINT that reaches DuckDB first surfaces as InterruptException, as text inside another
    DuckDB error, or (from ``register`` of an Arrow table) as a bare RuntimeError: all are Ctrl-C;
    an ordinary error that merely mentions interruption is not."""
    import duckdb

    from detente.store import is_interrupt

    assert is_interrupt(duckdb.InterruptException("INTERRUPT Error: Interrupted!"))
    assert is_interrupt(RuntimeError("Query interrupted"))
    wrapped = ValueError("store write failed")
    wrapped.__cause__ = RuntimeError("Query interrupted")
    assert is_interrupt(wrapped)
    assert not is_interrupt(RuntimeError("Query interrupted while parsing the plan: bad column"))
    assert not is_interrupt(ValueError("nothing"))
