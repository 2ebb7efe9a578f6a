"""The dates stage on real spaCy parses of real sentences: finding, tense, event dates.

Event records are built by hand on the real parse (trigger offsets of the verb), so these cases
test the dating rules whatever the events stage codes; test_geneva.py checks the coded events.
"""

from __future__ import annotations

from datetime import date

import pytest

import detente
from detente.dates import build_tools
from detente.dates.anchor import date_events
from detente.records import Event
from detente.resources import Resources

JUNE = "2021-06-16"
SHARED = Resources()
"""Loaded once for the module: every stage's data (the gazetteer too) loads on first use."""


@pytest.fixture(scope="module")
def vocabulary():
    return build_tools().vocabulary


def times_of(text: str, when: str | None = JUNE) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in detente.code(text, date=when, resources=SHARED).times]


def event_at(coded, trigger: str, occurrence: int = 0) -> Event:
    """An event record whose trigger is the ``occurrence``-th ``trigger`` of the text."""
    start = -1
    for _ in range(occurrence + 1):
        start = coded.article.text.index(trigger, start + 1)
    end = start + len(trigger)
    sentence = coded.sentence_of(start)
    return Event(type="TEST", cameo="000", goldstein=0.0, quad=1, source=[], target=[],
                 sentence=sentence, start=start, end=end, trigger=trigger, trigger_start=start,
                 trigger_end=end, evidence=coded.article.text, rule="test")


def dated(text: str, *triggers: str, vocabulary) -> list[tuple[str | None, str]]:
    coded = detente.code(text, date=JUNE, resources=SHARED)
    coded.events = [event_at(coded, t) for t in triggers]
    date_events(coded, vocabulary)
    return [(e.date, e.date_precision) for e in coded.events]


def test_past_month_is_this_year():
    # past tense, month before the publication month -> this year's
    assert times_of("Russia recalled its ambassador in March.") == [("March", "2021-03")]


def test_future_month_is_next_occurrence():
    # future auxiliary "will": March already passed this year -> next March
    assert times_of("Russia will return its ambassador in March.") == [("March", "2022-03")]


def test_past_month_after_publication_month_is_last_year():
    # "In September" with a past verb in a June article: September of the previous year
    assert times_of("In September, the two sides signed a deal.") == [("September", "2020-09")]


def test_until_looks_forward():
    # "closed until Friday" in a Thursday article means the next day, not last week's
    found = times_of("The Russian government has kept the stock markets closed until Friday.",
                     when="2008-09-18")
    assert found == [("Friday", "2008-09-19")]


def test_entity_split_at_a_hyphen():
    # spaCy's one entity "2009-2010" is two years
    found = times_of("The pandemic of 2009-2010 killed 348 children.")
    assert found == [("2009", "2009"), ("2010", "2010")]


def test_age_is_not_an_expression():
    # "Putin, 68," is tagged DATE by spaCy; an age is not a temporal expression
    assert times_of("Putin, 68, who was first to brief reporters, said it was constructive.") == []


def test_clock_time_with_utc_in_brackets():
    # spaCy stops at "4pm"; the bracketed UTC time is taken in, and wins
    assert times_of("Talks resumed after a break at around 4pm (1400 GMT).") == [
        ("4pm (1400 GMT)", "2021-06-16T14:00Z")]


def test_references_found_by_our_patterns():
    # spaCy does not tag "recently" / "in the past"; the extent drops the preposition
    found = times_of("Relations have recently improved, unlike in the past.")
    assert found == [("recently", "PAST_REF"), ("the past", "PAST_REF")]


def test_no_publication_date_leaves_relative_unresolved():
    # no date given and none in the text: "last week" is recorded with value None
    coded = detente.code("Russia recalled its ambassador last week.", resources=SHARED)
    assert [(t.text, t.value) for t in coded.times] == [("last week", None)]


def test_event_dated_by_its_clause(vocabulary):
    # two clauses, two months: each verb takes the month of its own clause
    text = "Russia recalled its ambassador in March and the United States recalled its envoy in April."
    coded = detente.code(text, date=JUNE, resources=SHARED)
    coded.events = [event_at(coded, "recalled", 0), event_at(coded, "recalled", 1)]
    date_events(coded, vocabulary)
    assert [(e.date, e.date_precision) for e in coded.events] == [("2021-03", "month"),
                                                                  ("2021-04", "month")]


def test_duration_never_dates(vocabulary):
    # "for five years" is how long, not when: February dates the extension
    text = "In February, Russia and the United States extended for five years the New START treaty."
    assert dated(text, "extended", vocabulary=vocabulary) == [("2021-02", "month")]
    assert dated("The talks lasted four hours.", "talks", vocabulary=vocabulary) == [
        (JUNE, "article")]


