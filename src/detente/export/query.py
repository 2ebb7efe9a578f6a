"""The event selection every export format shares: filters bound as parameters, batches streamed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date as Date
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from detente.store import Store
from detente.store.reader import ARTICLE_FIELDS, event_conditions

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
        clauses, params = event_conditions(country=self.country, type=self.type,
                                           date_from=self.date_from, date_to=self.date_to,
                                           alias=alias)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


ARTICLE_COLUMNS = ARTICLE_FIELDS
"""Article fields added to every exported event row, and their names there."""


def stream(store: Store, sql: str, params: list[Any], *, batch_rows: int = BATCH_ROWS
           ) -> pa.RecordBatchReader:
    """Run a read query on its own cursor and hand back its rows as Arrow batches."""
    cursor = store.con.cursor()
    return cursor.sql(sql, params=params).to_arrow_reader(batch_rows)


def with_articles(store: Store, sql: str, params: list[Any], *, batch_rows: int = BATCH_ROWS
                  ) -> tuple[pa.Schema, Iterator[pa.RecordBatch]]:
    """Batches of ``sql`` (which must select ``article_id``) with ``ARTICLE_COLUMNS`` appended.

    The articles of each batch are looked up by id batch by batch instead of joined in SQL and
    the rows are not sorted, so neither a join table nor a sort ever holds the whole export:
    memory follows the batch size, not the database size. Rows come in storage order.
    """
    reader = stream(store, sql, params, batch_rows=batch_rows)
    empty = store.con.cursor().sql(
        "SELECT " + ", ".join(f"{k} AS {v}" for k, v in ARTICLE_COLUMNS.items())
        + " FROM articles LIMIT 0").to_arrow_table()
    schema = pa.schema(list(reader.schema) + list(empty.schema))

    def batches() -> Iterator[pa.RecordBatch]:
        for batch in reader:
            yield _add_articles(store, batch, schema)

    return schema, batches()


def _add_articles(store: Store, batch: pa.RecordBatch, schema: pa.Schema) -> pa.RecordBatch:
    ids = pc.unique(batch.column("article_id"))
    cursor = store.con.cursor()
    cursor.register("_batch_ids", pa.table({"id": ids}))
    try:
        found = cursor.sql("SELECT a.id, " + ", ".join(f"a.{k} AS {v}" for k, v in ARTICLE_COLUMNS.items())
                           + " FROM articles a JOIN _batch_ids USING (id)").to_arrow_table()
    finally:
        cursor.unregister("_batch_ids")
        cursor.close()
    where = pc.index_in(batch.column("article_id"), value_set=found.column("id"))
    columns = list(batch.columns) + [found.column(v).take(where).combine_chunks()
                                     for v in ARTICLE_COLUMNS.values()]
    return pa.RecordBatch.from_arrays(columns, schema=schema)


def rows(batches: Iterator[pa.RecordBatch]) -> Iterator[dict[str, Any]]:
    """The rows of a stream of batches as dicts, one batch in memory at a time."""
    for batch in batches:
        yield from batch.to_pylist()
