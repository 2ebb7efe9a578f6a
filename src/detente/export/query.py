"""The event selection every export format shares: filters bound as parameters, batches streamed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date as Date
from typing import Any

import pyarrow as pa

from detente.store import Store

BATCH_ROWS = 20_000
"""Rows per Arrow record batch; memory holds about one batch whatever the export's size."""


@dataclass(frozen=True)
class EventFilter:
    """Which events to export: every field optional, all given ones must hold."""

    country: str | None = None
    """ISO alpha-3 (or IGO) code on either side of the event."""
    date_from: Date | None = None
    """First event date kept."""
    date_to: Date | None = None
    """Last event date kept."""
    type: str | None = None
    """PLOVER event type."""

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        """``WHERE ...`` over the ``events`` table as ``alias``, and its parameters."""
        clauses, params = [], []
        if self.country:
            clauses.append(f"(list_contains(list_transform({alias}.source, lambda x: x.country), ?) OR "
                           f"list_contains(list_transform({alias}.target, lambda x: x.country), ?))")
            params += [self.country.upper(), self.country.upper()]
        if self.date_from:
            clauses.append(f"{alias}.event_date >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append(f"{alias}.event_date <= ?")
            params.append(self.date_to)
        if self.type:
            clauses.append(f"{alias}.type = ?")
            params.append(self.type.upper())
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


ARTICLE_FIELDS = ("a.title AS article_title, a.url AS article_url, a.source AS article_source, "
                  "a.coded_at AS coded_at")


def stream(store: Store, sql: str, params: list[Any], *, batch_rows: int = BATCH_ROWS
           ) -> pa.RecordBatchReader:
    """Run a read query on its own cursor and hand back its rows as Arrow batches."""
    cursor = store.con.cursor()
    return cursor.sql(sql, params=params).to_arrow_reader(batch_rows)


def rows(reader: pa.RecordBatchReader) -> Iterator[dict[str, Any]]:
    """The rows of a batch reader as dicts, one batch in memory at a time."""
    for batch in reader:
        yield from batch.to_pylist()
