"""Issue 13, round 30 (branch e88): the sides of a row (gold/events/NOTES-e88.md).

- A kin noun's possessor or "of" object is another person, never the doer the kin noun stands
  for ("the minister's brother criticised X": not the minister; ``kin.kin_owner``, read by
  ``arguments.actors_under`` with semantics.yaml ``kin_nouns``).
- An own agent counted by a number or an extent word ("its six fighter jets", "their 3,000
  remaining troops") is still the source's own agent (``sides.own_agent``), so it is no target.
- An own agent's post that the parse hangs on the verb, not on the agent ("withdrew its jets
  from the campaign against X"), gives the target (``targets.targets_of``).
- A release's direct object that is a person the actors stage could not place ("freed reporter
  X") is the one released (``attach.people``): a domestic release; "on bail" / "on parole" is a
  term of the act, never its argument (``context.GROUNDS_NOUNS``).

Controls: the office holder himself, a spokesman (a role, not kin), an own agent with no count,
and a posted place on the agent itself.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from detente.events.sides import own_agent
from detente.records import Mention
from tests.events.conftest import code_cases, rows

DATE = "2016-12-02"
CASES = [
    # kin nouns: the possessor or "of" object is no doer (the relative is a private person of the
    # owner's country, CVL: kin.kin_doers, review r30b / f70; these pinned no row before)
    ("The Russian foreign minister's brother criticised the Kremlin's policy in Syria.", {("ACCUSE", "RUS", "RUS")}),
    ("The wife of the Canadian prime minister praised the French president.", {("SUPPORT", "CAN", "FRA")}),
    # controls: the office holder himself; a spokesman speaks for his principal
    ("The Russian foreign minister criticised the Kremlin's policy in Syria.", {("ACCUSE", "RUS", "RUS")}),
    ("The Canadian prime minister's spokesman praised the French president.", {("SUPPORT", "CAN", "FRA")}),
    # control: a kin noun as the one acted on keeps its owner's country
    ("Israeli troops killed the Hamas leader's son in Gaza.", {("ASSAULT", "ISR", "PSE")}),
    # an own agent counted by a number (or a model with a digit), its post on the verb
    ("Sweden will withdraw its four F-16 fighter jets from the campaign against the Taliban.",
     {("CONCEDE", "SWE", "AFG")}),
    ("Norway withdrew its six fighter jets from the campaign against the Taliban.", {("RETREAT", "NOR", "AFG")}),
    ("Norway withdrew its fighter jets from the campaign against the Taliban.", {("RETREAT", "NOR", "AFG")}),
    ("Spain recalled its two ambassadors from Caracas.", {("SANCTION", "ESP", "VEN")}),
    # a named person freed is the one acted on (a domestic release), and "on bail" is a term, no side
    ("Iran frees Newsweek reporter Karim Hadavi.", {("RETREAT", "IRN", "IRN")}),
    ("Iran frees a local reporter on bail.", {("RETREAT", "IRN", "IRN")}),
    # controls: an own agent with no count, a posted place on the agent
    ("Russia recalled its ambassador to Washington.", {("SANCTION", "RUS", "USA")}),
    ("Chile withdrew its troops from Haiti.", {("RETREAT", "CHL", "HTI")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round30e88", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:50] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


def _mention(text: str, words: str) -> Mention:
    start = text.index(words)
    return Mention(text=words, start=start, end=start + len(words), sentence=0, label="ROLE",
                   actor=None, antecedent=None, rule="test")


@pytest.mark.parametrize("text, words, own", [
    ("Norway withdrew its six fighter jets.", "fighter jets", True),
    ("Russia pulled out its 3,000 remaining troops.", "troops", True),
    ("Russia recalled its ambassador.", "ambassador", True),
    ("Russia recalled their own diplomats.", "diplomats", True),
    # controls: no possessive, or a word other than a count between
    ("Russia expelled six American diplomats.", "American diplomats", False),
    ("Its army and six Turkish ships sailed.", "Turkish ships", False),
])
def test_own_agent_reads_past_counts(text, words, own):
    assert own_agent(_mention(text, words), text) is own
