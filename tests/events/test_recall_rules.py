"""Issue 13, round 8: recall rules on unseen news -- the doers and targets the text names that
rows left empty. Each case is made up (never a gold sentence) and coded by the whole pipeline;
the expected set is the text's whole output as ``(type, source country, target country or
None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, code_one, rows

DATE = "2024-03-01"
CASES = [
    # a story's state does agentless passive legal acts on the people it does not place
    ("Five men were arrested in Santiago, Chile on Monday. The five men were prosecuted for fraud. "
     "They were also charged with bribery.",
     {("COERCE", "CHL", "CHL"), ("ACCUSE", "CHL", "CHL")}),
    # ... and the subject of facing charges is the one charged
    ("The Chilean couple were arrested in Santiago, Chile. Both parents faced twelve counts of torture.",
     {("COERCE", "CHL", "CHL"), ("ACCUSE", "CHL", "CHL")}),
    ("The Peruvian army faced strong criticism.", set()),
    # ... never on people placed by their own words (often held abroad), nor another country's
    ("Two American journalists were detained on Friday.", set()),
    ("Two Americans were arrested in Iran. They were charged with spying.", {("COERCE", "IRN", "USA")}),
    # a definite role description is the nearest earlier actor of its head word and sector, not
    # the one country its sentence names
    ("Chile's defence minister arrived in Lima. The minister criticised Peru for its naval exercises.",
     {("ACCUSE", "CHL", "PER")}),
    # the sides of a nominal act hang on its verb of occurring
    ("Clashes broke out between Peruvian troops and Bolivian soldiers near the border.",
     {("ASSAULT", "PER", "BOL")}),
    # a verbal act told by a participle after a comma is a second act of the main doer
    ("The Malian junta expelled the French ambassador, accusing him of interference.",
     {("SANCTION", "MLI", "FRA"), ("ACCUSE", "MLI", "FRA")}),
    # ... a result told by a participle stays part of the act it follows (a road accident is none)
    ("The Peruvian driver struck a group of motorcycles, killing seven riders.", set()),
    # reciprocal verbs: joint subjects act on each other, an unplaced conjunct at home
    ("The Sudanese army and Ethiopian troops fought near the border.", {("ASSAULT", "SDN", "ETH")}),
    ("Colombian police and protesters clashed in Bogota.", {("ASSAULT", "COL", "COL")}),
    # a quantity subject's people are the doer
    ("Tens of thousands of protesters demonstrated against the Bolivian government.",
     {("PROTEST", "BOL", "BOL")}),
    # a means verb: its object does not control the infinitive, whose act happened; coordinated
    # verbs share the object named after the second
    ("Kenyan police used tear gas to injure and arrest several people.",
     {("ASSAULT", "KEN", "KEN"), ("COERCE", "KEN", "KEN")}),
    # ... not a passive verb's: what the arrested one waived is no one arrested
    ("The Peruvian opposition leader was arrested and waived his immunity.", {("COERCE", "PER", "PER")}),
    # a nominal attack that hits something: what it hit is the target
    ("A Syrian government air raid hits a hospital in Aleppo.", {("ASSAULT", "SYR", "SYR")}),
    # a doer named only by its adjective on an attack places no one it hit
    ("Fifteen civilians were injured in a Russian missile attack.", {("ASSAULT", "RUS", None)}),
    # lexicon: a nominal ban, placing the army on standby, distributing aid, prosecution as
    # legal action, voting for an office as no act, rockets fired toward a place
    ("The Egyptian military placed a travel ban on the Egyptian president.", {("COERCE", "EGY", "EGY")}),
    ("The President of Peru placed the army on standby.", {("MOBILIZE", "PER", None)}),
    ("The Peruvian army distributed food and water to thousands of residents in Lima.", {("AID", "PER", "PER")}),
    ("Peruvian prosecutors prosecuted the former Chilean minister.", {("ACCUSE", "PER", "CHL")}),
    ("Moldovans vote for a President in the second round of the election.", set()),
    ("Libyan forces fired rockets toward Mitiga airport, Tripoli's only airport.", {("ASSAULT", "LBY", "LBY")}),
    # attacks on facilities: the facility is the object, its place the target
    ("Turkish jets attacked a hospital in Aleppo on Monday.", {("ASSAULT", "TUR", "SYR")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r8", DATE)


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_recall_rule(coded, number):
    assert rows(coded[number]) == CASES[number][1], [(e.type, e.rule) for e in coded[number].events]


def test_the_story_state_is_named_by_no_words(coded):
    [prosecuted] = [e for e in coded[0].events if e.rule.startswith("verb:prosecute")]
    assert prosecuted.rule.endswith("~state~story")
    assert prosecuted.source[0].text == "" and prosecuted.source[0].sector == "JUD"
    assert prosecuted.target[0].text == "The five men"


def test_the_earlier_actor_names_the_rule(coded):
    [accuse] = coded[5].events
    assert accuse.rule.endswith("~earlier") and accuse.source[0].text == "The minister"


def test_a_passive_verb_shares_no_object(coded):
    [arrest] = coded[13].events
    assert [p.text for p in arrest.target] == ["The Peruvian opposition leader"]


# round 9b: an attack the place rule placed by the body it struck -- the body is the target
STRUCK = [
    ("A car bomb exploded near the Finnish Interior Ministry's headquarters in Helsinki.",
     {("ASSAULT", None, "FIN")}, "the Finnish Interior Ministry"),  # round 12: the bomb's maker unplaced
    ("A bomb exploded at the Georgian Defence Ministry in Tbilisi, wounding three guards.",  # round 17: the struck
     {("ASSAULT", None, "GEO")}, "the Georgian Defence Ministry in Tbilisi"),  # forces fix no doer, as for Finland's
    ("A car bomb explodes near the headquarters of Finland's police.",
     {("ASSAULT", None, "FIN")}, "Finland's police"),
    # no struck body: the place itself is the target (round 10, doers.at_place; was FIN -> None)
    ("A bomb exploded in central Helsinki.", {("ASSAULT", None, "FIN")}, "Helsinki"),
]


@pytest.mark.parametrize("number", range(len(STRUCK)), ids=[c[0][:40] for c in STRUCK])
def test_the_struck_body_is_the_target(number):
    text, expected, target = STRUCK[number]
    article = code_one(text, DATE, id=f"struck-{number}")
    assert rows(article) == expected
    [event] = article.events
    assert [p.text for p in event.target] == ([target] if target else [])
    if target:  # the doer keeps its own words (the bomb), never the struck body's
        assert "bomb" in event.source[0].text.lower()


# round 9b: the unplaced actor an inner nominal act is aimed at is the outer act's target
INNER = [
    ("The Finnish opposition called for protests against the government.", {("REQUEST", "FIN", "FIN")}),
    ("Finnish unions agreed to restart negotiations with the government.", {("AGREE", "FIN", "FIN")}),
    ("The Finnish rebels claimed responsibility for the attack.", {("ASSAULT", "FIN", None)}),
]


@pytest.mark.parametrize("number", range(len(INNER)), ids=[c[0][:40] for c in INNER])
def test_the_inner_act_names_the_target(number):
    text, expected = INNER[number]
    article = code_one(text, DATE, id=f"inner-{number}")
    assert rows(article) == expected, [(e.type, e.rule) for e in article.events]
