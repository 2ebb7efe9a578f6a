"""Issue 14 round 28 (branch q56): an undated text's lesser title does not replace a roster office
(``resolver.HELD_BESIDE``; made-up wording).

A minister sits in parliament and an opposition leader leads a party: "<minister> MP" and "party
leader <opposition leader>" keep the roster's office (GOV, OPP); a title of another kind still
wins ("General X" of a later president, round 20)."""

from __future__ import annotations

import detente


def _sectors(text: str, name: str, date=None) -> set[str | None]:
    coded = detente.code(text, date=date)
    return {m.actor.sector for m in coded.mentions if m.text == name and m.actor}


def test_a_minister_called_mp_stays_a_minister():
    found = _sectors("John Prescott MP visited Hull on Friday to open a housing estate.",
                     "John Prescott MP")
    assert found == {"GOV"}


def test_an_opposition_leader_called_party_leader_stays_opposition():
    coded = detente.code('The party unveiled its manifesto on Monday. Party leader Michael Howard '
                         'said: "We will cut waste in every department."')
    sectors = {q.speaker.actor.sector for q in coded.quotes if q.speaker and q.speaker.actor}
    assert sectors == {"OPP"}
