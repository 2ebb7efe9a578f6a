"""The HTTP API and the dashboard, served read-only from a detente database.

>>> serve(db="detente.duckdb", host="127.0.0.1", port=8000)  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

from detente.server.app import create_app


def serve(*, db: str | Path, host: str = "127.0.0.1", port: int = 8000, cache_size: int = 1024,
          log_level: str = "info") -> None:
    """Run the API and dashboard under uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db, cache_size=cache_size), host=host, port=port, log_level=log_level,
                access_log=False)


__all__ = ["create_app", "serve"]
