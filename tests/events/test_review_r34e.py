"""Round 34 second review (r34e) of the event mends f87 and f88, mended by the lead.

1. A capital followed by ", <place>" is another town only when that place hangs on the capital: in
   "talks in Kabul, Afghanistan's foreign ministry said" the place is the reporter's
   (``venues._placed_after``); a state's army chief holding talks abroad is a state side
   (``venues.STATE_SECTORS``).
2. A negated predicate of the participle's own noun denies the noun's act, not the participle's:
   "soldiers occupying the town did not leave" still occupy it (``complements.unasserted_doer``).
3. War on an armed group with no country code is a war (``wars._warring``).
4. "If it seeks / wants ..." is the classic condition of a threat, not a request for the act
   (``request_conditions``).
"""

from __future__ import annotations

import pytest

from detente import code
from tests.events.conftest import text_rows

DATE = "2005-03-01"


@pytest.mark.parametrize("text, source, host", [
    ("The Indian foreign minister held talks in Kabul, Afghanistan's foreign ministry said on Tuesday.", "IND", "AFG"),
    ("Israel's army chief held talks in Cairo on Sunday.", "ISR", "EGY"),
])
def test_talks_in_a_capital_followed_by_a_reporter_keep_the_host(text, source, host):
    assert ("CONSULT", source, host) in text_rows(text, DATE, targetless=False)


@pytest.mark.parametrize("text", [
    "The British prime minister held talks in Kingston, Ontario.",
    "Leaders of African states met in Niamey, Niger's capital, for a summit.",
])
def test_a_capital_named_as_another_town_stays_no_host(text):
    assert not any(e.type == "CONSULT" and any(q.country in {"JAM", "NER"} for q in e.target)
                   for e in code(text, date=DATE).events)


@pytest.mark.parametrize("text", [
    "Israeli soldiers occupying the West Bank town did not leave on Friday.",
    "Russian troops occupying Crimea will not withdraw, Moscow said.",
])
def test_a_negated_predicate_of_the_occupiers_keeps_the_occupation(text):
    assert any(e.type == "COERCE" for e in code(text, date=DATE).events)


@pytest.mark.parametrize("text", [
    "There were no Russian troops moving into Crimea, the ministry said.",
    "Officials denied that there were Russian troops moving into Crimea.",
    "Parliament debated the prospect of British troops leaving Basra.",
])
def test_unasserted_participles_still_give_no_row(text):
    assert not any(e.type in {"MOBILIZE", "RETREAT"} for e in code(text, date=DATE).events)


@pytest.mark.parametrize("text", [
    "The United States went to war against al-Qaeda after the September 11 attacks.",
    "The Iraqi army went to war with Islamic State in 2014.",
])
def test_war_on_an_armed_group_without_a_country_code_is_a_war(text):
    assert any(e.type == "ASSAULT" for e in code(text, date=DATE).events)


def test_a_quarrel_called_war_is_still_no_war():
    assert not any(e.type == "ASSAULT" for e in code(
        "The mayor of London has gone to war with the transport unions over fares.", date=DATE).events)


def test_an_aim_in_the_if_clause_keeps_the_conditional_threat():
    events = code("The US would strike Iran if it seeks to build a nuclear bomb, the senator said.", date=DATE).events
    assert any(e.type == "THREATEN" and "~conditional" in e.rule for e in events)


def test_a_request_in_the_if_clause_is_still_no_threat():
    events = code("Under the treaty, Greek police would have to arrest the suspects if Turkey requested it.",
                  date=DATE).events
    assert not any(e.type == "THREATEN" for e in events)
