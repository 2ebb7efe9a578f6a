"""Issue 14, round 36 (branch q78): a body Phoenix files among its people does not leave office
at the file's date.

``data/phoenix_people.tsv`` holds a few bodies beside people ("Syrian Observatory For Human
Rights", "Tawhid Brigade"); the converter closed every role still open in early 2014 on the
file's date, so on any later day such a body was a former office holder (ELI), as a person is.
``phoenix_people.read_people`` now keeps a body's role closed only by the file's date open
(``is_body_name``); a person's, and a body's role that really ended, stay as they were.
Hand-built rows, and one dated made-up sentence with a body of the real file.

``data/organisations.tsv`` also gains NBC News, Sky News, the Commission
on Presidential Debates and the National Conference of State Legislatures, which the readable
sample corpus quotes in two articles or more with no actor (the conference's name read as New
Zealand's National party). Made-up sentences; the controls keep the bare "ABC" (two countries'
broadcaster), NPR (left out: named as where a British story was told, it moved the story's main
country) and New Zealand's National Party as they were.
"""

from __future__ import annotations

import datetime as dt

from detente.actors.phoenix_people import FILE_DATE, is_body_name, read_people
from detente.actors.roster import standing_on
from tests.actors.conftest import mention_actors

HEADER = "# test rows\nname\taliases\troles\n"


def _people(tmp_path, rows: list[str]):
    path = tmp_path / "people.tsv"
    path.write_text(HEADER + "".join(f"{r}\n" for r in rows), encoding="utf-8")
    return {p.name: p for p in read_people(path)}


def test_a_body_closed_by_the_file_date_stays_in_its_role(tmp_path):
    people = _people(tmp_path, [f"Freedonian Observatory For Peace\tJane Roe\tFRD:OPP:2012-01-01:{FILE_DATE}"])
    body = people["Freedonian Observatory For Peace"]
    assert body.offices[-1].end is None
    standing = standing_on(body, dt.date(2017, 5, 1))
    assert (standing.sector, standing.entry) == ("OPP", "roster:phoenix:freedonian-observatory-for-peace#cameo")


def test_control_a_person_closed_by_the_file_date_is_a_former_holder_later(tmp_path):
    people = _people(tmp_path, [f"Jane Roe\t\tFRD:GOV:2010-01-01:{FILE_DATE}"])
    person = people["Jane Roe"]
    assert person.offices[-1].end == FILE_DATE
    assert standing_on(person, dt.date(2017, 5, 1)).sector == "ELI"


def test_control_a_body_role_that_ended_before_the_file_date_keeps_its_end(tmp_path):
    people = _people(tmp_path, ["Freedonian Revolutionary Council\t\tFRD:GOV:1979-11-06:1980-08-12"])
    assert people["Freedonian Revolutionary Council"].offices[-1].end == dt.date(1980, 8, 12)


def test_a_body_name_is_read_by_its_head_noun():
    assert is_body_name("Supreme Council Of The Freedonian Revolution")
    assert is_body_name("Freedonian National Coalition")
    assert is_body_name("Kurdish Democratic Union Party")
    assert not is_body_name("Rami Abdulrahman")
    assert not is_body_name("Council")  # one word is no body's name here
    assert not is_body_name("Jane Partyman")


def test_the_syrian_observatory_is_a_syrian_ngo_before_and_after_2014():
    """Review r36b finding 5 (branch f98): the house codes the monitoring group NGO
    (``organisations.tsv``), not Phoenix's OPP nor a former holder (ELI) after the file's date."""
    for date in ("2016-03-01", "2013-03-01"):
        found = mention_actors("The Syrian Observatory for Human Rights said ten fighters were killed.", date)
        assert found["The Syrian Observatory for Human Rights"] == ("SYR", "NGO", "org:syr-sohr")
    assert mention_actors("SOHR said ten fighters were killed.", "2016-03-01")["SOHR"][:2] == ("SYR", "NGO")


def test_control_a_body_of_phoenixs_people_file_keeps_its_role_after_2014():
    found = mention_actors("The Tawhid Brigade said ten fighters were killed.", "2016-03-01")
    assert found["The Tawhid Brigade"][1] != "ELI"


def test_us_networks_and_sky_news_are_media_of_their_country():
    assert mention_actors("NBC News reported that the deal was done.", "2020-10-20")["NBC News"] == (
        "USA", "MED", "org:us-nbc-news")
    assert mention_actors("Sky News reported that the talks had failed.", "2020-10-20")["Sky News"][:2] == (
        "GBR", "MED")


def test_control_the_bare_abc_and_npr_stay_unresolved():
    assert mention_actors("ABC reported that the deal was done.", "2020-10-20")["ABC"] == (None, None, None)
    assert mention_actors("NPR reported that the deal was done.", "2020-10-20")["NPR"] == (None, None, None)


def test_us_non_profits_named_by_quotes_are_ngos_not_a_party():
    found = mention_actors("The National Conference of State Legislatures counted ten new laws.", "2020-10-20")
    assert found["The National Conference of State Legislatures"] == ("USA", "NGO", "org:us-ncsl")
    found = mention_actors("The Commission on Presidential Debates cancelled the debate.", "2020-10-20")
    assert found["The Commission on Presidential Debates"][:2] == ("USA", "NGO")


def test_control_new_zealands_national_party_is_still_a_party():
    found = mention_actors("In New Zealand, the National Party criticised the budget.", "2020-10-20")
    assert found["the National Party"][:2] == ("NZL", "PTY")
