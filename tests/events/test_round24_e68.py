"""Issue 13 round 24 (branch e68): recall classes of the round-12 tune half, counted across all tune/dev
material (gold/events/round12/NOTES-e68.md). Each case is made up and coded by the whole pipeline; the
expected set is the text's whole output as ``(type, source country, target country or None)``.

- ``triggers.tsv noun:encirclement``: encircling a place written as a noun is a siege (COERCE 191, as
  ``verb:encircle`` and ``noun:siege``), with its doer as subject of a verb of doing or as ``by`` agent;
- ``refusals.future_refusal`` (semantics ``future_refusals``): a negotiation negated in the future is a
  refusal to negotiate (REJECT 125): "will not negotiate with", "would never negotiate with", "there
  will be no talks / negotiations with"; a past negation ("did not take place", "have held no talks
  since") and an affirmative negotiation stay as before;
- ``triggers.tsv noun:concession``: a concession written as a noun is the yielding (CONCEDE 080), its doer the
  possessor or modifier; concessions demanded, offered or refused stay the outer act's.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-03-10"
CASES = [
    # nominalised encircling, its doer as a subject or a "by" agent; the verb in both voices as before
    ("Russian troops completed the encirclement of Kharkiv.", {("COERCE", "RUS", "UKR")}),
    ("The Russian army announced the encirclement of the Ukrainian city of Mariupol.", {("COERCE", "RUS", "UKR")}),
    ("The encirclement of Mariupol by Russian forces continued for weeks.", {("COERCE", "RUS", "UKR")}),
    ("Syrian troops encircled the city of Homs.", {("COERCE", "SYR", "SYR")}),
    ("The city of Homs was encircled by Syrian troops.", {("COERCE", "SYR", "SYR")}),
    # a negotiation refused for the future: verbs and nouns, "will", "would" in reported speech, "never"
    ("Syrian President Bashar al-Assad says he will not negotiate with armed groups.", {("REJECT", "SYR", "SYR")}),
    ("The Kenyan president said he would never negotiate with the rebels.", {("REJECT", "KEN", "KEN")}),
    ("The Colombian government will not negotiate with the FARC until the hostages are freed.",
     {("REJECT", "COL", "COL")}),
    ("The European Union says that there will be no political talks with the Taliban.", {("REJECT", "EU", "AFG")}),
    ("Israel says there will be no negotiations with Hamas.", {("REJECT", "ISR", "PSE")}),
    # controls: a refusal verb as before; an affirmative negotiation; past negations tell no refusal
    ("The Kenyan president refused to negotiate with the rebels.", {("REJECT", "KEN", "KEN")}),
    ("The Kenyan government negotiated with the rebels.", {("CONSULT", "KEN", "KEN")}),
    ("The talks between Kenya and Somalia did not take place.", set()),
    ("Kenya and Somalia have held no talks since 2010.", set()),
    ("No talks were held between the Kenyan and Somali leaders last year.", set()),
    ("The Indian prime minister did not talk with his Pakistani counterpart.", set()),
    # a concession as a noun, its doer a modifier or a possessor, its target after "to" (or after "from")
    ("The U.S. concessions to proposals from Russia and China ensured a deal.",
     {("CONCEDE", "USA", "RUS"), ("CONCEDE", "USA", "CHN")}),
    ("Israel's concessions to the Palestinians angered settlers.", {("CONCEDE", "ISR", "PSE")}),
    # controls: the verb phrase as before; concessions demanded, offered or refused are the outer act; no doer
    ("The Israeli government made concessions to the Palestinian Authority.", {("CONCEDE", "ISR", "PSE")}),
    ("The Kenyan opposition demanded concessions from the government.", {("REQUEST", "KEN", "KEN")}),
    ("The Ugandan government offered concessions to the rebels.", {("AGREE", "UGA", "UGA")}),
    ("The Indian government refused to make any concessions to Pakistan.", {("REJECT", "IND", "PAK")}),
    ("The rebels struggle to extract last-minute concessions from the Sudanese government.", set()),
    ("The mining concession was awarded to a Chinese company.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r24e68", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round24_e68(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_rule_names(coded):
    """The evidence convention: each new row names its entry."""
    assert [e.rule for e in coded[0].events] == ["noun:encirclement"]
    assert all(e.rule.startswith("verb:negotiate!negated") for e in coded[5].events)
    assert [e.rule for e in coded[8].events] == ["noun:talk!negated"]
    assert [e.rule for e in coded[9].events] == ["noun:negotiation!negated"]
    assert [e.rule for e in coded[17].events] == ["noun:concession"]
