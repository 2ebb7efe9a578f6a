"""Helpers shared by the event tests."""

from __future__ import annotations

import pytest

import detente
from detente.nlp import load_nlp
from detente.pipeline import code_articles, make_article, spacy_exclusions


@pytest.fixture(scope="module")
def nlp():
    """The pipeline's spaCy model as the stages load it, for tests that parse a sentence and call
    one rule on its tokens."""
    return load_nlp(spacy_exclusions())


def rows(article) -> set[tuple]:
    """An article's events as ``(type, source country, target country or None)``, one per
    source-target pair."""
    return {(e.type, s.country, t.country if t else None)
            for e in article.events for s in e.source for t in (e.target or [None])}


def text_rows(text: str, date: str | None, *, targetless: bool = True) -> set[tuple]:
    """``rows`` of ``text`` coded by ``detente.code`` dated ``date``; ``targetless=False`` leaves out
    the rows of events without a target."""
    article = detente.code(text, date=date)
    if targetless:
        return rows(article)
    return {(e.type, s.country, t.country) for e in article.events for s in e.source for t in e.target}


def code_cases(cases, prefix: str, date: str) -> list:
    """Each case's text (the first item of each case) coded as an article of its own, dated
    ``date``, with ids ``prefix-0``, ``prefix-1`` ... in the order of ``cases``."""
    return list(code_articles(make_article(case[0], date=date, id=f"{prefix}-{i}") for i, case in enumerate(cases)))


def code_one(text: str, date: str, id: str = "one"):
    """One text coded as an article."""
    return next(iter(code_articles([make_article(text, date=date, id=id)])))


def entry_fired(rule: str, events) -> bool:
    """Whether an event of ``events`` was written by the entry ``rule``: a rule with suffixes
    (``verb:x~place``) must open an event's rule; one without them must equal an event's
    rule before its suffixes."""
    found = {e.rule for e in events}
    if "~" in rule:
        return any(r.startswith(rule) for r in found)
    return rule in {r.split("~")[0] for r in found}
