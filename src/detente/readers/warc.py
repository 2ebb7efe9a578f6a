"""WARC files (Common Crawl News and other web archives): HTML responses -> articles.

Records are streamed one at a time with ``warcio`` (plain or gzip'd per record), so a
1 GB archive is never held in memory. Each HTTP ``response`` record with an HTML body goes
through the same extraction as an HTML file (trafilatura, ``html.read_html``); the record's
``WARC-Target-URI`` becomes the article URL when the page does not name one. Other
responses (images, redirects, errors) become rejections with a reason; request, metadata
and warcinfo records are bookkeeping, not inputs, and are passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date as Date
from pathlib import Path

from detente.readers.html import read_html
from detente.readers.walk import origin_of
from detente.records import Article, Rejection

WARC_SUFFIXES = (".warc", ".warc.gz")
MAX_RECORD_BYTES = 8 * 1024 * 1024
"""Longest HTML body read from one record (Common Crawl truncates at 1 MiB anyway)."""
HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset=[\"']?([A-Za-z0-9_.:-]+)", re.I)


def read_warc(path: Path, default_date: Date | None = None) -> Iterator[Article | Rejection]:
    """Articles from the HTML responses of a WARC file, in file order.

    ``origin`` is ``path:N`` for the N-th record of the file.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = origin_of(path)
    number = 0
    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                number += 1
                if record.rec_type == "response":
                    yield _guarded(record, f"{name}:{number}", default_date)
    except (ArchiveLoadFailed, OSError, ValueError, EOFError, AttributeError, TypeError) as exc:
        # warcio raises assorted errors on a corrupt or truncated archive
        yield Rejection(origin=f"{name}:{number + 1}", reason=f"unreadable WARC record {number + 1} "
                        f"({type(exc).__name__}: {str(exc)[:200]}); the rest of the file was not read")


def _guarded(record, origin: str, default_date: Date | None) -> Article | Rejection:
    try:
        return _response(record, origin, default_date)
    except (OSError, ValueError, EOFError, AttributeError, TypeError, LookupError) as exc:
        return Rejection(origin=origin, reason=f"broken WARC record ({type(exc).__name__}: {str(exc)[:200]})")


def _response(record, origin: str, default_date: Date | None) -> Article | Rejection:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    http = record.http_headers
    status = http.get_statuscode() if http else None
    if status and status != "200":
        return Rejection(origin=origin, reason=f"HTTP status {status} for {uri}")
    ctype = (http.get_header("Content-Type") if http else None) or ""
    if not ctype.lower().startswith(HTML_TYPES):
        return Rejection(origin=origin, reason=f"not an HTML page ({ctype or 'no content type'}): {uri}")
    body = record.content_stream().read(MAX_RECORD_BYTES)
    declared = record.length
    if declared is not None and not body and declared > 0:
        return Rejection(origin=origin, reason=f"truncated WARC record: no body ({uri})")
    found = _CHARSET.search(ctype)
    html = _decode(body, found.group(1) if found else "utf-8")
    result = read_html(html, origin, default_date)
    if isinstance(result, Article) and not result.url:
        result.url = uri
    return result


def _decode(body: bytes, charset: str) -> str:
    try:
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return body.decode("utf-8", errors="replace")
