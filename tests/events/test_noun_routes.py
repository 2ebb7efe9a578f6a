"""Talks told by a reporter (``events/noun_routes.py``), issue 13 round 24: branch e69's ``~reporter``
route (the reporter of a clause about talks with a partner as their other party) was removed at the
merge, because a third party reporting talks became a party to them. These made-up sentences pin that
no reporter of talks -- party, mediator, denier or onlooker -- is made a party to them."""

from __future__ import annotations

import pytest

from .conftest import code_cases

DATE = "2019-11-12"
TEXTS = [
    "The UN says talks with the Taliban collapsed.",
    "Qatar announced that talks with the Taliban had resumed in Doha.",
    "Norway confirmed that peace talks with the ELN rebels had resumed in Oslo.",
    "Iran denied that talks with the United States had taken place.",
    "Germany ensured that negotiations with Russia continued.",
    "The Turkish foreign minister said talks with Greece will resume next week.",
]


@pytest.fixture(scope="module")
def coded():
    return code_cases([(t, None) for t in TEXTS], "nr24", DATE)


@pytest.mark.parametrize("i", range(len(TEXTS)))
def test_no_reporter_made_a_party(coded, i):
    article = coded[i]
    assert not [e for e in article.events if e.type == "CONSULT" or "~reporter" in e.rule], \
        [(e.type, e.rule) for e in article.events]
