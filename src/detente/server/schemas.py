"""Shapes of the API's answers, for the OpenAPI spec (clients and schemathesis check them).

Routes return their rows as JSON directly (``api.FastJSON``); these models only document and
let tests validate what comes back. Rows carry every stored column, so models allow extras.
"""

from __future__ import annotations

from datetime import date as Date
from typing import Any

from pydantic import BaseModel, ConfigDict


class Row(BaseModel):
    model_config = ConfigDict(extra="allow")


class Participant(Row):
    country: str | None
    sector: str | None
    code: str | None
    name: str | None
    text: str | None
    start_char: int | None
    end_char: int | None


class EventRow(Row):
    event_id: str
    article_id: str
    type: str | None
    cameo: str | None
    goldstein: float | None
    tone: float | None = None
    quad: int | None
    source: list[Participant]
    target: list[Participant]
    event_date: Date | None
    evidence: str | None
    trigger: str | None
    trigger_start: int | None
    trigger_end: int | None
    sentence_start: int | None
    article_title: str | None
    article_url: str | None


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
    items: list[dict[str, Any]]


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
