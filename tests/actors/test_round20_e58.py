"""Issue 13 round 20 (branch e58): people in undated news and surnames after a full name.

- ``roster.standing_on`` with no date: the latest office in the person's own country before a later
  post abroad (an undated "Tony Blair" is the UK prime minister, not the Quartet envoy);
- ``phrases.Context.titles``: with no date, a bare surname keeps the office the text gave the same
  person before ("Guterres" after "UN Secretary-General Antonio Guterres");
- ``matcher.named_in_full``: "Mr Fox" after "Liam Fox" is that person, not the roster's Vicente Fox.
"""

from __future__ import annotations

from tests.actors.conftest import mention_countries


def test_an_undated_national_leader_is_at_home():
    found = mention_countries("Tony Blair met the French president. Blair said the talks went well.", None)
    assert ("Tony Blair", "GBR") in found and ("Blair", "GBR") in found


def test_an_undated_bare_surname_keeps_the_office_named_before():
    # control: the office the text names still wins, for the full name and the surname after it
    found = mention_countries("UN Secretary-General António Guterres visited Geneva on Monday. Guterres calls for calm.", None)
    assert [c for t, c in found if t == "Guterres"] == ["UN"]


def test_a_surname_after_a_full_name_is_that_person():
    found = mention_countries("Liam Fox, the Conservative co-chairman, spoke on Monday. Mr Fox accused the prime minister "
                       "of dodging questions.", "2005-03-01")
    assert ("Fox", "MEX") not in found and ("Fox", "GBR") in found
    # control: the roster's own person named in full keeps his country
    found = mention_countries("Vicente Fox met the Spanish king on Monday. Mr Fox later accused the United States.", "2005-03-01")
    assert ("Fox", "MEX") in found
