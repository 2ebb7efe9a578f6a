"""Choosing the engine: ``code_stream`` hands the stream to the local pool or to Dask.

A module of its own because both engines import the shared machinery of ``detente.engines``;
the dispatcher importing them from there would close a circle.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from detente.engines import ENGINES, EngineStats
from detente.errors import UsageError
from detente.records import Article, CodedArticle, Rejection
from detente.resources import Resources


def code_stream(
    articles: Iterable[Article],
    *,
    engine: str = "local",
    workers: int = 1,
    resources: Resources | None = None,
    batch_size: int = 32,
    scheduler: str | None = None,
    stats: EngineStats | None = None,
) -> Iterator[CodedArticle | Rejection]:
    """Coded articles in input order, from the chosen engine (an article that made spaCy or
    a stage fail comes as a ``Rejection`` in its place).

    >>> from detente.readers import article_from_text
    >>> arts = [article_from_text("Russia and Ukraine agreed to talk.", date="2021-06-16", id="a")]
    >>> [c.article.id for c in code_stream(arts, engine="local", workers=1)]
    ['a']
    """
    if engine == "local":
        from detente.engines.local import code_local

        yield from code_local(articles, workers=workers, resources=resources, batch_size=batch_size,
                              stats=stats)
    elif engine == "dask":
        from detente.engines.dask import code_dask

        yield from code_dask(articles, workers=workers, resources=resources, batch_size=batch_size,
                             scheduler=scheduler, stats=stats)
    else:
        raise UsageError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
