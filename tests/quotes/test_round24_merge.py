"""Round 24 merge (lead): the second review's quote cases -- a manner verb ("boomed") speaks only in a
sentence holding a quote mark, and a headline "Name: 'Title'" with no verb in the quote is a work's
title, not a quote. Made-up texts with controls."""

from __future__ import annotations

import pytest

from detente import code

CASES = [
    ('"We have never been busier." Business boomed across the city.', set()),
    ('"The shelling never stopped." Artillery boomed all night in Kharkiv.', set()),
    ('Mayor Tom Hale thanked his home state and then boomed, "Today you proved once again that we are one."',
     {"Tom Hale"}),
    ('Greta Gerwig: "Barbie"\n\nThe film opened on Friday.', set()),
    ("Vladimir Putin: 'Russia Will Respond'\n\nThe Kremlin said.", {"Vladimir Putin"}),
]


@pytest.mark.parametrize("text, speakers", CASES, ids=[c[0][:30] for c in CASES])
def test_direct_speakers(text, speakers):
    result = code(text, date="2021-01-01")
    assert {q.speaker.name for q in result.quotes if q.rule.startswith("direct:") and q.speaker} == speakers
