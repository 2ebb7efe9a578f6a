"""Issue 14 round 29 (branch q59): in or out of government in an undated article, by its
estimated date (``CodedArticle.date_estimate``) before the heads of government it names
(``quotes.undated``, round 28). Made-up wording."""

from __future__ import annotations

import datetime as dt

import detente
from detente.quotes.parties import governing
from detente.records import DateEstimate

TORIES = ("GBR", "Conservative")


def _sectors(coded, name: str) -> set[str | None]:
    return {q.speaker.actor.sector for q in coded.quotes
            if q.speaker and q.speaker.actor and name in (q.speaker.text or "")}


def test_the_estimated_span_decides_before_the_heads_named():
    span = DateEstimate(dt.date(2004, 7, 1), dt.date(2003, 11, 6), dt.date(2005, 12, 6), ["test"])
    assert governing(*TORIES, None, [], span) is False
    across = DateEstimate(dt.date(2009, 1, 1), dt.date(2008, 1, 1), dt.date(2012, 1, 1), ["test"])
    assert governing(*TORIES, None, [], across) is None  # partly in office: undecided


def test_an_undated_opposition_spokesman_beside_a_later_premier():
    text = ('Tory leader Michael Howard toured marginal seats on Tuesday with David Cameron. '
            'A Conservative spokesman said: "Council tax has doubled and families are paying '
            'the price."')
    coded = detente.code(text)
    assert coded.date_estimate is not None
    assert _sectors(coded, "Conservative") == {"OPP"}
