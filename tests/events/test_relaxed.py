"""Issue 13 round 23 (branch e64): relaxed entries (``events/relaxed.py``) -- a word all of whose
lexicon entries want a complement the sentence lacks fires its entry, rule suffix ``~relaxed``, when
``relaxed_complements`` is on (``DETENTE_RELAXED=on``): one PLOVER type over all its event entries,
a resolved actor as its object. Off by default (measured on all tune material: see
docs/accuracy/events.md), so the default run gives no relaxed row.

Made-up sentences: verbs of one type with an actor object and no listed complement ("appointed a Norwegian diplomat as mediator": the entry lists the object mediator); controls: the
listed complement there (the ordinary entry), no actor object ("dropped out of the race"), a word
whose entries have two types ("challenged Pakistan": REQUEST and REJECT; "sought Iraq" since round 23's
merge)."""

from __future__ import annotations

import pytest

from detente.events import relaxed
from detente.events.lexicon import load_lexicon
from tests.events.conftest import code_cases

DATE = "2015-06-01"
ON = [
    # since e65's verb:seek+injunction (ACCUSE) the entries of "seek" have two types: no relaxed row
    ("The Iranian government sought Iraq.", set()),
    ("The United Nations appointed a Norwegian diplomat as mediator.",
     {("AGREE", "UN", "NOR", "verb:appoint+mediator~relaxed")}),
    # controls
    ("Iran seeks Iraq's backing for the plan.", {("REQUEST", "IRN", "IRQ", "verb:seek+support>noun:backing")}),
    ("The German minister dropped out of the race.", set()),
    ("The Indian government challenged Pakistan.", set()),
]
OFF = [("The Iranian government sought Iraq.", set()),
       ("The United Nations appointed a Norwegian diplomat as mediator.", set())]


def rows(article) -> set[tuple]:
    return {(e.type, s.country, t.country if t else None, e.rule)
            for e in article.events for s in e.source for t in (e.target or [None])}


@pytest.fixture(scope="module")
def coded_on():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(relaxed.ENV, "on")
        return code_cases(ON, "r23e64on", DATE)


@pytest.fixture(scope="module")
def coded_off():
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(relaxed.ENV, raising=False)
        return code_cases(OFF, "r23e64off", DATE)


@pytest.mark.parametrize("i", range(len(ON)))
def test_relaxed_on(coded_on, i):
    assert rows(coded_on[i]) == ON[i][1], ON[i][0]


@pytest.mark.parametrize("i", range(len(OFF)))
def test_relaxed_off_by_default(coded_off, i):
    assert rows(coded_off[i]) == OFF[i][1], OFF[i][0]


def test_settings_switch(monkeypatch):
    lexicon = load_lexicon()
    monkeypatch.setenv(relaxed.ENV, "off")
    assert relaxed.settings(lexicon) is None
    monkeypatch.setenv(relaxed.ENV, "on")
    spec = relaxed.settings(lexicon)
    assert spec is not None and spec["one_type"] and spec["actor_object"] and "object" in spec["kinds"]
    monkeypatch.delenv(relaxed.ENV)
    assert relaxed.settings(lexicon) is None  # semantics.yaml: off


def test_kind_table_shared():
    from detente.events.miss_kinds import REQUIREMENT_KINDS
    assert REQUIREMENT_KINDS is relaxed.KINDS
