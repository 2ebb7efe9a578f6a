"""Round 34 review mends (r34b, f89) of the third-party guards (``events.third_parties``,
``context.context_targets``).

- Bug 1, ``mission_targets``: an embassy named only as where the act happened is no target when the
  act names whom it acted on ("beat demonstrators near the X embassy"), and a mission in a phrase of
  another noun ("a checkpoint near the X embassy") is where that noun is, not what was struck.
- Bug 2, ``requester``: an act inside the request phrase itself ("at the request of X, which
  mediated between ...") is the requester's own act, and keeps its doer.
- Bug 3, ``context_targets``: a foreign party an exception names is no other side, but still
  blocks the guess that the act was domestic ("expelled all migrants except three Turkish nationals").

Every sentence is made up. Each bug case gave a wrong row (or lost a right one) at 511ebbd1.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2023-01-20"
CASES = [
    # bug 1: people acted on beside a mission are the target; the mission is where
    ("Jordanian police beat demonstrators near the Syrian embassy in Amman.", {("ASSAULT", "JOR", "JOR")}),
    ("Thai police detained six Uighur activists outside the Chinese embassy in Bangkok.",
     {("COERCE", "THA", "CHN")}),
    ("Riot police in Paris clashed with Kurdish protesters outside the Turkish consulate.",
     {("ASSAULT", "FRA", None)}),
    ("Gunmen attacked an Afghan police checkpoint near the Pakistani embassy in Kabul.",
     {("ASSAULT", None, "AFG")}),
    # bug 1 controls: a mission struck is still its state's
    ("Gunmen fired mortars at the Italian embassy in Tripoli.", {("ASSAULT", None, "ITA")}),
    ("Militants stormed the Saudi consulate in Aden.", {("ASSAULT", None, "SAU")}),
    # bug 2: the act in the request phrase keeps its doer
    ("The summit was held at the request of Jordan, which accused Israel of provocation.",
     {("ACCUSE", "JOR", "ISR")}),
    ("The talks reopened at the urging of Oman, which mediated between Iran and the United States.",
     {("CONSULT", "OMN", "IRN"), ("CONSULT", "OMN", "USA")}),
    # bug 2 controls: the one who asked for the act is still no doer
    ("The prisoners were released at the request of Kenya.", set()),
    ("Sanctions were eased at the insistence of Berlin.", set()),
    # bug 3: the excluded foreigners are no side, and the act is not read as domestic
    ("Greece expelled all the detained migrants except three Turkish nationals.", {("COERCE", "GRC", None)}),
    ("Spain expelled every diplomat except the Venezuelan ambassador.", {("SANCTION", "ESP", None)}),
    # bug 3 control: the sentence's other party, not the excluded one, is still the target
    ("Japan banned imports from every EU country except Poland.", {("COERCE", "JPN", "EU")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "f89", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_review_mends(coded, i):
    text, expected = CASES[i]
    assert rows(coded[i]) == expected, text


def test_people_acted_on_keep_their_words(coded):
    """The demonstrators are the target, not the embassy they stood near."""
    (event,) = coded[0].events
    assert [p.text for p in event.target] == ["demonstrators"]
    assert [p.text for p in coded[1].events[0].target] == ["Uighur activists"]


def test_excluded_party_is_no_domestic_target(coded):
    """No target is guessed for the expelled people: the rule says the other side is unplaced."""
    (event,) = coded[10].events
    assert event.target == [] and event.rule.endswith("~unplaced")
