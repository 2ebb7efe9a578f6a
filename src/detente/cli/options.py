"""Option types shared by several commands."""

from __future__ import annotations

from datetime import date as Date

import click

from detente.readers.dates import parse_record_date


class DateType(click.ParamType):
    """YYYY-MM-DD, reported as a usage error naming the option when malformed."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx) -> Date | None:
        if value is None or isinstance(value, Date):
            return value
        try:
            return parse_record_date(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


DATE = DateType()
FORMATS = click.Choice(["table", "csv", "json"])
