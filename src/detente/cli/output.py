"""Printing rows as a table, CSV or JSON."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def dumps(obj: Any, *, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, default=_default, indent=indent)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return dumps(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def print_rows(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str, *, title: str = "") -> None:
    """Rows as ``table`` (rich), ``csv`` (all columns) or ``json`` (one array)."""
    if fmt == "json":
        sys.stdout.write(dumps(list(rows), indent=2) + "\n")
        return
    if fmt == "csv":
        cols = list(rows[0].keys()) if rows else list(columns)
        writer = csv.writer(sys.stdout)
        writer.writerow(cols)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in cols])
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title or None, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for row in rows:
        table.add_row(*[_cell(row.get(c)) for c in columns])
    Console().print(table)
