"""Dyad series: how two countries treat each other over time, from the stored events.

Counting convention (the same for every figure here, as GDELT does it): an *event* is one
distinct ``(story, type, cameo, source_country, target_country, event_date)``, where the story
is ``coalesce(story_id, article_id)`` -- so near-duplicate articles reporting the same thing
count once. ``mentions`` is the number of event rows behind it (one per reporting article and
coded sentence), ``articles`` the number of distinct articles.

The cooperation-conflict index of a period weighs quad classes by how costly they are:
verbal cooperation +1, material cooperation +2, verbal conflict -1, material conflict -2.
With ``N_t`` the weighted sum and ``D_t`` the sum of absolute weights in period ``t``::

    index_raw_t = N_t / D_t                                  (None when D_t = 0)
    index_t     = sum_k lam^k N_(t-k) / (1 + sum_k lam^k D_(t-k))     k = 0, 1, ...

``index_t`` is exponentially smoothed over past periods (``lam`` = ``smoothing``, 0.5 by
default, so a period three steps back weighs 1/8) and shrunk towards 0 by the ``1 +`` in the
denominator, so a single event does not swing the line to +-1. It lies strictly in (-1, 1):
positive means cooperation dominates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta
from typing import Any, Protocol

from detente.errors import UsageError
from detente.store.reader import event_conditions

PERIODS = ("day", "week", "month", "quarter", "year")
QUAD_WEIGHTS = {1: 1.0, 2: 2.0, 3: -1.0, 4: -2.0}
"""Weights of the quad classes in the cooperation-conflict index."""


class Queryable(Protocol):
    """Anything with ``query(sql, params) -> rows as dicts``: a ``Store`` or a server cursor."""

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]: ...


@dataclass
class SeriesPoint:
    """The figures of one period of a dyad series."""

    period: Date
    """First day of the period."""
    events: int = 0
    """Distinct events (see the module docstring for what counts once)."""
    mentions: int = 0
    """Event rows behind those events (one per reporting article and sentence)."""
    articles: int = 0
    """Distinct articles reporting them."""
    by_quad: dict[int, int] = field(default_factory=lambda: {1: 0, 2: 0, 3: 0, 4: 0})
    """Events per quad class (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)."""
    by_type: dict[str, int] = field(default_factory=dict)
    """Events per PLOVER type."""
    goldstein_sum: float = 0.0
    """Sum of the Goldstein scores of the events."""
    goldstein_mean: float | None = None
    """Mean Goldstein score, None for an empty period."""
    index_raw: float | None = None
    """Cooperation-conflict index of this period alone, None when empty."""
    index: float = 0.0
    """Smoothed cooperation-conflict index (module docstring)."""
    tone_sum: float = 0.0
    """Sum of the tone scores of the events that have one (each event: the mean tone of the
    sentences reporting it)."""
    tone_events: int = 0
    """Events with a tone score."""
    tone_mean: float | None = None
    """Mean tone of the events (-1 hostile .. +1 warm), None when none has a tone."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period.isoformat(), "events": self.events, "mentions": self.mentions,
            "articles": self.articles, "by_quad": {str(k): v for k, v in self.by_quad.items()},
            "by_type": dict(self.by_type), "goldstein_sum": round(self.goldstein_sum, 3),
            "goldstein_mean": None if self.goldstein_mean is None else round(self.goldstein_mean, 3),
            "index_raw": None if self.index_raw is None else round(self.index_raw, 4),
            "index": round(self.index, 4),
            "tone_mean": None if self.tone_mean is None else round(self.tone_mean, 4),
            "tone_events": self.tone_events,
        }


@dataclass
class DyadSeries:
    """A series for ``source`` -> ``target`` (or both ways, or ``source`` against all others)."""

    source: str
    """ISO alpha-3 (or IGO) code of the first country."""
    target: str | None
    """Second country; None means every other country."""
    both: bool
    """True when events in both directions are counted."""
    by: str
    """Period length: day, week, month, quarter or year."""
    points: list[SeriesPoint]
    """One point per period from the first to the last, empty periods included."""
    smoothing: float = 0.5
    """The ``lam`` of the smoothed index."""

    @property
    def label(self) -> str:
        arrow = "<->" if self.both else "->"
        return f"{self.source} {arrow} {self.target or 'all others'}"

    @property
    def types(self) -> list[str]:
        """PLOVER types present anywhere in the series, most frequent first."""
        totals: dict[str, int] = {}
        for p in self.points:
            for t, n in p.by_type.items():
                totals[t] = totals.get(t, 0) + n
        return sorted(totals, key=lambda t: (-totals[t], t))

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "both": self.both, "by": self.by,
                "label": self.label, "smoothing": self.smoothing,
                "points": [p.to_dict() for p in self.points]}

    def rows(self) -> list[dict[str, Any]]:
        """Flat rows (one per period) for tables and CSV: quad and type counts as columns."""
        out = []
        for p in self.points:
            d = p.to_dict()
            row = {k: d[k] for k in ("period", "events", "mentions", "articles")}
            row.update({f"quad{q}": p.by_quad[q] for q in (1, 2, 3, 4)})
            row.update({k: d[k] for k in ("goldstein_sum", "goldstein_mean", "tone_mean", "index_raw",
                                          "index")})
            row.update({t: p.by_type.get(t, 0) for t in self.types})
            out.append(row)
        return out


