"""Engines decide *where* ``pipeline.code_articles`` runs: in this process, in a process
pool, or on a Dask cluster. They never change *what* runs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from detente.errors import UsageError
from detente.records import Article, CodedArticle
from detente.resources import Resources

ENGINES = ("local", "dask")


def code_stream(
    articles: Iterable[Article],
    *,
    engine: str = "local",
    workers: int = 1,
    resources: Resources | None = None,
    batch_size: int = 32,
    scheduler: str | None = None,
) -> Iterator[CodedArticle]:
    """Coded articles in input order, from the chosen engine."""
    if engine == "local":
        from detente.engines.local import code_local

        yield from code_local(articles, workers=workers, resources=resources, batch_size=batch_size)
    elif engine == "dask":
        from detente.engines.dask import code_dask

        yield from code_dask(articles, workers=workers, resources=resources, batch_size=batch_size,
                             scheduler=scheduler)
    else:
        raise UsageError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
