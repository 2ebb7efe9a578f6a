"""Turning one raw input (a mapping or a text) into an Article or a Rejection."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date as Date
from typing import Any

from detente.readers.checks import text_problem
from detente.readers.dates import parse_date_option, parse_record_date
from detente.readers.infer import infer_date
from detente.records import Article, Rejection, content_hash

RECORD_FIELDS = ("id", "date", "title", "text", "url", "source")


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


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
    problem = text_problem(text)
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
    return Article(
        id=art_id or content_hash((title or "") + "\n" + text)[:16],
        text=text,
        title=title,
        date=when,
        date_source=date_source,
        url=_clean(url),
        source=_clean(source),
        origin=origin,
    )


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
    return Article(
        id=id or content_hash((title or "") + "\n" + text)[:16],
        text=text,
        title=title,
        date=when,
        date_source=date_source,
        url=url,
        source=source,
    )
