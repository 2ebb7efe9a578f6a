"""The stage order, and the two entry points every driver uses.

``code(text)`` codes one article; ``code_articles(articles)`` codes a stream. The CLI, the
HTTP API, the process pool and the Dask engine all end up in ``code_articles`` -- they only
decide where it runs.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import time
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date as Date
from functools import cache
from importlib import metadata

from detente.errors import DetenteError, PipelineError, StageError
from detente.nlp import MODEL_PACKAGES, exclusions, forget_spans, parse
from detente.readers import article_from_text
from detente.records import Article, CodedArticle, Sentence
from detente.resources import Resources, data_versions, default_resources
from detente.stage import Stage, check_contracts
from detente.version import __version__

STAGE_PACKAGES = ("actors", "events", "quotes", "tone", "dates", "places", "story_country")
"""The registry of coding stages, in run order: each names a package ``detente.<name>`` with a
``STAGE`` (a ``Stage``) and ``load(resources)`` (its data, through ``Resources.get(name)``).
Order matters: events need actors; quotes link events; tone scores sentences, events and quotes;
dates and places attach to events; story_country runs last (it rewrites mentions the others
have read)."""


def build_stages(names: Iterable[str] = STAGE_PACKAGES) -> tuple[Stage, ...]:
    """The ``Stage`` of each registered package, in order, its contracts checked: a stage that
    reads what no earlier stage writes is a ``PipelineError`` here, at start-up.

    >>> [s.name for s in build_stages()] == list(STAGE_PACKAGES)
    True
    """
    stages = tuple(importlib.import_module(f"detente.{name}").STAGE for name in names)
    for name, stage in zip(names, stages, strict=True):
        if stage.name != name:
            raise PipelineError(f"detente.{name}.STAGE is named {stage.name!r}")
    check_contracts(stages)
    return stages


STAGES: tuple[Stage, ...] = build_stages()


def spacy_exclusions(stages: Iterable[Stage] = STAGES) -> tuple[str, ...]:
    """spaCy components no stage declares (in ``Stage.spacy_components``) nor needs through
    another one; excluded when the model is loaded. A stage that reads ``token.lemma_``
    declares ``lemmatizer``; ``token.tag_``/``pos_`` declare ``tagger``/``attribute_ruler``.

    >>> "parser" in spacy_exclusions()
    False
    """
    return exclusions(sorted({c for stage in stages for c in stage.spacy_components}))


def _sentences(doc) -> list[Sentence]:
    return [Sentence(index=i, start=s.start_char, end=s.end_char) for i, s in enumerate(doc.sents)]


def _run_stage(stage: Stage, coded: CodedArticle, resources: Resources) -> None:
    """Run one stage; an unexpected error becomes a ``StageError`` naming the stage."""
    try:
        stage.run(coded, resources)
    except DetenteError:
        raise
    except Exception as exc:
        raise StageError(f"{type(exc).__name__}: {exc}", stage=stage.name,
                         article_id=coded.article.id, origin=coded.article.origin) from exc


def code_articles(
    articles: Iterable[Article],
    *,
    resources: Resources | None = None,
    batch_size: int = 32,
    keep_doc: bool = False,
    timings: dict[str, float] | None = None,
) -> Iterator[CodedArticle]:
    """Code a stream of articles in order, parsing in ``nlp.pipe`` batches.

    Each stage runs on each parsed article. ``keep_doc=False`` drops the spaCy ``Doc`` after
    the stages so results can cross process boundaries cheaply. ``timings`` (if given)
    accumulates seconds per stage, and under ``nlp`` the seconds spent in spaCy.
    """
    resources = resources or default_resources()
    for stage in STAGES:
        resources.get(stage.name)
    pending: deque[Article] = deque()

    def texts() -> Iterator[str]:
        for art in articles:
            pending.append(art)
            yield art.text

    def spend(name: str, since: float) -> None:
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - since

    docs = parse(texts(), batch_size=batch_size, disable=spacy_exclusions())
    while True:
        t0 = time.perf_counter()
        doc = next(docs, None)
        spend("nlp", t0)
        if doc is None:
            return
        article = pending.popleft()
        coded = CodedArticle(article=article, doc=doc, sentences=_sentences(doc))
        for stage in STAGES:
            t0 = time.perf_counter()
            _run_stage(stage, coded, resources)
            spend(stage.name, t0)
        forget_spans(doc)
        if not keep_doc:
            coded.doc = None
        yield coded


@cache
def coder_fingerprint() -> str:
    """Id of the coder that codes in this process: detente version, spaCy model version and
    the versions of every data file (dictionaries, lexicons, gazetteer tables). The store
    keeps it with each article, so an ingest after an upgrade re-codes what it had skipped."""
    models = {}
    for name in MODEL_PACKAGES:
        try:
            models[name] = metadata.version(name.replace("_", "-"))
        except metadata.PackageNotFoundError:
            continue
    blob = json.dumps({"detente": __version__, "models": models, "data": data_versions()}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def code(
    text: str,
    *,
    date: Date | str | None = None,
    title: str | None = None,
    id: str | None = None,
    resources: Resources | None = None,
) -> CodedArticle:
    """Code one article.

    >>> coded = code("Russia and the United States agreed to resume talks.", date="2021-06-16")
    >>> coded.article.date.isoformat()
    '2021-06-16'
    """
    article = article_from_text(text, date=date, title=title, id=id)
    return next(code_articles([article], resources=resources, keep_doc=True))


make_article = article_from_text
"""The old name of ``detente.readers.article_from_text``, kept for callers written before."""
