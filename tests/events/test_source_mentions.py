"""What stands where the doer of a trigger would be (``miss_kinds.source_mention``), for the miss
tables' split of the misses with no actor or no source. Made-up sentences."""

from __future__ import annotations

import pytest

from detente.evaluate.misses import source_mention_class
from detente.events.explain import recording
from detente.pipeline import code_articles, make_article


def _kind(text: str, trigger: str) -> str:
    with recording() as rec:
        list(code_articles([make_article(text, date="2024-03-01", id="t")]))
    start = text.index(trigger)
    return rec.source_mention(text, start, start + len(trigger))


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("Russia accused Ukraine of shelling the plant.", "accused", "resolved actor"),
    ("He accused the mayor of lying about the budget.", "accused", "pronoun"),
    ("The mayor of the town was accused of lying about the budget.", "accused", "nothing"),
    ("Quentin Zorbalov accused the mayor of lying about the budget.", "accused", "name: person"),
    ("Its condemnation of the vote surprised no one.", "condemnation", "pronoun"),
])
def test_kind_of_the_doer_place(text, trigger, kind):
    assert _kind(text, trigger) == kind


def test_the_class_names_the_cause_kind_and_gold_side():
    text = "He accused the mayor of lying about the budget."
    with recording() as rec:
        list(code_articles([make_article(text, date="2024-03-01", id="t")]))
    assert source_mention_class("no source: pronoun", text, "accused", text, rec, "USA") == \
        "no source | pronoun | gold source a country"
    assert source_mention_class("no source: pronoun", text, "accused", text, rec, None).endswith("gold source none")
    assert source_mention_class("decide: guards.grounds", text, "accused", text, rec, "USA") is None


def test_an_article_the_stage_never_read():
    with recording() as rec:
        pass
    assert rec.source_mention("Nothing was coded here.", 0, 7) == "article not read"
