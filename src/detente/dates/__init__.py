"""Dates stage: temporal expressions normalised against the publication date; event dates.

Reads the spaCy parse (DATE/TIME entities, dependencies), the publication date and the coded
events; writes ``coded.times`` (TIMEX3-style ``TimeExpression`` records) and each event's
``date`` / ``date_precision``.

>>> import detente
>>> coded = detente.code("Russia recalled its ambassador in March.", date="2021-06-16")
>>> [(t.text, t.value) for t in coded.times]
[('March', '2021-03')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.dates import calendar
from detente.dates.anchor import EventDater, date_events
from detente.dates.calendar import Anchor
from detente.dates.fallback import RULE as DATEPARSER_RULE
from detente.dates.fallback import Fallback, date_parser, timex_of
from detente.dates.find import Finder
from detente.dates.normalise import NOT_TEMPORAL, Normalised, Normaliser
from detente.dates.tense import clause_tense, governing_verb
from detente.dates.vocabulary import Vocabulary, load_vocabulary
from detente.nlp import span_at
from detente.records import CodedArticle, TimeExpression
from detente.resources import Resources
from detente.stage import Stage

__all__ = ["DateTools", "EventDater", "build_tools", "date_parser", "find_times", "load", "run", "span_anchor",
           "STAGE", "timex_of"]


@dataclass(frozen=True)
class DateTools:
    """What the stage loads once per process: vocabulary, rules, finder and dateparser fallback."""

    vocabulary: Vocabulary
    normaliser: Normaliser
    finder: Finder
    fallback: Fallback
    temporal_words: re.Pattern
    """Drops spaCy DATE spans that we cannot read and that hold no temporal word ("K2-18b")."""

    def normalise(self, text: str, anchor: Anchor) -> Normalised | None:
        """Our rules first; dateparser only when they do not decide."""
        found = self.normaliser.normalise(text, anchor)
        if found is None:
            found = self.fallback.normalise(text, anchor)
        return found


def build_tools() -> DateTools:
    vocabulary = load_vocabulary()
    return DateTools(vocabulary, Normaliser(vocabulary), Finder(vocabulary), Fallback(vocabulary),
                     vocabulary.temporal_words)


def load(resources: Resources) -> DateTools:
    return build_tools()


def span_anchor(coded: CodedArticle, tools: DateTools, start: int, end: int) -> Anchor:
    """Publication date and tense of the clause governing the text at ``start:end``."""
    tokens = span_at(coded.doc, start, end) if coded.doc else None
    if tokens is None or not len(tokens):
        return Anchor(coded.article.date)
    verb = governing_verb(tokens.root)
    tense = clause_tense(verb, tools.vocabulary)
    before = tokens[0].nbor(-1) if tokens.start > 0 else None
    if before is not None and before.lower_ in ("until", "till") and verb is not None and (
            verb.tag_ != "VBD"):
        tense = "future"
    return Anchor(coded.article.date, tense)


def find_times(coded: CodedArticle, tools: DateTools) -> list[TimeExpression]:
    """Every temporal expression of the article, normalised against its publication date."""
    doc, today = coded.doc, coded.article.date
    untensed = Anchor(today)

    def parses(text: str) -> bool:
        found = tools.normalise(text, untensed)
        return found is not None and found.rule != NOT_TEMPORAL

    times, whole = [], coded.article.text
    for span in tools.finder.find(doc, whole, parses):
        text = whole[span.start:span.end]
        if span.year:
            found = Normalised(span.year, "year", "DATE", "year-range")
        else:
            found = tools.normalise(text, span_anchor(coded, tools, span.start, span.end))
        if found is not None and found.rule == NOT_TEMPORAL:
            continue
        found = plausible(text, found, today)
        if found is None and not tools.temporal_words.search(text):
            continue
        times.append(TimeExpression(
            text=text, start=span.start, end=span.end,
            value=found.value if found else None,
            granularity=found.granularity if found else None,
            type=found.type if found else "DATE",
            sentence=coded.sentence_of(span.start),
            rule=(found.rule if found else "unresolved") + ("" if span.source == "spacy"
                                                             else "+pattern"),
        ))
    return times


EARLIEST_BARE_YEAR = 1800
"""A bare number read as a year before this is more likely a count ("1500 troops")."""
LATEST_BARE_YEARS_AHEAD = 30
"""A bare number read as a year more than this many years after publication is not a date."""


def plausible(text: str, found: Normalised | None, today) -> Normalised | None:
    """``found``, or unresolved (rule ``<rule>:implausible``) when only a number gave a value far
    from the publication date.

    A bare number ("the 2240 attendees", "1380 of 1381 votes", "resolution 2259") or a number
    dateparser read as a year ("H.R. 4437", "2053 Wednesday night" UTC) is a count, a name or a
    clock time more often than a year before 1800 or decades ahead.

    >>> from datetime import date
    >>> plausible("2059", Normalised("2059", "year", "DATE", "year"), date(2020, 1, 11)).rule
    'year:implausible'
    """
    if found is None or found.value is None or today is None or found.granularity in (
            "decade", "century"):
        return found
    if found.rule != DATEPARSER_RULE and re.search(r"[^\W\d_]", text):
        return found
    year = found.value[:4]
    if not year.isdigit() or EARLIEST_BARE_YEAR <= int(year) <= today.year + LATEST_BARE_YEARS_AHEAD:
        return found
    return Normalised(None, None, found.type, found.rule + ":implausible")


def date_clock_times(times: list[TimeExpression], text: str) -> None:
    """Give a clock time the day written right after it: "at 16:15 UTC, June 1st".

    A clock time alone is put on the publication day; when a day-granular date follows it
    (after a comma or "on"), that date is the day meant.
    """
    for time, following in zip(times, times[1:], strict=False):
        is_clock = (time.rule or "").startswith("clock") and time.value is not None
        if not is_clock or following.granularity != "day":
            continue
        if following.value is None or text[time.end:following.start].strip(" ,").lower() not in (
                "", "on"):
            continue
        time.value = following.value + time.value[10:]
        time.rule = f"{time.rule}+following-date"


COUNTED_FROM = ("day", "month", "year")
"""Granularities of a named date that "N units later/earlier" can count from."""


def count_offsets_from_named_dates(coded: CodedArticle, tools: DateTools) -> None:
    """Resolve "three years later" against the last date named before it in its sentence.

    "U.S. troops left Iraq in 2011, then ... returned three years later": 2014, not three years
    after publication. With no such date in the sentence the expression stays unresolved.
    """
    for index, time in enumerate(coded.times):
        if time.rule is None or not time.rule.startswith("offset:no-anchor"):
            continue
        named = [t for t in coded.times[:index] if t.sentence == time.sentence and t.value
                 and t.granularity in COUNTED_FROM]
        if not named:
            continue
        origin = calendar.anchor_of(named[-1].value, named[-1].granularity)
        if origin is None:
            continue
        tense = span_anchor(coded, tools, time.start, time.end).tense
        found = tools.normaliser.normalise(time.text, Anchor(origin, tense, named[-1].granularity))
        if found is not None:
            time.value, time.granularity = found.value, found.granularity
            time.rule = found.rule + (time.rule[len("offset:no-anchor"):] or "")


ANAPHORIC_RULES = ("the-unit", "part-of-day")
"""Rules whose day is the day last talked about ("the day", "the same day", "morning")."""


def resolve_anaphoric_days(times: list[TimeExpression]) -> None:
    """Put "the day" / "morning" on the last day named before them, if any.

    "On Monday stocks fell ... by the end of the day": the day is Monday, not the publication
    day, which stays the reading when no day was named before.
    """
    last_day: str | None = None
    for time in times:
        anaphoric = time.rule in ANAPHORIC_RULES and time.granularity in ("day", "time")
        if anaphoric and last_day and time.value:
            time.value = last_day + time.value[10:]
            time.rule = f"{time.rule}+previous-day"
        elif time.granularity == "day" and time.value:
            last_day = time.value[:10]


def run(coded: CodedArticle, resources: Resources) -> None:
    """Add ``coded.times`` and date each event in ``coded.events``."""
    if coded.doc is None:
        return
    tools: DateTools = resources.get("dates")
    coded.times = find_times(coded, tools)
    date_clock_times(coded.times, coded.article.text)
    count_offsets_from_named_dates(coded, tools)
    resolve_anaphoric_days(coded.times)
    date_events(coded, tools.vocabulary)


STAGE = Stage(name="dates", reads=("doc", "events", "quotes"), writes=("times", "events"),
              run=run, spacy_components=("parser", "ner", "tagger", "attribute_ruler",
                                          "lemmatizer"))
"""Entities find expressions; the parse, tags and lemmas give tense and the governing clause."""
