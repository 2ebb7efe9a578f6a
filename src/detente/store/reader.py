"""Read-side queries over the store, with parameters bound (never formatted into SQL)."""

from __future__ import annotations

from datetime import date as Date
from pathlib import Path
from typing import Any

from detente.store import Store, open_store

MAX_LIMIT = 10_000


def _where(clauses: list[str]) -> str:
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


def _has_country(side: str, alias: str) -> str:
    return f"list_contains(list_transform({alias}{side}, lambda x: x.country), ?)"


def event_conditions(
    *,
    country: str | None = None,
    source: str | None = None,
    target: str | None = None,
    type: str | None = None,
    date_from: Date | None = None,
    date_to: Date | None = None,
    alias: str = "",
) -> tuple[list[str], list[Any]]:
    """SQL conditions over the ``events`` table (as ``alias``) and their bound parameters.

    The one place event filters are written: the CLI/API listings, the series and the exports
    all select events through it. ``country`` matches either side; codes are upper-cased.

    >>> event_conditions(source="usa", date_from=None)
    (['list_contains(list_transform(source, lambda x: x.country), ?)'], ['USA'])
    """
    a = f"{alias}." if alias else ""
    clauses: list[str] = []
    params: list[Any] = []
    if country:
        clauses.append(f"({_has_country('source', a)} OR {_has_country('target', a)})")
        params += [country.upper(), country.upper()]
    if source:
        clauses.append(_has_country("source", a))
        params.append(source.upper())
    if target:
        clauses.append(_has_country("target", a))
        params.append(target.upper())
    if type:
        clauses.append(f"{a}type = ?")
        params.append(type.upper())
    if date_from:
        clauses.append(f"{a}event_date >= ?")
        params.append(date_from)
    if date_to:
        clauses.append(f"{a}event_date <= ?")
        params.append(date_to)
    return clauses, params


SIDE_FIELDS = ("country", "sector", "code", "name", "text")
"""Participant fields flattened to ``<side>_<field>`` columns (participants joined with ``;``)."""

ARTICLE_FIELDS = {"title": "article_title", "url": "article_url", "source": "article_source",
                  "coded_at": "coded_at"}
"""Article fields added to every flat event row, and their column names there."""


def _flat_side(side: str, alias: str) -> str:
    cols = [f"array_to_string(list_transform({alias}.{side}, lambda x: x.{f}), ';') AS {side}_{f}"
            for f in SIDE_FIELDS]
    return ", ".join(cols) + f", to_json({alias}.{side})::VARCHAR AS {side}_json"


def flat_event_columns(alias: str = "e") -> str:
    """The SELECT list of the flat event row every tabular output shares (docs/schema.md):
    the stored columns with ``context`` joined by ``;`` and, per side, ``<side>_country`` (and
    sector, code, name, text) plus ``<side>_json`` (the full participant list as JSON)."""
    return (f"{alias}.* EXCLUDE (source, target, context), "
            f"array_to_string({alias}.context, ';') AS context, "
            f"{_flat_side('source', alias)}, {_flat_side('target', alias)}")


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
    flat: bool = False,
) -> list[dict[str, Any]]:
    """Events matching the filters, by date, each with its article's title.

    ``country`` matches either side; ``source``/``target`` one side each. Nested rows keep
    source/target as lists of participants; ``flat`` rows have the flat column set of
    ``flat_event_columns`` plus the article's title, URL, outlet and coding time (the columns of
    ``detente export --format csv``). ``limit=None`` returns every row.
    """
    clauses, params = event_conditions(country=country, source=source, target=target, type=type,
                                       date_from=date_from, date_to=date_to, alias="e")
    if article_id:
        clauses.append("e.article_id = ?")
        params.append(article_id)
    if flat:
        articles = ", ".join(f"a.{k} AS {v}" for k, v in ARTICLE_FIELDS.items())
        select = f"SELECT {flat_event_columns('e')}, {articles}"
    else:
        select = "SELECT e.*, a.title AS article_title"
    sql = (select + " FROM events e JOIN articles a ON a.id = e.article_id"
           + _where(clauses) + " ORDER BY e.event_date, e.article_id, e.idx")
    return store.query(*_paged(sql, params, limit, offset))


