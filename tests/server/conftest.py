"""Fixtures: the hand-built corpus in a DuckDB file, served by a real uvicorn on loopback."""

from __future__ import annotations

import pytest

from tests.server.live import running_server


@pytest.fixture(scope="session")
def base_url(corpus_db):
    with running_server(corpus_db) as url:
        yield url
