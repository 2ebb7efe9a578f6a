"""detente: read news, write event data -- who did what to whom, when, where, and who said what.

>>> import detente
>>> coded = detente.code("Russia and Ukraine agreed to resume talks.", date="2021-06-16")
>>> coded.to_dict()["article"]["date"]
'2021-06-16'
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__version__ = "0.1.0"

from detente.batch import IngestReport, ingest  # noqa: E402
from detente.errors import DetenteError  # noqa: E402
from detente.pipeline import code, code_articles  # noqa: E402
from detente.records import CodedArticle  # noqa: E402
from detente.store import Store, open_store  # noqa: E402
from detente.store import reader as _reader  # noqa: E402


def events(db: str | Path, **filters: Any) -> list[dict[str, Any]]:
    """Stored events matching ``filters`` (country, source, target, type, date_from, date_to,
    article_id, limit, offset)."""
    with open_store(db, read_only=True) as store:
        return _reader.select_events(store, **filters)


def quotes(db: str | Path, **filters: Any) -> list[dict[str, Any]]:
    """Stored quotes matching ``filters`` (speaker, country, date_from, date_to, article_id,
    limit, offset), each with its article's date and title."""
    with open_store(db, read_only=True) as store:
        return _reader.select_quotes(store, **filters)


def summary(db: str | Path, *, top: int = 10) -> dict[str, Any]:
    """Articles, rejections, events by type and top dyads of a database."""
    with open_store(db, read_only=True) as store:
        return _reader.summary(store, top=top)


__all__ = [
    "CodedArticle",
    "DetenteError",
    "IngestReport",
    "Store",
    "__version__",
    "code",
    "code_articles",
    "events",
    "ingest",
    "open_store",
    "quotes",
    "summary",
]
