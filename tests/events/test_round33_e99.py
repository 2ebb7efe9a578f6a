"""Issue 13, round 33 (e99): two precision guards on wrong rows, each with its control.

- ``owners.own_state_owners`` (called by ``pledges.own_state_doers``): the doer's own bare state
  word written as the owner of the act or of the thing given ("ruled out Turkish support", "pledged
  German aid") is no target; what the act or the thing is for, to or against is. Nor is the
  name of a government's own country as where the act's object goes ("barred the entry of the
  inspectors into France").
- ``nonevents.named_event``: a trigger word capitalised inside a proper name ("the committee on the
  March 3 Attack") names an event or a body, no act; a heading after a colon and a title-case
  headline keep their capitals.

Every sentence is made up. The whole-pipeline cases give a row of the doer's own country on both
sides on the commit before this round.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2023-01-20"
OWNER_CASES = [
    # the doer's own state word as the owner of what is refused or promised: the beneficiary is the target
    ("Turkish President Recep Erdogan ruled out Turkish support for the Swedish bid on Monday.",
     {("REJECT", "TUR", "SWE")}),
    ("Chancellor Scholz pledged German aid to Ukraine.", {("AGREE", "DEU", "UKR")}),
    # with no beneficiary placed, the own state is still no target
    ("The White House ruled out American support for the rebels.", set()),
    # the government's own country as where the act's object goes: the one the object's "of" names
    ("The French interior minister barred the entry of United Nations inspectors into France.",
     {("COERCE", "FRA", "UN")}),
    ("Iraqi ministers said they oppose a new deployment of foreign soldiers to Iraq.", set()),
    # controls: an armed group's attacks in its own country keep the country ...
    ("The Taliban launched attacks on checkpoints in Afghanistan.", {("ASSAULT", "AFG", "AFG")}),
    # ... a place of the doer's country that the aid goes to stays (a domestic act) ...
    ("The Kenyan government sent aid to Kenya's flooded north.", {("AID", "KEN", "KEN")}),
    # ... and so does a person of the doer's country
    ("The Turkish president ruled out a visit by the Turkish foreign minister.", {("REJECT", "TUR", "TUR")}),
]


@pytest.fixture(scope="module")
def owner_coded():
    return code_cases(OWNER_CASES, "e99-owner", DATE)


@pytest.mark.parametrize("i", range(len(OWNER_CASES)))
def test_own_state_owner_is_no_target(owner_coded, i):
    text, expected = OWNER_CASES[i]
    assert rows(owner_coded[i]) == expected, text


def test_owner_target_keeps_its_words(owner_coded):
    """The new target is the words of the beneficiary, and the rule is the entry's own."""
    (event,) = owner_coded[1].events
    assert [p.text for p in event.target] == ["Ukraine"]
    assert event.rule == "verb:pledge>noun:aid"


NAME_CASES = [
    # (sentence, trigger word, named_event)
    ("The governor pardoned the staff of the Senate committee on the March 3 Attack last week.", "Attack", True),
    ("Hundreds gathered in the square to mark the anniversary of the Harbour Square Massacre.", "Massacre", True),
    ("Gangs launched an attack on the police station on March 3.", "attack", False),
    ("Border crisis: Talks between the two governments resume in Geneva.", "Talks", False),
    ("Army Launches Attack On Rebel Town As Talks Stall", "Attack", False),
    ('"Protests will go on," the union leader said.', "Protests", False),
    # a named act that is the object of a verb is taken part in, not a name in passing
    ("Thousands joined the Great March of Freedom along the border on Friday.", "March", False),
    ("Thousands took part in the Great March of Freedom along the border on Friday.", "March", False),
]


@pytest.mark.parametrize("text,word,expected", NAME_CASES)
def test_named_event(nlp, text, word, expected):
    from detente.events.nonevents import named_event

    doc = nlp(text)
    (token,) = [t for t in doc if t.text == word]
    assert named_event(token) is expected, text
