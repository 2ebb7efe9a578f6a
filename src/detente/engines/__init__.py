"""Engines decide *where* ``pipeline.code_articles`` runs: in this process, in a process
pool, or on a Dask cluster. They never change *what* runs.

Every engine cuts the input stream into chunks of ``chunk_size`` articles (a multiple of the
``nlp.pipe`` batch size, so spaCy sees the same batches whichever engine runs), keeps at most
a few chunks in flight per worker (memory stays flat however long the input), and yields the
coded articles in input order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from detente.engines.worker import ChunkResult
from detente.errors import UsageError
from detente.records import Article, CodedArticle, Rejection
from detente.resources import Resources

ENGINES = ("local", "dask")
IN_FLIGHT_PER_WORKER = 2
"""Chunks queued per worker: one being coded, one waiting, so no worker idles."""
BATCHES_PER_CHUNK = 2
"""A chunk is this many ``nlp.pipe`` batches."""


@dataclass
class EngineStats:
    """What the workers of a run reported: seconds per stage and peak memory per worker."""

    timings: dict[str, float] = field(default_factory=dict)
    """Seconds per stage summed over all workers (``nlp`` is spaCy parsing)."""
    peak_rss: dict[str, int] = field(default_factory=dict)
    """Peak resident memory in bytes, by worker (``host:pid``)."""
    first_rss: dict[str, int] = field(default_factory=dict)
    """Peak memory of each worker after its first chunk: against ``peak_rss`` it shows
    whether memory stays flat over a run."""
    cpu: dict[str, float] = field(default_factory=dict)
    """CPU seconds each worker process had used by its last chunk."""
    chunks: int = 0
    """Chunks coded."""

    def add(self, result: ChunkResult) -> None:
        for stage, seconds in result.timings.items():
            self.timings[stage] = self.timings.get(stage, 0.0) + seconds
        self.first_rss.setdefault(result.worker, result.peak_rss)
        self.peak_rss[result.worker] = max(self.peak_rss.get(result.worker, 0), result.peak_rss)
        self.cpu[result.worker] = max(self.cpu.get(result.worker, 0.0), result.cpu)
        self.chunks += 1


def chunked(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Lists of ``size`` articles (the last may be shorter), pulled lazily."""
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def run_ordered(
    chunks: Iterable[list[Article]],
    submit: Callable[[list[Article]], Any],
    result_of: Callable[[Any], ChunkResult],
    *,
    in_flight: int,
) -> Iterator[ChunkResult]:
    """Submit chunks as futures, at most ``in_flight`` at a time, and yield results in order.

    Input is pulled only when a slot frees up, so neither the input nor the results of a long
    run are ever held in memory.
    """
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= in_flight:
            yield result_of(pending.popleft())
    while pending:
        yield result_of(pending.popleft())


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

    >>> from detente.pipeline import make_article
    >>> arts = [make_article("Russia and Ukraine agreed to talk.", date="2021-06-16", id="a")]
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
