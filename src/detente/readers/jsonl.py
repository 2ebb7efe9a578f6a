"""JSON lines (optionally gzip'd): one object per line with ``id,date,title,text,url,source``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date as Date

from detente.readers.common import from_mapping
from detente.records import Article, Rejection


def read_jsonl_lines(lines: Iterable[str], origin: str, default_date: Date | None) -> Iterator[Article | Rejection]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(origin=where, reason=f"line {number} is not JSON: {exc.msg}")
            continue
        except RecursionError:
            yield Rejection(origin=where, reason=f"line {number} is JSON nested too deeply to read")
            continue
        if not isinstance(obj, dict):
            yield Rejection(origin=where, reason=f"line {number} is JSON but not an object")
            continue
        yield from_mapping(obj, where, default_date)
