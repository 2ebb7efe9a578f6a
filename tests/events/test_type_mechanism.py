"""Round 17 (e51): the type misses split by mechanism (``evaluate.misses.type_mechanism``) and
what ``explain`` records for it -- each word's lexicon entry types and the requirements its
unmatched entries wanted. Made-up sentences only."""

from __future__ import annotations

import pytest

from detente.evaluate.misses import type_mechanism
from detente.events.explain import recording
from detente.pipeline import code_articles, make_article

DATE = "2024-03-01"


def _mechanism(text: str, gold: str, trigger: str) -> tuple[str, str] | None:
    article = make_article(text, date=DATE, id="m")
    with recording() as rec:
        [coded] = list(code_articles([article]))
    return type_mechanism({(gold, None, None)}, text, trigger, text, rec.articles.get("m"), coded.events)


@pytest.mark.parametrize(("text", "gold", "trigger", "expected"), [
    # a candidate of the gold type ended by a guard
    ("Russia may attack Ukraine next year.", "ASSAULT", "attack", ("typed: guard or dedup", "ASSAULT -> no row")),
    # ... or kept inside an outer trigger of another type
    ("Russia and Ukraine agreed to resume talks.", "CONSULT", "talks",
     ("typed: inner of an outer trigger (AGREE)", "CONSULT -> AGREE")),
    # the word that fired has an entry of the gold type, another of its entries matched
    ("Russia and Ukraine agreed to resume talks.", "CONCEDE", "agreed",
     ("entry lost: another entry of the word won, another word fired", "CONCEDE -> AGREE")),
    # the gold word's entry of the type wants an object it lists; the sentence's object is another word
    ("The Kenyan army distributed leaflets.", "AID", "distributed",
     ("trigger word: entry of the type unmatched (object other word), nothing fired", "AID -> no row")),
    # the gold word fired, but none of its entries has the gold type (the lexicon lacks the sense)
    ("Kenya signed a treaty with Uganda.", "SUPPORT", "signed",
     ("trigger word: fired with another type only", "SUPPORT -> AGREE")),
])
def test_type_mechanism(text, gold, trigger, expected):
    assert _mechanism(text, gold, trigger) == expected


def test_a_sentence_never_coded_has_no_mechanism():
    assert _mechanism("The weather was fine.", "AID", "fine") is None
