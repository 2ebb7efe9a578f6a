"""Event dates on real news sentences from the sample corpus (Wikinews 2019-2020, WCEP 2003-2025).

Each sentence once gave an event a stray date (a year modifying a noun, a date of another clause,
a count read as a year). Events are built by hand on the real spaCy parse, so these cases test
the dating rules whatever the events stage codes.
"""

from __future__ import annotations

import pytest

import detente
from detente.dates import build_tools
from detente.dates.anchor import date_events
from detente.records import Event
from detente.resources import Resources

SHARED = Resources()


@pytest.fixture(scope="module")
def vocabulary():
    return build_tools().vocabulary


def event_at(coded, trigger: str) -> Event:
    start = coded.article.text.index(trigger)
    end = start + len(trigger)
    return Event(type="TEST", cameo="000", goldstein=0.0, quad=1, source=[], target=[],
                 sentence=coded.sentence_of(start), start=start, end=end, trigger=trigger,
                 trigger_start=start, trigger_end=end, evidence=coded.article.text, rule="test")


def dated(text: str, published: str, *triggers: str, vocabulary) -> list[tuple[str | None, str]]:
    coded = detente.code(text, date=published, resources=SHARED)
    coded.events = [event_at(coded, t) for t in triggers]
    date_events(coded, vocabulary)
    return [(e.date, e.date_precision) for e in coded.events]


