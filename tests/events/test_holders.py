"""Phrases that stand for a nominal act in its clause (``events/holders.py``), issue 13 round 24:
a causative change noun over an act of giving or restricting ("announced an increase in aid"),
and a legal instrument whose clause imposes the act ("passed a bill ramping up sanctions"). The
doer is the subject of the phrase's light verb; the rows carry ``~changed`` / ``~enacted``.
Made-up sentences of each class (none is a gold sentence), with controls."""

from __future__ import annotations

import pytest

from .conftest import code_cases, rows

DATE = "2021-05-04"
CASES = [
    # a change noun whose "in"/"of" complement is the act
    ("The European Union announced an increase in humanitarian aid to Afghanistan.", ("AID", "EU", "AFG"), "~changed"),
    ("Japan announced an expansion of sanctions against North Korea.", ("SANCTION", "JPN", "PRK"), "~changed"),
    ("Britain ordered a doubling of military aid to Ukraine.", ("AID", "GBR", "UKR"), "~changed"),
    # a legal instrument whose participle or relative clause imposes the act
    ("The US Congress passed a law expanding sanctions against North Korea.", ("SANCTION", "USA", "PRK"), "~enacted"),
    ("Congress approved a law that extends sanctions on Venezuela.", ("SANCTION", "USA", "VEN"), "~enacted"),
]
NONE_OF = [
    # a figure about others' acts is no act of the one who reports it
    ("The United Nations announced a rise in attacks on aid workers in Sudan.", "ASSAULT"),
    ("The UN reported an increase in attacks on civilians in Mali.", "ASSAULT"),
    # a report that documents acts is no instrument that imposes them
    ("A British report documenting attacks on civilians in Yemen was published on Monday.", "ASSAULT"),
    ("The US Congress passed a law documenting attacks against North Korea.", "ASSAULT"),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES + NONE_OF, "h24", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_phrase_doer(coded, i):
    article, (_, triple, suffix) = coded[i], CASES[i]
    assert triple in rows(article), [e.rule for e in article.events]
    assert any(suffix in e.rule for e in article.events if e.type == triple[0]), [e.rule for e in article.events]


@pytest.mark.parametrize("i", range(len(NONE_OF)))
def test_no_doer_from_a_figure(coded, i):
    article, kind = coded[len(CASES) + i], NONE_OF[i][1]
    assert not [e for e in article.events if e.type == kind and e.source], [e.rule for e in article.events]
