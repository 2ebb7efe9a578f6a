"""Normalisation rules on expressions alone, against a fixed publication date.

Each case names the rule it exercises; the anchor's tense stands for the governing verb (the
tense itself is tested on real parses in test_stage.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from detente.dates import build_tools
from detente.dates.calendar import Anchor

WED = date(2021, 6, 16)
"""Publication date of the founding article: Wednesday 16 June 2021."""


@pytest.fixture(scope="module")
def tools():
    return build_tools()


CASES = [
    # (text, tense, value, granularity, type, what it exercises)
    ("on Wednesday", "past", "2021-06-16", "day", "DATE", "weekday equal to publication day"),
    ("Monday", "past", "2021-06-14", "day", "DATE", "weekday, most recent for past tense"),
    ("Friday", "future", "2021-06-18", "day", "DATE", "weekday, next for future tense"),
    ("last Wednesday", None, "2021-06-09", "day", "DATE", "'last' weekday is strictly before"),
    ("Friday afternoon", "past", "2021-06-11TAF", "time", "TIME", "weekday with part of day"),
    ("In February", "past", "2021-02", "month", "DATE", "month before publication month"),
    ("in September", "past", "2020-09", "month", "DATE", "past month after pub month: last year"),
    ("in March", "future", "2022-03", "month", "DATE", "future month: next occurrence"),
    ("October", None, "2021-10", "month", "DATE", "no tense: nearest (4 months on, not 8 back)"),
    ("December", None, "2020-12", "month", "DATE", "no tense: nearest (6 back ties 6 on: past)"),
    ("last March", None, "2021-03", "month", "DATE", "'last' month: most recent before"),
    ("October of next year", None, "2022-10", "month", "DATE", "month within a shifted year"),
    ("June 16, 2021", None, "2021-06-16", "day", "DATE", "full date"),
    ("16 June", None, "2021-06-16", "day", "DATE", "day-month without year"),
    ("Feb. 28", "past", "2021-02-28", "day", "DATE", "abbreviated month with a period"),
    ("May 2010", None, "2010-05", "month", "DATE", "month and year"),
    ("earlier this year", "past", "2021", "year", "DATE", "position word + this year"),
    ("last year", None, "2020", "year", "DATE", "unit shift"),
    ("last week", None, "2021-W23", "week", "DATE", "ISO week of the week before"),
    ("this weekend", None, "2021-W24-WE", "week", "DATE", "weekend code"),
    ("next month", None, "2021-07", "month", "DATE", "unit shift forward"),
    ("two days ago", None, "2021-06-14", "day", "DATE", "N units ago"),
    ("four years ago", None, "2017", "year", "DATE", "N years ago keeps year granularity"),
    ("yesterday", None, "2021-06-15", "day", "DATE", "relative day"),
    ("tonight", None, "2021-06-16TNI", "time", "TIME", "relative day with part of day"),
    ("this morning", None, "2021-06-16TMO", "time", "TIME", "part of today"),
    ("last summer", None, "2020-SU", "season", "DATE", "season not yet ended: last year's"),
    ("the 1990s", None, "199", "decade", "DATE", "decade"),
    ("the '90s", None, "199", "decade", "DATE", "short decade"),
    ("the 20th century", None, "19", "century", "DATE", "century"),
    ("the first quarter", "past", "2021-Q1", "quarter", "DATE", "quarter"),
    ("now", None, "PRESENT_REF", "ref", "DATE", "reference word"),
    ("at the time", None, "PAST_REF", "ref", "DATE", "reference phrase with a preposition"),
    ("the future", None, "FUTURE_REF", "ref", "DATE", "future reference"),
    ("4pm (1400 GMT)", None, "2021-06-16T14:00Z", "time", "TIME", "local + UTC: UTC wins"),
    ("5:05 pm", None, "2021-06-16T17:05", "time", "TIME", "clock time alone: publication day"),
    ("15:00 GMT Saturday", "future", "2021-06-19T15:00Z", "time", "TIME", "clock + weekday"),
    ("for five years", None, "P5Y", "duration", "DURATION", "duration, preposition trimmed"),
    ("four hours", None, "PT4H", "duration", "DURATION", "time-unit duration"),
    ("a decade", None, "P10Y", "duration", "DURATION", "decade as ten years"),
    ("several months", None, "PXM", "duration", "DURATION", "vague amount"),
    ("every week", None, "P1W", "set", "SET", "frequency"),
    ("annually", None, "P1Y", "set", "SET", "frequency adverb"),
    ("this past Friday", None, "2021-06-11", "day", "DATE", "'this past' weekday"),
    ("this coming Friday", None, "2021-06-18", "day", "DATE", "'this coming' weekday"),
    ("late Sunday night", "past", "2021-06-13TNI", "time", "TIME", "position word + weekday"),
    ("Christmas", "past", "2020-12-25", "day", "DATE", "fixed-date holiday"),
    ("earlier in the month", None, "2021-06", "month", "DATE", "position + in the month"),
]


@pytest.mark.parametrize("text,tense,value,granularity,kind,why", CASES,
                         ids=[c[0] for c in CASES])
def test_rule(tools, text, tense, value, granularity, kind, why):
    found = tools.normalise(text, Anchor(WED, tense))
    assert found is not None, why
    assert (found.value, found.granularity, found.type) == (value, granularity, kind), why


def test_weekday_on_publication_day_is_that_day(tools):
    # dateparser's own reading of a weekday equal to the base day differs; ours is that day
    found = tools.normalise("Friday", Anchor(date(2013, 3, 22), "past"))
    assert found.value == "2013-03-22"


def test_age_is_not_temporal(tools):
    # "68 years old" looks like a duration but is an age: the finder drops it
    assert tools.normalise("68 years old", Anchor(WED)).rule == "not-temporal"


def test_without_publication_date_relative_stays_unresolved(tools):
    # a relative expression with no publication date keeps value None and says why
    found = tools.normalise("last week", Anchor(None))
    assert found.value is None and found.rule.endswith("no-publication-date")
    assert tools.normalise("June 16, 2021", Anchor(None)).value == "2021-06-16"


def test_dateparser_only_when_rules_do_not_decide(tools):
    # an all-numeric date is not one of our patterns: dateparser reads it, and says so
    found = tools.normalise("2021/06/16", Anchor(WED))
    assert found.value == "2021-06-16" and found.rule == "dateparser"
    assert tools.normalise("the day before the talks", Anchor(WED)) is None


def test_out_of_range_stays_unresolved(tools):
    # far beyond the calendar: recorded unresolved, never an exception
    assert tools.normalise("100000000 days ago", Anchor(WED)).value is None
    assert tools.normalise("99999 years ago", Anchor(WED)).value is None


def test_decimal_and_half_durations(tools):
    # decimal amounts and "and a half" keep their fraction
    assert tools.normalise("2.5 years", Anchor(WED)).value == "P2.5Y"
    assert tools.normalise("one and a half hours", Anchor(WED)).value == "PT1.5H"


@pytest.mark.parametrize("text", ["3846", "H.R. 4437", "2240", "the 9", "the 2nd"])
def test_numbers_dateparser_would_read_as_far_years_or_months_stay_unresolved(tools, text):
    # counts and bill numbers are not years 3846 or 4437; "the 9" is no month
    found = tools.normalise(text, Anchor(date(2019, 9, 18), "past"))
    assert found is None or found.value is None or found.rule != "dateparser"


def test_written_years_within_reach_still_resolve(tools):
    # a goal year a lifetime ahead and an old year are still years
    assert tools.normalise("by 2100", Anchor(WED, "future")).value == "2100"
    assert tools.normalise("2021/06/16", Anchor(WED)).value == "2021-06-16"


def test_dateparser_answers_are_kept_by_text_date_and_tense():
    # Issue 13, round 34: dateparser is asked once per expression, publication date and tense
    # direction; another date or tense is asked afresh and may get another answer.
    from detente.dates.fallback import Fallback
    from detente.dates.vocabulary import load_vocabulary

    fallback = Fallback(load_vocabulary())
    first = fallback.normalise("March 3", Anchor(date(2013, 3, 22), "past"))
    assert first is not None and first.value == "2013-03-03"
    assert fallback.normalise("March 3", Anchor(date(2013, 3, 22), "past")) is first
    assert fallback.normalise("March 3", Anchor(date(2013, 3, 22), "future")).value == "2014-03-03"
    assert fallback.normalise("March 3", Anchor(date(2016, 3, 22), "past")).value == "2016-03-03"
    assert fallback.normalise("99 bottles", Anchor(date(2013, 3, 22), "past")) is None
