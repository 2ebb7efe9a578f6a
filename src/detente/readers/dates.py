"""Publication dates from records, metadata and command-line options."""

from __future__ import annotations

import re
from datetime import date as Date
from datetime import datetime

from detente.errors import UsageError

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?\s*$")


def parse_record_date(value: object) -> Date | None:
    """A date from a record field: ISO ``YYYY-MM-DD`` (with optional time) or a common
    written form (``16 June 2021``, ``June 16, 2021``). Raises ValueError when unparseable."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, Date):
        return value
    text = str(value)
    m = _ISO.match(text)
    if m:
        try:
            return Date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as exc:
            raise ValueError(f"impossible date {text.strip()[:40]!r} ({exc})") from None
    for fmt in ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%Y/%m/%d", "%a, %d %b %Y %H:%M:%S %z"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unparseable date {text[:40]!r} (expected YYYY-MM-DD)")


def parse_date_option(value: str | None) -> Date | None:
    """``--date`` as given by a user: YYYY-MM-DD, or a UsageError naming the format."""
    if value is None:
        return None
    try:
        return parse_record_date(value)
    except ValueError as exc:
        raise UsageError(f"--date {value!r}: {exc}") from None
