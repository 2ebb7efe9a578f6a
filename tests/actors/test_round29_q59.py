"""Issue 14 round 29 (branch q59): an undated article's estimated date (``actors.estimate``), and
roster people read on it (``roster.standing_on(..., era=)``). Made-up wording.

An undated text dates itself by the roster people it titles with an office of theirs; a year it
names narrows that span but never dates a text alone; the estimate stays apart from the
publication date, and a dated article gets none."""

from __future__ import annotations

import datetime as dt

import detente
from detente.actors.estimate import _best_span
from detente.actors.roster import Era, Office, Person, standing_on

D = dt.date
ROE = Person("jane-roe", "Jane Roe", (), "Roe", "f", "GBR", (
    Office("transport secretary", "GBR", "GOV", D(2001, 6, 1), D(2006, 5, 1)),
    Office("prime minister", "GBR", "GOV", D(2010, 5, 1), D(2016, 7, 1))), "test")


def test_a_person_is_read_by_the_office_of_the_estimated_span():
    era = Era(D(2004, 1, 1), D(2004, 12, 31), D(2004, 7, 1))
    standing = standing_on(ROE, None, era=era)
    assert (standing.sector, standing.title) == ("GOV", "transport secretary")
    assert standing_on(ROE, None).title == "prime minister"  # no estimate: the latest office


def test_out_of_office_in_the_span_is_an_elite_or_no_office():
    between = Era(D(2007, 1, 1), D(2008, 12, 31), D(2008, 1, 1))
    assert standing_on(ROE, None, era=between).sector == "ELI"
    before = Era(D(1995, 1, 1), D(1995, 12, 31), D(1995, 7, 1))
    assert standing_on(ROE, None, era=before).sector is None


def test_a_title_of_another_span_keeps_the_titled_office():
    era = Era(D(2004, 1, 1), D(2004, 12, 31), D(2004, 7, 1))
    assert standing_on(ROE, None, "prime minister", era=era).title == "prime minister"


def test_the_span_most_titled_people_share_wins():
    votes = {"a": [(D(1997, 5, 2), D(2007, 6, 27))], "b": [(D(2003, 11, 6), D(2005, 12, 6))],
             "c": [(D(2009, 1, 1), D(2012, 1, 1))]}
    start, end, voters = _best_span(votes)
    assert (start, end, voters) == (D(2003, 11, 6), D(2005, 12, 6), ["a", "b"])


TEXT = ("Home Secretary Charles Clarke met Tory leader Michael Howard at Westminster. "
        "Mr Clarke said the bill had returned to the Commons in 2005.")


def test_an_undated_text_is_dated_by_its_titled_people():
    coded = detente.code(TEXT)
    estimate = coded.date_estimate
    assert coded.article.date is None  # the estimate never poses as a publication date
    assert (estimate.start, estimate.end) == (D(2005, 1, 1), D(2005, 12, 6))
    assert set(estimate.evidence) == {"office:charles-clarke#home secretary",
                                      "office:michael-howard#leader", "year:2005"}
    assert coded.to_dict()["date_estimate"]["value"] == estimate.value.isoformat()
    howard = {m.actor.entry for m in coded.mentions if "Howard" in m.text}
    assert howard == {"roster:michael-howard#opposition leader"}


def test_a_dated_text_and_a_text_of_years_alone_get_no_estimate():
    assert detente.code(TEXT, date="2005-03-01").date_estimate is None
    coded = detente.code("The 1983 election returned a large majority, the minister recalled.")
    assert coded.date_estimate is None


def test_a_short_or_party_title_names_the_roster_office():
    from detente.actors.estimate import _titles
    from detente.actors.tables import RoleNoun
    chancellor = RoleNoun("chancellor", "GOV", True, title="chancellor")
    party_leader = RoleNoun("party leader", "PTY", True, title="party leader")
    secretary = RoleNoun("secretary", "GOV", True, title="secretary")
    assert _titles("chancellor of the exchequer", chancellor)
    assert _titles("opposition leader", party_leader)
    assert not _titles("home secretary", secretary)  # "Transport Secretary X", split by the parser


def test_a_year_named_starts_the_span_but_does_not_end_it():
    coded = detente.code("Chancellor Gordon Brown said the economy had grown every quarter since "
                         "1999, and he would set out his plans to MPs.")
    estimate = coded.date_estimate
    assert estimate.start == D(1999, 1, 1) and estimate.end == D(2007, 6, 27)
