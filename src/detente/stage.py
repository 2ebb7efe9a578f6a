"""What a coding stage is: a named function that reads some fields and writes others."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.records import CodedArticle
    from detente.resources import Resources


@dataclass(frozen=True)
class Stage:
    """A pipeline stage.

    ``run(coded, resources)`` adds to ``coded`` in place. ``reads``/``writes`` name the
    ``CodedArticle`` fields (and ``doc`` for the spaCy parse) so the pipeline can check the
    order and a reader can see at a glance what a stage depends on.
    """

    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    run: Callable[[CodedArticle, Resources], None]
    spacy_components: tuple[str, ...] = ()
    """spaCy components the stage needs (beyond the tokenizer)."""
