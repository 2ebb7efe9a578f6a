"""Plain text articles: an optional first-line title, then the body."""

from __future__ import annotations

from datetime import date as Date

from detente.readers.common import make_article
from detente.records import Article, Rejection

MAX_TITLE_CHARS = 200


def split_title(text: str) -> tuple[str | None, str, int]:
    """``(title, body, body_offset)``: the first line is a title when a blank line follows it,
    it is short and does not end like a sentence."""
    stripped = text.lstrip("\ufeff")
    first, sep, rest = stripped.partition("\n")
    if sep and rest.startswith(("\n", "\r\n")) and 0 < len(first.strip()) <= MAX_TITLE_CHARS:
        if not first.rstrip().endswith((".", ":", ";")):
            body = rest.lstrip("\r\n")
            return first.strip(), body, len(stripped) - len(body)
    return None, stripped, 0


def read_text(text: str, origin: str, default_date: Date | None) -> Article | Rejection:
    title, body, _ = split_title(text)
    return make_article(text=body, origin=origin, default_date=default_date, title=title)
