"""Ingest: inputs -> coded rows in the store, resumable and idempotent (``ingest_paths``).

The orchestration: ``readers`` turn inputs into articles, an engine runs the pipeline on
them, ``dedup`` groups them into stories and the ``store`` writes them.

Articles already stored with the same content hash are skipped as unchanged; changed ones
replace their old rows; bad inputs become rejection rows. Work is written in batches, each
in one transaction, so a run killed at any moment loses at most the batch in flight and a
re-run finishes the job without duplicates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from itertools import islice
from pathlib import Path

import duckdb

from detente.dedup import StoryIndex
from detente.engines import EngineStats
from detente.engines.stream import code_stream
from detente.errors import StoreError
from detente.pipeline import coder_fingerprint
from detente.readers import read_inputs
from detente.records import Article, CodedArticle, Rejection
from detente.resources import Resources, data_versions
from detente.store import is_interrupt, open_store
from detente.store.faults import explain


@dataclass
class IngestReport:
    """What an ingest run did."""

    run_id: str = ""
    read: int = 0
    """Articles read from the inputs (rejections not included)."""
    coded: int = 0
    """Articles coded and written."""
    unchanged: int = 0
    """Articles skipped because the store already holds the same text."""
    rejected: list[Rejection] = field(default_factory=list)
    """Inputs that could not be coded, with reasons."""
    events: int = 0
    """Events written in this run."""
    quotes: int = 0
    """Quotes written in this run."""
    words: int = 0
    """Words in the articles coded in this run."""

    @property
    def exit_code(self) -> int:
        """0 all coded, 3 some rejected, 1 nothing could be done, 4 no input found at all."""
        if not (self.read or self.rejected):
            return 4
        if self.rejected and not (self.coded or self.unchanged):
            return 1
        return 3 if self.rejected else 0

    def to_dict(self) -> dict:
        return {"run_id": self.run_id, "read": self.read, "coded": self.coded, "unchanged": self.unchanged,
                "rejected": [{"origin": r.origin, "reason": r.reason} for r in self.rejected],
                "events": self.events, "quotes": self.quotes, "words": self.words}


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ingest_paths(
    paths: Sequence[str | Path],
    *,
    db: str | Path = "detente.duckdb",
    date: Date | None = None,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    actors_file: str | Path | None = None,
    chunk_size: int = 256,
    batch_size: int = 32,
    progress: Callable[[IngestReport], None] | None = None,
    stats: EngineStats | None = None,
    tick: Callable[[], None] | None = None,
) -> IngestReport:
    """Read, code and store everything under ``paths``; returns an ``IngestReport``.

    One engine (``local`` with ``workers`` processes, or ``dask``) codes the whole stream;
    this process is the one writer: it groups near-duplicates into stories and commits every
    ``chunk_size`` coded articles in one transaction, recording progress in ``runs``.
    ``batch_size`` is the ``nlp.pipe`` batch (workers get chunks of two batches).
    ``stats`` (if given) collects the workers' seconds per stage and peak memory.
    ``progress`` is called with the report after every commit, ``tick`` once per article coded
    (before its batch is committed).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("Russia and Ukraine agreed to talk.")
    >>> ingest_paths([d], db=d / "x.duckdb").coded
    1
    """
    from detente.nlp import model_version

    resources = Resources(actors_file=str(actors_file) if actors_file else None)
    report = IngestReport()
    with open_store(db) as store:
        report.run_id = store.start_run(inputs=[str(p) for p in paths], engine=engine, workers=workers,
                                        model=model_version(), data_versions=data_versions())
        status = "failed"
        try:
            todo = _articles_to_code(read_inputs(paths, date=date), store, report, chunk_size)
            coded = code_stream(todo, engine=engine, workers=workers, resources=resources,
                                batch_size=batch_size, scheduler=scheduler, stats=stats)
            stories = StoryIndex(store)
            try:
                for batch in _chunks(_ticking(coded, tick), chunk_size):
                    _write_batch(store, stories, batch, report)
                    _publish(store)
                    if progress:
                        progress(report)
            finally:  # stop the engine (a pool, a Dask client) before the store closes
                coded.close()
            status = "finished"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        except Exception as exc:
            if is_interrupt(exc):  # Ctrl-C that reached DuckDB first
                status = "interrupted"
                raise KeyboardInterrupt from None
            if isinstance(exc, duckdb.Error):
                raise StoreError(explain(str(db), exc)) from exc
            raise
        finally:
            _close_run(store, report, status)
            _publish(store, force=True)
    return report


def _publish(store, *, force: bool = False) -> None:
    """A read snapshot for a running ``detente serve``; failing to publish one only leaves
    the server a little behind, it never stops the run (the data is committed)."""
    try:
        store.publish_snapshot(force=force)
    except (StoreError, duckdb.Error):
        pass


def _close_run(store, report: IngestReport, status: str) -> None:
    """Record how the run ended; when the database itself has failed (a full disk), the
    error that stopped the run is the one to report, not this bookkeeping's."""
    try:
        store.update_run(report.run_id, coded=report.coded, unchanged=report.unchanged,
                         rejected=len(report.rejected), status=status)
    except (duckdb.Error, StoreError):
        if status == "finished":
            raise


