"""Issue 13, round 35 (e107): the subject of a passive infinitive's head is the one acted on
(``events.voice.passive_infinitive``, read by ``voice.subject_head``).

"Three Americans are confirmed to have been killed in the attack": the parse makes the Americans the
subject of "confirmed" and "killed" its infinitive with no subject of its own; climbing to that subject
as the doer of the killing made them the attackers. A passive infinitive ("to have been killed", "to be
questioned") hands down the one acted on, as a bare participle complement already did ("were confirmed
killed"). A doer named by a "by" phrase is read as before; an active infinitive ("is reported to have
shelled") keeps its subject as the doer.

Every sentence is made up. Each removal case gave the one acted on as the doer on the commit before this
round (970bfe8d); the controls are unchanged.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2023-01-20"
CASES = [
    # the one killed or kidnapped is no doer: no doer named, no row, or the place rule's row with the
    # victims as the target
    ("Three Americans are confirmed to have been killed in the attack, a soldier and two contractors.", set()),
    ("Three Kenyan soldiers are reported to have been killed in the raid.", set()),
    ("Two Iraqi soldiers are believed to have been kidnapped near Mosul.", {("ASSAULT", None, "IRQ")}),
    # controls: an active infinitive keeps its subject as the doer ...
    ("The Turkish army is reported to have shelled Kurdish positions in Syria.", {("ASSAULT", "TUR", "SYR")}),
    ("Russia agreed to release two Ukrainian sailors.", {("AGREE", "RUS", "UKR")}),
    # ... a bare participle complement was read so before ...
    ("Three Americans were confirmed killed in the attack.", set()),
    # ... and the one who agrees to be questioned still agrees
    ("The Kenyan opposition leader agreed to be questioned by police in Nairobi.", {("AGREE", "KEN", None)}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "e107", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_passive_infinitive_subject_is_acted_on(coded, i):
    text, expected = CASES[i]
    assert rows(coded[i]) == expected, text


def test_passive_infinitive_reading():
    from detente.events.voice import passive_infinitive
    from detente.nlp import load_nlp

    doc = load_nlp()("Two soldiers are believed to have been kidnapped. The army is said to have shelled the town.")
    verbs = {t.lower_: t for t in doc if t.pos_ == "VERB"}
    assert passive_infinitive(verbs["kidnapped"])
    assert not passive_infinitive(verbs["shelled"])  # active: no passive auxiliary
    assert not passive_infinitive(verbs["believed"])  # a finite passive, no infinitive
    assert not passive_infinitive(None)
