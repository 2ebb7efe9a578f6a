"""Events stage: who did what to whom, coded in PLOVER and CAMEO."""

from __future__ import annotations

from detente.records import CodedArticle
from detente.resources import Resources
from detente.stage import Stage


def load(resources: Resources) -> object:
    return None


def run(coded: CodedArticle, resources: Resources) -> None:
    """Not filled yet: this stage adds nothing until its issue lands."""


STAGE = Stage(name="events", reads=("doc", "mentions"), writes=("events",), run=run, spacy_components=("parser",))
