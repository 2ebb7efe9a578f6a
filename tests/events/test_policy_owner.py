"""Issue 13, round 27 (e74): the owner of a definite policy noun as the other side of a domestic act
(``events/policy_owner.py``, rule suffix ``~policyowner``). Each case is made up (never a gold
sentence, never news text): a short one-country story whose last sentence does an act to "the
plans" / "the proposal" told before, and controls (an owned noun, a partner act, an international
story, a story too short to be one country's). The expected set is the whole text's output as
``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2024-03-01"
KENYA = ("Kenyan Finance Minister John Mbadi unveiled a new housing levy on Monday. President William Ruto said "
         "the levy would fund homes in Nairobi. The Kenyan parliament will vote on the measure next week.\n\n")
CASES = [
    # an accusation, active and passive, with several policy nouns
    (KENYA + "Opposition leader Raila Odinga condemned the plans.", {("ACCUSE", "KEN", "KEN")}),
    (KENYA + "The plans were condemned by opposition leader Raila Odinga.", {("ACCUSE", "KEN", "KEN")}),
    (KENYA + "Opposition leader Raila Odinga criticised the proposal.", {("ACCUSE", "KEN", "KEN")}),
    (KENYA + "Opposition leader Raila Odinga attacked these reforms.", {("ACCUSE", "KEN", "KEN")}),
    # a refusal of a proposal
    (KENYA + "Opposition leader Raila Odinga rejected the proposal.", {("REJECT", "KEN", "KEN")}),
    # a demand and support, the noun under a "for" clause or a verb's preposition (the parser hangs the
    # noun trigger's complement on the verb)
    (KENYA + "Opposition leader Raila Odinga called for the legislation to be withdrawn.", {("REQUEST", "KEN", "KEN")}),
    (KENYA + "On Friday, opposition leader Raila Odinga renewed his call for a delay in debating the legislation.",
     {("REQUEST", "KEN", "KEN")}),
    (KENYA + "Opposition leader Raila Odinga backed the proposal.", {("SUPPORT", "KEN", "KEN")}),
    # control: the noun's owner is in its own words ("its plans"): not this rule's case
    (KENYA + "Opposition leader Raila Odinga condemned its plans.", set()),
    # control: a partner act names no owner
    (KENYA + "Opposition leader Raila Odinga discussed the plans.", set()),
    # control: an international story (the proposal may be a foreign state's)
    ("Iran's foreign minister met the French ambassador in Tehran on Monday. The French side offered to restart "
     "nuclear talks. The European Union said the offer stood.\n\nIranian President Masoud Pezeshkian rejected "
     "the proposal.", {("CONSULT", "IRN", "FRA"), ("REJECT", "IRN", None)}),
    # control: one sentence is no one country's story
    ("Opposition leader Raila Odinga condemned the plans.", {("ACCUSE", "KEN", None)}),
    # control: a noun that is no policy ("the attack" is another rule's: the act's doer)
    (KENYA + "Opposition leader Raila Odinga condemned the weather.", {("ACCUSE", "KEN", None)}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "policyowner", DATE)


@pytest.mark.parametrize("number", range(len(CASES)))
def test_policy_owner_case(coded, number):
    assert rows(coded[number]) == CASES[number][1], CASES[number][0]


def test_policy_owner_rows_name_the_rule(coded):
    assert all("~policyowner" in e.rule for e in coded[0].events if e.type == "ACCUSE")


def test_an_adverbial_clause_is_not_the_object():
    from tests.events.conftest import code_one
    coded = code_one(KENYA + "Opposition leader Raila Odinga condemned the government after the plans were announced.",
                     DATE)
    assert not any("~policyowner" in e.rule for e in coded.events)