def _paged(sql: str, params: list[Any], limit: int | None, offset: int) -> tuple[str, list[Any]]:
    if limit is None:
        return (sql + " OFFSET ?", params + [int(offset)]) if offset else (sql, params)
    return sql + " LIMIT ? OFFSET ?", params + [int(limit), int(offset)]


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
    flat: bool = False,
) -> list[dict[str, Any]]:
    """Quotes with their article's date and title; ``speaker`` matches name or text, any case.
    With ``flat``, ``events`` (indexes of the article's events the quote reports) and
    ``tone_evidence`` (the words that moved the quote's tone) are joined with ``;`` so every
    column is flat; ``limit=None`` returns every row."""
    clauses, params = [], []
    if speaker:
        clauses.append("(q.speaker_name ILIKE ? ESCAPE '\\' OR q.speaker_text ILIKE ? ESCAPE '\\')")
        params += [f"%{like_literal(speaker)}%"] * 2
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
    quote = ("q.* EXCLUDE (events, tone_evidence), array_to_string(q.events, ';') AS events, "
             "array_to_string(list_transform(q.tone_evidence, lambda x: x.text), ';') AS tone_evidence"
             if flat else "q.*")
    sql = (f"SELECT {quote}, a.date AS article_date, a.title AS article_title FROM quotes q "
           "JOIN articles a ON a.id = q.article_id" + _where(clauses) + " ORDER BY a.date, q.article_id, q.idx")
    return store.query(*_paged(sql, params, limit, offset))


def summary(store: Store, *, top: int = 10) -> dict[str, Any]:
    """Counts of articles, rejections, events by type and the top dyads."""
    counts = store.counts()
    by_type = store.query("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type")
    # Counted as everywhere in analysis: once per story, type, CAMEO code, dyad and date.
    dyads = store.query(
        "SELECT source_country, target_country, count(*) AS n FROM (SELECT DISTINCT "
        "coalesce(story_id, article_id), type, cameo, source_country, target_country, event_date "
        "FROM event_dyads WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source_country <> target_country) "
        "GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", [top])
    return {"articles": counts["articles"], "rejected": counts["rejections"], "events": counts["events"],
            "quotes": counts["quotes"], "events_by_type": by_type, "top_dyads": dyads}


# -- queries of the HTTP API and dashboard (any object with ``query(sql, params)``) -------------

def _dyad_clause(source: str | None, target: str | None, both: bool) -> tuple[str, list[Any]]:
    """Condition on an event's ``source``/``target`` lists: one direction, or both with ``both``.

    A joint event (no target, co-sources of both countries: "Biden and Putin met") belongs to
    the dyad in both directions, as in the ``event_dyads`` view.
    """
    def has(side: str) -> str:
        return _has_country(side, "e.")

    if source and target:
        one = f"({has('source')} AND ({has('target')} OR (len(e.target) = 0 AND {has('source')})))"
        if both:
            return f"({one} OR {one})", [source, target, target, target, source, source]
        return one, [source, target, target]
    if source:
        return ((f"({has('source')} OR {has('target')})", [source, source]) if both
                else (has("source"), [source]))
    if target:
        return has("target"), [target]
    return "", []


def _dyad_conditions(source: str | None, target: str | None, both: bool, **filters: Any) -> tuple[list[str], list[Any]]:
    """The dyad's condition (codes upper-cased) and then ``event_conditions`` of ``filters`` over
    the events as ``e``: the dashboard's listings filter events as the CLI and exports do."""
    dyad, params = _dyad_clause(source and source.upper(), target and target.upper(), both)
    clauses, more = event_conditions(alias="e", **filters)
    return ([dyad] if dyad else []) + clauses, params + more


