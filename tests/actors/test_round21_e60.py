"""Issue 13 round 21 (branch e60): a surname after a full name told in the possessive.

- ``matcher._before_possessive``: "Jack McConnell's comment ... Mr McConnell" -- the full name ends at
  "McConnell", so the later surname is that person (no table knows him), not the roster's Mitch
  McConnell; the plain full name already did this ("Michael Howard ... Mr Howard").
"""

from __future__ import annotations

import detente


def _countries(text: str, date=None) -> list[tuple[str, str | None]]:
    coded = detente.code(text, date=date)
    return [(m.text, m.actor.country if m.actor else None) for m in coded.mentions]


def test_a_surname_after_a_possessive_full_name_is_that_person():
    # undated, as the BBC articles are (the roster then holds every McConnell ever in office)
    found = _countries("Tom Smith, chief executive of a charity, said Jack McConnell's comment was unhelpful. The "
                       "nationalists accused Mr McConnell of encouraging drinking.")
    assert ("McConnell", "USA") not in found


def test_controls_the_plain_full_name_and_the_roster_person():
    found = _countries("The charity head said Jack McConnell made a mistake. Mr McConnell later apologised.")
    assert ("McConnell", "USA") not in found
    found = _countries("Mitch McConnell's remark angered Democrats. Mr McConnell later apologised.", date="2015-03-01")
    assert ("McConnell", "USA") in found
