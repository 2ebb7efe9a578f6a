"""Round 32 review (r32b) of the opinions rule (``events/opinions.py``, branch e96), mended by branch f77
(gold/events/NOTES-f77.md).

Each case is a made-up sentence the review ran (or one of the same class) coded by the whole pipeline;
the expected set is the text's opinion rows (``opinion:<word>``) as ``(type, source country, target
country)``; other rules' rows (an attack told in the same words) are not this rule's business.

1. a judgement inside someone else's claim, or one the speaker denies, is not the speaker's opinion;
2. "fail" of a plan, a bank, or "in" an attempt is an outcome, not a criticism of an owner;
3. a passive "fail" or "let down" judges its "by" agent, never the one failed;
4. "welcome to <verb>" is an invitation, not praise ("right to <verb>" stays praise of the actor);
5. a general "when" clause asserts nothing;
6. a second judgement of another side in the same quote is its own row."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases

DATE = "2021-06-16"
CASES = [
    # 1. someone else's claim, a noun's clause, a denial
    ('"Claims that the Chinese government is corrupt are lies," the Taiwanese president said.', set()),
    ('"It is a lie that the Cuban government has failed," the Venezuelan president said.', set()),
    ("The Russian ambassador said it was wrong to suggest that the Syrian government had failed.", set()),
    ('"The opposition says the Kenyan government has failed, but that is nonsense," the Ugandan president said.',
     set()),
    ('"Israel says Hamas is corrupt," the Egyptian president said.', set()),
    ("The Kenyan president denied that the Ugandan army had failed.", set()),
    # ... while the speaker's own belief stays the speaker's
    ('"I think the Brazilian government has failed," the Argentine president said.', {("ACCUSE", "ARG", "BRA")}),
    # 2. outcomes
    ('"The Italian plan has failed," the French minister said.', set()),
    ('"Two Icelandic banks failed last year," the British chancellor said.', set()),
    ('"The Syrian army failed in its attempt to retake the town," the Turkish defence minister said.', set()),
    ('"The Thai army failed in its bid to end the protests," the Cambodian foreign minister said.', set()),
    # 3. a passive failure
    ('"Darfur has been failed by the United Nations," the Sudanese foreign minister said.', {("ACCUSE", "SDN", "UN")}),
    ('"The Italian government has been let down by France," the Spanish minister said.', {("ACCUSE", "ESP", "FRA")}),
    # 4. an invitation; praise of an act stays
    ('"The Chinese delegation is welcome to attend the talks," the Japanese foreign minister said.', set()),
    ('"Turkey was right to close the border," the Greek prime minister said.', {("SUPPORT", "GRC", "TUR")}),
    ('"Germany\'s decision is welcome," the French minister said.', {("SUPPORT", "FRA", "DEU")}),
    # 5. a general "when" clause
    ('"When the Iraqi army fails, the militias take over," the Kurdish president said.', set()),
    # 6. two sides judged in one quote
    ("The American envoy said the Afghan government had done a good job, but that the Pakistani army had failed.",
     {("SUPPORT", "USA", "AFG"), ("ACCUSE", "USA", "PAK")}),
    ('"Russia is right, and Ukraine is wrong," the Belarusian president said.',
     {("SUPPORT", "BLR", "RUS"), ("ACCUSE", "BLR", "UKR")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round32f77", DATE)


@pytest.mark.parametrize("index", range(len(CASES)))
def test_case(coded, index):
    text, expected = CASES[index]
    found = {(e.type, s.country, t.country) for e in coded[index].events if e.rule.startswith("opinion:")
             for s in e.source for t in e.target}
    assert found == expected, text
