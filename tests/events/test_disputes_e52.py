"""Wrong and empty sides, round 18 (branch e52): classes read off unseen news (BBC politics and
business articles, read locally, never quoted) and checked against every tune half. Each case is made
up and coded by the whole pipeline as an article of its own; the expected set is the sentence's whole
output as ``(type, source country, target country or None)`` rows. Each class has a control.

- ``disputes.dispute_sides``: the ``with``/``against`` party of a conflict or negotiation an act is
  told "in" is the act's other side ("a truce in its war with X").
- ``disputes.accepted_offer``: joint sources accepting an offer or a proposal are no partners of
  each other.
- ``asides.dash_clause``: a clause before the trigger across a dash is no complement of it.
- ``asides.manner_place``: a place in an "X-style" modifier is no side.
- ``asides.aside_clause``: the actors of a concessive clause ("while", "although") or of a clause
  coordinated by "but" with its own subject are no unattached sides of the act.
- ``asides.own_venue``: the place a mutual act's own gathering is held at ("held talks in London")
  is no partner read from the sentence.
- ``asides.fronted``: a preposition phrase before the subject ("To an audience of X, ...") is a
  setting, not the act's argument.
- ``patterns.named_objects``: the object of a preposition spelled in the trigger's pattern
  ("distanced himself from X") is its target.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2024-03-01"
CASES = [
    # the other party of the conflict the act is told in
    ("The rebels called a truce in their war with the government of Sudan.", {("RETREAT", "SDN", "SDN")}),
    ("Russia made concessions in its dispute with Ukraine over gas prices.", {("CONCEDE", "RUS", "UKR")}),
    ("Hamas announced a truce in its fight against Israel.", {("RETREAT", "PSE", "ISR")}),
    # control: a conflict phrase with no party keeps the row targetless; a direct partner stays
    ("Hamas announced a truce in the long dispute.", {("RETREAT", "PSE", None)}),
    ("India declared a ceasefire with Pakistan.", {("RETREAT", "IND", "PAK")}),
    # joint acceptors of an offer are no partners of each other
    ("Greece and Cyprus accepted the offer.", {("AGREE", "GRC", None), ("AGREE", "CYP", None)}),
    ("Greece and Cyprus accepted an offer from Germany.", {("AGREE", "GRC", "DEU"), ("AGREE", "CYP", "DEU")}),
    # control: joint sources of an agreement are each other's partners
    ("Greece and Turkey agreed to a ceasefire.", {("AGREE", "GRC", "TUR")}),
    # a clause before the trigger across a dash is another statement
    ("Greece and Italy want the budget cut - the European Commission has urged an increase.", set()),
    # control: the subject of the trigger's own complement clause is asked
    ("The European Commission has urged that Greece cut its budget.", {("REQUEST", "EU", "GRC")}),
    # a place in an "X-style" modifier is no side
    ("The Canadian minister warned that a Paris-style attack could happen in Canada too.",
     {("THREATEN", "CAN", None)}),
    # control: a foreign country named as such is the other side read from the sentence
    ("The Canadian minister warned that France could be attacked.", {("THREATEN", "CAN", "FRA")}),
    # a concessive clause's actors are no sides of the main act
    ("The Italian minister will open the summit, although his speech will be preceded by the French president.",
     {("AGREE", "ITA", None)}),
    # the place a mutual act's own gathering is held at is no partner read from the sentence; a foreign
    # capital one country's doers hold talks in is their host (round 34, e103: ``venues.host_side``, the
    # known gap of round 18 that a bbc4 tune gold triple names)
    ("Kenya's president held talks in London on trade.", {("CONSULT", "KEN", "GBR")}),
    # ... and it still counts as a named country: the one other country is no partner by default
    ("The British prime minister is at a summit in Brussels, where Iraq is on the agenda.", set()),
    # control: a partner the parse attaches stays, wherever the talks were held
    ("Kenya's president held talks in London with the British prime minister.", {("CONSULT", "KEN", "GBR")}),
    # a fronted setting phrase is no argument
    ("To an audience of French farmers, the Italian minister accused the European Commission of waste.",
     {("ACCUSE", "ITA", "EU")}),
    # control: a preposition object after the verb is one
    ("The Italian minister accused the European Commission of waste in a speech to French farmers.",
     {("ACCUSE", "ITA", "EU")}),
    # the object of a preposition spelled in the trigger's pattern
    ("France distanced itself from the Italian government and Germany.", {("ACCUSE", "FRA", "ITA"), ("ACCUSE", "FRA", "DEU")}),
    # control: a thing the side is inside is left to the other rules
    ("The Italian prime minister distanced himself from the policies of the French government.",
     {("ACCUSE", "ITA", "FRA")}),
]

@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r18e52", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round18_e52(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]
