"""Clock times: "4pm", "5:05 pm (1505 GMT)", "15:00 GMT Saturday", "noon".

A clock time is a time of day on some day: the rest of the expression ("Saturday", "this
morning") names the day, else it is the publication date. When a time is given twice, local and
UTC ("4pm (1400 GMT)"), the UTC one wins: it is unambiguous, and ``Z`` marks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.dates.vocabulary import Vocabulary, alternation


@dataclass(frozen=True)
class ClockTime:
    """A time of day found inside an expression, and the text left around it."""

    hour: int
    minute: int
    utc: bool
    rest: str
    """The expression with the clock parts removed (``"saturday"``), to resolve the day."""

    @property
    def suffix(self) -> str:
        """TIMEX3 time part: ``T14:00Z``."""
        return f"T{self.hour:02d}:{self.minute:02d}" + ("Z" if self.utc else "")


class ClockReader:
    """Finds the clock time in a cleaned, lower-cased expression."""

    def __init__(self, vocabulary: Vocabulary):
        zones = alternation(vocabulary.utc_zones + vocabulary.local_zones)
        zone = r"(?:\s*(?P<zone>" + zones + r")\b)?"
        meridiem = r"(?P<h1>\d{1,2})(?:[:.](?P<m1>\d{2}))?\s*(?P<ap>am|pm)\b"
        colon = r"(?P<h2>\d{1,2}):(?P<m2>\d{2})\b"
        military = r"(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s*(?:gmt|utc|z|hrs|hours|h)\b)"
        words = r"\b(?P<word>" + alternation(vocabulary.clock_words) + r")\b"
        self._clock = re.compile(
            r"\(?\s*(?:" + "|".join((meridiem, colon, military, words)) + ")" + zone + r"\s*\)?")
        self._vocabulary = vocabulary

    def read(self, text: str) -> ClockTime | None:
        """The clock time of ``text`` (the UTC reading when there are two), or None."""
        found = [m for m in self._clock.finditer(text)]
        if not found:
            return None
        readings = [self._reading(m) for m in found]
        readings = [r for r in readings if r is not None]
        if not readings:
            return None
        hour, minute, utc = next((r for r in readings if r[2]), readings[0])
        rest = self._clock.sub(" ", text)
        rest = re.sub(r"\b(?:at|around|about|local time|o'clock|hrs)\b", " ", rest)
        return ClockTime(hour, minute, utc, " ".join(rest.split()))

    def _reading(self, m: re.Match) -> tuple[int, int, bool] | None:
        utc = (m.group("zone") or "") in self._vocabulary.utc_zones
        if m.group("word"):
            hour, minute = (int(x) for x in self._vocabulary.clock_words[m.group("word")].split(":"))
            return hour, minute, False
        if m.group("h1"):
            hour, minute = int(m.group("h1")), int(m.group("m1") or 0)
            if hour > 12:
                return None
            hour = hour % 12 + (12 if m.group("ap") == "pm" else 0)
        elif m.group("h2"):
            hour, minute = int(m.group("h2")), int(m.group("m2"))
        else:
            hour, minute = int(m.group("h3")), int(m.group("m3"))
        if hour > 23 or minute > 59:
            return None
        return hour, minute, utc
