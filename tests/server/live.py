"""A real uvicorn server on a loopback port, serving a real DuckDB file, for the server tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from detente.server import create_app

LAST_APP = None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(db: Path, *, cache_size: int = 1024, **options) -> Iterator[str]:
    """Serve ``db`` on 127.0.0.1 in a background thread; yields the base URL (the app is
    left in ``LAST_APP`` for tests that look inside)."""
    global LAST_APP
    port = free_port()
    LAST_APP = create_app(db, cache_size=cache_size, **options)
    config = uvicorn.Config(LAST_APP, host="127.0.0.1", port=port,
                            log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started:
        if time.time() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
