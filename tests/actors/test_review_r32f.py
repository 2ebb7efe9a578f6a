"""Round 32 second review (r32f) of f80's actor mends, mended by the lead.

1. A bare surname yields to a nearer unresolved namesake only of a compatible gender: "Mr Barrow"
   after "Mary Barrow" is still the chairman Jake Barrow (``surnames.by_name``).
2. A person's role hung on an inner word of a role of several words ("the chief of staff of the
   French president") still gives the role its country; only a body ("of the Israeli army") is its
   own (``trees._inner_role_word``).
"""

from __future__ import annotations

from detente import code


def _sources(text: str, date: str) -> list[tuple]:
    return [(s.text, s.country, s.sector) for e in code(text, date=date).events if e.type == "ACCUSE"
            for s in e.source]


def test_a_namesake_of_the_other_gender_is_passed_over():
    text = ("Conservative Party chairman Jake Barrow told reporters that Labour had lied. Mary Barrow, his wife, "
            "stood beside him. Mr Barrow accused the newspaper of lying.")
    assert ("Barrow", "GBR", "PTY") in _sources(text, "2005-03-01")


def test_a_person_role_inside_a_role_gives_it_its_country():
    text = ("Israeli officials met French diplomats in Jerusalem. The chief of staff of the French president "
            "accused Israel of blocking aid to Gaza.")
    assert _sources(text, "2021-06-16") == [("The chief of staff of the French president", "FRA", "GOV")]


def test_a_body_inside_a_role_is_its_own():
    text = "The chief of staff of the Pakistani army criticised India over the border clashes."
    assert _sources(text, "2021-06-16") == [("the Pakistani army", "PAK", "MIL")]
