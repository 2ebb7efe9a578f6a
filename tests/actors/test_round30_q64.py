"""Issue 14 round 30 (branch q64): more undated texts dated, fewer misdated
(``actors.estimate``). Made-up wording.

An office title written out before a name the parser split off dates like any title; a year the
text names as ahead of it (a deadline, "next", a future verb) is no lower bound; untitled roster
people date a text only when two of them share a span, and narrow a titled span the same way;
an estimate of untitled careers alone reads nobody on it."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import detente
from detente.actors.estimate import _careers_span, reads_people
from detente.actors.roster import standing_on
from detente.actors.tables import bundled_people
from detente.records import DateEstimate

D = dt.date


def test_a_title_written_out_before_a_split_name_dates_the_text():
    # "Work and Pensions Secretary X": the parser keeps only "Secretary X" with the name
    coded = detente.code("Work and Pensions Secretary Alan Johnson said the agency needed a new computer.")
    estimate = coded.date_estimate
    assert estimate.evidence == ["office:alan-johnson#work and pensions secretary"]
    assert (estimate.start, estimate.end) == (D(2004, 9, 8), D(2005, 5, 6))


def test_a_bare_secretary_still_names_no_office():
    coded = detente.code("Secretary Alan Johnson said the agency needed a new computer.")
    assert coded.date_estimate is None


PAIR = "Home Secretary Charles Clarke met Tory leader Michael Howard at Westminster. "


def test_a_year_named_as_ahead_is_no_lower_bound():
    for ahead in ("Mr Clarke said the cards will be issued in 2005.",
                  "Mr Clarke said the cards must be issued by 2005.",
                  "Mr Clarke said the cards would be issued in 2005."):
        estimate = detente.code(PAIR + ahead).date_estimate
        assert estimate.start == D(2004, 12, 15), ahead
        assert not any(e.startswith("year:") for e in estimate.evidence), ahead


def test_a_past_year_is_still_a_lower_bound():
    estimate = detente.code(PAIR + "Mr Clarke said the cards were first issued in 2005.").date_estimate
    assert estimate.start == D(2005, 1, 1) and "year:2005" in estimate.evidence


def test_two_untitled_people_sharing_a_span_date_the_text():
    coded = detente.code("Gordon Brown and Michael Howard clashed over the cost of the scheme.")
    estimate = coded.date_estimate
    assert set(estimate.evidence) == {"career:gordon-brown", "career:michael-howard"}
    assert (estimate.start, estimate.end) == (D(2003, 11, 6), D(2005, 12, 6))
    assert not reads_people(estimate)
    # careers alone read nobody on the span: the undated reading (latest office) stays
    brown = {m.actor.entry for m in coded.mentions if m.text == "Gordon Brown"}
    assert brown == {"roster:gordon-brown#prime minister"}


def test_one_untitled_person_dates_nothing():
    assert detente.code("Gordon Brown spoke about the cost of the scheme.").date_estimate is None


def test_untitled_people_do_not_narrow_a_titled_span():
    # review r30d (bug 2, branch f68): careers narrowed a titled span and the resolver then
    # re-read people on it with the wrong sector; the titled span stands alone
    coded = detente.code("Environment Secretary Margaret Beckett said Gordon Brown and Michael Howard "
                         "had both backed the plan.")
    estimate = coded.date_estimate
    assert estimate.evidence == ["office:margaret-beckett#environment secretary"]
    assert reads_people(estimate)


def test_careers_need_a_person_with_a_named_office():
    # coding ranges alone (Phoenix people: no phrase here has a named office) date nothing
    votes = {"a": [(D(1961, 1, 20), D(1963, 11, 22))], "b": [(D(1961, 1, 20), D(1964, 9, 3))]}
    assert _careers_span(votes, Counter(), []) is None


def test_reads_people_only_on_a_titled_office():
    titled = DateEstimate(D(2005, 1, 1), D(2004, 1, 1), D(2006, 1, 1), ["office:x#home secretary"])
    careers = DateEstimate(D(2005, 1, 1), D(2004, 1, 1), D(2006, 1, 1), ["career:x", "career:y"])
    assert reads_people(titled) and not reads_people(careers)


def test_cabinet_offices_of_2001_to_2007_in_the_roster():
    people = bundled_people()
    johnson = people["alan-johnson"]
    assert standing_on(johnson, D(2005, 1, 1)).title == "work and pensions secretary"
    assert standing_on(people["margaret-beckett"], D(2004, 6, 1)).title == "environment secretary"
    assert standing_on(people["charles-clarke"], D(2003, 6, 1)).title == "education secretary"


def test_a_year_naming_an_event_is_no_lower_bound_but_picks_a_term():
    # "the 2005 election" may be ahead of the text: no lower bound
    estimate = detente.code(PAIR + "Mr Clarke spoke about the 2005 election.").date_estimate
    assert estimate.start == D(2004, 12, 15) and "year:2005" not in estimate.evidence
