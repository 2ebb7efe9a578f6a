"""Issue 13 round 19 (branch e55): row precision on local news no rule had been written on (the LGL
local-news corpus and the TempEval-3 platinum articles, read locally, never quoted; split by
``gold/events/round7/draw.py``). Each case is made up and coded by the whole pipeline; the expected
set is the text's whole output as ``(type, source country, target country or None)``.

- ``actors/matcher.acronym_modifier``: an all-capital place name modifying a noun is an acronym
  ("SWAT team members", "SWAT officers": not the Swat valley, PAK); a dateline stays a place;
- ``actors/homonyms.local_homonyms`` and ``events/homes.local_home``: in an American local story (a
  "<Name> County" or a state's AP abbreviation, and no other country named by a country word or
  demonym) a foreign capital's or region's name is the US town ("Paris police", "Berlin police");
- ``actors/senses.gathering_party``: "party" as a gathering ("at a party", "a birthday party") is
  no political party;
- ``guards.grounds`` (``semantics.yaml grounds.charge_nouns``): the offence a charge noun names is
  alleged ("arrested on a felony of obstructing justice");
- ``undergo_entries``: appearing in court is undergone: the court (named with "in"/"before") acts on
  the one who appears, who is no doer; an appearance told as scheduled or to come is no act
  (``appearance_entries``; it was a threat);
- ``triggers.relative_object``: an object relative pronoun stands for its noun in an entry's object
  words ("a deal that he struck with X" is AGREE, not an attack);
- ``context.GROUNDS_NOUNS``: the grounds beside a direct object are no target ("arrested both men
  on charges of fraud": the men); ``interaction._singular``: irregular plural person nouns ("men")."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2009-03-20"
CASES = [
    # an all-capital place name before a noun is an acronym, no place
    ("SWAT team members arrested four opposition activists on Wednesday.", set()),
    ("SWAT officers detained two journalists on Wednesday, Kenyan police said.", {("COERCE", "KEN", "KEN")}),
    # controls: the valley by its name, and a dateline in capitals
    ("Militants attacked a police post in Swat on Monday.", {("ASSAULT", None, "PAK")}),
    # American local news: a bare town name with a foreign namesake is the US town
    ("Paris police arrested two men on Tuesday, the Edgar County sheriff said.", {("COERCE", "USA", "USA")}),
    ("HURRICANE, W.Va. - Berlin police arrested two teenagers on Sunday.", {("COERCE", "USA", "USA")}),
    # controls: no local wording; a foreign country named by its demonym
    ("Paris police arrested two opposition activists on Tuesday.", {("COERCE", "FRA", "FRA")}),
    ("Berlin police arrested two German activists, a Cook County official said.", {("COERCE", "DEU", "DEU")}),
    # the offence a charge noun names is alleged, no act of its own
    ("Kenyan police said the opposition leader is being arrested on a felony of obstructing justice.",
     {("COERCE", "KEN", "KEN")}),
    # appearing in court: the court acts on the one who appears
    ("The Kenyan opposition leader appeared in court on Friday.", set()),
    ("The Kenyan opposition leader appeared in a Nairobi court on Friday.", {("COERCE", "KEN", "KEN")}),
    # a court appearance to come is no act (was a threat by the one who appears)
    ("The Kenyan opposition leader is scheduled to appear Tuesday in a Nairobi court.", set()),
    ("The Kenyan opposition leader will appear in a Nairobi court next week.", set()),
    # a deal struck is an agreement
    ("The Kenyan president defended the deal that he struck with the Ugandan government.", {("AGREE", "KEN", "UGA")}),
    # control: a place struck by troops is still attacked
    ("Residents fled the village that Ugandan troops struck on Monday.", {("ASSAULT", "UGA", None)}),
    # the grounds beside a direct object are no target; "men" is people
    ("Kenyan police detained the opposition leader on charges of attacking a police officer.", {("COERCE", "KEN", "KEN")}),
    ("A New York man who was accused of faking his death pleaded guilty on Thursday. State police arrested "
     "both men in early August on charges of insurance fraud.", {("COERCE", "USA", "USA")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r19e55", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round19_e55(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def _sides(article):
    return [([(s.country, s.sector) for s in e.source], [(t.country, t.sector) for t in e.target]) for e in article.events]


@pytest.fixture(scope="module")
def sided():
    return code_cases([("The Kenyan opposition leader appeared in a Nairobi court on Friday.",),
                       ("Kenyan police are investigating the death of a teenager who was shot at a party in Nairobi.",),
                       ("Kenyan police raided a birthday party in Nairobi.",),
                       ("Kenyan police raided the offices of the opposition party.",),
                       ("The Kenyan president defended the deal that he struck with the Ugandan government.",)],
                      "r19e55s", DATE)


def test_court_acts_on_who_appears(sided):
    assert _sides(sided[0]) == [([("KEN", "JUD")], [("KEN", "OPP")])]


def test_gathering_is_no_party(sided):
    for article in sided[1:3]:
        assert all(sector != "PTY" for src, tgt in _sides(article) for _, sector in src + tgt), _sides(article)


def test_political_party_stays(sided):
    """Control: "the opposition party" is still an actor; "a birthday party" is none."""
    assert any(m.actor is not None and m.text.endswith("party") for m in sided[3].mentions)
    assert not any(m.actor is not None and "party" in m.text for m in sided[2].mentions)


def test_deal_rule(sided):
    assert [e.rule.split("~")[0] for e in sided[4].events] == ["verb:strike+deal"]


def test_us_local_wording():
    from detente.actors.homonyms import us_local
    assert us_local("the Edgar County sheriff") and us_local("ALTON, Ill. - A man") and us_local("in Fairfield, Conn., on")
    assert not us_local("in County Cork") and not us_local("Kent County Council said") and not us_local("Paris police")


@pytest.mark.parametrize(("text", "alleged"), [
    ("The man is being arrested on a Class 4 felony of obstructing justice.", True),
    ("The activists were held on charges of attacking a police officer.", True),
    # controls: an act told in its own clause; a gerund under a noun that is no charge
    ("The man was obstructing justice, the judge said.", False),
    ("The police were accused of a campaign of attacking journalists.", False),
])
def test_charge_noun_grounds(text, alleged):
    """The gerund a charge noun names is the alleged offence (``guards.grounds``, ``charge_nouns``)."""
    from detente.events.guards import grounds
    from detente.events.lexicon import load_lexicon
    from detente.nlp import load_nlp
    doc = load_nlp()(text)
    gerund = next(t for t in doc if t.tag_ == "VBG" and t.lemma_ in ("obstruct", "attack"))
    assert grounds(gerund, load_lexicon()) is alleged
