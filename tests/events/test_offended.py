"""An apology whose own sentence names no partner is made to the side the apologiser wronged just
before (``events.offended``, issue 13, round 33). Made-up wording throughout."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases

DATE = "2022-03-01"

RESOLVED = [
    # the target of the apologiser's own act in the previous sentence
    ("The Kenyan president criticised Uganda over the border dispute. He apologised on Tuesday.",
     "KEN", "UGA"),
    # no act coded there (a mockery told as a quotation): the one other state of that sentence; a
    # country inside the apologiser's own phrase ("Republic of China", read as CHN) is no other party
    ('Republic of China foreign minister Mark Chen called Malaysia "a nation of thieves" on Monday. '
     'He later apologised for his "careless words".', "TWN", "MYS"),
    # an arrest of another country's people, the apology naming no other matter
    ("Police in Brazil arrested three Argentine fans on Sunday. Brazil's sports minister apologised on Monday.",
     "BRA", "ARG"),
]

UNRESOLVED = [
    # two other states named before: no partner rather than a guess
    ("The Kenyan president met Uganda and Tanzania's leaders. He apologised on Tuesday for the delay.",
     "KEN"),
    # the apology sentence names a partner of its own kind: the usual rules decide ("to the victims")
    ("Chile's president visited Peru last week. Later he apologised to the victims of the flood.",
     "CHL"),
    # an apology inside a quotation is the speaker's story
    ('The Kenyan president criticised Uganda. "We will apologise for nothing," he said.', "KEN"),
    # the other state of the sentence before is a destination, a place or a topic, not a wrong (f83)
    ("Japan's prime minister returned from a three-day visit to China on Tuesday. He apologised for a "
     "funding scandal in his party.", "JPN"),
    ("Canada's prime minister was asked about the trade dispute with the United States. He apologised "
     "for the delay in the pipeline.", "CAN"),
    ("Kenyan police arrived in Uganda last week. The Kenyan interior minister apologised for delays.", "KEN"),
    # the apology names a matter of its own ("for comments about ..."): no earlier act is it (f83)
    ("Israeli jets struck Syrian army positions on Monday. Israel's prime minister apologised on "
     "Tuesday for comments about Arab voters.", "ISR"),
]


@pytest.fixture(scope="module")
def resolved():
    return code_cases([(t, "SUPPORT", s, o) for t, s, o in RESOLVED], "offended", DATE)


@pytest.fixture(scope="module")
def unresolved():
    return code_cases([(t, "SUPPORT", s) for t, s in UNRESOLVED], "offended-none", DATE)


@pytest.mark.parametrize("i", [0, 1, 2], ids=["its own act's target", "the one other state", "an arrest"])
def test_an_apology_is_made_to_the_side_wronged_before(resolved, i):
    text, source, target = RESOLVED[i]
    rows = [e for e in resolved[i].events if e.type == "SUPPORT" and "~antecedent" in e.rule]
    assert rows, [(e.type, e.rule, [p.country for p in e.target]) for e in resolved[i].events]
    row = rows[0]
    assert {p.country for p in row.source} == {source} and [p.country for p in row.target] == [target]
    wronged = row.target[0]
    assert text[wronged.start:wronged.end] == wronged.text and wronged.start < text.index(". ")


def test_no_wronged_side_when_two_compete_or_the_apology_is_quoted(unresolved):
    for coded in unresolved:
        assert not any("~antecedent" in e.rule for e in coded.events), [(e.type, e.rule) for e in coded.events]
