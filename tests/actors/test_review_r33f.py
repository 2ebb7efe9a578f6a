"""Round 33 second review (r33f) of f84's company-noun mend, mended by the lead: a company noun
before the company's own people ("airline management", "carmaker bosses") is the company
(``actors/word_atoms._company_modifier``); before others ("airline passengers") it is no actor."""

from __future__ import annotations

import pytest

from detente import code

CASES = [
    ("Spanish airline management accused the government of breaking its promises.", "ESP", "BUS"),
    ("German carmaker bosses met the chancellor in Berlin on Monday.", "DEU", "BUS"),
]


@pytest.mark.parametrize(("text", "country", "sector"), CASES, ids=[c[0][:30] for c in CASES])
def test_the_companys_own_people_are_the_company(text, country, sector):
    doc = code(text, date="2019-05-01")
    sources = [(p.country, p.sector) for e in doc.events for p in e.source]
    assert (country, sector) in sources


def test_airline_passengers_are_no_company():
    doc = code("Angry Kenyan airline passengers attacked police officers at the airport in Nairobi.",
               date="2019-05-01")
    assert all(p.sector != "BUS" for e in doc.events for p in e.source)
