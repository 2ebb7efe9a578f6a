"""Engines decide *where* ``pipeline.code_articles`` runs: in this process, in a process
pool, or on a Dask cluster. They never change *what* runs.

Every engine cuts the input stream into chunks of ``chunk_size`` articles (a multiple of the
``nlp.pipe`` batch size, so spaCy sees the same batches whichever engine runs), keeps at most
a few chunks in flight per worker (memory stays flat however long the input), and yields the
coded articles in input order.
"""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from detente.engines.worker import ChunkResult
from detente.nlp import MAX_BATCH_CHARS, batches
from detente.records import Article

ENGINES = ("local", "dask")
IN_FLIGHT_PER_WORKER = 2
"""Chunks queued per worker: one being coded, one waiting, so no worker idles."""
WINDOW_PER_WORKER = 16
"""Chunks a worker may run ahead of the oldest unfinished one (their results wait, in
memory, for their turn): long articles in one chunk never leave the other workers idle."""
BATCHES_PER_CHUNK = 2
"""A chunk is at most this many ``nlp.pipe`` batches of articles..."""
CHUNK_CHARS = MAX_BATCH_CHARS
"""...and at most this many characters (one full ``nlp.pipe`` batch of text: a few seconds
of a worker's time)."""


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


def unpack(results: Iterable[ChunkResult], stats: EngineStats | None) -> Iterator:
    """The coded articles (and rejections) of chunk results in order, each result added to
    ``stats`` when given (every engine reads its chunks' results so)."""
    for result in results:
        if stats is not None:
            stats.add(result)
        yield from result.coded


def chunked(articles: Iterable[Article], size: int, max_chars: int | None = None) -> Iterator[list[Article]]:
    """Lists of at most ``size`` articles and ``max_chars`` characters (default
    ``CHUNK_CHARS``; a longer article is a chunk alone), pulled lazily.

    Capping characters keeps chunks of similar cost: 64 long articles take a worker twenty
    times longer than 64 short ones, and at the end of a run the other workers would wait
    for that last long chunk.

    >>> from detente.readers import article_from_text
    >>> arts = [article_from_text(t, date="2021-06-16", id=str(i)) for i, t in enumerate(["a" * 60, "b" * 60, "c"])]
    >>> [len(c) for c in chunked(arts, 64, max_chars=100)]
    [1, 2]
    """
    return batches(articles, size, CHUNK_CHARS if max_chars is None else max_chars,
                   length=lambda article: len(article.text))


def run_ordered(
    chunks: Iterable[list[Article]],
    submit: Callable[[list[Article]], Any],
    result_of: Callable[[Any], ChunkResult],
    *,
    in_flight: int,
    window: int | None = None,
) -> Iterator[ChunkResult]:
    """Submit chunks as futures and yield their results in input order.

    At most ``in_flight`` chunks are being worked on at a time: a new one is submitted as soon
    as *any* of them finishes, not only the oldest, so a worker that finishes short chunks
    while another codes a long one keeps busy. Finished results wait for their turn; at most
    ``window`` chunks (default ``4 * in_flight``) are held between the oldest unfinished
    one and the newest submitted, so neither the input nor the results of a long run are
    ever held in memory. ``submit`` must return a future with ``add_done_callback`` (a
    ``concurrent.futures`` or a ``distributed`` future).
    """
    window = max(window or 4 * in_flight, in_flight)
    finished: queue.SimpleQueue[int] = queue.SimpleQueue()
    futures: dict[int, Any] = {}
    ready: set[int] = set()
    it = iter(chunks)
    submitted = head = 0
    exhausted = False
    while True:
        while not exhausted and submitted - head < window and len(futures) - len(ready) < in_flight:
            chunk = next(it, None)
            if chunk is None:
                exhausted = True
                break
            future = submit(chunk)
            futures[submitted] = future
            future.add_done_callback(lambda _f, seq=submitted: finished.put(seq))
            submitted += 1
        if head == submitted:
            return
        if head in ready:
            ready.discard(head)
            yield result_of(futures.pop(head))
            head += 1
            continue
        ready.add(finished.get())
