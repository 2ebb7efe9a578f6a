"""Round 24 (branch q48): an unplaced domestic role noun ("police") takes the country the
story's first paragraph sets it in when that paragraph never names the country the article
names most (``events.homes.lead_country``, ``home:story``; the rule speakers follow,
``quotes.countries.lead_story``). Every sentence is made up."""

from __future__ import annotations

import pytest

from detente.events.homes import lead_country
from tests.events.conftest import code_one

DATE = "2019-09-18"
US_BODY = ("The painting, entitled Liberty, was once offered to US President Donald Trump. American "
           "collectors and the United States embassy praised it, and Americans in Washington queued "
           "to see it. It is valued at five million US dollars.\n\n")
LATER = "On Tuesday police arrested a third man in connection with the theft."


def _police_rows(text: str) -> set[tuple]:
    return {(e.type, s.country, e.rule) for e in code_one(text, DATE).events
            for s in e.source if s.sector == "COP" and "police" in s.text.lower()}


def test_police_take_the_story_country_of_the_lead():
    lead = ("A rare painting was stolen on Sunday from a country house near Bath, England. Two "
            "men were arrested on Monday.\n\n")
    found = _police_rows(lead + US_BODY + LATER)
    assert {(t, c) for t, c, _ in found} == {("COERCE", "GBR")}
    assert all(r.endswith("~home") for _, _, r in found)


@pytest.mark.parametrize("lead", [
    # the lead names the most-named country itself
    "A painting owned by an American collector was stolen near Bath, England. Two men were "
    "arrested on Monday.\n\n",
    # the lead names two countries
    "A painting was stolen near Bath, England and found in Lyon, France. Two men were arrested "
    "on Monday.\n\n",
])
def test_control_no_story_country(lead):
    assert not {c for _, c, _ in _police_rows(lead + US_BODY + LATER)} - {"USA"}


def test_lead_country_reads_the_first_paragraph():
    codes = [["GBR"], [], ["USA", "USA"], ["USA"]]
    assert lead_country(codes, {0, 2}) == "GBR"
    assert lead_country(codes, {0, 3}) is None  # the first paragraph names the USA too
    assert lead_country([["GBR"], ["GBR"], ["USA"]], {0, 2}) is None  # GBR is the main country
    assert lead_country([[], []], {0}) is None
