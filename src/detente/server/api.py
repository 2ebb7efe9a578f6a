"""The JSON API: one route per dashboard page and the data behind it.

Every route reads through ``request.app.state.db`` (read-only, parameters bound). Paging is
``limit``/``offset`` with ``limit`` bounded; errors become ``{"ok": false, "error", "status"}``
in ``app.py``.
"""

from __future__ import annotations

import json
from datetime import date as Date
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from detente.analysis import PERIODS, busiest_dyad, dyad_series, top_dyads
from detente.server import schemas
from detente.server.schemas import ok
from detente.store import reader

MAX_PAGE = 500
Code = Annotated[str | None, Query(min_length=2, max_length=12, pattern=r"^[A-Za-z][A-Za-z0-9_]*$",
                                   description="Actor code: ISO alpha-3 (USA) or IGO (NATO)")]
Day = Annotated[Date | None, Query(description="YYYY-MM-DD")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip")]


class ErrorBody(BaseModel):
    """What every error looks like."""

    ok: bool = False
    error: str
    status: int


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Bad request"},
    404: {"model": ErrorBody, "description": "Not found"},
    422: {"model": ErrorBody, "description": "A parameter is malformed"},
    500: {"model": ErrorBody, "description": "Server error"},
}



class FastJSON(JSONResponse):
    """JSON straight from the rows (dates as ISO strings), skipping FastAPI's slow encoder walk."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":"),
                          default=_plain).encode("utf-8")


def _plain(value: Any) -> Any:
    if isinstance(value, Date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return str(value)


router = APIRouter(prefix="/api", responses=ERRORS, default_response_class=FastJSON)


def _db(request: Request):
    return request.app.state.db


def _page(total: int, limit: int, offset: int, items: list[Any]) -> dict[str, Any]:
    return {"ok": True, "total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/health", summary="Whether the database can be read (200) or not (503)",
            responses={503: {"model": ErrorBody, "description": "The database cannot be read"}})
def health(request: Request) -> FastJSON:
    db = _db(request)
    db.health()
    return FastJSON({"ok": True, "version": db.version})


@router.get("/stats", summary="Counts, date range, top dyads and the default dyad",
            responses=ok(schemas.StatsBody, "Counts and the default dyad"))
def stats(request: Request) -> FastJSON:
    db = _db(request)
    body = reader.overview(db)
    pair = busiest_dyad(db)
    body.update(ok=True, top_dyads=top_dyads(db, limit=10),
                default_dyad={"source": pair[0], "target": pair[1]} if pair else None)
    return FastJSON(body)


@router.get("/countries", summary="Actor codes with how many events name them",
            responses=ok(schemas.Page, "Actor codes"))
def countries(request: Request) -> FastJSON:
    items = reader.countries(_db(request))
    return FastJSON(_page(len(items), len(items), 0, items))


@router.get("/events", summary="Events of a dyad, a country or a type, with their evidence",
            responses=ok(schemas.EventsPage, "A page of events"))
def events(request: Request, source: Code = None, target: Code = None, both: bool = False,
           country: Code = None,
           type: Annotated[str | None, Query(max_length=20, pattern=r"^[A-Za-z_]+$")] = None,
           quad: Annotated[int | None, Query(ge=1, le=4)] = None, date_from: Day = None,
           date_to: Day = None, limit: Limit = 50, offset: Offset = 0) -> FastJSON:
    total, items = reader.dyad_events(_db(request), source=source, target=target, both=both,
                                      country=country, type=type, quad=quad, date_from=date_from,
                                      date_to=date_to, limit=limit, offset=offset)
    return FastJSON(_page(total, limit, offset, items))


@router.get("/quotes", summary="Quotes, by speaker or the speaker's country",
            responses=ok(schemas.QuotesPage, "A page of quotes"))
def quotes(request: Request, speaker: Annotated[str | None, Query(max_length=100)] = None,
           country: Code = None, date_from: Day = None, date_to: Day = None,
           limit: Limit = 50, offset: Offset = 0) -> FastJSON:
    db = _db(request)
    items = reader.select_quotes(db, speaker=speaker, country=country, date_from=date_from,
                                 date_to=date_to, limit=limit + 1, offset=offset)
    more = len(items) > limit
    return FastJSON({"ok": True, "limit": limit, "offset": offset, "more": more, "items": items[:limit]})


@router.get("/speakers", summary="Speakers with most quotes",
            responses=ok(schemas.Page, "Speakers"))
def speakers(request: Request, country: Code = None, limit: Limit = 200) -> FastJSON:
    items = reader.speakers(_db(request), country=country, limit=limit)
    return FastJSON(_page(len(items), limit, 0, items))


@router.get("/articles/{article_id}", summary="An article: text, mentions, events, quotes, places",
            responses=ok(schemas.ArticleBody, "The article"))
def article(request: Request,
            article_id: Annotated[str, Path(min_length=1, max_length=300)]) -> FastJSON:
    found = reader.article_detail(_db(request), article_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no article with id {article_id!r}")
    return FastJSON({"ok": True, "article": found})


@router.get("/series", summary="Dyad series per period: quad classes, Goldstein, index",
            responses=ok(schemas.SeriesBody, "The series"))
def series(request: Request,
           source: Annotated[str, Query(min_length=2, max_length=12, pattern=r"^[A-Za-z][A-Za-z0-9_]*$")],
           target: Code = None, both: bool = False,
           by: Annotated[str, Query(pattern="^(" + "|".join(PERIODS) + ")$")] = "month",
           date_from: Day = None, date_to: Day = None,
           trim: Annotated[bool, Query(description="periods span only the events found in the "
                                                    "date range, not the whole range")] = False,
           ) -> FastJSON:
    result = dyad_series(_db(request), source=source, target=target, both=both, by=by,
                         date_from=date_from, date_to=date_to, trim=trim)
    return FastJSON({"ok": True, **result.to_dict()})


@router.get("/dyads", summary="Directed dyads with most distinct events",
            responses=ok(schemas.DyadsPage, "Top dyads"))
def dyads(request: Request, country: Code = None, date_from: Day = None, date_to: Day = None,
          limit: Annotated[int, Query(ge=1, le=200)] = 20) -> FastJSON:
    items = top_dyads(_db(request), country=country, date_from=date_from, date_to=date_to,
                      limit=limit)
    return FastJSON(_page(len(items), limit, 0, items))


@router.get("/locations", summary="Where the events happened, for the map",
            responses=ok(schemas.Page, "Event places"))
def locations(request: Request, source: Code = None, target: Code = None, both: bool = False,
              date_from: Day = None, date_to: Day = None,
              limit: Annotated[int, Query(ge=1, le=2000)] = 500) -> FastJSON:
    items = reader.event_locations(_db(request), source=source, target=target, both=both,
                                   date_from=date_from, date_to=date_to, limit=limit)
    return FastJSON(_page(len(items), limit, 0, items))
