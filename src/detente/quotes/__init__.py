"""Quotes stage: direct and indirect speech attributed to resolved speakers."""

from __future__ import annotations

from detente.records import CodedArticle
from detente.resources import Resources
from detente.stage import Stage


def load(resources: Resources) -> object:
    return None


def run(coded: CodedArticle, resources: Resources) -> None:
    """Not filled yet: this stage adds nothing until its issue lands."""


STAGE = Stage(name="quotes", reads=("doc", "mentions", "events"), writes=("quotes", "events"), run=run, spacy_components=("parser",))
