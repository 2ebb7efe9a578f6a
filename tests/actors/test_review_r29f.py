"""Review r29f (branch f66): bugs a read-only review proved in round 29's mends (f63/f64):
an estimated span touching an office that starts on its end day, a definite role losing its
country when no holder is named, and "then" meaning "next" read as "then-" (former). Made-up
wording (the reviewer's probes)."""

from __future__ import annotations

import datetime as dt

import detente
from detente.actors.roster import Era, Office

D = dt.date


def _mentions(coded):
    return {m.text: m.actor for m in coded.mentions if m.actor is not None}


def _speakers(coded):
    return {q.content: q.speaker for q in coded.quotes}


def test_an_office_starting_on_the_spans_end_day_does_not_touch_it():
    """Bug 3: ``Era.end`` is exclusive (``Office.held_on``); an office starting that day is
    not held in the span."""
    era = Era(D(2020, 1, 1), D(2021, 1, 20), D(2020, 7, 1))
    assert not era.touches(Office("president", "USA", "GOV", D(2021, 1, 20), None))
    assert era.touches(Office("president", "USA", "GOV", D(2021, 1, 19), None))
    text = ("President Donald Trump held a rally in Ohio in 2020. Joe Biden said the economy was "
            "failing. The president said the election would be rigged.")
    coded = detente.code(text)
    actors = _mentions(coded)
    assert actors["Joe Biden"].sector != "GOV"
    assert actors["The president"].name == "Donald Trump"
