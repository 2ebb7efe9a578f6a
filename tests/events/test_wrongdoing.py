"""Reported wrongdoing (``events/rules.py: reported_wrongdoing``): "X said Y had ignored the law"
is X accusing Y. Made-up sentences of the class (none is a gold sentence)."""

from __future__ import annotations

import pytest

from detente.pipeline import code_articles, make_article

DATE = "2020-03-10"
CASES = [
    # the speaker accuses the one said to have broken a law, rule, agreement or ceasefire
    ("The Armenian defence ministry said Azerbaijan had violated the truce overnight.",
     ("ACCUSE", "ARM", "AZE")),
    ("Ghana's president claimed that Togo had breached the border agreement.", ("ACCUSE", "GHA", "TGO")),
    # a domestic accusation is a row too: the opposition against its government
    ("The Kenyan opposition leader said the Kenyan government had ignored the constitution.",
     ("ACCUSE", "KEN", "KEN")),
    # the addressee of "told" is no speaker; the one who tells is
    ("Peru's ambassador told Chile's government that its fishermen had flouted the rules.",
     ("ACCUSE", "PER", "CHL")),
]
NOT_ACCUSED = [
    # negated: a denial is no accusation
    "The Armenian defence ministry said Azerbaijan had not violated the truce.",
    # no speaker: the act alone, as the lexicon codes it
    "Azerbaijan violated the truce overnight.",
    # a wrongdoing verb without a law, rule or agreement
    "The Ghanaian minister said Togo had ignored the letter.",
]


@pytest.fixture(scope="module")
def coded():
    texts = [text for text, _ in CASES] + NOT_ACCUSED
    return list(code_articles(make_article(text, date=DATE, id=f"w-{i}") for i, text in enumerate(texts)))


def accusations(article) -> set[tuple]:
    return {(e.type, s.country, t.country) for e in article.events if e.rule.startswith("wrongdoing:")
            for s in e.source for t in e.target}


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_the_speaker_accuses_the_one_said_to_do_wrong(coded, number):
    assert CASES[number][1] in accusations(coded[number])


@pytest.mark.parametrize("number", range(len(NOT_ACCUSED)), ids=[t[:40] for t in NOT_ACCUSED])
def test_no_accusation_without_a_speaker_an_object_or_when_denied(coded, number):
    assert not accusations(coded[len(CASES) + number])


def test_the_founding_sentence_class_names_its_rule():
    (article,) = code_articles([make_article("Putin said Navalny had ignored the law.", date="2021-06-16",
                                             id="w-founding")])
    assert {(e.type, e.rule) for e in article.events} == {("ACCUSE", "wrongdoing:ignore")}
