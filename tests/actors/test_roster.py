"""The dated roster model: what a person is on a date, and clear errors for bad entries.

Pure tests (no spaCy): ``standing_on`` and ``parse_people`` on hand-built entries.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors.roster import Office, Person, parse_people, standing_on
from detente.errors import ActorError

BIDEN = Person(
    "joe-biden", "Joe Biden", (), "Biden", "m", "USA",
    (Office("vice president", "USA", "GOV", dt.date(2009, 1, 20), dt.date(2017, 1, 20)),
     Office("president", "USA", "GOV", dt.date(2021, 1, 20), dt.date(2025, 1, 20))),
    "test")


@pytest.mark.parametrize("day, sector, entry", [
    # date-sensitive: the same person on three dates
    (dt.date(2012, 6, 1), "GOV", "roster:joe-biden#vice president"),
    (dt.date(2021, 6, 16), "GOV", "roster:joe-biden#president"),
    (dt.date(2026, 3, 1), "ELI", "roster:joe-biden#former-president"),
    # between offices: a former vice-president is an elite
    (dt.date(2018, 1, 1), "ELI", "roster:joe-biden#former-vice president"),
    # before any office: nationality only
    (dt.date(2000, 1, 1), None, "roster:joe-biden#nationality"),
    # no article date: the latest office
    (None, "GOV", "roster:joe-biden#president"),
])
def test_standing_depends_on_the_date(day, sector, entry):
    standing = standing_on(BIDEN, day)
    assert (standing.country, standing.sector, standing.entry) == ("USA", sector, entry)


def test_end_day_belongs_to_the_successor():
    # the office ends on the day the successor takes over (end exclusive)
    assert standing_on(BIDEN, dt.date(2025, 1, 20)).sector == "ELI"
    assert standing_on(BIDEN, dt.date(2025, 1, 19)).entry == "roster:joe-biden#president"


def test_without_a_date_a_title_in_the_text_picks_that_office():
    # "Vice President Joe Biden" in an undated text is the vice-president, not the president
    assert standing_on(BIDEN, None, "vice president").title == "vice president"


def test_without_a_date_an_office_at_home_comes_before_a_later_post_abroad():
    # round 20: an undated "Tony Blair" is the UK prime minister, not the later UN envoy; a person
    # with no office at home keeps the latest; a title in the text still picks its office
    blair = Person("tony-blair", "Tony Blair", (), "Blair", "m", "GBR",
                   (Office("prime minister", "GBR", "GOV", dt.date(1997, 5, 2), dt.date(2007, 6, 27)),
                    Office("quartet envoy", "UN", "IGO", dt.date(2007, 6, 27), dt.date(2015, 5, 27))), "test")
    assert standing_on(blair, None).country == "GBR"
    assert standing_on(blair, None, "quartet envoy").country == "UN"
    assert standing_on(blair, dt.date(2010, 1, 1)).country == "UN"
    abroad = Person("x", "X Y", (), "Y", "m", "KOR",
                    (Office("secretary-general", "UN", "IGO", dt.date(2007, 1, 1), dt.date(2016, 12, 31)),), "test")
    assert standing_on(abroad, None).country == "UN"


def test_parse_people_reads_partial_dates_and_open_offices():
    people = parse_people({"people": [{"id": "x", "name": "X Y", "country": "fra", "roles": [
        {"title": "Mayor", "sector": "gov", "start": "2020"}]}]}, "mine.yaml")
    office = people[0].offices[0]
    assert (office.title, office.country, office.sector) == ("mayor", "FRA", "GOV")
    assert office.start == dt.date(2020, 1, 1) and office.end is None


@pytest.mark.parametrize("entry, message", [
    ({"name": "No Id"}, "people[0]: missing required field 'id'"),
    ({"id": "a", "name": "A", "gender": "x"}, "(id a): gender must be m or f"),
    ({"id": "a", "name": "A", "country": "USA", "roles": [{"title": "p", "start": "2021-13-01"}]},
     "(id a) role 1 start: '2021-13-01' is not a valid date"),
    ({"id": "a", "name": "A", "roles": [{"title": "p"}]}, "the role has no country"),
    ({"id": "a", "name": "A", "country": "USA",
      "roles": [{"title": "p", "start": "2020-01-01", "end": "2019-01-01"}]}, "is before start"),
])
def test_bad_entries_raise_errors_naming_file_and_entry(entry, message):
    with pytest.raises(ActorError) as err:
        parse_people({"people": [entry]}, "mine.yaml")
    assert str(err.value).startswith("mine.yaml: people[0]")
    assert message in str(err.value)
