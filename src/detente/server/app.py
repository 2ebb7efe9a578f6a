"""The FastAPI application: the JSON API under ``/api``, the dashboard at ``/``.

One place (``_error``) turns every failure into ``{"ok": false, "error": ..., "status": ...}``
with the right HTTP status.
"""

from __future__ import annotations

import json
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from detente.errors import DetenteError, StoreError, UsageError
from detente.server.api import router
from detente.server.cache import MAX_BYTES, ResponseCache
from detente.server.db import ReadOnlyDatabase
from detente.version import __version__

STATIC = Path(__file__).resolve().parent / "static"


def _status_of(exc: Exception) -> tuple[int, str]:
    if isinstance(exc, StarletteHTTPException):
        return exc.status_code, str(exc.detail)
    if isinstance(exc, RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return 422, f"{where}: {first.get('msg', 'invalid value')}"
    if isinstance(exc, UsageError):
        return 400, str(exc)
    if isinstance(exc, StoreError):
        return 503, str(exc)
    if isinstance(exc, OverflowError):
        return 400, f"a value is out of range: {exc}"
    if isinstance(exc, DetenteError):
        return 500, str(exc)
    return 500, f"internal error: {type(exc).__name__}"


async def _error(request: Request, exc: Exception) -> JSONResponse:
    status, message = _status_of(exc)
    return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)


class Guard:
    """Outermost ASGI middleware: answers HEAD as GET without the body, and turns any error
    that escaped the handlers into the JSON error body -- never re-raised, so the server
    logs no traceback and the client's keep-alive connection stays open."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        started = False

        async def reply(message: dict) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        try:
            await self.app(scope, receive, reply)
        except Exception as exc:
            if started:
                return
            status, text = _status_of(exc)
            body = b"" if head else json.dumps({"ok": False, "error": text, "status": status}).encode()
            await send({"type": "http.response.start", "status": status,
                        "headers": [(b"content-type", b"application/json")]})
            await send({"type": "http.response.body", "body": body})


def create_app(db_path: str | Path, *, cache_size: int = 1024,
               cache_bytes: int = MAX_BYTES) -> FastAPI:
    """The app serving ``db_path`` read-only; ``cache_size`` API responses are kept (0: none),
    at most ``cache_bytes`` in all.

    >>> app = create_app("detente.duckdb")  # doctest: +SKIP
    >>> import uvicorn; uvicorn.run(app, port=8000)  # doctest: +SKIP
    """
    database = ReadOnlyDatabase(db_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        database.close()

    # /docs and /redoc would load their JavaScript from a CDN: the spec stays at /openapi.json.
    app = FastAPI(title="detente", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None,
                  description="Event data read from news: who did what to whom, when, where.")
    app.state.db = database
    for exc_type in (StarletteHTTPException, RequestValidationError, DetenteError, Exception):
        app.add_exception_handler(exc_type, _error)
    app.include_router(router)
    app.add_middleware(ResponseCache, size=cache_size, max_bytes=cache_bytes,
                       version=database.current_version)
    app.add_middleware(Guard)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    return app
