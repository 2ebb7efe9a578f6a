"""Issue 13 round 21 (branch e60): a surname after a full name told in the possessive.

- ``matcher._before_possessive``: "Jack McConnell's comment ... Mr McConnell" -- the full name ends at
  "McConnell", so the later surname is that person (no table knows him), not the roster's Mitch
  McConnell; the plain full name already did this ("Michael Howard ... Mr Howard").
"""

from __future__ import annotations

from tests.actors.conftest import mention_countries


def test_a_surname_after_a_possessive_full_name_is_that_person():
    # undated, as the BBC articles are (the roster then holds every McConnell ever in office)
    found = mention_countries("Tom Smith, chief executive of a charity, said Jack McConnell's comment was unhelpful. The "
                       "nationalists accused Mr McConnell of encouraging drinking.", None)
    assert ("McConnell", "USA") not in found


def test_controls_the_plain_full_name_and_the_roster_person():
    found = mention_countries("The charity head said Jack McConnell made a mistake. Mr McConnell later apologised.", None)
    assert ("McConnell", "USA") not in found
    found = mention_countries("Mitch McConnell's remark angered Democrats. Mr McConnell later apologised.", "2015-03-01")
    assert ("McConnell", "USA") in found
