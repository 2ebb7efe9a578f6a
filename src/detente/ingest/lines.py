"""Reading line-based inputs (JSON lines, CSV, stdin, gzip) as a stream with bounded lines.

A line is read with ``readline(limit)``, so a 2 GB line (or a gzip bomb without newlines)
never becomes one Python string: a line longer than ``MAX_LINE_CHARS`` is skipped in pieces
and reported by number. Decompression and decoding errors part-way through a file end it
with one rejection naming the line where reading stopped; the records before it are kept.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable, Iterator
from datetime import date as Date
from typing import IO

from detente.records import Article, Rejection

Record = Article | Rejection
MAX_LINE_CHARS = 2_500_000
"""Longest JSON line or CSV line read (an article of 1,000,000 characters with JSON escapes
fits); a longer one is rejected without being held in memory."""
STREAM_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile, UnicodeDecodeError, OSError)
"""What a compressed or undecodable stream raises part-way through."""


class BoundedLines:
    """Lines of a text stream, each at most ``max_chars`` long; an over-long line is skipped
    (its number kept in ``too_long``) and an empty line yielded in its place."""

    def __init__(self, stream: IO[str], max_chars: int = MAX_LINE_CHARS):
        self.stream = stream
        self.max_chars = max_chars
        self.number = 0
        """Lines read so far."""
        self.too_long: list[int] = []

    def __iter__(self) -> Iterator[str]:
        while line := self.stream.readline(self.max_chars + 1):
            self.number += 1
            if len(line) > self.max_chars and not line.endswith(("\n", "\r")):
                self._skip_rest()
                self.too_long.append(self.number)
                yield "\n"
            else:
                yield line

    def _skip_rest(self) -> None:
        while piece := self.stream.readline(self.max_chars):
            if piece.endswith(("\n", "\r")):
                return


LineReader = Callable[..., Iterator[Record]]


def read_lines(stream: IO[str], origin: str, default_date: Date | None, reader: LineReader,
               max_chars: int = MAX_LINE_CHARS) -> Iterator[Record]:
    """Records of ``reader`` over ``stream``; over-long lines and a stream that breaks
    part-way become rejections naming the line."""
    lines = BoundedLines(stream, max_chars)
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
    while lines.too_long:
        number = lines.too_long.pop(0)
        yield Rejection(origin=f"{origin}:{number}", reason=f"line {number} is longer than "
                        f"{lines.max_chars:,} characters; not read")


def _stream_problem(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"undecodable bytes (not UTF-8: {exc.reason})"
    if isinstance(exc, EOFError):
        return "compressed file is truncated"
    return f"corrupt compressed data ({type(exc).__name__}: {exc})"


def open_text(raw: IO[bytes]) -> io.TextIOWrapper:
    """UTF-8 text (a BOM allowed) over a binary stream, strict about bad bytes."""
    return io.TextIOWrapper(raw, encoding="utf-8-sig", errors="strict", newline="")
