"""Shared fixtures: the founding article, the gold-data folder, temp databases."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_DATA = ROOT.parent / "shared" / "data"
GENEVA = FIXTURES / "geneva-summit-2021.txt"
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def geneva_text() -> str:
    return GENEVA.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def geneva_coded():
    """The founding article coded once for the whole session (date 2021-06-16)."""
    import detente
    from detente.ingest.text import split_title

    title, body, _ = split_title(GENEVA.read_text(encoding="utf-8"))
    return detente.code(body, title=title, date="2021-06-16")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.duckdb"


def shared_data(*parts: str) -> Path:
    """Path under ../shared/data, or skip the test with the reason when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"gold data {path} is absent (it lives in ../shared/data beside the repository)")
    return path
