"""CSV files with a header naming ``id,date,title,text,url,source`` (``text`` required)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator
from datetime import date as Date

from detente.readers.common import RECORD_FIELDS, from_mapping
from detente.records import Article, Rejection

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


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
    try:
        for row in reader:
            where = f"{origin}:{reader.line_num}"
            if None in row:
                yield Rejection(origin=where, reason=f"CSV row {reader.line_num} has more fields than the header")
                continue
            if any(v is None for v in row.values()):
                yield Rejection(origin=where, reason=f"CSV row {reader.line_num} has fewer fields than the header")
                continue
            yield from_mapping(row, where, default_date)
    except csv.Error as exc:
        yield Rejection(origin=f"{origin}:{reader.line_num}", reason=f"malformed CSV: {exc}")
