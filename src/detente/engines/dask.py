"""The Dask distributed engine (filled by the scale-out issue)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from detente.errors import UsageError
from detente.records import Article, CodedArticle
from detente.resources import Resources


def code_dask(
    articles: Iterable[Article],
    *,
    workers: int = 2,
    resources: Resources | None = None,
    batch_size: int = 32,
    scheduler: str | None = None,
) -> Iterator[CodedArticle]:
    raise UsageError("the dask engine is not available in this version; use --engine local")
