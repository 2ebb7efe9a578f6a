"""The local engine: this process (one worker) or a pool of worker processes.

With ``workers=1`` (or an input of a single chunk) the chunks are coded here, with no
pickling at all. With more, a ``ProcessPoolExecutor`` of spawned processes runs
``worker.code_chunk``; each worker loads spaCy and the stage data once (in its initializer)
and sends back coded articles without their ``Doc``. The caller (one writer) receives them in input order.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from itertools import chain, islice

from detente.engines import (
    BATCHES_PER_CHUNK,
    IN_FLIGHT_PER_WORKER,
    WINDOW_PER_WORKER,
    EngineStats,
    chunked,
    run_ordered,
    unpack,
)
from detente.engines.worker import code_chunk, freeze_options, start_pool_worker
from detente.records import Article, CodedArticle, Rejection
from detente.resources import Resources


def code_local(
    articles: Iterable[Article],
    *,
    workers: int = 1,
    resources: Resources | None = None,
    batch_size: int = 32,
    stats: EngineStats | None = None,
) -> Iterator[CodedArticle | Rejection]:
    """Coded articles in input order, from this process or a pool of ``workers`` processes.

    >>> from detente.readers import article_from_text
    >>> arts = [article_from_text("NATO warned Russia.", date="2021-06-16", id="n")]
    >>> [c.article.id for c in code_local(arts, workers=1)]
    ['n']
    """
    options = freeze_options(resources)
    chunks = chunked(articles, batch_size * BATCHES_PER_CHUNK)
    head = list(islice(chunks, max(workers, 1)))
    chunks = chain(head, chunks)
    workers = min(workers, len(head))  # never more processes than there are chunks to code
    if workers <= 1:  # one chunk in all: starting processes would cost more
        results = (code_chunk(chunk, options, batch_size) for chunk in chunks)
        yield from unpack(results, stats)
        return
    context = multiprocessing.get_context("spawn")
    all_warm = context.Barrier(workers)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=start_pool_worker,
                               initargs=(options, all_warm))

    def submit(chunk: list[Article]):
        with _sigint_ignored():  # workers start with Ctrl-C ignored: the parent handles it
            return pool.submit(code_chunk, chunk, options, batch_size)

    try:
        results = run_ordered(chunks, submit, lambda future: future.result(),
                              in_flight=workers * IN_FLIGHT_PER_WORKER, window=workers * WINDOW_PER_WORKER)
        yield from unpack(results, stats)
    except BaseException:  # Ctrl-C, or the caller stopped: end the workers now, not after their chunk
        stop_now(pool)
        raise
    pool.shutdown(wait=True)


STOP_SECONDS = 1.0
"""How long stopped workers get to exit before they are killed."""


def stop_now(pool: ProcessPoolExecutor) -> None:
    """Terminate the pool's workers (their chunks are not committed, so nothing is lost) and
    shut the pool down without waiting for the chunks they were coding."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(STOP_SECONDS)
        if process.is_alive():
            process.kill()


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """SIGINT ignored while a worker process is spawned (it inherits the disposition, and
    Python then installs no KeyboardInterrupt handler), so a Ctrl-C in the terminal, which
    reaches every process of the group, prints no traceback from workers still starting."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
