"""Parquet (every field, nested lists kept) and CSV (participants flattened) event tables."""

from __future__ import annotations

from pathlib import Path

import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from detente.export.query import BATCH_ROWS, EventFilter, with_articles
from detente.store import Store
from detente.store.reader import flat_event_columns


def parquet_sql(where: str) -> str:
    return f"SELECT e.* FROM events e{where}"


def csv_sql(where: str) -> str:
    return f"SELECT {flat_event_columns('e')} FROM events e{where}"


def write_parquet(store: Store, out: Path, selection: EventFilter,
                  batch_rows: int = BATCH_ROWS) -> int:
    """Every event column (source/target as lists of structs) plus the article's title, URL,
    outlet and coding time, written batch by batch (one row group each)."""
    where, params = selection.where()
    schema, batches = with_articles(store, parquet_sql(where), params, batch_rows=batch_rows)
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for batch in batches:
            writer.write_batch(batch)
            n += batch.num_rows
    return n


def write_csv(store: Store, out: Path, selection: EventFilter,
              batch_rows: int = BATCH_ROWS) -> int:
    """One row per event; for each side ``<side>_country`` (and sector, code, name, text)
    joins the participants with ``;`` and ``<side>_json`` holds the full list as JSON."""
    where, params = selection.where()
    schema, batches = with_articles(store, csv_sql(where), params, batch_rows=batch_rows)
    n = 0
    with pacsv.CSVWriter(out, schema) as writer:
        for batch in batches:
            writer.write_batch(batch)
            n += batch.num_rows
    return n
