"""What a coding stage is: a named function that reads some fields and writes others, and the
check that a list of stages fits together (run when the pipeline is built)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.errors import PipelineError
from detente.records import CodedArticle

if TYPE_CHECKING:
    from detente.resources import Resources

PROVIDED = ("article", "doc", "sentences")
"""``CodedArticle`` fields the pipeline fills before the first stage runs."""


@dataclass(frozen=True)
class Stage:
    """A pipeline stage.

    ``run(coded, resources)`` adds to ``coded`` in place. ``reads``/``writes`` name the
    ``CodedArticle`` fields (``doc`` is the spaCy parse) so the pipeline can check the
    order and a reader can see at a glance what a stage depends on.
    """

    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    run: Callable[[CodedArticle, Resources], None]
    spacy_components: tuple[str, ...] = ()
    """spaCy components the stage needs (beyond the tokenizer)."""


def check_contracts(stages: Iterable[Stage]) -> None:
    """Raise ``PipelineError`` unless every field a stage reads or writes is a ``CodedArticle``
    field and every field it reads is provided or written by an earlier stage.

    >>> noop = lambda coded, resources: None
    >>> check_contracts([Stage("a", reads=("doc",), writes=("events",), run=noop)])
    >>> check_contracts([Stage("b", reads=("quotes",), writes=(), run=noop)])
    Traceback (most recent call last):
    detente.errors.PipelineError: stage b reads 'quotes', which no earlier stage writes
    """
    fields = {f.name for f in dataclasses.fields(CodedArticle)}
    written = set(PROVIDED)
    for stage in stages:
        for name in (*stage.reads, *stage.writes):
            if name not in fields:
                raise PipelineError(f"stage {stage.name} names {name!r}, which is not a CodedArticle field")
        for name in stage.reads:
            if name not in written:
                raise PipelineError(f"stage {stage.name} reads {name!r}, which no earlier stage writes")
        written.update(stage.writes)
