"""Issue 13, round 29 (branch e86): rows that should not exist (gold/events/NOTES-e86.md).

Five general classes of spurious or wrong-type rows counted on tune material, each fixed by one
rule of ``events.one_act`` (or ``guards.opinion_agreement``):

- an idiom of the attack nouns: unarmed politicians "on the offensive" attack in words (ACCUSE);
- agreeing that something is so, said in a subjectless "while accepting that ..." clause;
- an act named as the condition of another ("a precondition of lifting the embargo");
- a carrier or store of fuel or munitions blowing up (an accident, no attack);
- a participle that describes where forces stand ("troops deployed in Mali should be ...");
- one attack told twice in a sentence, once with a doer and once without (one row).

Controls: troops on the offensive, a launched offensive, accepting an invitation, an embargo
lifted, a car bomb and an explosives-laden truck, a deployment with its time, a posture held, two attacks by
different doers in one sentence, two clauses of their own, and a place standing in for the doer.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2005-03-01"
CASES = [
    # "on the offensive" said of unarmed political actors: ACCUSE, not ASSAULT
    ("The Greek opposition leader went on the offensive against the prime minister over the budget.",
     {("ACCUSE", "GRC", None)}),
    # controls: armed forces on the offensive; an offensive launched
    ("Russian troops went on the offensive against Ukrainian forces near Kharkiv.", {("ASSAULT", "RUS", "UKR")}),
    ("The Syrian army launched an offensive on rebel positions near Idlib.", {("ASSAULT", "SYR", "SYR")}),
    # accepting that something is so: an opinion; accepting an invitation stays AGREE
    ("While accepting that reforms are needed, the Spanish foreign minister criticised the German plans.",
     {("ACCUSE", "ESP", "DEU")}),
    ("Accepting the invitation of the Indian prime minister, the Nepalese president travelled to Delhi.",
     {("AGREE", "NPL", "IND")}),
    # an act named as a condition of another; control: the act done
    ("Germany will strengthen the code as a precondition of lifting the arms embargo on Russia.", set()),
    ("The European Union lifted its arms embargo on Libya on Monday.", {("RETREAT", "EU", "LBY")}),
    # a carrier of fuel or munitions blowing up: no attack; controls: a car bomb, an explosives-laden truck
    ("An ammunition truck explodes at an army base in Kandahar province, Afghanistan, killing 12 soldiers.",
     set()),
    ("A fuel tanker exploded near a market in Lagos, Nigeria, killing 20 people.", set()),
    ("A car bomb exploded near a police station in Kabul, Afghanistan, killing 12 people.",
     {("ASSAULT", None, "AFG")}),
    ("An explosives-laden fuel truck exploded outside the Iraqi defence ministry in Baghdad.",
     {("ASSAULT", None, "IRQ")}),
    # forces described where they stand; control: a deployment told with its time
    ("He argued that German troops deployed in Mali should be replaced by African forces.", set()),
    ("Russia deployed troops to the Ukrainian border on Monday.", {("MOBILIZE", "RUS", "RUS")}),
    # control: a posture told as what a side holds
    ("The Netherlands still has around 90 soldiers deployed in Mali.", {("MOBILIZE", "NLD", "MLI")}),
    # one attack told twice: the doerless row goes
    ("Three people are wounded as a Boko Haram suicide bomber blows herself up near an army checkpoint in "
     "Maiduguri, Nigeria.", {("ASSAULT", "NGA", "NGA")}),
    # controls: two attacks by different doers; a place standing in for the doer
    ("Israeli jets struck Gaza on Monday, while unidentified gunmen killed two soldiers in Lebanon.",
     {("ASSAULT", "ISR", "PSE"), ("ASSAULT", None, "LBN")}),
    ("An ambush on Mexican police in Ocotlan, Jalisco state kills ten.",
     {("ASSAULT", "MEX", "MEX"), ("ASSAULT", None, "MEX")}),
    # control: two clauses, two acts (the attackers' and the police's)
    ("Two knife-wielding attackers injure six people at a market in eastern China; the police fatally shoot "
     "one of the suspects.", {("ASSAULT", None, "CHN"), ("ASSAULT", "CHN", "CHN")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round29e86", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]
