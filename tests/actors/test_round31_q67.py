"""Issues 14 and 13 round 31 (branch q67): how the resolver reads people on an estimated span
(``roster.Era.covers``), and three more ways an undated text dates itself (``actors.estimate``).
Made-up wording.

A span of years is no day: an untitled person is still read by any office touching it (the
text naming them is a sign of their time), but among namesakes one whose office covers the
span (its day or most of it) comes before one whose office only touches it. A titled person's two separate
terms are told apart by the untitled people of one of them; an "<office> of <place>" title
written place first dates a text; a name carrying its own title ("Pope X") dates it without
reading its people."""

from __future__ import annotations

import datetime as dt

import detente
from detente.actors.estimate import _tie_broken, _written_forms
from detente.actors.roster import Era, Office, Person, standing_on

D = dt.date
SPAN = Era(D(2003, 1, 1), D(2005, 12, 31), D(2004, 7, 1))


def _person(*offices: Office) -> Person:
    return Person("sam-vale", "Sam Vale", (), "Vale", "m", "GBR", offices, "test")


def test_an_office_touching_the_span_is_read_as_held_and_covers_says_how_surely():
    late = Office("health secretary", "GBR", "GOV", D(2005, 6, 1), D(2007, 6, 1))
    on_day = Office("health secretary", "GBR", "GOV", D(2004, 5, 1), D(2004, 9, 1))
    most = Office("health secretary", "GBR", "GOV", D(2001, 1, 1), D(2004, 9, 1))
    assert standing_on(_person(late), None, era=SPAN).sector == "GOV"  # named: a sign of their time
    assert not SPAN.covers(late) and SPAN.covers(on_day)
    assert Era(SPAN.start, SPAN.end, D(2005, 6, 1)).covers(most)  # most of the span, off its day


def test_two_terms_of_one_titled_person_are_told_apart_by_untitled_careers():
    votes = {"head": [(D(2001, 1, 1), D(2005, 1, 1)), (D(2013, 1, 1), D(2017, 1, 1))]}
    careers = {"aide": [(D(2003, 1, 1), D(2008, 1, 1))], "long": [(D(1995, 1, 1), D(2020, 1, 1))]}

    class _P:  # a phrase with a named office
        def __init__(self, pid):
            self.person = _person(Office("whip", "GBR", "GOV", D(2003, 1, 1), None))
            self.person = Person(pid, pid, (), pid, None, "GBR", self.person.offices, "test")

    span, chose = _tie_broken(votes, None, careers, [_P("aide"), _P("long")])
    assert (span[0], span[1], chose) == (D(2001, 1, 1), D(2005, 1, 1), ["aide"])
    assert _tie_broken(votes, None, {"long": careers["long"]}, [_P("long")]) is None  # shares both


def test_a_president_of_two_terms_beside_a_speaker_of_one_dates_the_text():
    coded = detente.code("President Donald Trump vetoed the measure on Friday. "
                         "Nancy Pelosi said the House would try again.")
    estimate = coded.date_estimate
    assert (estimate.start, estimate.end) == (D(2017, 1, 20), D(2021, 1, 20))
    assert estimate.evidence == ["office:donald-trump#president", "career:nancy-pelosi"]
    alone = detente.code("President Donald Trump vetoed the measure on Friday.")
    assert alone.date_estimate is None  # two terms, nothing to tell them apart


def test_an_office_of_a_place_written_place_first_dates_the_text():
    assert _written_forms("chief executive of hong kong") == ("chief executive of hong kong",
                                                              "hong kong chief executive")
    assert _written_forms("chief of the general staff") == ("chief of the general staff",)
    coded = detente.code("Hong Kong Chief Executive Carrie Lam met lawmakers on the budget.")
    assert coded.date_estimate.evidence == ["office:carrie-lam#chief executive of hong kong"]


def test_a_name_carrying_its_title_dates_the_text_but_reads_no_one():
    coded = detente.code("Pope Francis met refugees at a camp outside the city.")
    estimate = coded.date_estimate
    assert (estimate.start, estimate.evidence) == (D(2013, 3, 13), ["name-title:pope-francis#pope"])
    from detente.actors.estimate import reads_people
    assert not reads_people(estimate)
    assert detente.code("Mourners recalled the late King Salman at the mosque.").date_estimate is None
