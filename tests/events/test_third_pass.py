"""Issue 13, third pass: sentences that name history or a disaster as their setting are coded, a
place where something happens is not another side, acts told in the first person inside a quote
are the speaker's, a reaction named after "despite"/"amid" answers the main clause's doer, and a
demanded act is no fact -- each case coded by the whole pipeline.

Each case is ``(article text, expected rows)``; a row is ``(type, source country, target country
or None)``, one per source-target pair, and the expected set is the article's whole output.
"""

from __future__ import annotations

import pytest

from detente.events.lexicon import load_lexicon
from detente.pipeline import code_articles, make_article
from tests.events.conftest import rows

DATE = "2020-01-05"
CASES = [
    # a history phrase is the setting of a demand, not a sign of a history story (Phoenix discards)
    ("Lithuania's parliament demanded an apology from Moscow for the deportations carried out during "
     "World War Two.", {("REQUEST", "LTU", "RUS")}),
    # a disaster named as the setting of aid
    ("Japan pledged to send aid to Indonesia after the tsunami.", {("AGREE", "JPN", "IDN")}),
    # a capital named as where battles raged is no other side of the government's threat
    ("Chad's government said it is prepared to impose martial law as fighting raged in central N'Djamena.",
     {("THREATEN", "TCD", None)}),
    # a country after "in" is where the act happens, not another side
    ("Officials of Peru's government said they are ready to impose a curfew in Peru.",
     {("THREATEN", "PER", None)}),
    # an act told in the first person inside a quote is the speaker's (~speaker), also when the
    # quote runs over several sentences and the attribution comes at its end
    ('The Chilean foreign minister spoke on Monday. "We urge Bolivia to withdraw its claim. Our patience '
     'is over," she said.', {("REQUEST", "CHL", "BOL")}),
    # a reaction named as a concessive setting answers the doer of the main clause (~despite);
    # "from" gives the doer of a verbal reaction noun
    ("Turkey's president announced the change on Wednesday despite criticism by the Greek foreign minister.",
     {("ACCUSE", "GRC", "TUR")}),
    ("The Hungarian parliament passed the law amid condemnation from the European Union.",
     {("ACCUSE", "EU", "HUN")}),
    # a release of people is done to the source's own people when the sentence names no other
    # country (~domestic), and a date ("on Friday") is never what an act is done to
    ("Grenada's government freed 20 detainees on Friday.", {("RETREAT", "GRD", "GRD")}),
    # the unplaced owner of an act's object is whom the act is aimed at
    ("Students in Bogota demanded the government's resignation.", {("REQUEST", "COL", "COL")}),
    # a withdrawal stays a lone act
    ("Russia withdrew its troops.", {("RETREAT", "RUS", None)}),
    # a nominal act that is the subject of an attribution verb takes the doer it is laid on
    ("The attack on the Kenyan embassy was blamed on al-Shabaab.", {("ASSAULT", "SOM", "KEN")}),
    # the owner of an intent noun does its infinitive ("the EU's decision to impose tariffs")
    ("The EU's decision to impose tariffs on Chinese cars angered Beijing.", {("SANCTION", "EU", "CHN")}),
    # a reaction an act drew answers that act's doer (~drawn); a seizure's "of" object is its target
    ("Russia's decision drew sharp criticism from Germany.", {("ACCUSE", "DEU", "RUS")}),
    ("Iran's seizure of a British tanker angered many.", {("COERCE", "IRN", "GBR")}),
    # a demanded act is no fact, even when the demand itself has no located doer
    ('A statement posted online read: "We demand that Uganda release the fishermen."', set()),
]
"""Made-up sentences of each class (none is a gold sentence)."""

NO_TARGET = [
    # an open place an act is aimed into is no domestic target
    "North Korea fired a ballistic missile into the sea, South Korea's military said.",
    "Police in Kenya fired tear gas into the air.",
]

NOT_AN_EVENT = [
    # a sports sentence is still skipped
    "Brazil beat Argentina in the football tournament on Sunday.",
]


@pytest.fixture(scope="module")
def coded():
    texts = [text for text, _ in CASES] + NOT_AN_EVENT + NO_TARGET
    return list(code_articles(make_article(text, date=DATE, id=f"t-{i}") for i, text in enumerate(texts)))


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_case(coded, number):
    assert rows(coded[number]) == CASES[number][1]


def test_a_doer_placed_by_its_place_keeps_its_own_sector():
    (article,) = code_articles([make_article("Police detained dozens of protesters in Minsk on Sunday.", date=DATE,
                                             id="sector")])
    assert {(p.country, p.sector) for e in article.events for p in e.source} == {("BLR", "COP")}


def test_the_speaker_rule_names_itself(coded):
    assert any(e.rule.endswith("~speaker") for article in coded for e in article.events)


def test_sports_sentences_are_still_skipped(coded):
    assert all(not article.events for article in coded[len(CASES):len(CASES) + len(NOT_AN_EVENT)])


def test_open_places_are_no_targets(coded):
    articles = coded[len(CASES) + len(NOT_AN_EVENT):]
    assert all(article.events for article in articles)
    assert all(not e.target for article in articles for e in article.events)


def test_history_and_disasters_are_not_discards_but_sports_are():
    sentence = load_lexicon().discards["sentence"]
    assert not sentence.search("Soldiers were killed during World War Two.")
    assert not sentence.search("Aid arrived after the typhoon.")
    assert sentence.search("He scored in the football match.")
