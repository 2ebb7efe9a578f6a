"""Shared fixtures of the places tests: the gazetteer index (built once, then cached on disk)."""

from __future__ import annotations

import pytest

from detente.places.gazetteer import load_gazetteer


@pytest.fixture(scope="session")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="session")
def parse_one():
    """Parse one text with the project's spaCy pipeline."""
    from detente.nlp import parse

    def _parse(text: str):
        return next(parse([text]))

    return _parse
