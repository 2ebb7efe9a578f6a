"""Read-side queries over the store, with parameters bound (never formatted into SQL)."""

from __future__ import annotations

from datetime import date as Date
from typing import Any

from detente.store import Store

MAX_LIMIT = 10_000


def _where(clauses: list[str]) -> str:
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


def select_events(
    store: Store,
    *,
    country: str | None = None,
    source: str | None = None,
    target: str | None = None,
    type: str | None = None,
    date_from: Date | None = None,
    date_to: Date | None = None,
    article_id: str | None = None,
    limit: int | None = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Events (one row per event, source/target as lists) matching the filters, by date.

    ``country`` matches either side; ``source``/``target`` one side each.
    """
    clauses, params = [], []
    if country:
        clauses.append("(list_contains(list_transform(source, x -> x.country), ?) "
                       "OR list_contains(list_transform(target, x -> x.country), ?))")
        params += [country.upper(), country.upper()]
    if source:
        clauses.append("list_contains(list_transform(source, x -> x.country), ?)")
        params.append(source.upper())
    if target:
        clauses.append("list_contains(list_transform(target, x -> x.country), ?)")
        params.append(target.upper())
    if type:
        clauses.append("type = ?")
        params.append(type.upper())
    if date_from:
        clauses.append("event_date >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("event_date <= ?")
        params.append(date_to)
    if article_id:
        clauses.append("article_id = ?")
        params.append(article_id)
    sql = ("SELECT e.*, a.title AS article_title FROM events e JOIN articles a ON a.id = e.article_id"
           + _where(clauses) + " ORDER BY event_date, article_id, idx")
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [min(int(limit), MAX_LIMIT), int(offset)]
    return store.query(sql, params)


def select_quotes(
    store: Store,
    *,
    speaker: str | None = None,
    country: str | None = None,
    date_from: Date | None = None,
    date_to: Date | None = None,
    article_id: str | None = None,
    limit: int | None = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quotes with their article's date and title; ``speaker`` matches name or text, any case."""
    clauses, params = [], []
    if speaker:
        clauses.append("(q.speaker_name ILIKE ? OR q.speaker_text ILIKE ?)")
        params += [f"%{speaker}%", f"%{speaker}%"]
    if country:
        clauses.append("q.speaker_country = ?")
        params.append(country.upper())
    if date_from:
        clauses.append("a.date >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("a.date <= ?")
        params.append(date_to)
    if article_id:
        clauses.append("q.article_id = ?")
        params.append(article_id)
    sql = ("SELECT q.*, a.date AS article_date, a.title AS article_title FROM quotes q "
           "JOIN articles a ON a.id = q.article_id" + _where(clauses) + " ORDER BY a.date, q.article_id, q.idx")
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [min(int(limit), MAX_LIMIT), int(offset)]
    return store.query(sql, params)


def summary(store: Store, *, top: int = 10) -> dict[str, Any]:
    """Counts of articles, rejections, events by type and the top dyads."""
    counts = store.counts()
    by_type = store.query("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type")
    dyads = store.query(
        "SELECT source_country, target_country, count(*) AS n FROM event_dyads "
        "WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source_country <> target_country "
        "GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", [top])
    return {"articles": counts["articles"], "rejected": counts["rejections"], "events": counts["events"],
            "quotes": counts["quotes"], "events_by_type": by_type, "top_dyads": dyads}
