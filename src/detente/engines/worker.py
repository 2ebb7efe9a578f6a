"""The unit of work every engine runs: code one chunk of articles in a worker process.

The process pool and the Dask engine both call ``code_chunk``; it lives in an importable
module (not ``__main__``) so that the cached loaders below survive between tasks and the
spaCy model and stage data are loaded once per worker process, not once per task.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import resource
import signal
import socket
import sys
import threading
from dataclasses import dataclass, field
from functools import cache
from multiprocessing.connection import wait
from multiprocessing.synchronize import Barrier

from detente.errors import StageError
from detente.pipeline import code_articles
from detente.records import Article, CodedArticle, Rejection
from detente.resources import Resources

Options = tuple[tuple[str, object], ...]
"""``Resources`` options as a hashable, sorted tuple of pairs (the cache key of a worker)."""


@dataclass
class ChunkResult:
    """What a worker sends back for one chunk: coded articles (without the spaCy Doc) and
    what it cost."""

    coded: list[CodedArticle | Rejection]
    """Coded articles (or the rejection of one that failed), in the order they were given."""
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds per stage (``nlp`` for parsing) spent on this chunk."""
    worker: str = ""
    """``host:pid`` of the process that coded it."""
    peak_rss: int = 0
    """Peak resident memory of that process so far, in bytes."""
    cpu: float = 0.0
    """CPU seconds that process has used so far."""


def freeze_options(resources: Resources | None) -> Options:
    """The options a worker needs to rebuild the same ``Resources`` (``Resources`` itself is
    rebuilt on the worker so loaded tables are never pickled)."""
    options = resources.options if resources is not None else {}
    return tuple(sorted((k, v) for k, v in options.items() if v is not None))


@cache
def worker_resources(options: Options) -> Resources:
    """One ``Resources`` per worker process and option set, every stage loaded up front."""
    from detente.pipeline import STAGES

    resources = Resources(**dict(options))
    for stage in STAGES:
        resources.get(stage.name)
    settle_heap()
    return resources


YOUNG_COLLECTION = 10_000
"""New container objects (lists, dicts, records) between two collections of the youngest
generation in a worker (Python's default is 700). The stages make short-lived objects by the
hundred thousand, nearly all freed by reference counting within the rule that made them; at
700 the collector ran about 320 times per 400 BBC articles and took 4-6 % of the stages' CPU,
at 10,000 16 times and 1-2 %. Collection timing never changes what is coded; the garbage
left waiting is a few thousand small objects."""


def settle_heap() -> None:
    """Collect, then move every object alive now (model, dictionaries, gazetteer: several
    hundred thousand objects) out of the garbage collector's sight (``gc.freeze``). A full
    collection otherwise walks them all again, half a second each time, every few hundred
    articles; they live as long as the worker, so nothing is lost by not walking them. The
    youngest generation is then collected every ``YOUNG_COLLECTION`` new objects."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])


def _reload_model(disable: tuple[str, ...]) -> None:
    """Load a fresh spaCy pipeline after ``reload_if_grown`` dropped the old one: unfreeze
    so the old pipeline's reference cycles can be collected, then settle the heap again."""
    from detente.nlp import load_nlp

    gc.unfreeze()
    load_nlp(disable)
    settle_heap()


def warm_worker(options: Options) -> str:
    """Load the model and every stage's data now (pool initializer / Dask ``client.run``)."""
    from detente.nlp import load_nlp
    from detente.pipeline import spacy_exclusions

    load_nlp(spacy_exclusions())
    worker_resources(options)
    return worker_name()


WARM_WAIT_SECONDS = 600.0
"""How long a warm pool worker waits for the others before it starts on chunks anyway."""


def start_pool_worker(options: Options, all_warm: Barrier | None = None) -> None:
    """Process-pool initializer: exit when the parent dies, load everything once, then wait
    until every worker of the pool is warm (``all_warm``, a barrier of the pool's size).

    A pool worker blocks on its task queue; if the parent is killed (SIGKILL, OOM killer) no
    one would ever tell it to stop, so a daemon thread waits on the parent's sentinel and
    ends the worker the moment the parent is gone. Without the barrier the first worker to
    finish loading takes every queued chunk while the others still load the model, so a short
    run is coded by one process and its memory and timings describe one worker, not the pool.
    A worker that never gets warm (it died loading) breaks the pool anyway; the others stop
    waiting after ``WARM_WAIT_SECONDS``.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True,
                         name="detente-parent-watch").start()
    warm_worker(options)
    if all_warm is not None:
        try:
            all_warm.wait(WARM_WAIT_SECONDS)
        except threading.BrokenBarrierError:
            pass


def _exit_with(sentinel: int) -> None:
    wait([sentinel])
    os._exit(1)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def peak_rss_bytes() -> int:
    """Peak resident set size of this process image, in bytes.

    Linux: ``VmHWM`` of ``/proc/self/status``, the high-water mark of this process's own
    memory (``ru_maxrss`` of a spawned child starts from its parent's size at fork, so it
    would report the parent's memory). Elsewhere ``ru_maxrss`` (KiB on Linux, bytes on macOS).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def cpu_seconds() -> float:
    """CPU time (user + system) this process has used so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def code_chunk(articles: list[Article], options: Options, batch_size: int) -> ChunkResult:
    """Code ``articles`` with this worker's cached model and resources (the model is
    reloaded between chunks once its vocabulary has grown large: ``nlp.reload_if_grown``).

    An article that makes spaCy or a stage fail comes back as a ``Rejection`` naming the
    error; the rest of the chunk is coded as usual (the chunk is re-coded one article at a
    time to find it), so one bad article never stops a run.

    >>> from detente.readers import article_from_text
    >>> art = article_from_text("Russia and Ukraine agreed to talk.", date="2021-06-16", id="a1")
    >>> code_chunk([art], (), 32).coded[0].article.id
    'a1'
    """
    from detente.nlp import reload_if_grown
    from detente.pipeline import spacy_exclusions

    resources = worker_resources(options)
    timings: dict[str, float] = {}
    try:
        coded: list[CodedArticle | Rejection] = list(code_articles(
            articles, resources=resources, batch_size=batch_size, timings=timings))
    except Exception:  # isolate the failing article below
        coded = [_code_alone(article, resources) for article in articles]
    if reload_if_grown(spacy_exclusions()):
        _reload_model(spacy_exclusions())
    return ChunkResult(coded=coded, timings=timings, worker=worker_name(), peak_rss=peak_rss_bytes(),
                       cpu=cpu_seconds())


def _code_alone(article: Article, resources: Resources) -> CodedArticle | Rejection:
    try:
        return next(code_articles([article], resources=resources))
    except Exception as exc:  # any failure of one article becomes its rejection
        stage = getattr(exc, "stage", "nlp")  # a stage's own error names it (StageError)
        cause = exc.__cause__ if isinstance(exc, StageError) and exc.__cause__ else exc
        return Rejection(origin=article.origin or article.id, article_id=article.id, stage=stage,
                         reason=f"{stage} failed: {type(cause).__name__}: {str(cause)[:300]}")
