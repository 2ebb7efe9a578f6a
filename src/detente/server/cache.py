"""A bounded cache of API responses, valid because the server's database is read-only.

DuckDB lets no process write a file that another holds open, so while ``detente serve`` runs
the data cannot change and a GET under ``/api/`` always gives the same answer. Successful
responses up to ``MAX_BODY`` bytes are kept, least recently used dropped first.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

MAX_BODY = 2_000_000


class ResponseCache:
    """Pure ASGI middleware; it runs on the event loop thread, so it needs no lock."""

    def __init__(self, app: Any, size: int = 1024):
        self.app = app
        self.size = size
        self.entries: OrderedDict[str, tuple[int, list, bytes]] = OrderedDict()

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if (self.size <= 0 or scope["type"] != "http" or scope["method"] != "GET"
                or not scope["path"].startswith("/api/")):
            await self.app(scope, receive, send)
            return
        key = scope["path"] + "?" + scope.get("query_string", b"").decode("latin-1")
        hit = self.entries.get(key)
        if hit is not None:
            self.entries.move_to_end(key)
            status, headers, body = hit
            await send({"type": "http.response.start", "status": status,
                        "headers": headers + [(b"x-cache", b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        start: dict = {}
        chunks: list[bytes] = []

        async def capture(message: dict) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, capture)
        body = b"".join(chunks)
        if start.get("status") == 200 and len(body) <= MAX_BODY:
            self.entries[key] = (200, list(start.get("headers", [])), body)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)
