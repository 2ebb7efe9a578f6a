"""Readers: any input -> a stream of Article or Rejection records, never an exception.

``read_inputs(["news/", "extra.jsonl", "-"])`` walks folders lazily (``os.scandir``, so a
folder of millions of files is never listed into memory at once), picks a reader by file
suffix and yields records in a stable order (sorted names within each folder).
"""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date as Date
from pathlib import Path

from detente.readers.checks import decode
from detente.readers.common import article_from_text as article_from_text
from detente.readers.csv import read_csv_lines
from detente.readers.html import read_html
from detente.readers.jsonl import read_jsonl_lines
from detente.readers.lines import STREAM_ERRORS, read_lines
from detente.readers.text import read_text
from detente.readers.walk import origin_of, walk
from detente.records import Article, Rejection

Record = Article | Rejection
MAX_FILE_BYTES = 512 * 1024 * 1024
"""A single input file larger than this is rejected rather than read (JSONL/CSV stream)."""

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
CSV_SUFFIXES = (".csv",)


def _kind(name: str) -> str | None:
    lower = name.lower()
    for kind, suffixes in (("jsonl", JSONL_SUFFIXES), ("csv", CSV_SUFFIXES), ("html", HTML_SUFFIXES),
                           ("text", TEXT_SUFFIXES)):
        if lower.endswith(suffixes):
            return kind
    for kind, suffixes in EXTRA_KINDS.items():
        if lower.endswith(suffixes):
            return kind
    if "." not in Path(name).name:
        return "sniff"
    return None


EXTRA_KINDS: dict[str, tuple[str, ...]] = {}
"""Further input kinds (WARC, feeds) registered by their readers: kind -> suffixes."""
EXTRA_READERS: dict[str, Callable[[Path, Date | None], Iterator[Record]]] = {}


def supported_suffixes() -> list[str]:
    out = [*TEXT_SUFFIXES, *HTML_SUFFIXES, *JSONL_SUFFIXES, *CSV_SUFFIXES]
    for suffixes in EXTRA_KINDS.values():
        out.extend(suffixes)
    return out


def _sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p")):
        return "html"
    return "text"


def _read_text_kind(kind: str, text: str, origin: str, default_date: Date | None) -> Iterator[Record]:
    if kind == "sniff":
        kind = _sniff(text)
    if kind == "text":
        yield read_text(text, origin, default_date)
    elif kind == "html":
        yield read_html(text, origin, default_date)
    elif kind == "jsonl":
        yield from read_jsonl_lines(io.StringIO(text), origin, default_date)
    elif kind == "csv":
        yield from read_csv_lines(io.StringIO(text, newline=""), origin, default_date)


def read_file(path: Path, default_date: Date | None = None) -> Iterator[Record]:
    """Records from one file; every failure becomes a Rejection naming the file, and a file
    that yields nothing at all (empty, a header only, only blank lines) gets one too."""
    origin = origin_of(path)
    count = 0
    try:
        for record in _read_file(path, origin, default_date):
            count += 1
            yield record
    except RecursionError:
        count += 1
        yield Rejection(origin=origin, reason="input nested too deeply to read")
    except Exception as exc:  # a reader bug must not end the run: this file is rejected
        count += 1
        yield Rejection(origin=origin, reason=f"unreadable after {count - 1} records: "
                        f"{type(exc).__name__}: {str(exc)[:300]}")
    if count == 0:
        yield Rejection(origin=origin, reason="no articles in this file (empty, only blank lines, "
                        "a header without rows, or no article records)")