def dyad_events(
    store: Any,
    *,
    source: str | None = None,
    target: str | None = None,
    both: bool = False,
    country: str | None = None,
    type: str | None = None,
    quad: int | None = None,
    date_from: Date | None = None,
    date_to: Date | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[int, list[dict[str, Any]]]:
    """(total, page) of events for a dyad (either direction with ``both``), by date, each with
    its article title/URL and ``sentence_start`` (offset of the evidence sentence in the
    article text, so trigger and actor offsets can be made relative to the evidence)."""
    clauses, params = _dyad_conditions(source, target, both, country=country, type=type,
                                       date_from=date_from, date_to=date_to)
    if quad is not None and quad != "":
        clauses.append("e.quad = ?")
        params.append(quad)
    where = _where(clauses)
    total = store.query(f"SELECT count(*) AS n FROM events e{where}", params)[0]["n"]
    rows = store.query(
        "SELECT e.*, a.title AS article_title, a.url AS article_url, a.date AS article_date, "
        "s.start_char AS sentence_start FROM events e JOIN articles a ON a.id = e.article_id "
        "LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence"
        f"{where} ORDER BY e.event_date, e.article_id, e.idx LIMIT ? OFFSET ?",
        params + [min(int(limit), MAX_LIMIT), int(offset)])
    return int(total), rows


def article_detail(store: Any, article_id: str) -> dict[str, Any] | None:
    """An article with its text, mentions, events, quotes and places; None when unknown."""
    found = store.query("SELECT * EXCLUDE (content_hash) FROM articles WHERE id = ?", [article_id])
    if not found:
        return None
    article = found[0]
    for table, order in (("mentions", "idx"), ("events", "idx"), ("quotes", "idx"),
                         ("places", "idx"), ("sentences", "idx")):
        article[table] = store.query(
            f"SELECT * FROM {table} WHERE article_id = ? ORDER BY {order}", [article_id])
    return article


def event_locations(
    store: Any,
    *,
    source: str | None = None,
    target: str | None = None,
    both: bool = False,
    date_from: Date | None = None,
    date_to: Date | None = None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Places where events happened: name, country, lat/lon, events, quad counts, mean Goldstein."""
    clauses, params = _dyad_conditions(source, target, both, date_from=date_from, date_to=date_to)
    clauses = ["e.lat IS NOT NULL", "e.lon IS NOT NULL", *clauses]
    quads = ", ".join(f"count(*) FILTER (WHERE e.quad = {q}) AS quad{q}" for q in (1, 2, 3, 4))
    return store.query(
        "SELECT e.location_name AS name, any_value(e.location_country) AS country, "
        "round(avg(e.lat), 4) AS lat, round(avg(e.lon), 4) AS lon, count(*) AS events, "
        f"round(avg(e.goldstein), 2) AS goldstein_mean, {quads} FROM events e{_where(clauses)} "
        "GROUP BY e.location_name, e.geonames_id ORDER BY events DESC, name LIMIT ?",
        params + [min(int(limit), MAX_LIMIT)])


def countries(store: Any) -> list[dict[str, Any]]:
    """Every actor code found on either side of an event, with how many event rows name it."""
    return store.query(
        "SELECT country, count(*) AS events FROM (SELECT unnest(list_transform(source, lambda x: x.country)) "
        "AS country FROM events UNION ALL SELECT unnest(list_transform(target, lambda x: x.country)) "
        "FROM events) WHERE country IS NOT NULL GROUP BY country ORDER BY events DESC, country")


def like_literal(text: str) -> str:
    """``text`` with LIKE's wildcards escaped, so ``%`` and ``_`` match themselves.

    >>> like_literal("50%_off")
    '50\\\\%\\\\_off'
    """
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def speakers(store: Any, *, country: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """Resolved speakers (``speaker_name``) with most quotes, optionally of one country;
    unresolved ones ("he", "officials") are left out."""
    clauses, params = ["speaker_name IS NOT NULL"], []
    if country:
        clauses.append("speaker_country = ?")
        params.append(country.upper())
    return store.query(
        "SELECT speaker_name AS speaker, any_value(speaker_country) AS country, count(*) AS quotes "
        f"FROM quotes{_where(clauses)} GROUP BY 1 ORDER BY quotes DESC, speaker LIMIT ?",
        params + [min(int(limit), MAX_LIMIT)])


def overview(store: Any) -> dict[str, Any]:
    """Table counts, the event and publication date ranges and events per PLOVER type."""
    counts = store.query(
        "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events, "
        "(SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM rejections) AS rejected, "
        "(SELECT min(event_date) FROM events) AS first_date, "
        "(SELECT max(event_date) FROM events) AS last_date, "
        "(SELECT min(date) FROM articles) AS first_article, "
        "(SELECT max(date) FROM articles) AS last_article")[0]
    counts["events_by_type"] = store.query(
        "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type")
    return counts


def read_events(db: str | Path, **filters: Any) -> list[dict[str, Any]]:
    """Stored events of the database ``db`` matching ``filters`` (country, source, target,
    type, date_from, date_to, article_id, limit, offset)."""
    with open_store(db, read_only=True) as store:
        return select_events(store, **filters)


def read_quotes(db: str | Path, **filters: Any) -> list[dict[str, Any]]:
    """Stored quotes of the database ``db`` matching ``filters`` (speaker, country, date_from,
    date_to, article_id, limit, offset), each with its article's date and title."""
    with open_store(db, read_only=True) as store:
        return select_quotes(store, **filters)


def read_summary(db: str | Path, *, top: int = 10) -> dict[str, Any]:
    """Articles, rejections, events by type and top dyads of the database ``db``."""
    with open_store(db, read_only=True) as store:
        return summary(store, top=top)
