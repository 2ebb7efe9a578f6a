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


# round 27 review (f54): the sentence names the side the act is done to (a person or body with a sector
# outside the doer's words): that side, found by a later rule, not the policy noun; and nouns in another
# sense than a plan of the story's country
UK = ("Prime Minister Keir Starmer announced new plans to reform the NHS on Monday. Health Secretary Wes Streeting "
      "said the changes would cut waiting lists. The Conservative Party and the Liberal Democrats have questioned "
      "the cost. ")
NAMED = [
    (UK + "The British Medical Association condemned the plans, accusing Prime Minister Keir Starmer of betraying "
     "doctors.", "Prime Minister Keir Starmer"),
    (UK + "The Conservative Party attacked the plans, saying Chancellor Rachel Reeves had broken her promises.",
     "Chancellor Rachel Reeves"),
    # control: no other side named: the policy noun's owner, at home
    (UK + "The British Medical Association condemned the plans.", "the plans"),
]


@pytest.fixture(scope="module")
def named():
    return code_cases(NAMED, "policyowner-named", DATE)


@pytest.mark.parametrize("number", range(len(NAMED)))
def test_a_side_the_sentence_names_is_the_target(named, number):
    last = max(e.sentence for e in named[number].events)
    targets = {t.text for e in named[number].events if e.sentence == last and e.type == "ACCUSE" for t in e.target}
    assert targets == {NAMED[number][1]}, NAMED[number][0]


OTHER_SENSE = [
    UK + "The Liberal Democrats endorsed using waiting times as the measure of success.",
    UK + "Starmer rejected the idea of a wealth tax.",
    UK + "Conservative MP Kemi Badenoch defended the decision to step down.",
    UK + "The Liberal Democrats called for the appeal of that decision by the government.",
]


@pytest.mark.parametrize("text", OTHER_SENSE)
def test_a_noun_in_another_sense_has_no_owner(text):
    from tests.events.conftest import code_one
    assert not any("~policyowner" in e.rule for e in code_one(text, DATE).events), text


def test_a_policy_with_a_to_clause_of_its_own_keeps_its_owner():
    from tests.events.conftest import code_one
    coded = code_one(UK + "The British Medical Association condemned the decision to close hospitals.", DATE)
    assert any("~policyowner" in e.rule for e in coded.events)
