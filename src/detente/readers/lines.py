"""Reading line-based inputs (JSON lines, CSV, stdin, gzip) as a stream with bounded lines.

A line is read with ``readline(limit)``, so a 2 GB line (or a gzip bomb without newlines)
never becomes one Python string: a line longer than ``MAX_LINE_BYTES`` is skipped in pieces
and reported by number, and so is a line that is not UTF-8. Decompression errors part-way through a file end it
with one rejection naming the line where reading stopped; the records before it are kept.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterator
from datetime import date as Date
from typing import IO

from detente.records import Article, Rejection

Record = Article | Rejection
MAX_LINE_BYTES = 8 * 1024 * 1024
"""Longest JSON line or CSV line read (an article of 1,000,000 characters in any script, with
JSON escapes, fits); a longer one is rejected without being held in memory."""
STREAM_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile, OSError)
"""What a compressed stream raises part-way through."""


class BoundedLines:
    """UTF-8 lines of a binary stream, each at most ``max_bytes`` long. A line that is too
    long or not UTF-8 is skipped (its number and problem kept in ``skipped``) and an empty
    line yielded in its place, so one bad line never ends the file."""

    def __init__(self, stream: IO[bytes], max_bytes: int = MAX_LINE_BYTES):
        self.stream = stream
        self.max_bytes = max_bytes
        self.number = 0
        """Lines read so far."""
        self.skipped: list[tuple[int, str]] = []

    def __iter__(self) -> Iterator[str]:
        while line := self.stream.readline(self.max_bytes + 1):
            self.number += 1
            if len(line) > self.max_bytes and not line.endswith(b"\n"):
                self._skip_rest()
                self.skipped.append((self.number, f"line {self.number} is longer than "
                                     f"{self.max_bytes:,} bytes; not read"))
                yield "\n"
                continue
            try:
                text = line.decode("utf-8-sig" if self.number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                self.skipped.append((self.number, f"line {self.number} has undecodable bytes (not "
                                     f"UTF-8: {exc.reason} at byte {exc.start}); convert it to UTF-8"))
                yield "\n"
                continue
            yield text

    def _skip_rest(self) -> None:
        while piece := self.stream.readline(self.max_bytes):
            if piece.endswith(b"\n"):
                return


LineReader = Callable[..., Iterator[Record]]


def read_lines(stream: IO[bytes], origin: str, default_date: Date | None, reader: LineReader,
               max_bytes: int = MAX_LINE_BYTES) -> Iterator[Record]:
    """Records of ``reader`` over the lines of a binary ``stream``; over-long and undecodable
    lines and a stream that breaks part-way become rejections naming the line."""
    lines = BoundedLines(stream, max_bytes)
    try:
        for record in reader(lines, origin, default_date):
            yield from _too_long(lines, origin)
            yield record
        yield from _too_long(lines, origin)
    except STREAM_ERRORS as exc:
        yield from _too_long(lines, origin)
        where = lines.number + 1
        yield Rejection(origin=f"{origin}:{where}", reason=f"{_stream_problem(exc)} at line {where}; "
                        f"the {lines.number:,} lines before it were read, the rest of the file was not")


def _too_long(lines: BoundedLines, origin: str) -> Iterator[Rejection]:
    while lines.skipped:
        number, reason = lines.skipped.pop(0)
        yield Rejection(origin=f"{origin}:{number}", reason=reason)


def _stream_problem(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "compressed file is truncated"
    return f"corrupt compressed data ({type(exc).__name__}: {exc})"
