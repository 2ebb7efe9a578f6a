"""A cache of API responses bounded in bytes, keyed on the snapshot being read.

The server reads a read-only snapshot (``server.db``); while it reads one, a GET under
``/api/`` always gives the same answer. When the writer publishes a newer snapshot the
database's ``version`` changes and older entries are dropped. Successful responses up to
``MAX_BODY`` bytes are kept, least recently used dropped first, until their bodies, headers
and keys together stay under ``max_bytes`` -- so junk query strings cost at most that.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

MAX_BODY = 2_000_000
MAX_BYTES = 64 * 1024 * 1024
"""Default bound of the whole cache."""
MAX_KEY = 2048
"""Longer URLs are answered but not cached."""


class ResponseCache:
    """Pure ASGI middleware; it runs on the event loop thread, so it needs no lock."""

    def __init__(self, app: Any, size: int = 1024, max_bytes: int = MAX_BYTES,
                 version: Callable[[], int] = lambda: 0):
        self.app = app
        self.size = size
        self.max_bytes = max_bytes
        self.version = version
        self.seen_version = 0
        self.bytes = 0
        self.entries: OrderedDict[str, tuple[int, list, bytes]] = OrderedDict()

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if (self.size <= 0 or scope["type"] != "http" or scope["method"] != "GET"
                or not scope["path"].startswith("/api/") or scope["path"] == "/api/health"):
            await self.app(scope, receive, send)
            return
        self._follow_version()
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
        if start.get("status") == 200 and len(body) <= MAX_BODY and len(key) <= MAX_KEY:
            self._add(key, list(start.get("headers", [])), body)

    def _follow_version(self) -> None:
        version = self.version()
        if version != self.seen_version:
            self.entries.clear()
            self.bytes = 0
            self.seen_version = version

    def _add(self, key: str, headers: list, body: bytes) -> None:
        cost = _cost(key, headers, body)
        if cost > self.max_bytes:
            return
        old = self.entries.pop(key, None)
        if old is not None:
            self.bytes -= _cost(key, old[1], old[2])
        self.entries[key] = (200, headers, body)
        self.bytes += cost
        while self.entries and (len(self.entries) > self.size or self.bytes > self.max_bytes):
            gone, (_, gone_headers, gone_body) = self.entries.popitem(last=False)
            self.bytes -= _cost(gone, gone_headers, gone_body)


def _cost(key: str, headers: list, body: bytes) -> int:
    return len(key) + len(body) + sum(len(k) + len(v) for k, v in headers) + 200
