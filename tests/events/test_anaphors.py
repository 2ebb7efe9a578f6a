"""A country anaphor doer ("the country", "the nation") stands for the last country named before
it, when exactly one is (``events.anaphors``, issue 13, round 32). Made-up wording throughout."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases

DATE = "2022-03-01"

RESOLVED = [
    # the one country of the previous sentence
    ("North Korea fired two missiles on Monday. The country also threatened Japan with more tests.",
     "THREATEN", "PRK", "JPN"),
    # a body of the country: the state, no sector; the clause's own other party is no candidate
    ("Mali's junta expelled the French ambassador. The country also accused France of backing rebels.",
     "ACCUSE", "MLI", "FRA"),
]

AMBIGUOUS = [
    # two countries compete: no doer rather than a guess
    ("Russia and Belarus held joint drills near the border. The country also threatened Lithuania.",
     "THREATEN"),
    # a quote is a boundary: the speaker's "the country" may be one the narrative never named
    ('Japan protested on Monday. "The country condemned China for the incursion," a diplomat said.',
     "ACCUSE"),
]


@pytest.fixture(scope="module")
def resolved():
    return code_cases(RESOLVED, "anaphor", DATE)


@pytest.fixture(scope="module")
def ambiguous():
    return code_cases(AMBIGUOUS, "anaphor-amb", DATE)


@pytest.mark.parametrize("i", [0, 1], ids=["previous sentence", "body of the country"])
def test_the_country_takes_the_last_country_named(resolved, i):
    text, type_, source, target = RESOLVED[i]
    rows = [e for e in resolved[i].events if e.type == type_]
    assert rows, [(e.type, e.rule) for e in resolved[i].events]
    row = rows[0]
    assert [p.country for p in row.source] == [source] and target in [p.country for p in row.target]
    assert row.source[0].sector is None and "~antecedent" in row.rule
    antecedent = row.source[0]
    assert text[antecedent.start:antecedent.end] == antecedent.text and antecedent.start < text.index(". ")


def test_competing_countries_or_a_quote_give_no_antecedent(ambiguous):
    for coded in ambiguous:
        assert not any("~antecedent" in e.rule for e in coded.events), [(e.type, e.rule) for e in coded.events]
