"""Shared fixtures of the actors tests: loaded resources (ours, and with the test user file)
and a helper that codes one text and returns its mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.resources import Resources

USER_FILE = Path(__file__).resolve().parent / "data" / "test_actors.yaml"


@pytest.fixture(scope="session")
def resources() -> Resources:
    return Resources()


@pytest.fixture(scope="session")
def user_resources() -> Resources:
    return Resources(actors_file=str(USER_FILE))


@pytest.fixture(scope="session")
def mentions(resources):
    """``mentions(text, date=None, resources=None)``: the coded article's mentions."""
    import detente

    def _mentions(text: str, date: str | None = None, res: Resources | None = None):
        return detente.code(text, date=date, resources=res or resources).mentions

    return _mentions


def codes(found) -> list[tuple[str, str | None]]:
    """(text, CAMEO-style code) of each mention, for compact assertions."""
    return [(m.text, m.actor.code if m.actor else None) for m in found]


def actor_rules(article) -> dict[str, tuple]:
    """Each mention's text with its ``(country, sector, rule)`` (Nones when unresolved)."""
    return {m.text: (m.actor.country if m.actor else None, m.actor.sector if m.actor else None,
                     m.rule) for m in article.mentions}


def mention_actors(text: str, date: str | None) -> dict[str, tuple]:
    """``actor_rules`` of ``text`` coded by ``detente.code`` dated ``date``."""
    import detente

    return actor_rules(detente.code(text, date=date))


def mention_countries(text: str, date: str | None) -> list[tuple[str, str | None]]:
    """``(text, country)`` of each mention of ``text`` coded by ``detente.code`` dated ``date``."""
    import detente

    return [(m.text, m.actor.country if m.actor else None) for m in detente.code(text, date=date).mentions]


def countries_of(found) -> set[str]:
    """The countries of the resolved mentions ``found``."""
    return {m.actor.country for m in found if m.actor and m.actor.country}


def resolved_actors(article) -> dict:
    """Each resolved mention's text with its ``Actor``."""
    return {m.text: m.actor for m in article.mentions if m.actor is not None}
