"""Review r29f (branch f66): bugs a read-only review proved in round 29's mends (f63/f64):
an estimated span touching an office that starts on its end day, a definite role losing its
country when no holder is named, and "then" meaning "next" read as "then-" (former). Made-up
wording (the reviewer's probes)."""

from __future__ import annotations

import datetime as dt

import detente
from detente.actors.roster import Era, Office
from tests.actors.conftest import resolved_actors

D = dt.date


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
    actors = resolved_actors(coded)
    assert actors["Joe Biden"].sector != "GOV"
    assert actors["The president"].name == "Donald Trump"


def test_a_role_the_span_cannot_name_keeps_the_main_country_and_no_other_office_speaks():
    """Bug 2: "the foreign minister" of a long term with several holders is named by no one;
    it keeps the main country and sector, and its quote goes to no person titled with
    another office ("Prime Minister <name>", "Chancellor <name>")."""
    coded = detente.code("Chancellor Angela Merkel hosted the summit in Berlin. The foreign "
                         "minister said Germany would pay more to the fund.")
    role = resolved_actors(coded)["The foreign minister"]
    assert (role.country, role.sector, role.name) == ("DEU", "GOV", None)
    (quote,) = coded.quotes
    assert quote.speaker.name is None and quote.speaker.actor.country == "DEU"
    for text in ("Prime Minister Jane Roe said on Monday that she would not resign. The "
                 "interior minister said the protests were illegal.",
                 "President John Doe attended a memorial service for the soldiers. The defence "
                 "minister said more troops would be sent."):
        speakers = [q.speaker.name for q in detente.code(text).quotes]
        assert speakers[-1] is None, text


def test_a_title_of_the_same_portfolio_still_names_the_role():
    """The branch's behaviour kept: the same title ("Foreign Minister <name>" ... "the foreign
    minister") and a bare "the minister" after "Prime Minister <name>" still name the person."""
    coded = detente.code("Foreign Minister Jane Roe met her counterpart. The foreign minister "
                         "said trade was discussed.")
    assert coded.quotes[-1].speaker.name == "Jane Roe"
    coded = detente.code("Prime Minister Jane Roe met union leaders on Monday. The minister said "
                         "the talks had gone well.")
    assert coded.quotes[-1].speaker.name == "Jane Roe"


def test_then_meaning_next_does_not_make_a_title_former():
    """Bug 1: "then" after a coordinator, at a sentence's start or after a clause and a comma
    means "next": the title is the person's own at the time and votes on the date; "met then
    Prime Minister X", "In 2003, then President X" and "then-Foreign Secretary X" stay former."""
    from detente.actors.estimate import _then_of_title
    from detente.nlp import load_nlp

    coded = detente.code("The cabinet met on Monday and then Prime Minister Theresa May addressed "
                         "parliament on the deal. Labour leader Jeremy Corbyn said the deal was a "
                         "failure.")
    assert (coded.date_estimate.start, coded.date_estimate.end) == (D(2016, 7, 13), D(2019, 7, 24))
    nlp = load_nlp()
    for text, sense in (("Crowds gathered. Then President Jane Roe arrived.", False),
                        ("The board met, then President Jane Roe arrived.", False),
                        ("He met then President Jane Roe in London.", True),
                        ("In 2003, then President Jane Roe backed the plan.", True)):
        doc = nlp(text)
        i = next(t.i for t in doc if t.lower_ == "then")
        assert _then_of_title(doc, i) is sense, text
