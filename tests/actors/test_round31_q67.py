"""Issues 14 and 13 round 31 (branch q67): how the resolver reads people on an estimated span
(``roster.Era.covers``), and three more ways an undated text dates itself (``actors.estimate``).
Made-up wording.

A span of years is no day: an untitled person is in an office the span covers (held on its
estimated day, or over most of it); an office touching only a minority of the span away from
its day is read as on that day, with ``+era:day`` on the entry. A titled person's two separate
terms are told apart by the untitled people of one of them; an "<office> of <place>" title
written place first dates a text; a name carrying its own title ("Pope X") dates it without
reading its people."""

from __future__ import annotations

import datetime as dt

import detente
from detente.actors.estimate import _tie_broken, _written_forms
from detente.actors.roster import ERA_DAY, Era, Office, Person, standing_on

D = dt.date
SPAN = Era(D(2003, 1, 1), D(2005, 12, 31), D(2004, 7, 1))


def _person(*offices: Office) -> Person:
    return Person("sam-vale", "Sam Vale", (), "Vale", "m", "GBR", offices, "test")


def test_an_office_of_the_last_months_of_a_span_is_not_read_as_held():
    late = _person(Office("health secretary", "GBR", "GOV", D(2005, 6, 1), D(2007, 6, 1)))
    standing = standing_on(late, None, era=SPAN)
    assert standing.sector is None and standing.entry.endswith(ERA_DAY)  # not yet in office on the day


def test_an_office_of_the_first_months_of_a_span_reads_a_former_holder():
    early = _person(Office("health secretary", "GBR", "GOV", D(2001, 6, 1), D(2003, 5, 1)))
    standing = standing_on(early, None, era=SPAN)
    assert (standing.sector, standing.entry) == ("ELI", "roster:sam-vale#former-health secretary" + ERA_DAY)


def test_an_office_held_on_the_day_or_over_most_of_the_span_is_read_as_held():
    on_day = _person(Office("health secretary", "GBR", "GOV", D(2004, 5, 1), D(2004, 9, 1)))
    most = _person(Office("health secretary", "GBR", "GOV", D(2001, 1, 1), D(2004, 9, 1)))
    late_day = Era(SPAN.start, SPAN.end, D(2005, 6, 1))  # a day off the middle: most of the span decides
    assert standing_on(on_day, None, era=SPAN).title == "health secretary"
    assert standing_on(most, None, era=late_day).entry == "roster:sam-vale#health secretary"


def test_a_titled_office_touching_the_span_is_kept():
    late = _person(Office("health secretary", "GBR", "GOV", D(2005, 6, 1), D(2007, 6, 1)))
    assert standing_on(late, None, "health secretary", era=SPAN).sector == "GOV"  # the text says so


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
