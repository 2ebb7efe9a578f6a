"""Normalise one temporal expression to a TIMEX3 value, against the publication date.

Each rule is a regular expression (built from ``data/vocabulary.yaml``) and a function; the first
rule whose pattern matches the whole cleaned expression decides, and its id is recorded on the
``TimeExpression``. dateparser is asked only when no rule decides (see ``fallback.py``).

>>> from datetime import date
>>> from detente.dates.vocabulary import load_vocabulary
>>> n = Normaliser(load_vocabulary())
>>> n.normalise("earlier this year", Anchor(date(2021, 6, 16), "past")).value
'2021'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date as Date

from detente.dates import calendar
from detente.dates.calendar import Anchor
from detente.dates.clock import ClockReader
from detente.dates.vocabulary import Vocabulary, alternation

NOT_TEMPORAL = "not-temporal"
"""Rule id of expressions that look temporal but are not (ages: "68 years old")."""


@dataclass(frozen=True)
class Normalised:
    """The outcome of one rule: a TIMEX3 value with its granularity and type."""

    value: str | None
    granularity: str | None
    type: str
    rule: str


Rule = Callable[[re.Match, Anchor], "Normalised | None"]


class Normaliser:
    """The ordered rules, compiled once per process (held by the stage's resources)."""

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        self.clock = ClockReader(vocabulary)
        self.leading = re.compile(
            r"^(?:" + alternation(vocabulary.leading_words + vocabulary.hedges) + r")\s+")
        self.rules = self._compile(vocabulary)

    def _compile(self, v: Vocabulary) -> list[tuple[str, re.Pattern, Rule]]:
        month, weekday = alternation(v.months), alternation(v.weekdays)
        season, part = alternation(v.seasons), alternation(v.parts_of_day)
        num, unit = v.number_re, v.unit_re
        vague, shift = alternation(v.vague_numbers), alternation(v.unit_shifts)
        pos = r"(?:(?P<pos>" + alternation(v.position_words) + r")[\s-]+)?"
        ordinal = alternation(v.ordinals)
        day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
        year4 = r"(?P<year>1\d{3}|20\d{2})"
        table = [
            ("reference", rf"(?P<ref>{alternation(v.references)})"),
            ("age", rf"(?:{num}[\s-]+(?:years?|months?)[\s-]+old|(?:aged?|ages|the\s+age\s+of)\s+.*)"),
            ("holiday", rf"(?P<holiday>{alternation(v.holidays)})(?:\s+{year4})?"),
            ("set-word", rf"(?P<setword>{alternation(v.sets)})"),
            ("set", rf"{alternation(v.set_words)}\s+(?:(?P<n>{num})\s+)?(?P<unit>{unit})"),
            ("set-weekday", rf"(?:every|each)\s+(?P<wd>{weekday})"),
            ("set-part", rf"(?:every|each)\s+(?P<part>{part})"),
            ("relative-day", rf"{pos}(?P<rel>{alternation(v.relative_days)})"
                             rf"(?:\s+(?P<part>{part}))?"),
            ("part-of-today", rf"{pos}this\s+(?P<part>{part})"),
            ("ago", rf"(?P<n>{num}|{vague})?[\s-]*(?P<unit>{unit})\s+"
                    rf"(?P<dir>{alternation(v.before_words + v.after_words)})"),
            ("unit-shift", rf"{pos}(?:the\s+)?(?P<shift>{shift})\s+(?:fiscal\s+|calendar\s+)?"
                           rf"(?P<unit>{unit})"),
            ("the-unit", rf"{pos}(?:in\s+)?the\s+(?:same\s+|entire\s+|whole\s+|very\s+)?"
                         rf"(?P<unit>day|week|weekend|month|year)"),
            ("part-of-day", r"(?:the\s+)?(?P<part>morning|afternoon|evening)"),
            ("within-year", rf"(?P<inner>.+?)\s+(?:of|in)\s+(?P<outer>(?:{shift}\s+)?"
                            r"(?:year|1\d{3}|20\d{2}))"),
            ("season-shift", rf"{pos}(?P<shift>{shift})\s+(?P<season>{season})"),
            ("month-shift", rf"{pos}(?P<shift>{shift})\s+(?P<month>{month})"),
            ("weekday", rf"{pos}(?:(?P<shift>last|next|this(?:\s+past|\s+coming)?|past|coming)"
                        rf"\s+)?(?P<wd>{weekday})"
                        rf"(?:\s+(?P<part>{part}))?"),
            ("iso-date", r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"),
            ("month-day", rf"(?:(?P<wd>{weekday})\s+)?{pos}(?P<month>{month})\s+{day}"
                          rf"(?:\s+{year4})?"),
            ("day-month", rf"(?:(?P<wd>{weekday})\s+)?(?:the\s+)?{day}\s+(?:of\s+)?"
                          rf"(?P<month>{month})(?:\s+{year4})?"),
            ("month-year", rf"{pos}(?P<month>{month})\s+(?:of\s+)?{year4}"),
            ("month", rf"{pos}(?:the\s+month\s+of\s+)?(?P<month>{month})"),
            ("season", rf"{pos}(?:the\s+)?(?P<season>{season})(?:\s+(?:of\s+)?{year4})?"),
            ("quarter", rf"(?:the\s+)?(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+"
                        rf"(?:fiscal\s+)?quarter(?:\s+(?:of\s+)?(?:fiscal\s+)?{year4})?"),
            ("quarter-code", rf"q(?P<qn>[1-4])(?:\s+{year4})?"),
            ("decade", r"(?:the\s+)?(?:early\s+|mid\s+|late\s+)?(?P<dec>1\d\d|20\d)0'?s"),
            ("decade-short", r"(?:the\s+)?'?(?P<dec2>\d)0s"),
            ("century", rf"(?:the\s+)?(?P<cent>{ordinal}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+centur(?:y|ies)"),
            ("year-short", r"'(?P<yy>\d\d)"),
            ("year", rf"{pos}(?:the\s+)?(?:year\s+|fiscal\s+(?:year\s+)?|fy\s*)?{year4}"),
            ("duration", rf"(?:the\s+)?(?:(?P<lead>past|last|next|coming|first|previous|final)\s+)?"
                         rf"(?P<n>{num}|{vague})?[\s-]*(?P<unit>{unit})(?:\s+long)?"),
            ("duration-half", rf"(?:half\s+an?|(?P<n>{num})\s+and\s+a\s+half)\s+(?P<unit>{unit})"),
        ]
        return [(rule_id, re.compile(pattern), getattr(self, "_" + rule_id.replace("-", "_")))
                for rule_id, pattern in table]

    def clean(self, text: str) -> str:
        """Lower-case, drop punctuation that does not matter and leading prepositions."""
        text = text.lower().replace("’", "'").replace("‘", "'")
        text = re.sub(r"\b([ap])\.\s?m\.?", r"\1m", text)
        text = re.sub(r"(?<=[a-z])\.(?=\s|$)", "", text)
        text = re.sub(r"[,;]|(?<!\d)\.|\.(?!\d)", " ", text)
        text = " ".join(text.split()).strip(" -\"").rstrip("'")
        text = text[1:] if text.startswith("'") and not text[1:2].isdigit() else text
        previous = None
        while previous != text:
            previous, text = text, self.leading.sub("", text)
        return text

    def normalise(self, text: str, anchor: Anchor) -> Normalised | None:
        """The TIMEX3 value of ``text`` by the first rule that decides, or None.

        >>> from datetime import date
        >>> from detente.dates.vocabulary import load_vocabulary
        >>> n = Normaliser(load_vocabulary())
        >>> n.normalise("on Wednesday", Anchor(date(2021, 6, 17), "past")).value
        '2021-06-16'
        """
        whole = " ".join(text.lower().replace("’", "'").strip(" .,;").split())
        if whole in self.vocabulary.references:
            return Normalised(self.vocabulary.references[whole], "ref", "DATE", "reference")
        cleaned = self.clean(text)
        if not cleaned:
            return None
        clock = self.clock.read(cleaned) if re.search(r"\d|\b(?:noon|midnight|midday)\b", cleaned) else None
        if clock is not None:
            return self._clock(clock, anchor)
        return self._by_rules(cleaned, anchor)

    def _by_rules(self, cleaned: str, anchor: Anchor) -> Normalised | None:
        for rule_id, pattern, rule in self.rules:
            match = pattern.fullmatch(cleaned)
            if match is None:
                continue
            if anchor.today is None and rule_id not in _WITHOUT_DATE:
                return Normalised(None, None, "DATE", rule_id + ":no-publication-date")
            try:
                found = rule(match, anchor)
            except (ValueError, OverflowError):
                return Normalised(None, None, "DATE", rule_id + ":out-of-range")
            if found is not None:
                return found
        return None

    def _clock(self, clock, anchor: Anchor) -> Normalised | None:
        if clock.rest:
            day = self._by_rules(clock.rest, anchor)
            if day is None or day.granularity != "day" or day.value is None:
                return None
            base = day.value[:10]
        elif anchor.today is None:
            return Normalised(None, None, "TIME", "clock:no-publication-date")
        else:
            base = anchor.today.isoformat()
        return Normalised(base + clock.suffix, "time", "TIME", "clock")

    # -- rules: each gets the full match and the anchor -----------------------------------

    def _reference(self, m: re.Match, anchor: Anchor) -> Normalised:
        value = self.vocabulary.references[" ".join(m.group("ref").split())]
        return Normalised(value, "ref", "DATE", "reference")

    def _age(self, m: re.Match, anchor: Anchor) -> Normalised:
        return Normalised(None, None, "DATE", NOT_TEMPORAL)

    def _set_word(self, m: re.Match, anchor: Anchor) -> Normalised:
        return Normalised(self.vocabulary.sets[m.group("setword")], "set", "SET", "set-word")

    def _set(self, m: re.Match, anchor: Anchor) -> Normalised | None:
        value = self._period(m.group("n") or "1", m.group("unit"))
        return Normalised(value, "set", "SET", "set") if value else None

    def _set_weekday(self, m: re.Match, anchor: Anchor) -> Normalised:
        wd = self.vocabulary.weekdays[m.group("wd")]
        return Normalised(f"XXXX-WXX-{wd}", "set", "SET", "set-weekday")

    def _set_part(self, m: re.Match, anchor: Anchor) -> Normalised:
        return Normalised(f"XXXX-XX-XXT{self._part(m.group('part'))}", "set", "SET", "set-part")

    def _holiday(self, m: re.Match, anchor: Anchor) -> Normalised | None:
        month, day = self.vocabulary.holidays[" ".join(m.group("holiday").split())]
        if m.group("year"):
            return self._full_date(int(m.group("year")), month, day, "holiday")
        if anchor.today is None:
            return Normalised(None, None, "DATE", "holiday:no-publication-date")
        return self._full_date(calendar.year_of_month(month, day, anchor), month, day, "holiday")

    def _relative_day(self, m: re.Match, anchor: Anchor) -> Normalised:
        entry = self.vocabulary.relative_days[" ".join(m.group("rel").split())]
        day = calendar.move(anchor.today, "day", entry["shift"])[0]
        part = entry.get("part") or self._part(m.group("part"))
        if part:
            return Normalised(f"{day}T{part}", "time", "TIME", "relative-day")
        return Normalised(day, "day", "DATE", "relative-day")

    def _part_of_today(self, m: re.Match, anchor: Anchor) -> Normalised:
        part = self._part(m.group("part"))
        return Normalised(f"{anchor.today.isoformat()}T{part}", "time", "TIME", "part-of-today")

    def _ago(self, m: re.Match, anchor: Anchor) -> Normalised | None:
        unit = self.vocabulary.unit(m.group("unit"))
        amount = self.vocabulary.number(m.group("n") or "1")
        backwards = m.group("dir").split()[0] in self.vocabulary.before_words
        if amount is not None and m.group("dir") in self.vocabulary.anchored_words:
            return self._offset(unit, -amount if backwards else amount, anchor)
        if unit == "week" and amount is not None:
            unit, amount = "day", 7 * amount
        if amount is None:
            ref = "PAST_REF" if backwards else "FUTURE_REF"
            return Normalised(ref, "ref", "DATE", "ago:vague")
        if unit is None or (unit in ("hour", "minute", "second")):
            return None
        point = calendar.move(anchor.today, unit, -amount if backwards else amount)
        if point and point[0].startswith("-"):
            return Normalised(None, None, "DATE", "ago:out-of-range")
        return Normalised(point[0], point[1], "DATE", "ago") if point else None

    @staticmethod
    def _offset(unit: str | None, amount: int, anchor: Anchor) -> Normalised | None:
        """ "three years later": counted from a date named before it, never from publication.

        Unresolved (``offset:no-anchor``) until the stage gives it the date it counts from;
        unresolved (``offset:too-fine``) when that date is coarser than the unit ("two days
        after" a year).
        """
        if unit is None or unit in ("hour", "minute", "second"):
            return None
        if anchor.counted_from is None:
            return Normalised(None, None, "DATE", "offset:no-anchor")
        order = calendar.GRANULARITY_ORDER
        step = "day" if unit == "night" else "week" if unit in ("weekend", "fortnight") else unit
        if step in order and order.index(step) < order.index(anchor.counted_from):
            return Normalised(None, None, "DATE", "offset:too-fine")
        point = calendar.move(anchor.today, unit, amount)
        return Normalised(point[0], point[1], "DATE", "offset") if point else None

    def _unit_shift(self, m: re.Match, anchor: Anchor) -> Normalised | None:
        unit = self.vocabulary.unit(m.group("unit"))
        shift_words = " ".join(m.group("shift").split())
        if unit is None or unit != m.group("unit") or shift_words in ("the past", "past"):
            return None
        shift = self.vocabulary.unit_shifts[shift_words]
        found = calendar.shift_unit(anchor.today, unit, shift)
        return Normalised(found[0], found[1], "DATE", "unit-shift") if found else None

    def _the_unit(self, m: re.Match, anchor: Anchor) -> Normalised | None:
        found = calendar.shift_unit(anchor.today, m.group("unit"), 0)
        return Normalised(found[0], found[1], "DATE", "the-unit") if found else None

    def _part_of_day(self, m: re.Match, anchor: Anchor) -> Normalised:
        part = self._part(m.group("part"))
        return Normalised(f"{anchor.today.isoformat()}T{part}", "time", "TIME", "part-of-day")

    def _within_year(self, m: re.Match, anchor: Anchor) -> Normalised | None:
        """"October of next year", "the third quarter of this year": the year replaced."""
        outer = self._by_rules(m.group("outer"), anchor)
        inner = self._by_rules(m.group("inner"), anchor)
        if not (outer and inner and outer.granularity == "year" and inner.value
                and inner.granularity in ("month", "quarter", "season", "day")):
            return None
        value = outer.value + inner.value[4:]
        return Normalised(value, inner.granularity, "DATE", "within-year:" + inner.rule)

    def _season_shift(self, m: re.Match, anchor: Anchor) -> Normalised:
        code = self.vocabulary.seasons[m.group("season")]
        shift = self.vocabulary.unit_shifts[" ".join(m.group("shift").split())]
        year = calendar.season_year(code, anchor, shift)
        return Normalised(f"{year}-{code}", "season", "DATE", "season-shift")

    def _month_shift(self, m: re.Match, anchor: Anchor) -> Normalised:
        month = self.vocabulary.months[m.group("month")]
        shift = self.vocabulary.unit_shifts[" ".join(m.group("shift").split())]
        today = anchor.today
        if shift < 0:
            year = today.year if month < today.month else today.year - 1
        elif shift > 0:
            year = today.year if month > today.month else today.year + 1
        else:
            year = today.year
        return Normalised(f"{year}-{month:02d}", "month", "DATE", "month-shift")

    def _weekday(self, m: re.Match, anchor: Anchor) -> Normalised:
        weekday = self.vocabulary.weekdays[m.group("wd")]
        shift_words = " ".join((m.group("shift") or "").split()) or None
        shift = {"past": "last", "this past": "last", "coming": "next", "this coming": "next"}.get(
            shift_words, shift_words)
        day = calendar.weekday_date(weekday, anchor, shift).isoformat()
        part = self._part(m.group("part"))
        if part:
            return Normalised(f"{day}T{part}", "time", "TIME", "weekday")
        return Normalised(day, "day", "DATE", "weekday")

    def _iso_date(self, m: re.Match, anchor: Anchor) -> Normalised | None:
        return self._full_date(int(m.group("year")), int(m.group("month")), int(m.group("day")),
                               "iso-date")

    def _month_day(self, m: re.Match, anchor: Anchor) -> Normalised | None:
        month, day = self.vocabulary.months[m.group("month")], int(m.group("day"))
        if m.group("year"):
            return self._full_date(int(m.group("year")), month, day, "month-day")
        if anchor.today is None:
            return Normalised(None, None, "DATE", "month-day:no-publication-date")
        return self._full_date(calendar.year_of_month(month, day, anchor), month, day, "month-day")

    _day_month = _month_day

    def _month_year(self, m: re.Match, anchor: Anchor) -> Normalised:
        month = self.vocabulary.months[m.group("month")]
        return Normalised(f"{m.group('year')}-{month:02d}", "month", "DATE", "month-year")

    def _month(self, m: re.Match, anchor: Anchor) -> Normalised:
        month = self.vocabulary.months[m.group("month")]
        year = calendar.year_of_month(month, None, anchor)
        return Normalised(f"{year}-{month:02d}", "month", "DATE", "month")

    def _season(self, m: re.Match, anchor: Anchor) -> Normalised:
        code = self.vocabulary.seasons[m.group("season")]
        year = m.group("year") or calendar.season_year(code, anchor, None)
        return Normalised(f"{year}-{code}", "season", "DATE", "season")

    def _quarter(self, m: re.Match, anchor: Anchor) -> Normalised:
        quarter = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}.get(m.group("q")) or int(
            m.group("q")[0])
        year = m.group("year") or calendar.quarter_year(quarter, anchor)
        return Normalised(f"{year}-Q{quarter}", "quarter", "DATE", "quarter")

    def _quarter_code(self, m: re.Match, anchor: Anchor) -> Normalised:
        quarter = int(m.group("qn"))
        year = m.group("year") or calendar.quarter_year(quarter, anchor)
        return Normalised(f"{year}-Q{quarter}", "quarter", "DATE", "quarter-code")

    def _decade(self, m: re.Match, anchor: Anchor) -> Normalised:
        return Normalised(m.group("dec"), "decade", "DATE", "decade")

    def _decade_short(self, m: re.Match, anchor: Anchor) -> Normalised:
        digit = int(m.group("dec2"))
        century = "20" if anchor.today and digit <= (anchor.today.year % 100) // 10 else "19"
        return Normalised(f"{century}{digit}", "decade", "DATE", "decade-short")

    def _century(self, m: re.Match, anchor: Anchor) -> Normalised:
        word = m.group("cent")
        number = self.vocabulary.ordinals.get(word) or int(re.sub(r"\D", "", word))
        return Normalised(f"{number - 1:02d}", "century", "DATE", "century")

    def _year(self, m: re.Match, anchor: Anchor) -> Normalised:
        return Normalised(m.group("year"), "year", "DATE", "year")

    def _year_short(self, m: re.Match, anchor: Anchor) -> Normalised:
        """"'82": the latest year ending so that is not after the publication year."""
        yy = int(m.group("yy"))
        year = 2000 + yy if 2000 + yy <= anchor.today.year else 1900 + yy
        return Normalised(str(year), "year", "DATE", "year-short")

    def _duration(self, m: re.Match, anchor: Anchor) -> Normalised | None:
        unit, amount = m.group("unit"), m.group("n")
        if amount == "recent" and self.vocabulary.unit(unit) != unit:
            return Normalised("PAST_REF", "ref", "DATE", "duration:recent")
        if not amount and self.vocabulary.unit(unit) == unit:
            if m.group("lead") != "past":
                return None
            amount = "1"
        value = self._period(amount or "X", unit)
        return Normalised(value, "duration", "DURATION", "duration") if value else None

    def _duration_half(self, m: re.Match, anchor: Anchor) -> Normalised | None:
        amount = self.vocabulary.number(m.group("n")) if m.group("n") else 0
        if amount is None:
            return None
        value = self._period(f"{amount + 0.5:g}", m.group("unit"))
        return Normalised(value, "duration", "DURATION", "duration-half") if value else None

    # -- helpers ----------------------------------------------------------------------------

    def _period(self, amount_text: str, unit_text: str) -> str | None:
        """ISO 8601 duration of "five years" (``P5Y``); vague amounts give ``PXY``."""
        unit = self.vocabulary.unit(unit_text)
        if unit is None:
            return None
        entry = self.vocabulary.units[unit]
        decimal = re.fullmatch(r"\d+\.\d+", amount_text)
        amount = float(amount_text) if decimal else self.vocabulary.number(amount_text)
        count = "X" if amount is None else f"{amount * entry.get('multiply', 1):g}"
        return ("PT" if entry.get("time") else "P") + count + entry["duration"]

    def _part(self, word: str | None) -> str | None:
        return self.vocabulary.parts_of_day.get(word) if word else None

    @staticmethod
    def _full_date(year: int, month: int, day: int, rule: str) -> Normalised | None:
        try:
            value = Date(year, month, day).isoformat()
        except ValueError:
            return None
        return Normalised(value, "day", "DATE", rule)


_WITHOUT_DATE = {"reference", "age", "set-word", "set", "set-weekday", "set-part", "month-day",
                 "holiday",
                 "day-month", "iso-date", "month-year",
                 "decade", "century", "year", "duration", "duration-half"}
"""Rules that need no publication date (absolute dates, durations, sets, references)."""