def _check_period(by: str) -> str:
    if by not in PERIODS:
        raise UsageError(f"period {by!r} is not one of {', '.join(PERIODS)}")
    return by


def _code(value: str, what: str) -> str:
    code = value.strip().upper()
    if not code or len(code) > 12 or not code.replace("_", "").isalnum():
        raise UsageError(f"{what} {value!r} is not an actor code such as USA or RUS")
    return code


def dyad_filter(*, source: str, target: str | None, both: bool) -> tuple[str, list[Any]]:
    """SQL condition (with bound parameters) selecting the dyad rows of ``event_dyads``."""
    if target is None:
        if both:
            return "(source_country = ? OR target_country = ?) AND source_country <> target_country", [source, source]
        return "source_country = ? AND source_country <> target_country", [source]
    if both:
        return ("((source_country = ? AND target_country = ?) OR "
                "(source_country = ? AND target_country = ?))", [source, target, target, source])
    return "source_country = ? AND target_country = ?", [source, target]


_SOURCES = "list_transform(source, lambda x: x.country)"
_TARGETS = (
    "CASE WHEN len(target) > 0 THEN list_transform(target, lambda x: x.country) "
    f"WHEN len(list_distinct(list_filter({_SOURCES}, lambda c: c IS NOT NULL))) >= 2 THEN {_SOURCES} "
    "ELSE [NULL] END"
)
"""Targets of an event as the ``event_dyads`` view has them (schema v3): its target list, or for
a joint event (no target, co-sources of several countries: "Biden and Putin met") the
co-sources themselves, so each is the other's target."""


def distinct_events_sql(condition: str, prefilter: str = "TRUE") -> str:
    """The dyad rows (``rows``) and the distinct events (``events``) as CTEs; the counting
    convention of the module docstring lives here. Rows are the ``event_dyads`` view's (joint
    events included), built here with plain unnests, which is several times faster.

    ``prefilter`` (over ``events``: dates, list membership) runs before the source x target
    unnest, ``condition`` (over ``source_country``/``target_country``) after it; their
    parameters are bound in that order.
    """
    return (
        "WITH s AS (SELECT event_id, article_id, coalesce(story_id, article_id) AS story, type, "
        f"cameo, quad, goldstein, tone, event_date, len(target) = 0 AS joint, {_TARGETS} AS targets, "
        f"unnest(CASE WHEN len(source) = 0 THEN [NULL] ELSE {_SOURCES} END) AS source_country "
        f"FROM events WHERE event_date IS NOT NULL AND {prefilter}), "
        "rows AS (SELECT * FROM (SELECT s.* EXCLUDE (targets), unnest(targets) AS target_country "
        "FROM s) WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
        f"AND NOT (joint AND source_country = target_country) AND {condition}), "
        "events AS (SELECT story, type, cameo, source_country, target_country, event_date, "
        "any_value(quad) AS quad, avg(goldstein) AS goldstein, avg(tone) AS tone, "
        "count(DISTINCT event_id) AS mentions "
        "FROM rows GROUP BY story, type, cameo, source_country, target_country, event_date) "
    )


def _involving(code: str) -> tuple[str, list[Any]]:
    clauses, params = event_conditions(country=code)
    return clauses[0], params


def _date_clause(date_from: Date | None, date_to: Date | None) -> tuple[str, list[Any]]:
    clauses, params = event_conditions(date_from=date_from, date_to=date_to)
    return (" AND ".join(clauses) or "TRUE"), params


def _truncate(day: Date, by: str) -> Date:
    if by == "day":
        return day
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "quarter":
        return Date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return Date(day.year, 1, 1)


