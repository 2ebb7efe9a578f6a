"""Issue 13, round 25 (e71), two side classes pooled over every tune half (gold/events/NOTES-e71.md).
(1) The venue of a gathering is no side, widened (``events/venues.py``, ``asides.own_venue``): a
hyphenated place name is one place; a gathering that is the subject of a verb of its course ("the
summit begins in X", ``venues.course_verbs``) is held in X. (2) ``sources.sole_country``
(``~context``) did not place a state force doer (police, army) by the nationality of the private
person it acts on (``sources.patient_only``): removed by the round's review (f71), as it lost protesters',
nationals' and places' country; a journey ("Blinken's visit began in Beijing") or one side's own
gathering keeps the place as host (f71).
Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from detente.events.venues import course_venue, locative_object
from detente.nlp import load_nlp
from tests.events.conftest import code_cases, rows

DATE = "2024-03-01"
CASES = [
    # a gathering subject of a verb of its course: the place is its venue, no partner
    ("The NATO summit opened in Vilnius, Lithuania on Tuesday.", set()),
    ("The annual G20 summit begins in New Delhi, India.", set()),
    # a hyphenated venue name is one place (its hyphens are no separate mention)
    ("The African Union holds an emergency summit in Port-au-Prince to discuss the crisis.", set()),
    ("The Arab League convenes an emergency meeting in Dar-es-Salaam on Sunday.", set()),
    # review (f71): a journey's or one side's own gathering's place is its host, the partner
    ("Blinken's visit began in Beijing on Monday.", {("CONSULT", "USA", "CHN")}),
    ("Blinken's trip began in Beijing on Monday.", {("CONSULT", "USA", "CHN")}),
    ("Japan's visit ended in Seoul with an agreement.", {("CONSULT", "JPN", "KOR")}),
    ("Biden's visit ended in Kyiv.", {("CONSULT", "USA", "UKR")}),
    ("Macron's meeting began in Berlin.", {("CONSULT", "FRA", "DEU")}),
    # controls: a summit's place stays its venue
    ("The summit begins in Washington.", set()),
    ("The EU summit began in Brussels on Thursday.", set()),
    # controls: a named doer of the gathering keeps the row; named partners stay
    ("The ASEAN summit in Jakarta agreed to send observers to Myanmar.", {("AGREE", "ASEAN", "MMR")}),
    ("Peace talks between Armenia and Azerbaijan resumed in Moscow on Monday.", {("CONSULT", "ARM", "AZE")}),
    ("France hosts a summit with Germany in Paris.", {("CONSULT", "FRA", "DEU")}),
    ("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing.", {("CONSULT", "RUS", "CHN")}),
    # controls: acts done where the people are keep the place
    ("Israeli jets struck targets in Gaza on Monday.", {("ASSAULT", "ISR", "PSE")}),
    ("Police arrested 20 protesters in Nairobi as the summit began.", {("COERCE", "KEN", "KEN")}),
    ("Thousands protested in Brussels as the EU summit opened.", {("PROTEST", "BEL", None)}),
    ("The talks ended in Geneva without an agreement, and Iran accused the United States of bad faith.",
     {("ACCUSE", "IRN", "USA")}),
    # (2) e71's sources.patient_only is removed by the review (f71): a state force acting on the only
    # nationals or places of the sentence takes their country again (~context), active and passive alike
    ("Riot police beat Georgian protesters.", {("ASSAULT", "GEO", "GEO")}),
    ("Security forces shot Iranian protesters.", {("ASSAULT", "IRN", "IRN")}),
    ("Police attacked Armenian demonstrators.", {("ASSAULT", "ARM", "ARM")}),
    ("Police detained Belarusian protesters.", {("COERCE", "BLR", "BLR")}),
    ("Belarusian protesters were detained by police.", {("COERCE", "BLR", "BLR")}),
    ("TEHRAN (Reuters) - Police detained an Iranian woman for not wearing a headscarf.", {("COERCE", "IRN", "IRN")}),
    ("Police arrested a British man.", {("COERCE", "GBR", "GBR")}),
    ("Police said they had arrested an Egyptian man.", {("COERCE", "EGY", "EGY")}),
    # a place inside the patient is no person word
    ("Police arrested a 34-year-old man from Leeds.", {("COERCE", "GBR", "GBR")}),
    ("Police arrested a man from Manchester.", {("COERCE", "GBR", "GBR")}),
    # controls: a place or a political patient places them; a doer placed by its own words is unchanged
    ("Police in Berlin arrested a Syrian man.", {("COERCE", "DEU", "SYR")}),
    ("Police arrested two Afghan men in Munich.", {("COERCE", "DEU", "AFG")}),
    ("The nephew of opposition leader Mir-Hossein Mousavi is killed by security forces.", {("ASSAULT", "IRN", "IRN")}),
    ("Police arrested Kenyan opposition leader Raila Odinga.", {("COERCE", "KEN", "KEN")}),
    ("Turkish police detained a Syrian man.", {("COERCE", "TUR", "SYR")}),
    ("Government forces are besieging the towns of Homs and Hama.", {("COERCE", "SYR", "SYR")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "e71", DATE)


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_e71_case(coded, number):
    assert rows(coded[number]) == CASES[number][1], [(e.type, e.rule) for e in coded[number].events]


def test_hyphenated_place_is_one_locative_object():
    doc = load_nlp()("They met in Port-au-Prince on Monday.")
    objects = {locative_object(t).text for t in doc if t.ent_type_ == "GPE" and locative_object(t) is not None}
    assert objects == {"Prince"}
    assert locative_object(doc[0]) is None  # a token outside any place


def test_course_verb_needs_a_gathering_subject():
    doc = load_nlp()("The summit opened in Lima. The minister opened a school in Lima.")
    verbs = [t for t in doc if t.lemma_ == "open"]
    assert course_venue(verbs[0], frozenset({"summit"}))
    assert not course_venue(verbs[1], frozenset({"summit"}))


def test_course_verb_leaves_journeys_and_owned_gatherings():
    doc = load_nlp()("Blinken's visit began in Beijing. Macron's meeting began in Berlin. The summit began in Rome.")
    verbs = [t for t in doc if t.lemma_ == "begin"]
    assert not course_venue(verbs[0])  # a journey: the place is its host
    assert not course_venue(verbs[1])  # one side's own gathering
    assert course_venue(verbs[2])
