"""Review r35e finding 3, mended on branch f96 (gold/events/NOTES-f96.md): a state with no sector
that orders its country's firms or press asks something of another actor (REQUEST); only an
actor of the orderer's own country and sector is its own agent (``ordered.own_agent``). Every
sentence is made up."""

from __future__ import annotations

from tests.events.conftest import code_one

DATE = "2023-03-14"


def test_a_state_ordering_its_countrys_firms_requests():
    article = code_one("Russia ordered Russian banks to stop lending to Ukrainian firms.", DATE)
    assert any(e.type == "REQUEST" and e.rule.startswith("verb:order+to")
               and [(s.country, s.sector) for s in e.source] == [("RUS", None)]
               and [(t.country, t.sector) for t in e.target or []] == [("RUS", "BUS")]
               for e in article.events), [(e.type, e.rule) for e in article.events]


def test_an_order_to_officials_of_ones_own_sector_gives_no_row():
    # near miss: the government ordering its own officials is an own agent (f93)
    article = code_one("The Peruvian government ordered Peruvian officials to stop the talks.", DATE)
    assert not article.events, [(e.type, e.rule) for e in article.events]
