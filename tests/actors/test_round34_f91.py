"""Issue 14, round 34 (f91): mends of the round's review (r34d) of a67's movement rule and of the
Irish rows of the party table, on made-up wording.

- ``locative.place_movement`` moves a "<people> nationalists/separatists" group to the state it
  acts in only when it is the doer (the active subject or the "by" agent): the object or the
  passive subject of an arrest is held there, not acting there.
- A state's own nationalists in a territory that state holds (``HELD_TERRITORIES``) keep the
  state's country: they are no movement of a stateless nation there.
- The Irish parties' periods in government before 1977 (``quotes/data/parties.tsv``): a
  governing party's leader is not the opposition.
"""

from __future__ import annotations

import pytest

from detente import code
from detente.actors.locative import HELD_TERRITORIES
from detente.quotes.partytable import parties


def _mention(doc, words):
    return next(m for m in doc.mentions if words in m.text and m.actor is not None)


@pytest.mark.parametrize(("text", "words", "country"), [
    ("Dutch police arrested three Chechen separatists in Amsterdam on Friday.", "Chechen", "RUS"),
    ("Italian police detained four Albanian nationalists in Rome.", "Albanian", "ALB"),
    ("Two Chechen separatists were arrested in Amsterdam on Friday.", "Chechen", "RUS"),
], ids=["object-own-phrase", "object-detained", "passive-subject"])
def test_a_movement_held_abroad_keeps_its_nations_country(text, words, country):
    mention = _mention(code(text, date="2005-03-01"), words)
    assert mention.actor.country == country
    assert "movement-at:" not in (mention.rule or "")


@pytest.mark.parametrize(("text", "words", "country"), [
    ("Irish nationalist guerrillas ambushed a British army convoy in Belfast.", "Irish", "GBR"),
    ("Russian separatists in Moldova's Transnistria region closed the border crossing.",
     "Russian", "MDA"),
    ("Albanian nationalists in Macedonia called for a new constitution.", "Albanian", "MKD"),
], ids=["clause", "own-phrase-region", "own-phrase-country"])
def test_a_movement_acting_abroad_still_takes_that_state(text, words, country):
    mention = _mention(code(text, date="2005-03-01"), words)
    assert mention.actor.country == country
    assert "movement-at:" in mention.rule


@pytest.mark.parametrize(("text", "words", "country"), [
    ("Israeli nationalists in the West Bank attacked Palestinian farmers.", "Israeli", "ISR"),
    ("Moroccan nationalists in Western Sahara attacked a Sahrawi camp.", "Moroccan", "MAR"),
], ids=["occupied", "administered"])
def test_a_states_own_nationalists_in_a_territory_it_holds_keep_its_country(text, words,
                                                                              country):
    mention = _mention(code(text, date="2005-03-01"), words)
    assert mention.actor.country == country
    assert "movement-at:" not in (mention.rule or "")


def test_held_territories_are_codes_of_places_and_states():
    assert HELD_TERRITORIES["PSE"] == frozenset({"ISR"})
    assert all(len(k) == 3 and k.isupper() and all(len(h) == 3 for h in v)
               for k, v in HELD_TERRITORIES.items())


@pytest.mark.parametrize(("text", "date"), [
    ("Fianna Fail leader Jack Lynch said the partition of the island was a wrong.", "1970-05-01"),
    ("Fine Gael leader Liam Cosgrave said the budget would pass.", "1975-03-01"),
    ("Fine Gael leader John Costello said the budget would pass.", "1950-03-01"),
    ("Fianna Fail leader Eamon de Valera said the budget would pass.", "1940-03-01"),
], ids=["ff-1970", "fg-1975", "fg-1950", "ff-1940"])
def test_a_governing_irish_partys_leader_is_not_the_opposition(text, date):
    speaker = code(text, date=date).quotes[0].speaker.actor
    assert speaker.country == "IRL" and speaker.sector != "OPP"


@pytest.mark.parametrize(("text", "date"), [
    ("Fine Gael leader John Costello said the budget would fail.", "1952-03-01"),
    ("Fianna Fail leader Jack Lynch said the budget would fail.", "1975-03-01"),
], ids=["fg-1952", "ff-1975"])
def test_an_irish_party_out_of_government_is_the_opposition(text, date):
    speaker = code(text, date=date).quotes[0].speaker.actor
    assert (speaker.country, speaker.sector) == ("IRL", "OPP")


def test_the_irish_periods_start_with_the_first_fianna_fail_government():
    table = parties()
    assert min(start for start, _ in table[("IRL", "Fianna Fail")]) == "1932-03-09"
    assert ("1973-03-14", "1977-07-05") in table[("IRL", "Fine Gael")]


@pytest.mark.parametrize(("text", "sector"), [
    ("A state radio executive was sacked after the programme.", "GOV"),
    ("An executive of state radio was sacked after the programme.", "GOV"),
    ("A radio executive was sacked after the programme.", "MED"),
], ids=["state-compound", "state-of", "private-media"])
def test_a_state_media_executive_is_government(text, sector):
    doc = code(text, date="2005-03-01")
    assert next(m.actor.sector for m in doc.mentions if "executive" in m.text) == sector


@pytest.mark.parametrize(("text", "sector"), [
    ("The Transport Ministry said its chief executive would retire.", "GOV"),
    ("The shipping firm said its chief executive would retire.", "BUS"),
], ids=["ministry-no-country", "firm"])
def test_a_countryless_public_bodys_head_takes_its_sector(text, sector):
    doc = code(text, date="2005-03-01")
    assert next(m.actor.sector for m in doc.mentions if m.text.endswith("executive")) == sector


@pytest.mark.parametrize(("text", "words", "country"), [
    ("Moderates and Serb nationalists in Bosnia rejected the peace plan.", "Serb", "BIH"),
    ("Albanian nationalists in Macedonia are expected to reject the deal.", "Albanian", "MKD"),
    ("It is Albanian nationalists in Macedonia who rejected the deal.", "Albanian", "MKD"),
], ids=["second-conjunct", "raising-passive", "cleft"])
def test_a_movement_doer_in_another_form_still_takes_that_state(text, words, country):
    """Round 34 review r34f (branch f92): a doer coordinated, raised or clefted is a doer."""
    mention = _mention(code(text, date="2005-03-01"), words)
    assert mention.actor.country == country
    assert "movement-at:" in (mention.rule or "")


@pytest.mark.parametrize("text", [
    "Dutch police arrested moderates and Chechen separatists in Amsterdam on Friday.",
    "Two Chechen separatists were arrested in Amsterdam on Friday.",
    "Two Chechen separatists are expected to be arrested in Amsterdam.",
], ids=["object-conjunct", "passive", "raising-own-verb-place"])
def test_a_held_movement_in_another_form_keeps_its_nations_country(text):
    mention = _mention(code(text, date="2005-03-01"), "Chechen")
    assert mention.actor.country == "RUS"
