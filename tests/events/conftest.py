"""Helpers shared by the event tests."""

from __future__ import annotations


def rows(article) -> set[tuple]:
    """An article's events as ``(type, source country, target country or None)``, one per
    source-target pair."""
    return {(e.type, s.country, t.country if t else None)
            for e in article.events for s in e.source for t in (e.target or [None])}
