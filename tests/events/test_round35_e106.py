"""Issue 13, round 35 (e106): a domestic reaction's target is the doer of the act it answers.

``partners.cause_targets`` gives a verbal reaction (an accusation, a rejection, a protest) with no
target of its own the subject of an after/when clause ("Japan protested after Chinese missiles landed
in its zone", rule suffix ``~cause``). It kept only a doer of another country, so a domestic reaction
-- the opposition answering the government -- stayed without a target although the clause names it.
Now a doer of the source's own country counts too when its sector is known and none of the sources
has it (``attach.other_sector``, the test ``attach.answered_doers`` already used for sanctions and
concessions): "the opposition began a hunger strike after the president vetoed the bill" -> the
government. A doer of the source's own sector, or of no known sector, is still no target; a reaction
whose object names what it answers keeps that object.

Every sentence is made up. The first case gave the row with an empty target on the branch point
(970bfe8d), and its target words come out once each (the route listed one mention four times); the
others are controls.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2004-05-01"  # President Roh in office
CASES = [
    # fires: a domestic doer of another sector in the after/when clause (empty target on 970bfe8d)
    ("Opposition lawmakers began a hunger strike after President Roh vetoed the bill.",
     {("PROTEST", "KOR", "KOR"), ("REJECT", "KOR", None)}),
    # controls: a domestic doer another route already placed (kept: now also this route's)
    ("Labour MPs criticised the plan after the Home Office announced it.", {("ACCUSE", "GBR", "GBR")}),
    # and a foreign doer (as before), the clause's doer of the source's own sector, an object named,
    # no actor in the clause at all
    ("Japan protested after Chinese missiles landed in its waters.", {("ACCUSE", "JPN", "CHN")}),
    ("Korean students protested in Seoul after Korean students were arrested.", {("PROTEST", "KOR", None)}),
    ("Opposition lawmakers criticised President Roh after the ruling party blocked the vote.",
     {("ACCUSE", "KOR", "KOR")}),
    ("Students protested in Seoul after the match ended.", {("PROTEST", "KOR", None)}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "e106", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_reaction_target(coded, i):
    text, expected = CASES[i]
    assert rows(coded[i]) == expected, text


def test_domestic_cause_keeps_its_words_and_sector(coded):
    """The filled target is the clause's doer, a side of another sector; the rule says ``~cause``."""
    (strike,) = [e for e in coded[0].events if e.type == "PROTEST"]
    assert [p.text for p in strike.target] == ["President Roh"]
    assert strike.target[0].sector == "GOV" and strike.source[0].sector == "OPP"
    assert strike.rule.endswith("~cause")


def test_own_object_is_kept(coded):
    """A reaction whose object is named keeps it: the clause's doer does not replace it."""
    (accusation,) = [e for e in coded[4].events if e.type == "ACCUSE"]
    assert [p.text for p in accusation.target] == ["President Roh"]
    assert "~cause" not in accusation.rule
