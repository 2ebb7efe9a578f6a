"""Turning one raw input (a mapping or a text) into an Article or a Rejection."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date as Date
from typing import Any

from detente.readers.checks import text_problem
from detente.readers.dates import parse_date_option, parse_record_date
from detente.readers.infer import infer_date
from detente.records import Article, Rejection

_SURROGATE = re.compile("[\ud800-\udfff]")
RECORD_FIELDS = ("id", "date", "title", "text", "url", "source")


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    value = valid_unicode(str(value)).strip()
    return value or None


def valid_unicode(text: str) -> str:
    """``text`` with lone surrogates (``\\ud800`` from JSON, undecodable file names) replaced
    by U+FFFD: they cannot be encoded as UTF-8, so DuckDB, Arrow and hashing would fail.

    >>> valid_unicode("Kyiv\\ud800")
    'Kyiv\\ufffd'
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _bad_id(value: Any) -> str | None:
    """Why a given id cannot be used, or None. An id is kept exactly as given (it is how a
    later revision finds the article), so one that is not valid Unicode is rejected."""
    if value is None:
        return None
    text = str(value)
    if len(text) > MAX_ID_CHARS:
        return f"id longer than {MAX_ID_CHARS} characters"
    if valid_unicode(text) != text:
        return "id is not valid Unicode (it holds a lone surrogate such as \\ud800)"
    return None


MAX_ID_CHARS = 300


def make_article(
    *,
    text: str,
    origin: str,
    default_date: Date | None,
    id: Any = None,
    title: Any = None,
    date: Any = None,
    date_source: str = "record",
    url: Any = None,
    source: Any = None,
) -> Article | Rejection:
    """Article with a stable id and a publication date chosen record > option > text."""
    text = valid_unicode(text)
    problem = text_problem(text) or _bad_id(id)
    art_id = _clean(id)
    if problem:
        return Rejection(origin=origin, reason=problem, article_id=art_id)
    try:
        when = parse_record_date(date)
    except ValueError as exc:
        return Rejection(origin=origin, reason=str(exc), article_id=art_id)
    if when is None and default_date is not None:
        when, date_source = default_date, "option"
    elif when is None:
        when, date_source = infer_date(text)
    title = _clean(title)
    return _article(
        art_id,
        text=text,
        title=title,
        date=when,
        date_source=date_source,
        url=_clean(url),
        source=_clean(source),
        origin=origin,
    )


def _article(id: str | None, **fields: Any) -> Article:
    """An Article; one with no id is named by the start of its content hash (title and text),
    which the Article computes anyway."""
    article = Article(id=id or "", **fields)
    if not article.id:
        article.id = article.content_hash[:16]
    return article


def from_mapping(obj: Mapping[str, Any], origin: str, default_date: Date | None) -> Article | Rejection:
    """A JSONL/CSV record with fields ``id,date,title,text,url,source``."""
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        what = "has no 'text' field" if "text" not in obj else "has an empty or non-string 'text'"
        return Rejection(origin=origin, reason=f"record {what}", article_id=_clean(obj.get("id")))
    return make_article(
        text=text,
        origin=origin,
        default_date=default_date,
        id=obj.get("id"),
        title=obj.get("title"),
        date=obj.get("date"),
        url=obj.get("url"),
        source=obj.get("source"),
    )


def article_from_text(
    text: str,
    *,
    date: Date | str | None = None,
    title: str | None = None,
    id: str | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Article:
    """An Article from raw text (not from a file: no origin, and never a Rejection), with the
    publication date given or inferred from the text. A malformed ``date`` string raises.

    >>> article_from_text("Russia and Ukraine agreed to talk.", date="2021-06-16", id="a").date
    datetime.date(2021, 6, 16)
    """
    when = parse_date_option(date) if isinstance(date, str) else date
    date_source = "option" if when else "none"
    if when is None:
        when, date_source = infer_date(text)
    return _article(
        id,
        text=text,
        title=title,
        date=when,
        date_source=date_source,
        url=url,
        source=source,
    )
