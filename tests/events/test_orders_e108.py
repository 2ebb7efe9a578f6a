"""Issue 13, round 35 (branch e108): orders given to an actor are REQUEST (gold/events/NOTES-e108.md).

PLOVER REQUEST covers "all requests, demands, and orders"; the lexicon read "told X to ..." as a demand
(``verb:tell+to``) but not the verbs of ordering. ``verb:order+to``, ``verb:instruct+to``,
``verb:command+to`` and ``verb:direct+to`` take the same frame: an object that is a resolved actor and an
infinitive complement.

An order to armed forces or police (an actor of sector MIL or COP, ``@forces``) matches the entries of
role none before them (``verb:order+to-forces`` ...): no REQUEST, and the ordered act codes on its own
(``inner.released``), as it did before the order verbs were read.

Controls: an order to leave given to diplomats stays an expulsion (SANCTION, ``verb:order+leave+diplomats``),
an order to a newspaper to close stays COERCE (``verb:order+media``), ordering goods, an order to one's
own men or ministers, and "directed" a film give no row.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is the
text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, entry_fired, rows

DATE = "2021-06-16"
CASES = [
    ("Ecuador ordered Colombia to halt the spraying near the border.", {("REQUEST", "ECU", "COL")}, "verb:order+to"),
    ("The Ecuadorean government has instructed Colombia to dismantle the fence.", {("REQUEST", "ECU", "COL")},
     "verb:instruct+to"),
    ("Ecuador commanded Colombia to stop the drilling.", {("REQUEST", "ECU", "COL")}, "verb:command+to"),
    ("Ecuador directed Colombia to remove the buoys from the river.", {("REQUEST", "ECU", "COL")},
     "verb:direct+to"),
    # the frame wins over nothing else: an order to leave given to diplomats is still an expulsion
    ("Ecuador ordered three Colombian diplomats to leave within two days.", {("SANCTION", "ECU", "COL")},
     "verb:order+leave+diplomats"),
    ("Ecuador ordered a Colombian radio station to close.", {("COERCE", "ECU", "COL")}, "verb:order+media"),
    # an order to armed forces is no request between actors: the act they are ordered to do codes, as it did
    ("The Kenyan president ordered the Kenyan army to capture the Somali town of Kismayo.",
     {("ASSAULT", "KEN", "SOM")}, "verb:capture+village"),
]
NO_ROW = [
    "Ecuador ordered six helicopters from France.",
    "The colonel ordered his men to advance.",
    "The finance minister ordered her officials to cut spending.",
    "She directed a film about Colombia in 2019.",
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round35e108", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]
    assert entry_fired(CASES[i][2], coded[i].events), [e.rule for e in coded[i].events]


@pytest.mark.parametrize("text", NO_ROW)
def test_no_row(text):
    article = code_cases([(text,)], "round35e108-not", DATE)[0]
    assert not article.events, [(e.type, e.rule) for e in article.events]
