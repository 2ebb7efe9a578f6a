"""Issue 13, round 13: precision guards (``events/precision.py``) for word senses of business,
arts and technology news and for topics -- winning a contest ("beat two rivals to the prize"),
an economic blow ("efforts to cool the economy hit carmakers"), "demonstrate" as showing, a
product's release, a warning about an impersonal cause, an obligation in the past perfect or
held by others, an outlet told something, "insisted on" a broadcast, an infinitive opened by
how/whether, an avoided act, a lost election, a claim thrown out (REJECT), a weapon told again with a definite article, and a country named as the
topic of a noun ("calls for an Iraq inquiry"). Each case is made up and coded by the whole
pipeline; the expected set is the sentence's whole output as ``(type, source, target)`` rows,
with a control beside each class that must stay coded."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2024-03-01"
CASES = [
    # winning a contest or passing a mark is no assault; beating people is
    ("The German band beat two French rivals to the best album prize.", set()),
    ("The British comedy beat a French film in the best drama category.", set()),
    ("The Japanese firm's record was beaten by a Chinese rival.", set()),
    ("Syrian troops beat protesters in Damascus.", {("ASSAULT", "SYR", "SYR")}),
    # an economic blow is no assault; jets hitting positions are
    ("Beijing's efforts to cool its economy have hit Japanese carmakers.", set()),
    ("Israeli jets hit Hamas positions in Gaza.", {("ASSAULT", "ISR", "PSE")}),
    # "demonstrate" as showing is no protest; a crowd demonstrating is
    ("The Finnish firm demonstrated its new phone to Chinese buyers.", set()),
    ("Thousands of Kenyan students demonstrated in Nairobi against the Ugandan president.",
     {("PROTEST", "KEN", "UGA")}),
    # a product's release is no release of people
    ("Indian television channels delayed the film ahead of its release in Mumbai.", set()),
    ("Iran released two British sailors.", {("RETREAT", "IRN", "GBR")}),
    # a warning about an impersonal cause threatens no one; a warning to someone stays
    ("The Spanish economy minister warned that dearer fuel was a danger to Spanish exports.", set()),
    ("The German minister warned that the reform of the tax code must proceed regardless.", set()),
    ("The Indian minister warned Pakistan that its troops would respond.", {("THREATEN", "IND", "PAK")}),
    # a past-perfect obligation is a reproach; a present one a request
    ("The French government said Germany should have warned Paris about the plan.", set()),
    ("The French government said Germany should warn Paris about the plan.", {("REQUEST", "FRA", "DEU")}),
    # an obligation held by others, or told to an outlet with no one obliged, is no request
    ("The Pakistani president told the BBC that some people think the students should be kept out of the cities.",
     set()),
    ("No politician should make that mistake, the British minister told French radio.", set()),
    ("The Pakistani president told the BBC that Indian troops should leave Kashmir.", {("REQUEST", "PAK", "IND")}),
    ("Mr Smith, a British minister, warned the BBC: the BBC should stop its attacks on the government.",
     {("REQUEST", "GBR", "GBR"), ("THREATEN", "GBR", "GBR")}),
    # insisting on a broadcast is where it was said; insisting on an inquiry demands it
    ("Any of them would make good MPs, the British MP insisted on the BBC's morning programme.", set()),
    ("The British MP insisted on a public inquiry.", {("REQUEST", "GBR", None)}),
    # a country as the topic of a noun is no side; a country as the owner of a bid is
    ("The Turkish minister rejected calls for an Iraq inquiry.", {("REJECT", "TUR", None)}),
    ("British Prime Minister Jones rejected Iraq advice calls.", {("REJECT", "GBR", None)}),
    ("Turkey's parliament rejected Sweden's bid to join NATO.", {("REJECT", "TUR", "SWE")}),
    # an infinitive opened by how/whether is weighed, not done
    ("Kenyan and Ugandan officials had been working on how to free the Ugandan assets.", set()),
    ("The Kenyan government freed the Ugandan assets.", {("RETREAT", "KEN", "UGA")}),
    # an act avoided did not happen
    ("The EU and the United States hoped to avoid having to settle their quarrel before a trade panel.", set()),
    # losing an election is no concession; a court throwing out a claim rejects it
    ("The Kansas governor conceded defeat to his Republican challenger in the primary election.", set()),
    ("The incumbent governor of Ohio concedes defeat to Republican challenger Tom Smith in the primary.", set()),
    ("A US government claim against the tobacco firms was thrown out by an American appeal court.",
     {("REJECT", "USA", "USA")}),
    ("The Liberal party threw out the Kenyan MP.", {("SANCTION", "KEN", "KEN")}),
    # a leader's visit to a town of their own country meets no one; a foreign capital or country is met
    ("The British prime minister will visit Leeds on Monday to campaign for votes.", set()),
    ("The British prime minister is to join the transport secretary on a trip to Leeds next week.", set()),
    ("The French president visited Berlin on Tuesday.", {("CONSULT", "FRA", "DEU")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round13p", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


@pytest.mark.parametrize("text, expected", [
    ("The natural disasters that hit Pakistan last year were costly.", True),
    ("Rising prices have hit exporters.", True),
    ("The rebels that hit the army base were killed.", False),
])
def test_an_impact_by_a_natural_or_abstract_cause_is_no_assault(text, expected):
    from detente.events.lexicon import load_lexicon
    from detente.events.precision import economic_blow
    from detente.nlp import load_nlp

    doc = load_nlp()(text)
    hit = next(t for t in doc if t.lower_ == "hit")
    assert economic_blow(hit, "ASSAULT", load_lexicon()) is expected


def test_a_weapon_told_again_is_one_attack():
    from tests.events.conftest import code_one

    text = ("Libyan rebels fired several rockets toward the main airport of Tripoli, the Libyan oil company "
            "reports. The rockets hit fuel tanks and damaged a plane.")
    article = code_one(text, DATE)
    assert [e.sentence for e in article.events if e.type == "ASSAULT"] == [0]
