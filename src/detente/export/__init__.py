"""Events out of the store in the formats users already have.

``parquet`` and ``csv`` hold every stored event field; ``jsonl-plover`` is PLOVER JSON lines;
``gdelt-tsv`` a GDELT 2.0-style event table. All stream in Arrow batches, so memory stays flat
however many events the database holds. docs/exports.md documents every column.

>>> from detente import open_store
>>> with open_store("detente.duckdb", read_only=True) as store:  # doctest: +SKIP
...     export_events(store, format="gdelt-tsv", out="events.tsv", country="USA").rows
42
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

from detente.errors import UsageError
from detente.export.gdelt import COLUMNS as GDELT_COLUMNS
from detente.export.gdelt import write_gdelt
from detente.export.plover import plover_record, write_plover
from detente.export.query import BATCH_ROWS, EventFilter
from detente.export.tables import write_csv, write_parquet
from detente.store import Store

WRITERS = {"parquet": write_parquet, "csv": write_csv, "jsonl-plover": write_plover,
           "gdelt-tsv": write_gdelt}
FORMATS = tuple(WRITERS)


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    """The file written."""
    format: str
    """One of ``FORMATS``."""
    rows: int
    """Data rows (events; distinct dyadic events for gdelt-tsv)."""


def export_events(
    store: Store,
    *,
    format: str,
    out: str | Path,
    country: str | None = None,
    date_from: Date | None = None,
    date_to: Date | None = None,
    type: str | None = None,
    batch_rows: int = BATCH_ROWS,
) -> ExportResult:
    """Write the events matching the filters to ``out`` in ``format``, ``batch_rows`` at a time.

    >>> export_events(store, format="parquet", out="events.parquet")  # doctest: +SKIP
    ExportResult(path=PosixPath('events.parquet'), format='parquet', rows=1234)
    """
    if format not in WRITERS:
        raise UsageError(f"export format {format!r} is not one of {', '.join(FORMATS)}")
    path = Path(out)
    if path.parent and not path.parent.exists():
        raise UsageError(f"folder {path.parent} does not exist")
    selection = EventFilter(country=country, date_from=date_from, date_to=date_to, type=type)
    n = WRITERS[format](store, path, selection, batch_rows=batch_rows)
    return ExportResult(path=path, format=format, rows=n)


__all__ = ["FORMATS", "GDELT_COLUMNS", "EventFilter", "ExportResult", "export_events",
           "plover_record"]
