"""Issue 13, round 14: recall classes of unseen news (``events/recall14.py``): a consultation named
as the setting of a clause (a phone call, visit, meeting or talks the clause's subject held), an
agentless passive legal act on people of one country done by that country's state, an attack
people died in, placing under arrest, finding guilty, blocking a statement, a joint act's venue, legal action, speaking by phone,
and headline present tense the tagger misread. Each case is made up (never a gold sentence) and coded by the whole pipeline; the
expected set is the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2024-03-01"
CASES = [
    # a consultation named as the setting of a clause: done by the clause's subject
    ("In a telephone call with the Egyptian president, the Greek prime minister discussed gas exploration.",
     {("CONSULT", "GRC", "EGY")}),
    ("During his visit to Nairobi, the Indian prime minister signed a trade deal.",
     {("CONSULT", "IND", "KEN"), ("AGREE", "IND", "KEN")}),
    ("After talks with the Turkish president, the Finnish president announced new arms purchases.",
     {("CONSULT", "FIN", "TUR")}),
    ("On a visit to Lima, the Chilean foreign minister gave a speech on trade.", {("CONSULT", "CHL", "PER")}),
    # ... a partnerless setting takes the clause's addressee
    ("In a phone call last week, the Brazilian president urged the Argentine president to cut tariffs.",
     {("CONSULT", "BRA", "ARG"), ("REQUEST", "BRA", "ARG")}),
    # ... talks whose own "between" names their sides
    ("After talks between Serbia and Kosovo, the EU envoy praised the progress.", {("CONSULT", "SRB", "XKX")}),
    # ... not a meeting within one body, nor one with no partner
    ("The Peruvian president said in a meeting with the Peruvian prime minister that reforms go on.", set()),
    ("After the meeting, the Chilean minister said nothing was agreed.", set()),
    # ... nor a setting of a clause told in the future
    ("During his trip, the Dutch foreign minister will represent the EU at the summit.", set()),
    # an agentless passive legal act on people of one country: that country's state did it
    ("A Zambian opposition leader was charged with sedition on Friday.", {("ACCUSE", "ZMB", "ZMB")}),
    ("The former Peruvian president was indicted for bribery.", {("ACCUSE", "PER", "PER")}),
    # ... not people outside politics (often held abroad: their state is no safe doer)
    ("Two Canadian tourists were charged with smuggling last week, the foreign ministry in Ottawa said.", set()),
    # ... nor when the sentence names another country: there the place's state charged them (round 15,
    # conventions.legal_passive, as for an arrest), not the reporters' own
    ("Two British reporters were charged with spying in Russia.", {("ACCUSE", "RUS", "GBR")}),
    # an attack people died or were hurt in: its doer is present but unnamed
    ("Fifteen people die in an attack in Mopti, Mali.", {("ASSAULT", None, "MLI")}),
    ("Eight people died during a raid on a village in Niger.", {("ASSAULT", None, "NER")}),
    # ... the attack's own adjective names its doer
    ("Eleven people die in an Israeli air strike in Rafah, Gaza.", {("ASSAULT", "ISR", "PSE")}),
    # ... a crash is no attack
    ("Four people died in a bus crash in Kenya.", set()),
    # placed under arrest or investigation
    ("Police placed the Ugandan opposition leader under house arrest.", {("COERCE", "UGA", "UGA")}),
    ("The former Bolivian president was placed under house arrest on Friday.", {("COERCE", "BOL", "BOL")}),
    ("The Ecuadorian army was put under pressure by the strikes.", set()),
    # taken into custody is an arrest: by the agent, else (agentless) by the state of the people or the story
    ("A woman was taken into custody by police in Ghana after the robbery.", {("COERCE", "GHA", "GHA")}),
    ("Two Ugandan opposition lawmakers were taken into custody on Tuesday.", {("COERCE", "UGA", "UGA")}),
    ("The hostages were taken into the hills by their captors.", set()),
    # finding someone guilty is a legal accusation (ACCUSE 116); an acquittal is none
    ("A Chilean court found the former mining minister guilty of bribery.", {("ACCUSE", "CHL", "CHL")}),
    ("The former Kenyan finance minister was found guilty of fraud on Monday.", {("ACCUSE", "KEN", "KEN")}),
    ("Investigators found the Kenyan minister not guilty of fraud.", set()),
    # blocking a statement or a membership is a refusal
    ("Poland blocks the EU declaration on migration.", {("REJECT", "POL", "EU")}),
    # a joint agreement or meeting: the two sides are each other's partners, the venue is no side
    ("Ghana and Togo sign a border agreement in Abuja.", {("AGREE", "GHA", "TGO")}),
    ("Peru and Chile signed a fisheries treaty in Quito.", {("AGREE", "PER", "CHL")}),
    # ... one side meeting another in a city keeps its partner
    ("The Ghanaian president met the Togolese president in Accra.", {("CONSULT", "GHA", "TGO")}),
    # legal action or proceedings against someone is a legal accusation (ACCUSE 115)
    ("The European Commission launches legal action against Slovakia.", {("ACCUSE", "EU", "SVK")}),
    ("The European Commission opened infringement proceedings against Malta.", {("ACCUSE", "EU", "MLT")}),
    ("The court proceedings lasted three days.", set()),
    # speaking by phone with someone is a telephone consultation
    ("The Spanish prime minister spoke by phone with the Moroccan king on Sunday.", {("CONSULT", "ESP", "MAR")}),
    ("The Spanish prime minister said by telephone that the talks had failed.", set()),
    # headline present tense the tagger misread: a plural-noun root beside a participle, a base verb as adverb
    ("A truck bomb detonates outside a bank in Mosul, Iraq, killing eleven.", {("ASSAULT", None, "IRQ")}),
    ("Anti-government protests erupt across Bulgaria.", {("PROTEST", "BGR", "BGR")}),
    ("Police in Zambia arrest opposition leader Hakainde Hichilema before a rally.", {("COERCE", "ZMB", "ZMB")}),
    ("The police arrest warrant for the minister.", set()),
    ("Ghana and Togo exchange fire across their border.", {("ASSAULT", "GHA", "TGO")}),
    # a counted plural the parser hung as an adverbial noun is the object
    ("Ethiopia and Eritrea exchange 60 prisoners of war.", {("RETREAT", "ETH", "ERI")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r14", DATE)


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_round14_case(coded, number):
    assert rows(coded[number]) == CASES[number][1], [(e.type, e.rule) for e in coded[number].events]


def test_legal_state_rule_and_sector(coded):
    [event] = coded[9].events
    assert event.rule.endswith("~state~legal")
    assert event.source[0].sector == "JUD" and event.target[0].sector == "OPP"


def test_died_in_attack_rule(coded):
    [event] = coded[13].events
    assert "~unplaced" in event.rule and event.source[0].country is None
