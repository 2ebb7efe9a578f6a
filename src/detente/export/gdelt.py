"""A GDELT 2.0-style event table: the 61 columns of the GDELT event codebook, tab-separated.

One row per distinct dyadic event -- ``(story, type, cameo, source country, target country,
event date)``, the counting convention of ``detente.analysis`` -- with ``NumMentions`` the
event rows behind it, ``NumArticles`` the distinct articles and ``NumSources`` the distinct
outlets. ``AvgTone`` is GDELT's: the tone (positive minus negative words per hundred words) of
the articles reporting the event, averaged over its mentions. Columns detente has no value for are left empty; docs/exports.md lists them.
Unlike GDELT's files the table starts with a header row, so ``pandas.read_csv(path, sep="\\t")``
reads it as is.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date as Date
from pathlib import Path
from typing import Any

from detente.actors import is_country
from detente.export.query import BATCH_ROWS, EventFilter, rows, stream
from detente.store import Store

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR) + tuple(f"Actor2{c}" for c in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in _GEO) + tuple(f"Actor2Geo_{c}" for c in _GEO)
    + tuple(f"ActionGeo_{c}" for c in _GEO) + ("DATEADDED", "SOURCEURL")
)
"""The GDELT 2.0 event table columns, in GDELT's order (61)."""

_FIRST = "row(d.article_date, d.article_id, d.idx)"
_FIRST_OF = ("source_code", "source_name", "source_text", "source_sector", "target_code",
             "target_name", "target_text", "target_sector", "location_name", "location_country",
             "lat", "lon", "geonames_id", "url")


def gdelt_sql(where: str) -> str:
    """Distinct dyadic events with the first reporting row's actors, place and URL."""
    firsts = ", ".join(f"min_by({c}, {_FIRST}) AS {c}" for c in _FIRST_OF)
    return (
        f"WITH sel AS (SELECT e.event_id FROM events e{where}) "
        "SELECT coalesce(d.story_id, d.article_id) AS story, d.type, d.cameo, d.source_country, "
        "d.target_country, d.event_date, any_value(d.quad) AS quad, avg(d.goldstein) AS goldstein, "
        "count(DISTINCT d.event_id) AS mentions, count(DISTINCT a.source) AS outlets, "
        "count(DISTINCT d.article_id) AS articles, min(d.sentence) AS first_sentence, "
        "avg(a.avg_tone) AS avg_tone, "
        f"min(a.coded_at) AS coded_at, {firsts} "
        "FROM event_dyads d JOIN sel USING (event_id) JOIN articles a ON a.id = d.article_id "
        "GROUP BY ALL ORDER BY d.event_date, story, d.type, d.cameo, d.source_country, d.target_country"
    )


GDELT_QUADS = ((range(1, 6), 1), (range(6, 9), 2), (range(9, 14), 3), (range(14, 21), 4))
"""GDELT's QuadClass of each CAMEO root code: 01-05 verbal cooperation, 06-08 material
cooperation, 09-13 verbal conflict, 14-20 material conflict (docs/exports.md, "Quad classes")."""


def gdelt_quad(cameo: str | None, fallback: int | None = None) -> int | None:
    """GDELT's quad class of a CAMEO code (by its two-digit root); ``fallback`` without a code.

    >>> gdelt_quad("0211"), gdelt_quad("100"), gdelt_quad("084"), gdelt_quad(None, 3)
    (1, 3, 2, 3)
    """
    if cameo and cameo[:2].isdigit():
        root = int(cameo[:2])
        for roots, quad in GDELT_QUADS:
            if root in roots:
                return quad
    return fallback


def _actor(row: dict[str, Any], side: str) -> list[Any]:
    country = row.get(f"{side}_country")
    name = row.get(f"{side}_name") or row.get(f"{side}_text")
    return [row.get(f"{side}_code") or country or "", (name or "").upper(),
            country if is_country(country) else "",
            country if country and not is_country(country) else "",
            "", "", "", row.get(f"{side}_sector") or "", "", ""]


def global_event_id(row: dict[str, Any]) -> int:
    """A stable integer id (below 2**53, safe in JSON and spreadsheets) of the event key."""
    import hashlib

    key = "|".join(str(row.get(k) or "") for k in ("story", "type", "cameo", "source_country",
                                                   "target_country", "event_date"))
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big") >> 11


def _tone(value: float | None) -> Any:
    """AvgTone as GDELT writes it: a plain number, empty when the articles were not toned."""
    return "" if value is None else round(float(value), 4)


def gdelt_row(row: dict[str, Any]) -> list[Any]:
    """The 61 GDELT cells of one distinct dyadic event."""
    day = row["event_date"]
    cameo = row.get("cameo") or ""
    has_place = row.get("location_name") is not None
    geo = ["", row.get("location_name") or "", row.get("location_country") or "", "", "",
           row.get("lat") if has_place else "", row.get("lon") if has_place else "",
           row.get("geonames_id") or ""]
    coded = row.get("coded_at")
    return ([global_event_id(row), day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year,
             round(day.year + day.timetuple().tm_yday / 365.0, 4)]
            + _actor(row, "source") + _actor(row, "target")
            + [1 if row.get("first_sentence") == 0 else 0, cameo, cameo[:3], cameo[:2],
               gdelt_quad(cameo, row.get("quad")) or "", row.get("goldstein") if row.get("goldstein") is not None else "",
               row["mentions"], row["outlets"], row["articles"], _tone(row.get("avg_tone"))]
            + [""] * 16 + geo
            + [coded.strftime("%Y%m%d%H%M%S") if coded else "", row.get("url") or ""])


def _years(store: Store, selection: EventFilter) -> list[int]:
    where, params = selection.where()
    extra = " AND " if where else " WHERE "
    found = store.query(f"SELECT DISTINCT year(e.event_date) AS y FROM events e{where}{extra}"
                        "e.event_date IS NOT NULL ORDER BY y", params)
    return [r["y"] for r in found]


def write_gdelt(store: Store, out: Path, selection: EventFilter,
                batch_rows: int = BATCH_ROWS) -> int:
    """Write the selected events as a GDELT 2.0-style TSV with a header row, streaming.

    Events are grouped one year at a time (the event key holds the date, so no event spans two
    years): the grouping never holds more than a year of events, whatever the database size.
    """
    n = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        for year in _years(store, selection):
            first, last = Date(year, 1, 1), Date(year, 12, 31)
            chunk = replace(selection, date_from=max(selection.date_from or first, first),
                            date_to=min(selection.date_to or last, last))
            where, params = chunk.where()
            for row in rows(stream(store, gdelt_sql(where), params, batch_rows=batch_rows)):
                writer.writerow(gdelt_row(row))
                n += 1
    return n
