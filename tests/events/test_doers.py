"""Doers the parse leaves implicit (``events/doers.py``) and headline verbs the tagger misreads
(``triggers.predicate_noun``, ``arguments._compound_subject``). Made-up sentences of each class
(none is a gold sentence)."""

from __future__ import annotations

import pytest

from detente.pipeline import code_articles, make_article

from .conftest import rows

DATE = "2020-03-10"
CASES = [
    # the holder of a document or proof whose relative clause does the act
    ("The Lebanese president said he has evidence that implicates Syria in the bombing.", ("ACCUSE", "LBN", "SYR")),
    ("The US Congress passed a bill that sanctions Russian officials.", ("SANCTION", "USA", "RUS")),
    # an agentless passive arrest of a country's political figure: its own state
    ("Russian opposition leader Alexei Navalny was jailed for three years.", ("COERCE", "RUS", "RUS")),
    # the passive subject of a movement verb is the mover
    ("Hundreds of Kenyan troops were sent to Somalia.", ("MOBILIZE", "KEN", "SOM")),
    # expelled or suspended from a body: the body sanctions
    ("Russia was suspended from the Council of Europe.", ("SANCTION", "COE", "RUS")),
    # headline present tense the small model misreads
    ("The Kenyan navy shells the Somali port town of Kismayo.", ("ASSAULT", "KEN", "SOM")),
    ("The Prime Minister of Japan issues an apology to China.", ("SUPPORT", "JPN", "CHN")),
    # the "by" agent the parse hung on the act's "of" object
    ("The arrest of the opposition leader by Russian police drew protests.", ("COERCE", "RUS", "RUS")),
    # an armed actor before a nominal act inside a prepositional phrase is its doer
    ("Seven children are killed during a Nigerian Air Force airstrike in the Maradi region of Niger.",
     ("ASSAULT", "NGA", "NER")),
]
NONE_OF = [
    # citizens held with no place named: their own state is no safe doer
    ("Two American journalists were detained on Friday, the State Department said.", "COERCE"),
    # the state does not act on itself
    ("The US government is partially shut down because of the budget dispute.", "COERCE"),
    # a modifier of a nominal act in a prepositional phrase that is not armed is no doer
    ("Iran says the accusations about the Saudi Arabian oil facilities attacks are baseless.", "ASSAULT"),
]


@pytest.fixture(scope="module")
def coded():
    texts = [text for text, _ in CASES] + [text for text, _ in NONE_OF]
    return list(code_articles(make_article(text, date=DATE, id=f"d-{i}") for i, text in enumerate(texts)))


@pytest.mark.parametrize("i", range(len(CASES)))
def test_implicit_doer(coded, i):
    assert CASES[i][1] in rows(coded[i]), [e.rule for e in coded[i].events]


@pytest.mark.parametrize("i", range(len(NONE_OF)))
def test_no_guessed_doer(coded, i):
    article, kind = coded[len(CASES) + i], NONE_OF[i][1]
    assert not [e for e in article.events if e.type == kind], [e.rule for e in article.events]


def test_rows_name_the_rule(coded):
    rules = {e.rule for article in coded for e in article.events}
    assert any(r.endswith("~state") for r in rules) and any("~mover" in r for r in rules)
    assert any(r.endswith("~from") for r in rules)