def _ticking(items: Iterator, tick: Callable[[], None] | None) -> Iterator:
    for item in items:
        if tick is not None:
            tick()
        yield item


def _write_batch(store, stories: StoryIndex, results: list[CodedArticle | Rejection],
                 report: IngestReport) -> None:
    """Assign stories and commit one batch; the run's counters move with the commit."""
    failed = [r for r in results if isinstance(r, Rejection)]
    if failed:
        store.write_rejections(failed, run_id=report.run_id)
        report.rejected.extend(failed)
    batch = [r for r in results if isinstance(r, CodedArticle)]
    signatures = stories.assign(batch)
    store.write(batch, run_id=report.run_id, signatures=signatures, coder=coder_fingerprint())
    store.clear_rejection([c.article.origin for c in batch if c.article.origin])
    for c in batch:
        report.coded += 1
        report.events += len(c.events)
        report.quotes += len(c.quotes)
        report.words += len(c.article.text.split())
    store.update_run(report.run_id, coded=report.coded, unchanged=report.unchanged,
                     rejected=len(report.rejected))


def _articles_to_code(records: Iterable[Article | Rejection], store, report: IngestReport,
                      chunk_size: int) -> Iterator[Article]:
    """Articles that need coding, pulled lazily chunk by chunk (the engine asks for more only
    when a worker is free, so the input is never held in memory)."""
    seen: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(records, chunk_size):
        yield from _triage(chunk, store, seen, report)


def _triage(chunk: list[Article | Rejection], store, seen: dict[str, tuple[str, str]],
            report: IngestReport) -> list[Article]:
    """Split a chunk into articles to code; count unchanged ones and record rejections.

    Two records with the same id in one run: an identical copy counts as unchanged, one with
    different text is rejected with a reason naming the first (which is the one stored). In a
    later run, different text under a stored id is a revision: it replaces the stored rows.
    """
    rejections = [r for r in chunk if isinstance(r, Rejection)]
    articles: list[Article] = []
    for art in (r for r in chunk if isinstance(r, Article)):
        report.read += 1
        if art.id in seen:
            first_hash, first_origin = seen[art.id]
            if first_hash == art.content_hash:
                report.unchanged += 1
            else:
                rejections.append(Rejection(
                    origin=art.origin or art.id, article_id=art.id,
                    reason=f"duplicate id {art.id!r} with different text in this run; the first "
                    f"record with this id ({first_origin}) is the one stored"))
            continue
        seen[art.id] = (art.content_hash, art.origin or art.id)
        articles.append(art)
    stored = store.stored_hashes([a.id for a in articles], coder=coder_fingerprint())
    todo = []
    for art in articles:
        if stored.get(art.id) == art.content_hash:
            report.unchanged += 1
        else:
            todo.append(art)
    store.write_rejections(rejections, run_id=report.run_id)
    report.rejected.extend(rejections)
    return todo
