"""Issues 14 and 13 round 32 (branch q69): a person an undated text titles by an office of
theirs that ended before its estimated span is a former holder on it (``roster._titled_before``).
Made-up wording.

The span is what the text's other titled people share; a title whose every term ended before
it ("President X" of a presidency decades back) names a past holder, as the dated reading has
it, where the undated reader used to read it as the office of the day. A title of a later
office is kept: the span may be early, the text's title right."""

from __future__ import annotations

import datetime as dt

import detente
from detente.actors.roster import ENDED_BEFORE, Era, Office, Person, standing_on

D = dt.date
SPAN = Era(D(2019, 1, 1), D(2020, 12, 31), D(2020, 1, 1))


def _person(*offices: Office) -> Person:
    return Person("ada-ferne", "Ada Ferne", (), "Ferne", "f", "USA", offices, "test")


def test_a_title_of_an_office_that_ended_before_the_span_is_a_former_holder():
    past = Office("president", "USA", "GOV", D(1977, 1, 20), D(1981, 1, 20))
    standing = standing_on(_person(past), None, "president", era=SPAN)
    assert (standing.sector, standing.title) == ("ELI", "former president")
    assert standing.entry.endswith(ENDED_BEFORE)
    assert standing_on(_person(past), None, "president").sector == "GOV"  # no span: unchanged


def test_a_title_of_a_later_or_a_touching_office_is_kept():
    later = Office("president", "USA", "GOV", D(2025, 1, 20), None)
    assert standing_on(_person(later), None, "president", era=SPAN).title == "president"
    touching = Office("president", "USA", "GOV", D(2013, 1, 20), D(2019, 6, 1))
    assert standing_on(_person(touching), None, "president", era=SPAN).sector == "GOV"
    # a term ending on the span's first day is a handover's: held (review r32d, bug 3)
    ended_on_start = Office("president", "USA", "GOV", D(2013, 1, 20), D(2019, 1, 1))
    assert standing_on(_person(ended_on_start), None, "president", era=SPAN).sector == "GOV"
    ended_long_before = Office("president", "USA", "GOV", D(2013, 1, 20), D(2018, 6, 1))
    assert standing_on(_person(ended_long_before), None, "president", era=SPAN).sector == "ELI"


def test_an_undated_text_reads_a_past_president_titled_beside_the_day_s_holders():
    text = ("President Donald Trump met Governor Gavin Newsom in California in 2020. "
            "Later, President Jimmy Carter said the drought had to be taken seriously.")
    coded = detente.code(text)
    assert coded.date_estimate is not None and coded.date_estimate.start.year == 2020
    carter = [m for m in coded.mentions if "Carter" in m.text]
    assert carter and carter[0].actor.sector == "ELI"
    assert carter[0].actor.entry.endswith(ENDED_BEFORE)
    trump = [m for m in coded.mentions if "Trump" in m.text]
    assert trump[0].actor.sector == "GOV"


def test_an_office_written_place_first_is_no_lesser_title_of_the_text():
    # "<Place> Chief Executive X" is the roster's "chief executive of <place>" written place
    # first: undated, the text's "executive" (BUS) must not replace the office (GOV)
    coded = detente.code("Macau Chief Executive Ho Iat-seng opened the bridge. "
                         "Hong Kong Chief Executive Carrie Lam said the talks went well.")
    lam = [m for m in coded.mentions if "Carrie Lam" in m.text]
    assert lam and (lam[0].actor.country, lam[0].actor.sector) == ("HKG", "GOV")
    assert "+title:" not in lam[0].actor.entry
