"""Round 30 review (branch f67): five bugs a read-only review proved in the merged round 30 code
(gold/events/NOTES-f67.md), each pinned on made-up wording through the whole pipeline.

1. ``hypotheticals.generic_case`` read "said it would veto any resolution" as a supposition: in
   reported speech "would" is the past of "will", a refusal or pledge announced (kept, as "will
   support any plan" is). A bare conditional ("the government would block any bid") and anyone's
   act ("said any prime minister would offer") stay suppositions.
2. ``descriptions.habitual`` read "the ongoing talks" as a practice: "ongoing" is one occasion in
   progress, not a rule.
3. ``descriptions.accident_inquiry`` read a leak and an outbreak of fighting as accidents: a leak is
   someone's disclosure, an outbreak is an accident only of an illness.
4. ``descriptions.named_event`` dropped an act whose own name is capitalised ("joined the Great
   March of Return"): only a noun inside a larger name ("the Inquiry into the Harbour Bombing") is
   part of a name.
5. ``cautions.alleging_warning`` recoded warnings of a harm the target is open to as allegations:
   "Y faces consequences if ...", "Y's warships are within range of its missiles", "Y risks a war"
   stay threats; "Y is arming the islands", "Y had violated the treaty" stay allegations.

Each case is made up; the expected set is the text's whole output as ``(type, source country,
target country or None)`` rows."""

from __future__ import annotations

import pytest

from detente.events import descriptions
from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # 1. a refusal or pledge of "any X" in reported speech is announced
    ("Kenya said it would block any bid by Somalia to join the trade bloc.", {("REJECT", "KEN", "SOM")}),
    ("Kenya would block any bid by Somalia to join the trade bloc, the Kenyan minister said.", {("REJECT", "KEN", "SOM")}),
    ("The Kenyan president said his government would support any peace plan for Somalia.", {("AGREE", "KEN", "SOM")}),
    ("China said it would oppose any move by Taiwan toward formal independence.", {("REJECT", "CHN", "TWN")}),
    ("Saudi Arabia said it would cooperate fully with any Turkish investigation into the journalist's death.",
     {("AGREE", "SAU", "TUR")}),
    #    controls: a bare conditional, anyone's act in reported speech
    ("The Kenyan government would block any bid by Somalia to join the trade bloc.", set()),
    ("The minister said any prime minister would use the summit to offer concessions to France.", set()),
    # 2. "ongoing" talks are one occasion
    ("Greek and Turkish diplomats joined the ongoing talks in Geneva on Monday.", {("CONSULT", "GRC", "TUR")}),
    ("Negotiators from Israel and Hamas resumed the ongoing negotiations in Cairo on Sunday.", {("CONSULT", "ISR", "PSE")}),
    # 3. an inquiry into a leak or an outbreak of violence accuses; into an outbreak of an illness, not
    ("Greek police opened an investigation into the leak of the secret report by Turkish officials.",
     {("ACCUSE", "GRC", "TUR")}),
    ("The Kenyan police launched an inquiry into the outbreak of violence in Nairobi.", {("ACCUSE", "KEN", "KEN")}),
    ("Kenyan health officials launched an investigation into the cholera outbreak in Nairobi.", set()),
    ("Kenyan health officials launched an investigation into the outbreak of measles in Nairobi.", set()),
    # 4. an act whose own name is capitalised is told
    ("Palestinians joined the Great March of Return along the Gaza border fence on Friday.", {("PROTEST", "PSE", "PSE")}),
    # 5. a harm the target is open to stays a threat; its conduct told as a fact stays an allegation
    ("Turkey warned that Greek warships in the Aegean are within range of its missiles.", {("THREATEN", "TUR", "GRC")}),
    ("Turkey warned that Greece faces serious consequences if it extends its waters.", {("THREATEN", "TUR", "GRC")}),
    ("The French foreign minister warned that Germany risks a trade war with France.", {("THREATEN", "FRA", "DEU")}),
    ("Turkey warned that Greece is arming the islands in the Aegean.", {("ACCUSE", "TUR", "GRC")}),
    ("Turkey warned that Greece had violated the treaty.", {("ACCUSE", "TUR", "GRC")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round30f67", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


def test_danger_to_a_people_is_no_allegation():
    """A warning that a people is at risk accuses no one (the THREATEN row it keeps is another
    guard's business)."""
    article = code_cases([("The United Nations warned that millions of Yemenis are at risk of famine.",)], "round30f67r", DATE)[0]
    assert not any(e.type == "ACCUSE" for e in article.events)



@pytest.mark.parametrize(("text", "word", "named"), [
    ("Palestinians joined the Great March of Return along the Gaza border fence on Friday.", "March", False),
    ("Greek students took part in the March for Democracy in Athens on Friday.", "March", False),
    ("The senators praised the members of the Inquiry into the Harbour Bombing on Tuesday.", "Bombing", True),
])
def test_named_event(nlp, text, word, named):
    token = next(t for t in nlp(text) if t.text == word)
    assert descriptions.named_event(token) is named
