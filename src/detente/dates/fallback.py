"""dateparser, asked only for expressions our rules do not decide.

dateparser is slow (~1 ms a call) and lenient (it reads "the 99th day" as 1999 and "the day" as
today),
so it is asked only about expressions that hold a digit, a month or a weekday name, and its
answer is turned into a TIMEX3 value at the granularity it reports (its ``period``). One parser
per publication date and tense direction is cached: building the settings object costs more than
a parse. A year dateparser took from a number that is not a year ("14 and 21 December" -> 2021,
"May 8-10" -> 2010) is refused: the year must be written or lie next to the publication year.
A written number is a year only up to ``YEARS_AHEAD`` past the publication year ("3846 people",
"H.R. 4437" are counts and bill numbers), and a bare day number without its month ("the 9",
"the 2nd", which dateparser reads as a month) is left unresolved.
"""

from __future__ import annotations

import re
from datetime import date as Date
from datetime import datetime
from functools import lru_cache

from detente.dates.calendar import Anchor, iso_week
from detente.dates.normalise import Normalised
from detente.dates.vocabulary import Vocabulary, alternation

RULE = "dateparser"
YEARS_AHEAD = 100
"""Latest year a text may name, counted from its publication year ("by 2100" is news; "2240"
in a 2019 article is a count)."""
EARLIEST_YEAR = 1000
MAX_ANSWERS = 50_000
"""dateparser answers kept per process (``Fallback.normalise``); the table is emptied when full."""


@lru_cache(maxsize=64)
def date_parser(today: Date, prefer: str):
    """A cached ``DateDataParser`` for one base date and ``PREFER_DATES_FROM`` setting."""
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime(today.year, today.month, today.day),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_TIME_AS_PERIOD": True,
    }
    return DateDataParser(languages=["en"], settings=settings)


def timex_of(when: datetime, period: str) -> tuple[str, str, str]:
    """TIMEX3 value, granularity and type of a dateparser result at its reported period.

    >>> timex_of(datetime(2021, 3, 1), "month")
    ('2021-03', 'month', 'DATE')
    """
    if period == "year":
        return f"{when.year:04d}", "year", "DATE"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}", "month", "DATE"
    if period == "week":
        return iso_week(when.date()), "week", "DATE"
    if period == "time":
        zone = "Z" if when.tzinfo is not None and when.utcoffset().total_seconds() == 0 else ""
        return f"{when.date().isoformat()}T{when.hour:02d}:{when.minute:02d}{zone}", "time", "TIME"
    return when.date().isoformat(), "day", "DATE"


class Fallback:
    """Asks dateparser about the expressions it can plausibly read."""

    def __init__(self, vocabulary: Vocabulary):
        names = list(vocabulary.months) + list(vocabulary.weekdays)
        self._worth_asking = re.compile(r"\d|\b" + alternation(names) + r"\b", re.IGNORECASE)
        self._lone_number = re.compile(r"^\W*\d{1,3}\W*$")
        self._clock_like = re.compile(r"\d[:.]\d\d|\d\s*[ap]\.?m\b", re.IGNORECASE)
        self._bare_day = re.compile(r"^\W*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\W*$", re.IGNORECASE)
        self._answers: dict[tuple[str, Date, str], Normalised | None] = {}

    def normalise(self, text: str, anchor: Anchor) -> Normalised | None:
        """dateparser's reading of ``text``, or None when it is not worth asking or fails.
        The answer depends on the text, the publication date and the tense direction only, so
        it is kept by those (``MAX_ANSWERS`` at most): "Monday", "last week", "in March" recur
        in most articles of one day (issue 13, round 34)."""
        if anchor.today is None or not self._worth_asking.search(text):
            return None
        if self._lone_number.match(text) or self._bare_day.match(text):
            return None
        prefer = "future" if anchor.looks_forward else (
            "past" if anchor.looks_back else "current_period")
        key = (text, anchor.today, prefer)
        if key in self._answers:
            return self._answers[key]
        if len(self._answers) >= MAX_ANSWERS:
            self._answers.clear()
        found = self._answers[key] = self._ask(text, anchor.today, prefer)
        return found

    def _ask(self, text: str, today: Date, prefer: str) -> Normalised | None:
        try:
            data = date_parser(today, prefer).get_date_data(text)
        except (ValueError, OverflowError, TypeError):
            return None
        if data is None or data.date_obj is None:
            return None
        if data.period == "time" and not self._clock_like.search(text):
            return None
        if not self._plausible_year(data.date_obj.year, data.period, text, today):
            return None
        value, granularity, kind = timex_of(data.date_obj, data.period or "day")
        return Normalised(value, granularity, kind, RULE)

    @staticmethod
    def _plausible_year(year: int, period: str | None, text: str, today: Date) -> bool:
        """A year dateparser took from the text: written in it (and within news's reach of
        the publication year), or, when dateparser supplied it, next to the publication year."""
        if str(year) in text:
            return EARLIEST_YEAR <= year <= today.year + YEARS_AHEAD
        return period != "year" and abs(year - today.year) <= 1
