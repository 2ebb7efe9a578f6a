"""The Dask distributed engine: the same ``worker.code_chunk`` on a Dask cluster.

Without a scheduler address a ``LocalCluster`` of ``workers`` single-threaded worker
processes is started for the run (and closed after it); with ``tcp://HOST:PORT`` the run
uses that cluster's workers, which must have detente installed. Each worker loads the model
once: ``code_chunk`` and its cached loaders live in ``detente.engines.worker``, an importable
module, so they persist in the worker process between tasks. Results come back to the one
writer in the caller, in input order.
"""

from __future__ import annotations

import os
import signal
import socket
import threading
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from urllib.parse import urlsplit

from detente.engines import (
    BATCHES_PER_CHUNK,
    IN_FLIGHT_PER_WORKER,
    WINDOW_PER_WORKER,
    EngineStats,
    chunked,
    run_ordered,
    unpack,
)
from detente.engines.worker import code_chunk, freeze_options, warm_worker
from detente.errors import UsageError
from detente.records import Article, CodedArticle, Rejection
from detente.resources import Resources

LOCAL_WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.worker.multiprocessing-method": "forkserver",
    "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1,
                                            "OPENBLAS_NUM_THREADS": 1},
}
"""Dask settings for the workers of a ``LocalCluster`` started for a run (their nannies pass
them on); a cluster given by ``--scheduler`` keeps its own.

- The statistical profiler samples every worker thread's stack every 10 ms for the
  dashboard, which a run started here does not show; off, it leaves that CPU to coding.
- Dask's default worker environment sets ``MALLOC_TRIM_THRESHOLD_=65536`` (glibc hands freed
  memory back to the system at once) beside the one-thread BLAS settings kept here. spaCy
  allocates and frees many small arrays per sentence, and with that setting parsing ran
  12-25% slower on this project's machine (``docs/performance.md``); without it a worker's
  memory is what a process-pool worker's is. Start the workers of your own cluster with the
  same environment (``distributed.nanny.pre-spawn-environ``) for the same speed.
- Workers are forked by multiprocessing's fork server, which ``_start_fork_server`` starts
  with Ctrl-C ignored: every worker then ignores it from its first instruction (see there)."""


@contextmanager
def dask_client(scheduler: str | None, workers: int):
    """A ``distributed.Client`` on ``scheduler``, or on a fresh ``LocalCluster``."""
    from distributed import Client, LocalCluster

    if scheduler:
        _check_reachable(scheduler)
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        with client:
            yield client
        return
    import dask

    with ExitStack() as stack:
        stack.enter_context(dask.config.set(LOCAL_WORKER_CONFIG))
        _start_fork_server(LOCAL_WORKER_CONFIG["distributed.nanny.pre-spawn-environ"])
        with _sigint_deferred():
            cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1,
                                                       processes=True, dashboard_address=None,
                                                       silence_logs=WORKER_LOG_LEVEL))
            client = stack.enter_context(Client(cluster))
        try:
            yield client
        except BaseException:  # Ctrl-C, an error: the run is over, the cluster's farewells are noise
            _quiet_dask_logs()
            _end_workers(cluster)
            raise


def _end_workers(cluster) -> None:
    """Kill the worker processes of a run's own cluster at once (they ignore Ctrl-C, and a
    graceful close waits for the task each is in); their nannies then close without restarting
    them."""
    for nanny in list(getattr(cluster, "workers", {}).values()):
        pid = getattr(getattr(nanny, "process", None), "pid", None)
        if pid:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:  # already gone
                pass


def _quiet_dask_logs() -> None:
    """Silence the local cluster's loggers while it is torn down mid-task (the scheduler logs
    each broadcast cut short as an ERROR, which the user did nothing to cause)."""
    import logging

    for name in ("distributed", "distributed.scheduler", "distributed.core", "distributed.nanny",
                 "distributed.worker", "distributed.comm"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


WORKER_LOG_LEVEL = 50
"""Log level of a run's own cluster (``logging.CRITICAL``): its workers ignore Ctrl-C (see
``_start_fork_server``) and live until the cluster closes them, so a Ctrl-C mid-run let them log
their last heartbeats to a scheduler already gone, as ERROR tracebacks the user did nothing to
cause. A worker that fails is still reported: its task's error or ``KilledWorker`` reaches
this process, which names the chunk."""


def _start_fork_server(environ: dict) -> None:
    """Start multiprocessing's fork server (once per process) with SIGINT ignored and
    ``environ`` set, so that the workers forked from it ignore Ctrl-C from birth and get the
    one-thread BLAS settings.

    A Ctrl-C in the terminal reaches the whole process group. Workers spawned directly (Dask's
    default) each start a fresh interpreter, which turns SIGINT into ``KeyboardInterrupt`` early
    in its start-up: a Ctrl-C in that second printed tracebacks from the middle of an import.
    Blocking SIGINT around the cluster's start did not protect them: Dask starts the
    processes from threads of its own whose signal mask does not carry the block. A signal's
    *disposition*, unlike the mask, is the process's: the fork server, started here with
    SIGINT ignored, inherits the ignore (Python then installs no handler), ignores it itself,
    and hands that disposition to every worker it forks. Only this process answers a Ctrl-C,
    by closing the cluster. The ignore lasts while the server starts (a fraction of a second,
    in this thread, before the cluster): a Ctrl-C pressed in that moment is not seen."""
    from multiprocessing import forkserver

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    saved = {k: os.environ.get(k) for k in environ}
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        os.environ.update({k: str(v) for k, v in environ.items()})
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@contextmanager
def _sigint_deferred() -> Iterator[None]:
    """SIGINT blocked in this (the main) thread while the local cluster starts, then delivered:
    a Ctrl-C pressed during the start waits until the block is lifted, right after it, and is
    then raised here as ``KeyboardInterrupt``, not in the middle of the cluster's start. (The
    block does not reach the workers: Dask starts them from threads whose mask lacks it; they
    ignore Ctrl-C through the fork server's disposition, ``_start_fork_server``.)
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _check_reachable(address: str) -> None:
    """Fail at once, naming the address, when nothing listens at a ``tcp://`` scheduler
    (Dask itself would retry for its whole connect timeout)."""
    parsed = urlsplit(address)
    if parsed.scheme != "tcp" or not parsed.hostname or not parsed.port:
        return
    try:
        socket.create_connection((parsed.hostname, parsed.port), timeout=5).close()
    except OSError as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def code_dask(
    articles: Iterable[Article],
    *,
    workers: int = 2,
    resources: Resources | None = None,
    batch_size: int = 32,
    scheduler: str | None = None,
    stats: EngineStats | None = None,
) -> Iterator[CodedArticle | Rejection]:
    """Coded articles in input order, computed on Dask workers.

    >>> from detente.readers import article_from_text
    >>> arts = [article_from_text("NATO warned Russia.", date="2021-06-16", id="n")]
    >>> [c.article.id for c in code_dask(arts, workers=1)]  # doctest: +SKIP
    ['n']
    """
    options = freeze_options(resources)
    with dask_client(scheduler, workers) as client:
        client.run(warm_worker, options)
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(chunk: list[Article]):
            return client.submit(code_chunk, chunk, options, batch_size, pure=False)

        results = run_ordered(chunked(articles, batch_size * BATCHES_PER_CHUNK), submit,
                              lambda future: future.result(),
                              in_flight=n_workers * IN_FLIGHT_PER_WORKER,
                              window=n_workers * WINDOW_PER_WORKER)
        yield from unpack(results, stats)
