"""Round 32 second review (r32e) of the event mends (f77 opinions, f78 colleagues, f81 victims), mended
by the lead.

1. In reported speech "he" / "she" believing or thinking is the speaker (``opinions._hearsay``).
2. Only a clause of a claim noun ("claims that ...") is someone else's claim; "no doubt that", "evidence
   that" are the speaker's own assertion (``opinions.yaml hearsay_nouns``).
3. The opposition judging its own country is a side; a government's own country with no sector is not
   (``opinions._targets``).
4. The other side of a clash is read through "loyal to" as through "of" (``victims._OF``).
5. "fellow African leaders" are not the doer's own people, for the colleagues rule and for the domestic
   fallback of ``context``; a group word with no region ("fellow Shia politicians") does not place them
   abroad (``colleagues.own_country``, ``semantics.yaml colleagues.region_words``).

Each case is made up and coded by the whole pipeline; the expected set is the text's whole output as
``(type, source country, target country or None)`` rows.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # 1. the speaker's own belief, in reported speech
    ("The German chancellor said she believed Russia's behaviour was irresponsible.", {("ACCUSE", "DEU", "RUS")}),
    ("The US president said he thinks the Syrian regime has failed its people.", {("ACCUSE", "USA", "SYR")}),
    # 2. a clause of a noun that is no claim: the speaker's own
    ("The Iranian foreign minister said there was no doubt that Washington was reckless.",
     {("ACCUSE", "IRN", "USA")}),
    ("The German chancellor said there was clear evidence that Russia had been reckless.",
     {("ACCUSE", "DEU", "RUS")}),
    ('"Claims that the Chinese government is corrupt are lies," the Taiwanese president said.', set()),
    # 3. the opposition judging its own country; a government judging a place of its own is no side
    ("Pakistani opposition leader Ali Rana said Pakistan was corrupt.", {("ACCUSE", "PAK", "PAK")}),
    ('"Darfur has been failed by the United Nations," the Sudanese foreign minister said.',
     {("ACCUSE", "SDN", "UN")}),
    # 4. "gunmen loyal to Hamas": Hamas's side did the killing
    ("Four Israeli soldiers died in clashes with gunmen loyal to Hamas.", {("ASSAULT", "PSE", "ISR")}),
    # 5. colleagues abroad are no domestic side; a group word alone does not send them abroad
    ("The Nigerian president met fellow African leaders on Monday.", set()),
    ("Ghana's president criticised fellow West African leaders over the coup.", {("ACCUSE", "GHA", None)}),
    ("The Iraqi prime minister met fellow Shia politicians in Baghdad.", {("CONSULT", "IRQ", "IRQ")}),
    ("The British prime minister held talks with cabinet colleagues on Monday.", {("CONSULT", "GBR", "GBR")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "review-r32e", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]
