"""Review r29c (branch f64): bugs a read-only review proved in round 29's estimated date
(``actors.estimate``), its definite roles (``resolver.fill_holder``), an IGO head's title and
one roster entry. Made-up wording (the reviewer's probes)."""

from __future__ import annotations

import datetime as dt

import detente
from detente.actors.estimate import _best_span
from tests.actors.conftest import resolved_actors

D = dt.date


def test_a_named_year_picks_one_of_a_persons_two_terms():
    """Bug 1: two terms of one office tie; the year the text names chooses, and with none the
    two apart date nothing (no second term read into a text of the first)."""
    text = ("President Donald Trump spoke to reporters in 2019 about the trade talks. Nancy Pelosi "
            "said the House would vote on the bill, and Mike Pompeo said the talks were going "
            'well. "We are ready," the vice president said.')
    coded = detente.code(text)
    # round 30 (q64) let the untitled Pelosi and Pompeo narrow it to 2019-01-03; review r30d (f68) undid that
    assert (coded.date_estimate.start, coded.date_estimate.end) == (D(2019, 1, 1), D(2021, 1, 20))
    actors = resolved_actors(coded)
    assert (actors["Nancy Pelosi"].sector, actors["Mike Pompeo"].sector) == ("LEG", "GOV")
    assert actors["the vice president"].name == "Mike Pence"
    assert detente.code("President Donald Trump spoke to reporters.").date_estimate is None


def test_tied_spans_apart_date_nothing_and_consecutive_terms_are_one():
    two_terms = {"a": [(D(2001, 1, 1), D(2005, 1, 1)), (D(2013, 1, 1), D(2017, 1, 1))]}
    assert _best_span(two_terms) is None
    assert _best_span(two_terms, {2003: 1})[:2] == (D(2001, 1, 1), D(2005, 1, 1))
    assert _best_span(two_terms, {2009: 1})[:2] == (D(2013, 1, 1), D(2017, 1, 1))  # after it
    again = {"a": [(D(2019, 7, 8), D(2023, 5, 25)), (D(2023, 6, 26), D(2026, 1, 1))]}
    assert _best_span(again)[:2] == (D(2019, 7, 8), D(2026, 1, 1))  # re-elected: one span


def test_a_title_of_another_time_dates_nothing():
    """Bug 2: "then-" and the object of a past event noun hold a title of their time."""
    then = detente.code("The inquiry heard that then-Foreign Secretary Jack Straw had approved "
                        "the flights. Boris Johnson said the government would publish the findings.")
    assert then.date_estimate is None
    assert resolved_actors(then)["Boris Johnson"].sector == "GOV"
    then2 = detente.code("Officials said then Prime Minister Tony Blair had known of the plan.")
    assert then2.date_estimate is None
    past = detente.code("Crowds marked the anniversary of the death of President Ana Lopez and "
                        "the funeral of Prime Minister Yitzhak Rabin. Benjamin Netanyahu spoke.")
    assert past.date_estimate is None
    assert resolved_actors(past)["Benjamin Netanyahu"].sector == "GOV"


def test_a_definite_role_is_filled_only_when_one_holder_covers_the_span():
    """Bug 3: the holder of "the home secretary" in the middle of a ten-year premiership is a
    guess (four held it); within a span one person covers, the role is filled."""
    long = detente.code("Prime Minister Tony Blair told MPs the reforms would go ahead. "
                        '"We will not be deterred," the home secretary said later.')
    assert resolved_actors(long)["the home secretary"].name is None
    short = detente.code("Home Secretary Jack Straw said the bill would pass. "
                         '"We will not back down," the home secretary told MPs.')
    assert resolved_actors(short)["the home secretary"].name == "Jack Straw"


def test_an_igo_head_keeps_the_igo_on_an_estimated_span():
    """Bug 4: "Secretary-General" is the roster's "secretary general" (hyphen), not a GOV title
    against his office."""
    coded = detente.code("President Donald Trump said US troops would leave. President Bashar "
                         "al-Assad welcomed the move. NATO Secretary-General Jens Stoltenberg "
                         "urged Turkey to show restraint.")
    actor = resolved_actors(coded)["NATO Secretary-General Jens Stoltenberg"]
    assert (actor.country, actor.sector) == ("NATO", "IGO")
    assert {(e.type, e.source[0].sector) for e in coded.events if e.type == "REQUEST"} == {
        ("REQUEST", "IGO")}


def test_a_roster_party_leader_in_state_office_is_the_government():
    """Bug 5: a party leader who was a deputy prime minister is GOV in those years."""
    coded = detente.code("Serbian Deputy Prime Minister Vojislav Seselj threatened the rebels. "
                         "Seselj said Serbia would not yield.", date="1999-05-10")
    assert {a.sector for t, a in resolved_actors(coded).items() if "Seselj" in t} == {"GOV"}
    later = detente.code("Vojislav Seselj said Serbia would not yield.", date="2005-05-10")
    assert {a.sector for t, a in resolved_actors(later).items() if "Seselj" in t} == {"OPP"}
