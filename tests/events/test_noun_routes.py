"""Talks told by one of their parties (``events/noun_routes.py``), issue 13 round 24: a
consultation noun with a ``with`` partner and no doer of its own, the subject of a reported
clause, is done by the reporter (rule suffix ``~reporter``); never for talks told as future,
negated or merely characterised. Made-up sentences (none is a gold sentence), with controls."""

from __future__ import annotations

import pytest

from .conftest import code_cases, rows

DATE = "2019-11-12"
CASES = [
    ("The Israeli prime minister said that peace talks with the Palestinian Authority had collapsed.",
     ("CONSULT", "ISR", "PSE")),
    ("Kenya's president says border talks with Somalia have failed to produce a deal.", ("CONSULT", "KEN", "SOM")),
    ("The Greek foreign minister stated that negotiations with Turkey were suspended last month.",
     ("CONSULT", "GRC", "TUR")),
]
NONE_OF = [
    # future, negated, or a copula: no talks told as held
    ("The Turkish foreign minister said talks with Greece will resume next week.", "CONSULT"),
    ("Iran says talks with the United States are impossible.", "CONSULT"),
    ("The Indian minister said talks with Pakistan had not taken place.", "CONSULT"),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES + NONE_OF, "nr24", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_reporter_is_a_party(coded, i):
    article, triple = coded[i], CASES[i][1]
    found = rows(article)
    assert triple in found or (triple[0], triple[2], triple[1]) in found, [e.rule for e in article.events]
    assert any(e.rule.endswith("~reporter") for e in article.events), [e.rule for e in article.events]


@pytest.mark.parametrize("i", range(len(NONE_OF)))
def test_no_talks_held(coded, i):
    article, kind = coded[len(CASES) + i], NONE_OF[i][1]
    assert not [e for e in article.events if e.type == kind], [e.rule for e in article.events]
