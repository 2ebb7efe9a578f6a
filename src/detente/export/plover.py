"""PLOVER JSON lines: one event per line with the field names of the PLOVER specification.

Field names follow the "JSON Data Fields" chapter of the PLOVER manual (Open Event Data
Alliance, draft 0.7b1): ``id``, ``date``, ``source``/``recipient`` (lists of actor objects with
``code``, ``sector``, ``actor_text``, ``identifier_text``), ``event`` (a list), ``mode``,
``context``, ``event_loc`` (GeoNames field names plus ``cc3``), ``event_text``, ``quad_code``,
``event_scale``, ``link``, ``text``, ``text_info``, ``cite_info``, ``coder``, ``coded_date``.
Extra fields the manual allows providers to add: ``cameo``, ``rule``, ``negated``, ``tone``,
``date_precision``, ``article_id``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from detente.export.query import BATCH_ROWS, EventFilter, rows, with_articles
from detente.store import Store
from detente.version import __version__

CODER = f"detente {__version__}"


def _actor(p: dict[str, Any]) -> dict[str, Any]:
    actor = {"code": p.get("country"), "sector": p.get("sector"), "actor_text": p.get("text")}
    if p.get("name"):
        actor["identifier_text"] = p["name"]
    return actor


def _location(row: dict[str, Any]) -> dict[str, Any] | None:
    if not row.get("location_name"):
        return None
    return {"name": row["location_name"], "latitude": row.get("lat"), "longitude": row.get("lon"),
            "geonameid": row.get("geonames_id"), "cc3": row.get("location_country")}


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One stored event row (with its article fields) as a PLOVER record."""
    coded = row.get("coded_at")
    return {
        "id": row["event_id"],
        "date": row["event_date"].isoformat() if row.get("event_date") else None,
        "source": [_actor(p) for p in row.get("source") or []],
        "recipient": [_actor(p) for p in row.get("target") or []],
        "event": [row["type"]],
        "mode": row.get("mode"),
        "context": list(row.get("context") or []),
        "event_loc": _location(row),
        "event_text": [row["trigger"]] if row.get("trigger") else [],
        "quad_code": row.get("quad"),
        "event_scale": row.get("goldstein"),
        "link": row.get("story_id") or row["article_id"],
        "text": row.get("evidence"),
        "text_info": {"sequence": row.get("sentence"), "start": row.get("start_char"),
                      "end": row.get("end_char")},
        "cite_info": {"citation": row["article_id"], "url": row.get("article_url"),
                      "title": row.get("article_title"), "publication": row.get("article_source"),
                      "language": "en", "coder": CODER, "codebook": "plover+cameo"},
        "coder": CODER,
        "coded_date": coded.date().isoformat() if coded else None,
        "cameo": row.get("cameo"),
        "rule": row.get("rule"),
        "negated": row.get("negated"),
        "tone": row.get("tone"),
        "date_precision": row.get("date_precision"),
        "article_id": row["article_id"],
    }


def write_plover(store: Store, out: Path, selection: EventFilter,
                  batch_rows: int = BATCH_ROWS) -> int:
    """Write the selected events as PLOVER JSON lines (UTF-8), streaming."""
    where, params = selection.where()
    _, batches = with_articles(store, f"SELECT e.* FROM events e{where}", params,
                               batch_rows=batch_rows)
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for row in rows(batches):
            f.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
            n += 1
    return n
