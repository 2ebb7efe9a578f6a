"""Side marks (``events.side_marks``) are evidence carried apart from the rule: ``coder.code_trigger``
returns them beside the coding and ``coder.code_sentence`` appends them when it makes the row, after
every suffix the rule's own tests read (``~own``, ``~unplaced``, ``~diplomatic``), so no ``endswith``
test can see them. The marked row's rule therefore ends with its marks (``~home`` aside, which
``_homed`` adds at the same moment)."""

from __future__ import annotations

import re

import pytest

from tests.events.conftest import code_cases

DATE = "2005-03-01"
MARKED = [
    ("Chile and Peru announced the withdrawal of their troops from Haiti.", "RETREAT", "~plural"),
    ("Belgium announces that all troops will be withdrawn from Afghanistan in 2021.", "CONCEDE", "~forces"),
    ("Chile, which has troops serving in Haiti, announced its withdrawal.", "RETREAT", "~stationed"),
    ("The European Union imposed sanctions against Russia and against Iran on Monday.", "SANCTION", "~repeated"),
]
TAIL = re.compile(r"(~plural|~forces|~stationed|~repeated)+(~home)?$")


@pytest.fixture(scope="module")
def coded():
    return code_cases(MARKED, "sidemarks", DATE)


@pytest.mark.parametrize("i", range(len(MARKED)), ids=[c[0][:60] for c in MARKED])
def test_marks_come_last(coded, i):
    _, type_, mark = MARKED[i]
    rules = [e.rule for e in coded[i].events if e.type == type_]
    assert rules, [(e.type, e.rule) for e in coded[i].events]
    assert all(mark in r and TAIL.search(r) for r in rules), rules
