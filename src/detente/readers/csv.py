"""CSV files with a header naming ``id,date,title,text,url,source`` (``text`` required)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from datetime import date as Date

from detente.readers.common import RECORD_FIELDS, from_mapping
from detente.readers.lines import MAX_LINE_BYTES
from detente.records import Article, Rejection

csv.field_size_limit(MAX_LINE_BYTES)
MAX_CSV_ERRORS = 100
"""Malformed rows in a row before the rest of a CSV file is given up as not CSV."""


def read_csv_lines(lines: Iterable[str], origin: str, default_date: Date | None) -> Iterator[Article | Rejection]:
    reader = csv.DictReader(lines)
    header = reader.fieldnames or []
    if "text" not in header:
        missing = [f for f in RECORD_FIELDS if f not in header]
        yield Rejection(
            origin=origin,
            reason=f"CSV lacks required column 'text' (missing: {', '.join(missing)}; "
            f"expected columns {','.join(RECORD_FIELDS)}; found {','.join(header) or 'none'})",
        )
        return
    errors = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            errors += 1
            yield Rejection(origin=f"{origin}:{reader.line_num}", reason=f"malformed CSV: {exc}")
            if errors >= MAX_CSV_ERRORS:
                yield Rejection(origin=f"{origin}:{reader.line_num + 1}", reason=f"{errors} malformed "
                                "CSV rows in a row; the rest of the file was not read")
                return
            continue
        errors = 0
        yield _row(row, f"{origin}:{reader.line_num}", reader.line_num, default_date)


def _row(row: dict, where: str, line: int, default_date: Date | None) -> Article | Rejection:
    if None in row:
        return Rejection(origin=where, reason=f"CSV row {line} has more fields than the header")
    if any(v is None for v in row.values()):
        return Rejection(origin=where, reason=f"CSV row {line} has fewer fields than the header")
    return from_mapping(row, where, default_date)
