"""Issue 14, round 35 (a68): a body named again by the head noun of its name
(``actors/name_heads.py``), on made-up wording: fires, and near misses."""

from __future__ import annotations

from detente import code
from detente.actors.name_heads import NAMED_BODY_HEADS


def _mention(doc, text):
    return next((m for m in doc.mentions if m.text == text), None)


def test_the_alliance_is_the_alliance_named_before():
    doc = code("The Countryside Alliance attacked the new law. The alliance urged ministers "
               "to think again.", date="2005-02-01")
    named, again = _mention(doc, "The Countryside Alliance"), _mention(doc, "The alliance")
    assert again is not None
    assert (again.actor.country, again.actor.sector) == (named.actor.country, named.actor.sector)
    assert again.rule == "coref:definite>" + named.rule
    assert doc.mentions[again.antecedent].text == named.text


def test_the_commission_is_the_commission_named_before():
    doc = code("Kenya's Electoral Commission said the vote would be held in May. The commission "
               "urged the parties to register their candidates.", date="2007-02-01")
    again = _mention(doc, "The commission")
    assert again is not None
    assert again.rule.startswith("coref:definite>")
    assert again.actor.sector == "GOV"


def test_no_earlier_name_no_mention():
    # near miss: nothing named before ends in "commission"
    doc = code("Kenya said the vote would be held in May. The commission urged the parties to "
               "register.", date="2007-02-01")
    assert _mention(doc, "The commission") is None


def test_two_different_bodies_with_the_head_leave_it_unread():
    # near miss: the Electoral Commission (a state's) and the European Commission: which one?
    doc = code("Britain's Electoral Commission met the European Commission in Brussels on "
               "Monday. The commission said new rules were needed.", date="2005-02-01")
    assert _mention(doc, "The commission") is None


def test_a_modified_or_indefinite_head_is_no_description():
    # near misses: "a commission" is a new body; "the new commission" is left alone
    doc = code("The Countryside Alliance attacked the law. Ministers set up a commission to "
               "study it. The new alliance of farmers protested.", date="2005-02-01")
    assert _mention(doc, "a commission") is None
    assert _mention(doc, "The new alliance") is None


def test_the_word_list_holds_bodies_not_rooms_or_parties():
    assert {"commission", "alliance", "association"} <= NAMED_BODY_HEADS
    assert not {"office", "party", "front", "service", "campaign"} & NAMED_BODY_HEADS
