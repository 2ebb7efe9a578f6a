"""Review r29e of round 29's mends f61/f62 (branch f65, gold/events/NOTES-f65.md): the bugs the review
proved, each on made-up wording, with the mends' intended behaviour beside it as a control.

- B1: a possessive or "own" on the object makes harm self-harm only for a self noun ("endangered their
  own lives"), not harm to others ("endangered its neighbours", "their own civilians").
- B2: a conjunct with its own auxiliary ("would never change and had undermined") borrows no modal.
- B3: only acts whose possessor suffers them ("the envoy's assassination") make the possessor a
  victim; "Russia's invasion", "the United States' embargo" name the doer.
- B4: civilians and refugees taking aim at a government are no armed doers.
- B5: an attack named as a landmark ("near the site of last year's attack") tells no cause of a blast.
- B6: force units ("its peacekeepers", "its battalion") are the forces a relative clause stations.
- B7: victims of a relative clause on the doer's own act noun ("in an ambush that killed") join the
  doer's row; an attack in an "after" clause stays a row of its own.
- B8: ``~repeated`` only when a final target lies in a repeated preposition.

Each case is coded by the whole pipeline; the expected set is the case's rows of the named type as
``(type, source country+sector, target country+sector or None)``."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases

DATE = "2021-06-16"


def _side(p) -> str:
    return f"{p.country}{p.sector or ''}"


def _rows(article, type_: str) -> set[tuple]:
    return {(e.type, _side(s), _side(t) if t else None)
            for e in article.events if e.type == type_ for s in e.source for t in (e.target or [None])}


CASES = [
    # B1: harm to others kept, self-harm dropped
    ("Poland said Russia had endangered its neighbours by massing troops on the border.", "ACCUSE",
     {("ACCUSE", "POL", "RUS")}),
    ("Ukraine said Russian forces had endangered their own civilians.", "ACCUSE", {("ACCUSE", "UKR", "RUSMIL")}),
    ("The Pakistani prime minister said Indian soldiers had endangered their own lives to save the climbers.",
     "ACCUSE", set()),
    ("The US secretary of state said Chinese doctors had jeopardised their careers to warn the world.",
     "ACCUSE", set()),
    # B2: a conjunct with its own auxiliary; the modal shared by a bare conjunct still forecasts
    ("Lithuania said Moscow would never change and had undermined regional security.", "ACCUSE",
     {("ACCUSE", "LTU", "RUSGOV")}),
    ("The German chancellor said a Russian invasion of Ukraine would undermine European security.", "ACCUSE", set()),
    # B3: the possessor as doer; the possessor as victim
    ("The European Union said Russia's invasion had undermined security in Europe.", "ACCUSE",
     {("ACCUSE", "EUIGO", "RUS")}),
    ("Iran said the United States' embargo had jeopardised the nuclear talks.", "ACCUSE", {("ACCUSE", "IRN", "USA")}),
    ("The UN envoy said the Lebanese prime minister's assassination had jeopardised the peace process.",
     "ACCUSE", set()),
    # B4: unarmed doers of the debate idioms; armed ones keep no ACCUSE
    ("Refugees took aim at the Greek government over camp conditions.", "ACCUSE", {("ACCUSE", "GRCREF", "GRCGOV")}),
    ("Displaced Syrians took aim at the Turkish government over border closures.", "ACCUSE",
     {("ACCUSE", "SYRCVL", "TURGOV")}),
    ("Syrian troops took aim at Turkish soldiers across the border.", "ACCUSE", set()),
    # B5: a landmark attack is no cause; an attack after which the blast came is
    ("A fuel tanker exploded near the site of last year's attack in Baghdad.", "ASSAULT", set()),
    ("A fuel tanker exploded in Baghdad after a rocket attack.", "ASSAULT", {("ASSAULT", "None", "IRQCVL")}),
    # B6: force units withdrawn from where a relative clause stations them
    ("Chile, which has troops in Haiti, announced the withdrawal of its peacekeepers.", "RETREAT",
     {("RETREAT", "CHLMIL", "HTIMIL")}),
    ("Italy, which has soldiers in Lebanon, announced the withdrawal of its battalion.", "RETREAT",
     {("RETREAT", "ITAMIL", "LBNMIL")}),
    # B7: one attack in a relative clause of its noun; two attacks in an "after" clause
    ("Boko Haram militants attacked Nigerian troops near Maiduguri in an ambush that killed nine Nigerian policemen.",
     "ASSAULT", {("ASSAULT", "NGAREB", "NGAMIL"), ("ASSAULT", "NGAREB", "NGACOP")}),
    ("Afghan forces killed ten Taliban fighters after a suicide attack killed six Afghan policemen.", "ASSAULT",
     {("ASSAULT", "AFGMIL", "AFGREB"), ("ASSAULT", "None", "AFGCOP")}),
]

# B8: the ~repeated mark on the final targets only (text, entry, whether the row is marked)
MARKS = [
    ("Two car bombings near Mosul and in Kirkuk, Iraq, killed at least 30 people.", "noun:bombing", False),
    ("The European Union imposed sanctions against Russia and against Iran on Monday.", "verb:impose+sanctions", True),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES + MARKS, "round29f65", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert _rows(coded[i], CASES[i][1]) == CASES[i][2]


@pytest.mark.parametrize("i", range(len(MARKS)), ids=[c[0][:60] for c in MARKS])
def test_repeated_mark(coded, i):
    text, entry, marked = MARKS[i]
    events = [e for e in coded[len(CASES) + i].events if e.rule.split("~")[0] == entry]
    assert events
    assert all(("~repeated" in e.rule) == marked for e in events)
