"""Places stage: toponyms resolved to coordinates; event locations."""

from __future__ import annotations

from detente.records import CodedArticle
from detente.resources import Resources
from detente.stage import Stage


def load(resources: Resources) -> object:
    return None


def run(coded: CodedArticle, resources: Resources) -> None:
    """Not filled yet: this stage adds nothing until its issue lands."""


STAGE = Stage(name="places", reads=("doc", "mentions", "events"), writes=("places", "events"), run=run, spacy_components=("parser",))