def test_date_of_speech_does_not_date_reported_event(vocabulary):
    # "on Wednesday" hangs on "said": it dates the speech, not the satisfaction reported
    text = "Putin said on Wednesday that he had been satisfied by Biden's explanation."
    assert dated(text, "said", "satisfied", vocabulary=vocabulary) == [
        ("2021-06-16", "day"), (JUNE, "article")]


def test_date_in_reported_clause_dates_reported_event(vocabulary):
    # "in March" is inside what Biden said: it dates the recall, not the saying
    text = "Biden said Russia had recalled its ambassador in March."
    assert dated(text, "said", "recalled", vocabulary=vocabulary) == [
        (JUNE, "article"), ("2021-03", "month")]


def test_participle_date_dates_main_clause(vocabulary):
    # the date inside the opening participle phrase is the date of the main verb
    text = "Standing beside Putin in Helsinki in 2018, Trump refused to blame him."
    assert dated(text, "refused", vocabulary=vocabulary) == [("2018", "year")]


def test_clock_time_dates_to_the_day(vocabulary):
    # a TIME value dates its event to the day
    text = "Talks resumed after a break at around 4pm (1400 GMT)."
    assert dated(text, "resumed", vocabulary=vocabulary) == [("2021-06-16", "day")]


def test_publication_date_type():
    # the stage reads the article date as a datetime.date
    assert detente.code("Talks ended on Monday.", date=JUNE, resources=SHARED).article.date == date(2021, 6, 16)


def test_clock_time_takes_the_date_written_after_it():
    # "at 16:15 UTC, June 1st": the day is the one written, not the publication day
    found = times_of("In a press conference at 16:15 UTC, June 1st, Henderson outlined the plan.",
                     when="2009-06-04")
    assert found[0] == ("16:15 UTC", "2009-06-01T16:15Z")


def test_short_year_with_apostrophe():
    # "since '82": a two-digit year not after the publication year
    assert times_of("The Nikkei fell to its lowest level since '82.", when="2008-10-27") == [
        ("'82", "1982")]


def test_the_day_is_the_day_last_named():
    # "the day" refers back to Monday; with no day named before it is the publication day
    found = times_of("Stocks fell on Monday. By the end of the day the Dow had lost 500 points.")
    assert found == [("Monday", "2021-06-14"), ("the end of the day", "2021-06-14")]
    assert times_of("By the end of the day the Dow had lost 500 points.") == [
        ("the end of the day", JUNE)]


def test_stray_entities_without_temporal_words_are_dropped():
    # spaCy tags planet names and counts as DATE; with no temporal word and no value they go
    found = times_of("Water vapour was found on K2-18b, a planet 110 light years away, in 2019.")
    assert [text for text, _ in found] == ["2019"]


def test_coordinated_clause_does_not_borrow_the_date(vocabulary):
    # "yesterday" hangs on "reported"; the bombing sits in a coordinated clause of its own
    text = ("No claims of responsibility were reported yesterday, but the general manager "
            "attributed the bombing to Houthi rebels.")
    assert dated(text, "bombing", vocabulary=vocabulary) == [(JUNE, "article")]


def test_pluperfect_event_lies_before_the_anchor(vocabulary):
    # "had requested" happened before Friday's approval: Friday dates only the approval
    text = ("On Friday, Congress approved a budget with about a quarter as much money as the "
            "president had requested for a border wall.")
    assert dated(text, "requested", "approved", vocabulary=vocabulary) == [
        (JUNE, "article"), ("2021-06-11", "day")]


def test_participle_clause_shares_the_date(vocabulary):
    # "allowing ..." hangs on "held ... in November 2018": one chain of clauses, one date
    text = ("The Taiwanese government held a referendum in November 2018, allowing the population "
            "to vote on same-sex marriage.")
    assert dated(text, "allowing", vocabulary=vocabulary) == [("2018-11", "month")]


def test_short_year_range():
    # "1957-58": two years, the second written with two digits
    assert times_of("The expedition of 1957-58 crossed Antarctica.") == [
        ("1957", "1957"), ("58", "1958")]


def test_event_dates_are_iso_partial_dates(vocabulary):
    # a season dates its event to the year; a decade to its first year, precision "decade"
    assert dated("Russia annexed the territory last summer.", "annexed",
                 vocabulary=vocabulary) == [("2020", "year")]
    assert dated("The two armies fought a border war in the 1990s.", "fought",
                 vocabulary=vocabulary) == [("1990", "decade")]