def _next(period: Date, by: str) -> Date:
    if by in ("day", "week"):
        return period + timedelta(days=1 if by == "day" else 7)
    months = {"month": 1, "quarter": 3, "year": 12}[by]
    m = period.month - 1 + months
    return Date(period.year + m // 12, m % 12 + 1, 1)


def period_grid(first: Date, last: Date, by: str) -> list[Date]:
    """Every period start from the one holding ``first`` to the one holding ``last``.

    >>> period_grid(Date(2021, 1, 15), Date(2021, 3, 2), "month")
    [datetime.date(2021, 1, 1), datetime.date(2021, 2, 1), datetime.date(2021, 3, 1)]
    """
    out, cur, end = [], _truncate(first, by), _truncate(last, by)
    while cur <= end:
        out.append(cur)
        if len(out) > MAX_PERIODS[by]:
            raise UsageError(f"{first} to {last} is more than {MAX_PERIODS[by]:,} periods by={by} "
                             "(the limit); narrow the dates or choose a longer period")
        try:
            cur = _next(cur, by)
        except (OverflowError, ValueError):  # past 9999-12-31
            break
    return out


MAX_PERIODS = {"day": 3_700, "week": 2_700, "month": 1_200, "quarter": 800, "year": 500}
"""Longest series, in periods, per granularity: ten years by day, about fifty by week, a
hundred by month. A daily series over 0001-9998 would be 3.6 million points (661 MB)."""


def _smooth(points: list[SeriesPoint], lam: float) -> None:
    num = den = 0.0
    for p in points:
        n = sum(QUAD_WEIGHTS[q] * c for q, c in p.by_quad.items())
        d = sum(abs(QUAD_WEIGHTS[q]) * c for q, c in p.by_quad.items())
        p.index_raw = n / d if d else None
        num, den = lam * num + n, lam * den + d
        p.index = num / (1.0 + den)


def dyad_series(
    store: Queryable,
    *,
    source: str,
    target: str | None = None,
    both: bool = False,
    by: str = "month",
    date_from: Date | None = None,
    date_to: Date | None = None,
    smoothing: float = 0.5,
    trim: bool = False,
) -> DyadSeries:
    """Counts, Goldstein, mean tone and the cooperation-conflict index per period for one dyad.

    ``target=None`` gives ``source`` against all other countries. Periods run from the first
    to the last event (or from ``date_from`` to ``date_to`` when given, unless ``trim``, which
    keeps the range as a filter but lets the periods span only the events), empty ones included.

    >>> s = dyad_series(open_store("detente.duckdb", read_only=True),
    ...                 source="USA", target="RUS", both=True, by="year")  # doctest: +SKIP
    >>> s.points[0].by_quad  # doctest: +SKIP
    {1: 3, 2: 0, 3: 1, 4: 0}
    """
    by = _check_period(by)
    if not 0.0 <= smoothing < 1.0:
        raise UsageError(f"smoothing must be in [0, 1), not {smoothing}")
    source = _code(source, "source")
    target = _code(target, "target") if target else None
    cond, cparams = dyad_filter(source=source, target=target, both=both)
    dates, dparams = _date_clause(date_from, date_to)
    involving, iparams = _involving(source)
    base = distinct_events_sql(cond, prefilter=f"{involving} AND {dates}")
    params = iparams + dparams + cparams
    by_type = store.query(
        base + "SELECT date_trunc(?, event_date)::DATE AS period, type, quad, count(*) AS n, "
        "sum(goldstein) AS gsum, sum(tone) AS tsum, count(tone) AS tn, sum(mentions) AS mentions "
        "FROM events GROUP BY ALL", params + [by])
    articles = store.query(
        base + "SELECT date_trunc(?, event_date)::DATE AS period, count(DISTINCT article_id) AS n "
        "FROM rows GROUP BY ALL", params + [by])
    points = _assemble(by_type, articles, by=by, date_from=None if trim else date_from,
                       date_to=None if trim else date_to)
    _smooth(points, smoothing)
    return DyadSeries(source=source, target=target, both=both, by=by, points=points,
                      smoothing=smoothing)


def _assemble(by_type: list[dict], articles: list[dict], *, by: str,
              date_from: Date | None, date_to: Date | None) -> list[SeriesPoint]:
    seen = [r["period"] for r in by_type]
    if not seen and not (date_from and date_to):
        return []
    first = date_from or min(seen)
    last = date_to or max(seen)
    points = {p: SeriesPoint(period=p) for p in period_grid(first, last, by)}
    for r in by_type:
        p = points[r["period"]]
        p.events += r["n"]
        p.mentions += int(r["mentions"])
        p.goldstein_sum += float(r["gsum"] or 0.0)
        p.tone_sum += float(r["tsum"] or 0.0)
        p.tone_events += int(r["tn"] or 0)
        if r["quad"] in p.by_quad:
            p.by_quad[r["quad"]] += r["n"]
        key = r["type"] or "UNKNOWN"
        p.by_type[key] = p.by_type.get(key, 0) + r["n"]
    for r in articles:
        points[r["period"]].articles = r["n"]
    for p in points.values():
        p.goldstein_mean = p.goldstein_sum / p.events if p.events else None
        p.tone_mean = p.tone_sum / p.tone_events if p.tone_events else None
    return list(points.values())


def top_dyads(
    store: Queryable,
    *,
    date_from: Date | None = None,
    date_to: Date | None = None,
    country: str | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """The directed dyads with most distinct events in a period (domestic pairs left out).

    Each row: source, target, events, mentions, goldstein_mean, tone_mean and quad1..quad4.
    ``country`` keeps dyads with that country on either side.

    >>> top_dyads(open_store("detente.duckdb", read_only=True), limit=3)  # doctest: +SKIP
    [{'source': 'USA', 'target': 'RUS', 'events': 12, ...}, ...]
    """
    cond = "source_country <> target_country"
    params: list[Any] = []
    prefilter, pparams = _date_clause(date_from, date_to)
    if country:
        cond += " AND (source_country = ? OR target_country = ?)"
        code = _code(country, "country")
        params += [code, code]
        involving, iparams = _involving(code)
        prefilter, pparams = f"{involving} AND {prefilter}", iparams + pparams
    params = pparams + params
    sql = (distinct_events_sql(cond, prefilter=prefilter)
           + "SELECT source_country AS source, target_country AS target, count(*) AS events, "
           "sum(mentions)::BIGINT AS mentions, round(avg(goldstein), 3) AS goldstein_mean, "
           "round(avg(tone), 4) AS tone_mean, "
           + ", ".join(f"count(*) FILTER (WHERE quad = {q}) AS quad{q}" for q in (1, 2, 3, 4))
           + " FROM events GROUP BY 1, 2 ORDER BY events DESC, mentions DESC, 1, 2 LIMIT ?")
    return store.query(sql, params + [max(1, min(int(limit), 1000))])


def busiest_dyad(store: Queryable) -> tuple[str, str] | None:
    """The unordered country pair with most distinct events, as (a, b) with a < b; None if none."""
    rows = store.query(
        distinct_events_sql("source_country <> target_country")
        + "SELECT least(source_country, target_country) AS a, "
        "greatest(source_country, target_country) AS b, count(*) AS n FROM events "
        "GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT 1")
    return (rows[0]["a"], rows[0]["b"]) if rows else None


def notable_events(
    store: Queryable,
    *,
    source: str,
    target: str | None = None,
    both: bool = False,
    by: str = "month",
    date_from: Date | None = None,
    date_to: Date | None = None,
    limit: int = 5,
) -> list[dict[str, Any]]:
    """The biggest distinct events of a dyad, at most one per period, by date: the largest
    absolute Goldstein score times the reports behind it, each with the evidence sentence and
    trigger of its first report (earliest article, then id)."""
    by = _check_period(by)
    source = _code(source, "source")
    target = _code(target, "target") if target else None
    cond, cparams = dyad_filter(source=source, target=target, both=both)
    dates, dparams = _date_clause(date_from, date_to)
    involving, iparams = _involving(source)
    first = "row(t.article_date, t.article_id, t.idx)"
    grouped = (
        "SELECT r.event_date, r.type, r.source_country, r.target_country, "
        "avg(r.goldstein) AS goldstein, count(DISTINCT r.event_id) AS mentions, "
        f"min_by(t.evidence, {first}) AS evidence, min_by(t.trigger, {first}) AS trigger, "
        "date_trunc(?, r.event_date)::DATE AS period FROM rows r JOIN main.events t USING (event_id) "
        "GROUP BY r.story, r.type, r.cameo, r.source_country, r.target_country, r.event_date")
    # Ties (many events share the top score) go to the busiest periods, then the latest.
    rows = store.query(
        distinct_events_sql(cond, prefilter=f"{involving} AND {dates}")
        + f"SELECT *, count(*) OVER (PARTITION BY period) AS in_period FROM ({grouped}) "
        "ORDER BY abs(goldstein) * ln(1 + mentions) DESC, in_period DESC, event_date DESC LIMIT ?",
        iparams + dparams + cparams + [by, max(limit * 10, 20)])
    chosen, periods = [], set()
    for r in rows:
        if r["period"] not in periods and len(chosen) < limit:
            periods.add(r["period"])
            chosen.append(r)
    return sorted(chosen, key=lambda r: r["event_date"])
