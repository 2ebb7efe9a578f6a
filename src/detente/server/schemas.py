"""Shapes of the API's answers, for the OpenAPI spec (clients and schemathesis check them).

Routes return their rows as JSON directly (``api.FastJSON``); these models document and let
tests validate what comes back. Row models are strict (unknown fields rejected); the event and
quote rows are built from the stored columns by ``detente.schema``, so they cannot drift.
"""

from __future__ import annotations

from datetime import date as Date
from typing import Any

from pydantic import BaseModel

from detente.schema import Strict, row_model

Row = Strict
"""Every response row rejects fields it does not declare (tests validate real answers)."""

EventRow = row_model("EventRow", "events", article_title=str | None, article_url=str | None,
                     sentence_start=int | None)
"""A stored event (every ``events`` column, from ``detente.schema``) with its article's title
and URL and the offset of its evidence sentence."""

QuoteRow = row_model("QuoteRow", "quotes", article_date=Date | None, article_title=str | None)
"""A stored quote (every ``quotes`` column) with its article's date and title."""


class DyadRow(Row):
    source: str
    target: str
    events: int
    mentions: int
    goldstein_mean: float | None
    tone_mean: float | None = None
    quad1: int
    quad2: int
    quad3: int
    quad4: int


class Page(BaseModel):
    ok: bool
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


class EventsPage(Page):
    items: list[EventRow]


class DyadsPage(Page):
    items: list[DyadRow]


class QuotesPage(BaseModel):
    ok: bool
    limit: int
    offset: int
    more: bool
    items: list[QuoteRow]


class SeriesPoint(BaseModel):
    period: Date
    events: int
    mentions: int
    articles: int
    by_quad: dict[str, int]
    by_type: dict[str, int]
    goldstein_sum: float
    goldstein_mean: float | None
    index_raw: float | None
    index: float
    tone_mean: float | None
    tone_events: int


class SeriesBody(BaseModel):
    ok: bool
    source: str
    target: str | None
    both: bool
    by: str
    label: str
    smoothing: float
    points: list[SeriesPoint]


class StatsBody(Row):
    ok: bool
    articles: int
    events: int
    quotes: int
    rejected: int
    first_date: Date | None
    last_date: Date | None
    first_article: Date | None
    last_article: Date | None
    events_by_type: list[dict[str, Any]]
    top_dyads: list[DyadRow]
    default_dyad: dict[str, str] | None


class ArticleBody(BaseModel):
    ok: bool
    article: dict[str, Any]


def ok(model: type[BaseModel], what: str) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entry documenting a route's 200 answer."""
    return {200: {"model": model, "description": what}}
