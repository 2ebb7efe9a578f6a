"""Calendar arithmetic for resolving underspecified dates against the publication date.

Why its own module: "in March", "on Wednesday" and "last summer" all need the same decision --
which occurrence of a recurring month, weekday or season the writer meant -- and that decision
depends on the tense of the clause: the most recent one for past-tense events, the next one for
future-tense events, the nearest one when the tense says nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
"""First and last month of each northern-hemisphere season (winter spans the new year)."""


@dataclass(frozen=True)
class Anchor:
    """What an expression is resolved against: the publication date and the clause's tense.

    ``tense`` is ``past``, ``present``, ``future`` or None when no verb governs the expression.
    """

    today: Date | None
    tense: str | None = None
    counted_from: str | None = None
    """Granularity of a date named in the text that ``today`` stands for ("left in 2011, then
    returned three years later": ``today`` 2011-01-01, ``counted_from="year"``); None when
    ``today`` is the publication date."""

    @property
    def looks_forward(self) -> bool:
        return self.tense == "future"

    @property
    def looks_back(self) -> bool:
        return self.tense == "past"


GRANULARITY_ORDER = ("time", "day", "week", "month", "quarter", "year", "decade", "century")
"""Granularities from finest to coarsest."""


def anchor_of(value: str, granularity: str) -> Date | None:
    """First day of a resolved ISO (partial) date, to count from: ``"2011"`` -> 2011-01-01.

    >>> anchor_of("2011-03", "month")
    datetime.date(2011, 3, 1)
    """
    try:
        if granularity == "year":
            return Date(int(value[:4]), 1, 1)
        if granularity == "month":
            return Date(int(value[:4]), int(value[5:7]), 1)
        if granularity in ("day", "time"):
            return Date.fromisoformat(value[:10])
    except ValueError:
        return None
    return None


def period_end(value: str, granularity: str) -> Date | None:
    """Last day of the period a resolved value names: ``"2018"`` -> 2018-12-31.

    >>> period_end("199", "decade"), period_end("2021-02", "month")
    (datetime.date(1999, 12, 31), datetime.date(2021, 2, 28))
    """
    try:
        if granularity == "decade":
            return Date(int(value[:3]) * 10 + 9, 12, 31)
        if granularity == "century":
            return Date(int(value[:2]) * 100 + 99, 12, 31)
        if granularity in ("year", "season", "quarter"):
            return Date(int(value[:4]), 12, 31)
        if granularity == "month":
            year, month = add_months(int(value[:4]), int(value[5:7]), 1)
            return Date(year, month, 1) - timedelta(days=1)
        if granularity in ("day", "time"):
            return Date.fromisoformat(value[:10])
    except ValueError:
        return None
    return None


def add_months(year: int, month: int, shift: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``shift`` months.

    >>> add_months(2021, 1, -2)
    (2020, 11)
    """
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


def iso_week(day: Date) -> str:
    """TIMEX3 week value (``2021-W24``) of the ISO week holding ``day``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def year_of_month(month: int, day: int | None, anchor: Anchor) -> int:
    """Year of an unqualified "March" / "16 March" seen from ``anchor``.

    Past tense: the most recent such date not after the publication date. Future tense: the next
    one not before it. Otherwise: the nearest (ties go to the past, as news mostly reports it).

    >>> year_of_month(2, None, Anchor(Date(2021, 6, 16), "past"))
    2021
    >>> year_of_month(9, None, Anchor(Date(2021, 6, 16), "past"))
    2020
    >>> year_of_month(3, None, Anchor(Date(2021, 6, 16), "future"))
    2022
    """
    today = anchor.today
    assert today is not None
    on_or_before = (month, day or 0) <= (today.month, today.day)
    if anchor.looks_back:
        return today.year if on_or_before else today.year - 1
    if anchor.looks_forward:
        return today.year if (month, day or 31) >= (today.month, today.day) else today.year + 1
    now = today.year * 12 + today.month
    return min((today.year - 1, today.year, today.year + 1),
               key=lambda y: (abs(y * 12 + month - now), y * 12 + month > now))


def weekday_date(weekday: int, anchor: Anchor, shift: str | None = None) -> Date:
    """Date of "Wednesday" (ISO weekday 3) seen from ``anchor``.

    A weekday equal to the publication day is that day; otherwise the most recent one for past or
    untensed clauses and the next one for future clauses. ``shift`` "last" forces a day strictly
    before, "next" strictly after, "this" the same ISO week.

    >>> weekday_date(3, Anchor(Date(2021, 6, 17), "past"))
    datetime.date(2021, 6, 16)
    >>> weekday_date(3, Anchor(Date(2021, 6, 16), "past"))
    datetime.date(2021, 6, 16)
    """
    today = anchor.today
    assert today is not None
    back = (today.isoweekday() - weekday) % 7
    ahead = (weekday - today.isoweekday()) % 7
    if shift == "this":
        return today + timedelta(days=weekday - today.isoweekday())
    if shift == "last":
        return today - timedelta(days=back or 7)
    if shift == "next":
        return today + timedelta(days=ahead or 7)
    if anchor.looks_forward:
        return today + timedelta(days=ahead)
    return today - timedelta(days=back)


def season_year(season: str, anchor: Anchor, shift: int | None) -> int:
    """Year of "summer" / "last summer" / "next winter" seen from ``anchor``.

    Winter takes the year it starts in (December). ``shift`` -1 is the most recent season that
    has ended, +1 the next that has not begun, 0 the current year's.
    """
    today = anchor.today
    assert today is not None
    first, last = SEASON_MONTHS[season]
    start = Date(today.year, first, 1)
    end_year = today.year + 1 if first > last else today.year
    end = Date(end_year, last, 28)
    if shift == 0:
        return today.year
    if shift is None and anchor.looks_back:
        return today.year - 1 if first > last and today.month <= last or today < start else (
            today.year)
    if shift == -1:
        if first > last and today.month <= last:
            return today.year - 2
        return today.year if today > end else today.year - 1
    if shift == 1 or (shift is None and anchor.looks_forward):
        return today.year if today < start else today.year + 1
    return today.year


def quarter_year(quarter: int, anchor: Anchor) -> int:
    """Year of "the first quarter" with no year: past quarters for past clauses, and so on."""
    today = anchor.today
    assert today is not None
    current = (today.month - 1) // 3 + 1
    if anchor.looks_back and quarter > current:
        return today.year - 1
    if anchor.looks_forward and quarter < current:
        return today.year + 1
    return today.year


def shift_unit(today: Date, unit: str, shift: int) -> tuple[str, str] | None:
    """TIMEX3 value and granularity of "this/last/next <unit>" (``week``, -1 -> ``2021-W23``)."""
    if unit in ("day", "night"):
        return (today + timedelta(days=shift)).isoformat(), "day"
    if unit in ("week", "weekend", "fortnight"):
        value = iso_week(today + timedelta(weeks=shift))
        return (value + "-WE", "week") if unit == "weekend" else (value, "week")
    if unit == "month":
        year, month = add_months(today.year, today.month, shift)
        return f"{year}-{month:02d}", "month"
    if unit == "quarter":
        year, month = add_months(today.year, today.month, 3 * shift)
        return f"{year}-Q{(month - 1) // 3 + 1}", "quarter"
    if unit == "year":
        return str(today.year + shift), "year"
    if unit == "decade":
        return str(today.year // 10 + shift), "decade"
    if unit == "century":
        return str(today.year // 100 + shift), "century"
    return None


def move(today: Date, unit: str, amount: int) -> tuple[str, str] | None:
    """TIMEX3 value of a point ``amount`` units away ("two days ago" -> ``-2`` days): a day,
    month, quarter or year as ``shift_unit`` gives it; a week as a week (a fortnight two), a
    decade or century as the year that far away."""
    if unit in ("week", "weekend", "fortnight"):
        return iso_week(today + timedelta(weeks=amount * (2 if unit == "fortnight" else 1))), "week"
    if unit == "decade":
        return str(today.year + 10 * amount), "year"
    if unit == "century":
        return str(today.year + 100 * amount), "year"
    return shift_unit(today, unit, amount)
