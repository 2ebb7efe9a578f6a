"""Issue 14, round 34 (a67): three faults of round 33's review, on made-up wording.

- The article's main country (``coref.main_country``) counts the copies of one description of
  one antecedent once: "the airline" said again and again names its country once more, not once
  per copy.
- "its chief executive" / "the chief executive of <body>" of a public body (a ministry, a
  regulator, a broadcaster) is the body's sector, not the BUS a firm's executive has
  (``sectors.head_sector``).
- Northern Ireland's and Ireland's large parties are in the party table (``quotes/data/parties.tsv``).
"""

from __future__ import annotations

import pytest

from detente import code
from detente.actors.parties import party_countries
from detente.actors.sectors import head_sector
from detente.quotes.partytable import parties


def _actor(doc, text):
    return next((m.actor.country, m.actor.sector, m.rule) for m in doc.mentions if m.text == text)


def test_copies_of_one_description_count_once_for_the_main_country():
    # IRL: the airline and its copies; GBR: three namings. Per copy, IRL tied GBR and, named
    # first, won: "the prime minister" was Ireland's.
    doc = code("The Irish airline said on Monday it would cut flights. The airline blamed fuel "
               "costs. The airline said staff would be told. The airline expects losses. British "
               "unions criticised the cuts in Britain. The British government said it would "
               "help. The prime minister said he regretted it.", date="2009-05-05")
    country, sector, rule = _actor(doc, "The prime minister")
    assert (country, sector) == ("GBR", "GOV")
    assert rule.endswith("+main-country")


def test_a_country_named_twice_still_counts_twice():
    # control: two namings of a country by name are two, whatever the copies rule does
    doc = code("Ireland said on Monday it would cut taxes. Ireland's finance ministry said the "
               "cuts would start in May. Britain said nothing. The prime minister welcomed "
               "the cuts.", date="2009-05-05")
    assert _actor(doc, "The prime minister")[0] == "IRL"


@pytest.mark.parametrize(("text", "who", "country", "sector"), [
    ("The Health Ministry of Ghana said its chief executive had been sacked.",
     "executive", "GHA", "GOV"),
    ("The BBC said its chief executive would give evidence to the committee.",
     "executive", "GBR", "MED"),
    ("The chief executive of the Kenyan energy regulator resigned on Friday.",
     "executive of the Kenyan energy regulator", "KEN", "GOV"),
], ids=["ministry-its", "broadcaster-its", "regulator-of"])
def test_the_head_of_a_public_body_takes_its_sector(text, who, country, sector):
    found = _actor(code(text, date="2010-05-05"), who)
    assert found[:2] == (country, sector)
    assert "body-head" in found[2]


def test_a_firms_chief_executive_stays_business():
    # control: a company's head is BUS, and the rule leaves no mark
    found = _actor(code("The Irish airline said its chief executive would leave.",
                        date="2010-05-05"), "executive")
    assert found[:2] == ("IRL", "BUS") and "body-head" not in found[2]


def test_head_sector_reads_only_public_owners():
    assert head_sector("executive", "BUS", "IGO") == "IGO"
    assert head_sector("executive", "BUS", None) == "BUS"
    assert head_sector("executive", "BUS", "CVL") == "BUS"
    assert head_sector("minister", "GOV", "MED") == "GOV"  # not a body head's title


def test_northern_irish_and_irish_parties_are_in_the_table():
    table = parties()
    assert table[("GBR", "Sinn Fein")] == () and table[("IRL", "Sinn Féin")] == ()
    assert table[("GBR", "DUP")] == () and ("GBR", "SDLP") in table
    assert ("IRL", "Fianna Fail") in table and ("IRL", "Fine Gael") in table
    assert party_countries()["Sinn Fein"] == frozenset({"GBR", "IRL"})
    assert "IRL" not in party_countries()["Labour"]  # a UK story naming Ireland keeps its Labour


@pytest.mark.parametrize(("text", "date", "who", "country"), [
    ("Fine Gael said the Irish government had failed the farmers.", "2005-03-01",
     "Fine Gael", "IRL"),
    ("Fianna Fail said the coalition in Dublin would fall.", "2013-03-01", "Fianna Fail", "IRL"),
], ids=["fine-gael", "fianna-fail"])
def test_an_irish_party_as_a_body(text, date, who, country):
    assert _actor(code(text, date=date), who)[:2] == (country, "PTY")


def test_a_party_out_of_national_government_speaks_as_opposition():
    doc = code('"The talks are over," a Sinn Fein spokesman said in Belfast.', date="2005-03-01")
    speaker = doc.quotes[0].speaker.actor
    assert (speaker.country, speaker.sector) == ("GBR", "OPP")


def _country_of(doc, words):
    return next(m.actor.country for m in doc.mentions if words in m.text and m.actor is not None)


@pytest.mark.parametrize(("text", "words", "country"), [
    ("Serb nationalists in Bosnia blocked the roads near Sarajevo on Sunday.", "Serb", "BIH"),
    ("Albanian separatist rebels attacked a police station in Macedonia.", "Albanian", "MKD"),
], ids=["own-phrase", "clause"])
def test_a_nationalist_movement_placed_in_another_state_is_that_states(text, words, country):
    doc = code(text, date="2001-05-05")
    assert _country_of(doc, words) == country
    assert "movement-at:" in next(m.rule for m in doc.mentions if words in m.text)


@pytest.mark.parametrize(("text", "words", "country"), [
    ("Scottish nationalists criticised the government in London on Monday.", "Scottish", "GBR"),
    ("Irish nationalist guerrillas wounded two British soldiers in a bomb attack.", "Irish", "IRL"),
    ("A French nationalist leader spoke to reporters in Brussels on Monday.", "French", "FRA"),
    ("Serb soldiers in Bosnia blocked the roads near Sarajevo on Sunday.", "Serb", "SRB"),
], ids=["own-country", "unplaced", "a-person", "no-movement"])
def test_a_movement_keeps_its_nations_country_otherwise(text, words, country):
    assert _country_of(code(text, date="2001-05-05"), words) == country