def _read_file(path: Path, origin: str, default_date: Date | None) -> Iterator[Record]:
    kind = _kind(path.name)
    if kind is None:
        yield Rejection(origin=origin, reason=f"unsupported file type {path.suffix!r} "
                        f"(expected one of {', '.join(supported_suffixes())})")
        return
    try:
        size = path.stat().st_size
        if kind in EXTRA_READERS:
            yield from EXTRA_READERS[kind](path, default_date)
            return
        if size == 0:
            yield Rejection(origin=origin, reason="empty file")
            return
        if kind in ("jsonl", "csv"):
            yield from _stream_lines(path, origin, default_date, LINE_READERS[kind])
            return
        if size > MAX_FILE_BYTES:
            yield Rejection(origin=origin, reason=f"file too large: {size:,} bytes "
                            f"(limit {MAX_FILE_BYTES:,})")
            return
        text = decode(path.read_bytes())
    except (OSError, ValueError) as exc:
        yield Rejection(origin=origin, reason=str(exc))
        return
    yield from _read_text_kind(kind, text, origin, default_date)


LINE_READERS = {"jsonl": read_jsonl_lines, "csv": read_csv_lines}


def _stream_lines(path: Path, origin: str, default_date: Date | None, reader) -> Iterator[Record]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as raw:
        try:
            head = raw.read(8192)
        except STREAM_ERRORS:  # corrupt early: read_lines below names the line it fails at
            head = b""
        raw.seek(0)
        if _binary(head):
            yield Rejection(origin=origin, reason="binary file (contains NUL bytes), not text")
            return
        yield from read_lines(raw, origin, default_date, reader)


def _binary(head: bytes) -> bool:
    """NUL bytes on most lines: a binary file, one rejection. A NUL on one line of a text
    file only costs that line its record (rejected as not JSON / malformed)."""
    lines = head.split(b"\n")
    return sum(b"\x00" in line for line in lines) * 2 > len(lines)


def read_stdin(default_date: Date | None = None, stream=None) -> Iterator[Record]:
    """Records from stdin: JSON lines are streamed line by line (no size limit, each line
    bounded); HTML or text is read up to ``MAX_FILE_BYTES`` and rejected beyond."""
    stream = stream or sys.stdin.buffer
    raw = io.BufferedReader(stream) if not hasattr(stream, "peek") else stream
    head = raw.peek(4096)[:4096]
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from read_lines(raw, "-", default_date, read_jsonl_lines)
        return
    data = raw.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        yield Rejection(origin="-", reason=f"stdin holds more than {MAX_FILE_BYTES:,} bytes of "
                        "text or HTML; send JSON lines (streamed) or split the input")
        return
    try:
        text = decode(data)
    except ValueError as exc:
        yield Rejection(origin="-", reason=str(exc))
        return
    if not text.strip():
        yield Rejection(origin="-", reason="empty input on stdin")
        return
    yield from _read_text_kind("sniff", text, "-", default_date)


def read_inputs(paths: Iterable[str | Path], *, date: Date | None = None) -> Iterator[Record]:
    """Articles and rejections from files, folders (recursive) and ``-`` (stdin).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("Russia and Ukraine agreed to talk.")
    >>> [type(r).__name__ for r in read_inputs([d])]
    ['Article']
    """
    for p in paths:
        if str(p) == "-":
            yield from read_stdin(date)
            continue
        path = Path(p)
        if path.is_dir():
            for found in walk(path):
                if isinstance(found, Rejection):
                    yield found
                else:
                    yield from read_file(found, date)
        elif path.exists():
            yield from read_file(path, date)
        else:
            why = "symlink loop" if path.is_symlink() else "no such file or directory"
            yield Rejection(origin=origin_of(path), reason=why)


def _register_scale_readers() -> None:
    """WARC archives and RSS/Atom feeds, registered through the extension hook."""
    from detente.readers.feeds import FEED_SUFFIXES, read_feed
    from detente.readers.warc import WARC_SUFFIXES, read_warc

    EXTRA_KINDS.update({"warc": WARC_SUFFIXES, "feed": FEED_SUFFIXES})
    EXTRA_READERS.update({"warc": read_warc, "feed": read_feed})


_register_scale_readers()