def times_of(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    coded = detente.code(text, date=published, resources=SHARED)
    return [(t.text, t.value, t.rule) for t in coded.times]


def test_year_modifying_a_noun_dates_only_that_noun(vocabulary):
    # "the 1994 AMIA bombing": the year modifies "bombing" inside an argument; it dates the
    # bombing (its own trigger) but not the request
    text = ("Argentina formally requests that Russia arrest Iranian minister Mohsen Rezai, who is "
            "on a trip to Russia, based on the accusation by Argentina of Rezai's involvement in "
            "the 1994 AMIA bombing.")
    assert dated(text, "2022-01-21", "requests", "bombing", vocabulary=vocabulary) == [
        ("2022-01-21", "article"), ("1994", "year")]


def test_year_of_a_coup_does_not_date_the_release(vocabulary):
    # "during the 1983 coup": a premodifier of "coup" inside the object's modifier
    text = ("Grenada releases the last seven prisoners convicted in the murder of Grenadian Prime "
            "Minister Maurice Bishop during the 1983 coup, including former deputy prime minister "
            "Bernard Coard.")
    assert dated(text, "2009-09-05", "releases", vocabulary=vocabulary) == [
        ("2009-09-05", "article")]


def test_later_counts_from_the_year_named_before(vocabulary):
    # "three years later" is relative to 2011 in the same sentence, not to the 2019 article
    text = ("U.S. troops left Iraq in 2011, then at the Iraqi government's request returned three "
            "years later.")
    assert ("three years later", "2014", "offset") in times_of(text, "2019-11-10")
    assert dated(text, "2019-11-10", "returned", vocabulary=vocabulary) == [("2014", "year")]


def test_later_without_a_named_date_stays_unresolved():
    # "83 years later" counts from an event of the previous sentence: no value, not 2103
    text = "Now, 83 years later, some Democrats have revisited a plan to expand the court."
    found = [f for f in times_of(text, "2020-10-29") if f[0] == "83 years later"]
    assert [(t, v) for t, v, _ in found] == [("83 years later", None)]
    assert found[0][2].startswith("offset:no-anchor")


def test_date_of_another_coordinated_clause(vocabulary):
    # "born 1940" is the first conjunct; "received his education" shares the subject but not
    # the date
    text = ("Qaboos was born 1940 and received his education in India and the Royal Military "
            "Academy, Sandhurst in the United Kingdom.")
    assert dated(text, "2020-01-12", "born", "received", vocabulary=vocabulary) == [
        ("1940", "year"), ("2020-01-12", "article")]


def test_future_bound_does_not_date_the_approval(vocabulary):
    # "from 2035" bounds the ban; the approval happens at publication
    text = ("The European Parliament formally approves a law to ban the sale of new petrol and "
            "diesel vehicles in the European Union from 2035, citing the need to combat climate "
            "change in Europe.")
    assert dated(text, "2023-02-14", "approves", vocabulary=vocabulary) == [
        ("2023-02-14", "article")]


def test_until_a_later_year_does_not_date_the_agreement(vocabulary):
    # "until 2020" in a 2012 article: a bound after publication
    text = ("A United Nations climate conference held in Doha, Qatar, agrees to extend the Kyoto "
            "Protocol until 2020.")
    assert dated(text, "2012-12-08", "agrees", vocabulary=vocabulary) == [
        ("2012-12-08", "article")]


def test_since_a_year_does_not_date_the_event(vocabulary):
    # "for the first time since 1994": the start of a period up to now
    text = ("The United States is to deploy troops to Somalia for the first time since 1994 to "
            "help train the Somali Armed Forces.")
    assert dated(text, "2017-04-14", "deploy", vocabulary=vocabulary) == [
        ("2017-04-14", "article")]


def test_date_in_a_relative_clause(vocabulary):
    # "who appointed Murphy ... in 2017": the relative clause has its own date; the response
    # is not in 2017
    text = ("President Trump, who appointed Murphy to her position himself in 2017, responded to "
            "her letter on Twitter.")
    assert dated(text, "2020-11-26", "responded", vocabulary=vocabulary) == [
        ("2020-11-26", "article")]


def test_resolution_number_is_not_a_year():
    # "resolution 2259" was read as the year 2259 by dateparser: a bare number far ahead
    text = ("They deemed that the agreement on sending Turkish soldiers to Libya goes against the "
            "United Nations Security Council resolution 2259.")
    assert all(v is None or not v.startswith("2259") for _, v, _ in times_of(text, "2020-01-11"))


def test_vote_count_is_not_a_year():
    # "1380 of 1381 votes": bare numbers before 1800 are counts (rule records implausible)
    text = ("Recep Tayyip Erdoğan is re-elected as the party's chairman, receiving 1380 of 1381 "
            "votes.")
    assert all(v is None for _, v, _ in times_of(text, "2018-08-18"))


def test_day_range_does_not_invent_a_year():
    # "May 8–10": dateparser read "10" as the year 2010; a year must be written or be near
    text = ("Russian president Vladimir Putin declares a three-day ceasefire in Ukraine for "
            "May 8–10 to mark the World War II Victory Day.")
    found = [(t, v) for t, v, _ in times_of(text, "2025-04-28") if t.startswith("May")]
    assert found and all(v is None or v.startswith("2025") for _, v in found)


def test_day_list_does_not_invent_a_year():
    # "between 14 and 21 December": dateparser read "21" as the year 2021 in a 2015 article
    text = ("Anonymous claims responsibility for the major week-long cyber-attack between 14 and 21 "
            "December on Turkey.")
    assert all(v is None or v.startswith("2015") for _, v, _ in times_of(text, "2015-12-23"))


def test_present_event_not_dated_years_back(vocabulary):
    # WCEP writes the day's events in the present: "in 2018" dates the assassination, not the
    # sentencing of 2024
    text = ("A court in Brazil sentences two former Military Police officers to 59 and 78 years in "
            "prison respectively for the assassination of Rio de Janeiro city councilor and human "
            "rights activist Marielle Franco in 2018.")
    assert dated(text, "2024-10-31", "sentences", vocabulary=vocabulary) == [
        ("2024-10-31", "article")]


def test_future_event_not_dated_before_publication(vocabulary):
    # "will cooperate ... over post-election unrest in 2007" in a 2009 article
    text = ("Kenya says it will cooperate with the International Criminal Court over post-election "
            "unrest in 2007.")
    assert dated(text, "2009-10-02", "cooperate", vocabulary=vocabulary) == [
        ("2009-10-02", "article")]


def test_since_clause_does_not_date_the_meeting(vocabulary):
    # "since the Syrian civil war began in 2011": a "since" clause starts a period up to now
    text = ("Lebanese prime minister Najib Mikati and Syrian de facto leader Ahmed al-Sharaa hold a "
            "meeting in Damascus, Syria, the first time that the two countries have met since the "
            "Syrian civil war began in 2011.")
    assert dated(text, "2025-01-11", "hold", "met", vocabulary=vocabulary) == [
        ("2025-01-11", "article"), ("2025-01-11", "article")]


def test_background_fact_keeps_its_year(vocabulary):
    # a past-tense event with its own year is dated by it, however old ("killed ... in 2011")
    text = "Osama was killed by US special forces in Pakistan in 2011."
    assert dated(text, "2019-09-17", "killed", vocabulary=vocabulary) == [("2011", "year")]


def test_year_of_a_framing_trip_dates_the_clause(vocabulary):
    # "during a 2018 trip": the noun is the object of a preposition on the verb, a frame of the
    # clause, so its year dates the refusal
    text = ("Next, The Atlantic claimed that during a 2018 trip to France, Trump refused to visit a "
            "cemetery of U.S. soldiers.")
    assert dated(text, "2020-10-29", "refused", vocabulary=vocabulary) == [("2018", "year")]


def test_clock_time_in_apposition_dates_the_clause(vocabulary):
    # "(1625 UTC)" is parsed in apposition to "time": a time, not a noun's modifier
    text = ("At around 11:25am US east coast time (1625 UTC), the Associated Press (AP) called the "
            "election for Biden.")
    assert dated(text, "2020-11-07", "called", vocabulary=vocabulary) == [("2020-11-07", "day")]


def test_date_shared_by_coordinated_reported_verbs(vocabulary):
    # "Today, I am asking ..., I'm asking ...": both conjuncts of one reported clause share it
    text = ('In a live-streamed statement, Sanders said to Biden: "Today, I am asking all '
            'Americans, I\'m asking every Democrat, to come together in this campaign."')
    coded = detente.code(text, date="2020-04-15", resources=SHARED)
    second = text.index("asking", text.index("asking") + 1)
    event = event_at(coded, "asking")
    event.trigger_start, event.trigger_end = second, second + len("asking")
    coded.events = [event]
    date_events(coded, vocabulary)
    assert (event.date, event.date_precision) == ("2020-04-15", "day")


def test_end_bound_does_not_date_the_event(vocabulary):
    # "hosted The Doris Day Show ... until 1973": the end of a state, not when it happened
    text = ("Day made her last movie in 1968 and, with debts left behind after the death of her "
            "third husband, hosted The Doris Day Show on television until 1973.")
    assert dated(text, "2019-05-16", "hosted", vocabulary=vocabulary) == [
        ("2019-05-16", "article")]


def test_coordinated_years_modifying_a_noun(vocabulary):
    # "a lesser-known 2012 and 2016 presidential candidate": both years modify "candidate"
    text = ('"Birther King" Andy Martin, a lesser-known 2012 and 2016 presidential candidate, '
            "provided his own input on the Harris question.")
    assert dated(text, "2020-09-30", "provided", vocabulary=vocabulary) == [
        ("2020-09-30", "article")]


def test_date_after_a_paragraph_break(vocabulary):
    # a paragraph break spaCy did not split: the next paragraph's year does not date "lauded"
    text = ('Mohr lauded Blankenship\'s "ability to influence leaders around him" and claimed the '
            'nominee "will be the strongest President we have seen in decades."\n\nThe '
            "Constitution Party was founded in 1991 as the U.S. Taxpayers Party.")
    assert dated(text, "2020-10-19", "lauded", vocabulary=vocabulary) == [
        ("2020-10-19", "article")]
