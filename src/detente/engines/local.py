"""The local engine: this process (one worker)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from detente.pipeline import code_articles
from detente.records import Article, CodedArticle
from detente.resources import Resources


def code_local(
    articles: Iterable[Article],
    *,
    workers: int = 1,
    resources: Resources | None = None,
    batch_size: int = 32,
) -> Iterator[CodedArticle]:
    yield from code_articles(articles, resources=resources, batch_size=batch_size)
