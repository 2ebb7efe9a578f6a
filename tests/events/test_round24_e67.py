"""Issue 13, round 24 (e67): the "no source" class. (1) A bare participle coordinated with an agentless
passive shares its subject, so the state-doer rules (``doers.passive_doers`` ``~state``,
``recall14.legal_state`` ``~state~legal``, ``doers.story_state`` ``~state~story``) give the second
act the doer they give the first ("were detained and charged": the state charged them too; rule
suffix ``~conj``). (2) With no story country, an agentless passive legal act on people takes the state
of the one country the paragraph says the story happened in (``events.located``, suffix ``~located``).
Each case is made up (never a gold sentence) and coded by the whole pipeline; the
expected set is the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from detente.events.arguments import agentless_passive, passive_marks
from detente.nlp import load_nlp
from tests.events.conftest import code_cases, rows

DATE = "2024-03-01"
CASES = [
    # a coordinated agentless passive: the second act has the first one's doer
    ("Two Ghanaian army officers were detained and charged with plotting a coup.",
     {("COERCE", "GHA", "GHA"), ("ACCUSE", "GHA", "GHA")}),
    ("A Kenyan opposition leader was arrested and indicted for incitement on Monday.",
     {("COERCE", "KEN", "KEN"), ("ACCUSE", "KEN", "KEN")}),
    ("Three Bolivian lawmakers are arrested and charged with corruption.",
     {("COERCE", "BOL", "BOL"), ("ACCUSE", "BOL", "BOL")}),
    # ... in a story told in one country (the story's state), and along a longer coordination
    ("Brazilian police raided a warehouse in Sao Paulo on Tuesday.\n\nA man was arrested and charged with smuggling.",
     {("COERCE", "BRA", "BRA"), ("ACCUSE", "BRA", "BRA")}),
    ("Police in Ecuador broke up a protest in Quito.\n\nFour students were detained, questioned and charged with vandalism.",
     {("COERCE", "ECU", "ECU"), ("ACCUSE", "ECU", "ECU")}),
    # controls: people often held abroad get no state doer for either verb
    ("Two Canadian tourists were detained and charged with smuggling, the foreign ministry in Ottawa said.", set()),
    # ... a conjunct with an agent of its own keeps it (no state doer guessed)
    ("A Zambian opposition leader was arrested and later charged by prosecutors with sedition.",
     {("COERCE", "ZMB", "ZMB")}),
    # ... a conjunct clause with a subject of its own is not a shared participle
    ("Two Ghanaian army officers were arrested and their families charged the army with abuse.",
     {("COERCE", "GHA", "GHA"), ("ACCUSE", "GHA", "GHA")}),
    # ... the single passive is unchanged
    ("A Zambian opposition leader was charged with sedition on Friday.", {("ACCUSE", "ZMB", "ZMB")}),
    # no story country (the paragraph names several): the one country the paragraph says it happened
    # in gives the state doer of an agentless passive arrest (and, as a story country does, the people's)
    ("Farmers from Poland and Germany marched in Brussels, Belgium, against trade rules. Twelve men were arrested.",
     {("PROTEST", "POL", None), ("PROTEST", "DEU", None), ("COERCE", "BEL", "BEL")}),
    ("Supporters of clubs from Serbia and Croatia fought in Vienna, Austria, on Sunday night. Sixty people are "
     "arrested and charged with rioting.",
     {("ASSAULT", "SRB", "AUT"), ("ASSAULT", "HRV", "AUT"), ("COERCE", "AUT", "AUT"), ("ACCUSE", "AUT", "AUT")}),
    # controls: no place it happened in; people placed by their own words; two places of two countries
    ("Rival fans clashed after a match between teams from Italy and Spain. More than 40 people were arrested.", set()),
    ("Supporters of clubs from Serbia and Croatia fought in Vienna, Austria, on Sunday night. Two Croatian "
     "journalists were arrested.", {("ASSAULT", "SRB", "AUT"), ("ASSAULT", "HRV", "AUT")}),
    # (round 24 merge: "gathered", not "clashed": with the argument model on, the clash takes a target)
    ("Angry villagers from Pakistan and India gathered in Sindh, Pakistan, and in Rajasthan, India. Nine men were "
     "arrested.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "e67", DATE)


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_e67_case(coded, number):
    assert rows(coded[number]) == CASES[number][1], [(e.type, e.rule) for e in coded[number].events]


def test_conjunct_rows_name_the_rule(coded):
    rules = {e.type: e.rule for e in coded[0].events}
    assert rules["ACCUSE"].endswith("~state~legal~conj") and not rules["COERCE"].endswith("~conj")
    assert any(e.rule.endswith("~state~story~conj") for e in coded[3].events)
    assert not any("~conj" in e.rule for case in (6, 7, 8) for e in coded[case].events)


def test_located_rows_name_the_rule(coded):
    arrest = next(e for e in coded[9].events if e.type == "COERCE")
    assert arrest.rule.endswith("~state~story~located") and arrest.source[0].sector == "COP"
    assert any(e.rule.endswith("~conj~located") for e in coded[10].events)


def test_agentless_passive_conjunct_is_opt_in():
    """The shared subject is returned only with ``conjunct=True``: the attack rules keep the old reading."""
    doc = load_nlp()("Two officers were detained and charged with fraud.")
    charged = next(t for t in doc if t.lower_ == "charged")
    detained = next(t for t in doc if t.lower_ == "detained")

    class Cand:  # the two fields the helpers read
        def __init__(self, token):
            self.token, self.entry = token, type("E", (), {"pos": "verb"})()

    assert agentless_passive(Cand(charged)) is None
    assert agentless_passive(Cand(charged), conjunct=True).lower_ == "officers"
    assert agentless_passive(Cand(detained)).lower_ == "officers"
    assert passive_marks(Cand(charged)) == "~conj" and passive_marks(Cand(detained)) == ""
