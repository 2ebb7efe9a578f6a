"""Issue 13, round 7: guards for the wrong-row classes read on the tune half of the judged-rows
set (``gold/events/rows/``): commands and advice told as speech, indirect questions, victims of a
participle complement coded as doers, named people read as their place, weapons as targets,
subjects of another clause as targets, road accidents and emergencies over storms or epidemics.
Each case is made up and coded by the whole pipeline; the expected set is the sentence's whole
output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2024-03-01"
CASES = [
    # a command told as speech did not happen; the act of the sentence that tells it is kept
    ('The Taliban commander told his fighters: "Take your rifles and attack the Afghan police."', set()),
    ("Iran attacked the Saudi embassy.", {("ASSAULT", "IRN", "SAU")}),
    # advice and wishes: what someone was told or wanted to do is no act
    ("The Pakistani cleric advised his followers to attack the Indian army.", set()),
    # an indirect question asserts no act
    ("The Thai opposition party did not announce whom it would support in the election.", set()),
    ("Egyptian officials asked whether Israel had attacked the convoy.", set()),
    # the subject of "were confirmed killed" is the victim, not the doer (Borno is known as
    # Nigeria's since issue 14 round 10: the killing is coded with no doer, on the place)
    ("The Nigerian president said that twenty people were confirmed killed in Borno.",
     {("ASSAULT", None, "NGA")}),
    # a named person the actors stage does not know is no unnamed doer for the place to stand in
    # (the doer is the person, placed by the one country the sentence names; not "London")
    ("On Friday, Usman Khan stabbed several people in London with a knife.", {("ASSAULT", "GBR", "GBR")}),
    # a weapon is no target; the people stabbed are
    ("French police officers stabbed a man with a knife in Paris.", {("ASSAULT", "FRA", "FRA")}),
    # the subject of a clause inside a prepositional phrase is no argument of the act
    ("The Kenyan officers shot the attacker at noon, in what the British police later declared a "
     "terrorist attack.", {("ASSAULT", "KEN", None)}),
    # striking a vehicle is a road accident, not an attack
    ("A Ukrainian army truck struck a group of motorcycles in Kyiv.", set()),
    ("The Ukrainian army struck Russian positions near Bakhmut.", {("ASSAULT", "UKR", "RUS")}),
    # an emergency over an epidemic or a storm coerces no one; one over unrest stays COERCE
    ("The Peruvian president declared a national emergency in response to the cholera outbreak.", set()),
    # the doer's own "his" in the object is no target: the one the commitment was made to is
    ("The Zambian president reneged on his commitment to the Zambian opposition.", {("REJECT", "ZMB", "ZMB")}),
    # the unplaced subject of a that-clause is the one asked (domestic)
    ("The Brazilian governor demanded that the army leave the city.", {("REQUEST", "BRA", "BRA")}),
    # the penalty is no target: the one sentenced is (here a person noun, placed at home)
    ("A Canadian judge sentenced a doctor to prison for 40 years.", {("COERCE", "CAN", "CAN")}),
    # the news outlet an interview is given to is no side
    ("With Wikinews, the Libertarian candidate Jorgensen discusses her background and climate change.", set()),
    # an infinitive of purpose is no act; one under a verb that decides the act is
    ("The Russian government was paying bounties to the Taliban to kill American soldiers.", set()),
    # (round 11: a party expelling a lawmaker is expulsion from a body, SANCTION -- gold/CONVENTIONS.md)
    ("The German party CDU voted to expel the lawmaker Martin Hohmann.", {("SANCTION", "DEU", "DEU")}),
    ("Thousands of Serbian students rallied in Belgrade to protest against the government.",
     {("PROTEST", "SRB", "SRB")}),
    # what is discussed is no partner; the partner the parse hangs on the topic is
    ("The Bolivian senator discussed why voters should support the Peruvian president.", set()),
    ("With Wikinews, the Green candidate Hawkins discussed how his nomination for senator came about.", set()),
    ("The French president discussed the crisis with the German chancellor.", {("CONSULT", "FRA", "DEU")}),
    # a scathing attack is criticism; pressing a lever is no pressure; a place visited is no partner
    ("The Brazilian finance minister launched a scathing attack on the central bank.", {("ACCUSE", "BRA", "BRA")}),
    ("The Dutch researchers pressed the lever twice.", set()),
    ("The Spanish king visits the University of Salamanca.", set()),
    ("The Spanish king began talks with Catalan party leaders.", {("CONSULT", "ESP", "ESP")}),
    # a bare base form beside a finite verb is a command ("..., but ask anyone")
    ("The Chilean senator was 95 years old, but ask anyone close to her.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "u", DATE)


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_unseen_row_guard(coded, number):
    assert rows(coded[number]) == CASES[number][1]
