"""The founding article (published Wednesday 16 June 2021): its expressions and event dates."""

from __future__ import annotations

import pytest


def expression(coded, phrase: str, inner: str):
    """The time expression inside the first occurrence of ``phrase`` (e.g. "on Wednesday")."""
    at = coded.article.text.index(phrase) + phrase.index(inner)
    found = [t for t in coded.times if t.start <= at < t.end]
    assert found, f"no expression found in {phrase!r}"
    return found[0]


@pytest.mark.parametrize("phrase,inner,value", [
    # weekday equal to the publication day is that day
    ("summit on Wednesday", "Wednesday", "2021-06-16"),
    # past-tense month before the publication month: this year's
    ("In February, Russia", "February", "2021-02"),
    ("recalled to Russia in March", "March", "2021-03"),
    ("its ambassador in April", "April", "2021-04"),
    # local time with the UTC time in brackets: the UTC one, on the publication day
    ("after a break at around 4pm", "4pm", "2021-06-16T14:00Z"),
    # "earlier this year" (dateparser cannot read it)
    ("earlier this year", "earlier", "2021"),
    # duration: how long, type DURATION
    ("for five years", "five", "P5Y"),
])
def test_expression_values(geneva_coded, phrase, inner, value):
    assert expression(geneva_coded, phrase, inner).value == value


def test_duration_type(geneva_coded):
    found = expression(geneva_coded, "for five years", "five")
    assert (found.type, found.granularity) == ("DURATION", "duration")


def events_with(coded, word: str):
    found = [e for e in coded.events if word in e.trigger.lower() or word in e.evidence[
        e.trigger_start - coded.sentences[e.sentence].start:][:40].lower()]
    assert found, f"the events stage codes no event triggered by {word!r} in the founding article"
    return found


def test_recall_events_dated_march_and_april(geneva_coded):
    # "prompting Russia to recall Antonov" hangs on "They sank further in March";
    # "The United States recalled its ambassador in April"
    dates = {e.date for e in events_with(geneva_coded, "recall")}
    assert {"2021-03", "2021-04"} <= dates


def test_new_start_extension_dated_february(geneva_coded):
    # the duration "for five years" never dates; "In February" does
    extended = events_with(geneva_coded, "extended")
    assert ("2021-02", "month") in {(e.date, e.date_precision) for e in extended}


def test_summit_dated_wednesday(geneva_coded):
    # "agreed at their first summit on Wednesday"
    summit = [e for e in events_with(geneva_coded, "agreed")
              if "first summit on Wednesday" in e.evidence]
    assert summit, "the events stage codes no agreement in the summit sentence"
    assert {(e.date, e.date_precision) for e in summit} == {("2021-06-16", "day")}


def test_undated_events_carry_the_article_date(geneva_coded):
    # an event with no date of its own takes the publication date, precision "article"
    undated = [e for e in geneva_coded.events if e.date_precision == "article"]
    assert undated and all(e.date == "2021-06-16" for e in undated)
