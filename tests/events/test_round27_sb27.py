"""Issue 13, round 27 (branch sb27): the article's headline line (the first paragraph, one short
line with no full stop, then a blank line) is a sentence of its own, so the lead after it is read
on its own; of the headline's rows, a doer given the one foreign country the headline names
(``~context``) is dropped (gold/events/NOTES-sb27.md).
Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from detente.events.headlines import headline_rows
from detente.records import Event, Participant
from tests.events.conftest import code_cases, rows

DATE = "2005-02-01"
CASES = [
    # the lead read on its own, not with the headline's noun phrase as its subject
    ("French minister under fire over arms sales\n\nGerman opposition leaders have condemned the French "
     "defence minister for selling arms to Libya.", {("ACCUSE", "DEU", "FRA")}),
    # a foreign country the headline names given to the unnamed critics of coordinated participles
    ("Chancellor criticised and mocked over Greek tax plan\n\nThe German finance minister's plan was debated on "
     "Tuesday.", set()),
    # a bare headline surname: the country the headline names is not the caller
    ("Schmidt wants Afghan pull-out timetable\n\nThe German chancellor should set out a plan to withdraw troops, "
     "opposition leader Hans Schmidt said on Monday.", {("RETREAT", "DEU", None)}),
    # controls: a headline whose named subject acts keeps its rows, retold by the lead or not
    ("Germany condemns Iranian missile test\n\nThe German government said the launch broke a United Nations "
     "resolution.", {("ACCUSE", "DEU", "IRN"), ("MOBILIZE", "IRN", None)}),
    ("Spain pledges aid to Morocco\n\nThe Spanish government has promised 50 million euros in aid to Morocco "
     "after the earthquake.", {("AGREE", "ESP", "MAR"), ("AID", "ESP", "MAR")}),
    ("Greek police arrest protesters\n\nGreek police arrested 40 protesters in Athens on Sunday.",
     {("COERCE", "GRC", "GRC")}),
    # round 27 review (f54): an armed doer of a hostile headline act given the one country the headline names,
    # which is its object's: no headline row (the lead tells the act with its doer's country)
    ("Jets strike Syrian airport\n\nIsraeli jets struck the airport in Damascus on Monday, the Syrian army said.",
     {("ASSAULT", "ISR", "SYR")}),
    ("Soldiers kill Afghan civilians\n\nAmerican soldiers killed five civilians in Kandahar on Monday, Afghan "
     "officials said.", {("ASSAULT", "USA", "AFG")}),
    ("Drones hit Moscow buildings\n\nUkrainian drones struck two office buildings in Moscow on Sunday, Russian "
     "officials said.", {("ASSAULT", "UKR", "RUS")}),
    # ... with no story country, a doer that acts at home keeps its headline row
    ("Protesters storm Iraqi parliament\n\nThousands of people stormed the parliament in Baghdad on Saturday. "
     "The United Nations and the United States urged calm.", None),
    # controls: a first paragraph that ends a sentence is news prose; a past tense there is active
    ("The Italian government criticised France on Monday.\n\nThe French government rejected the criticism.",
     {("ACCUSE", "ITA", "FRA")}),
    ("The Italian government criticised France on Monday.", {("ACCUSE", "ITA", "FRA")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "sb27", DATE)


@pytest.mark.parametrize("i", [i for i, case in enumerate(CASES) if case[1] is not None])
def test_headline_rows(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_a_home_doer_keeps_its_headline_row_with_no_story_country(coded):
    i = next(i for i, case in enumerate(CASES) if case[0].startswith("Protesters storm"))
    assert ("PROTEST", "IRQ", "IRQ") in rows(coded[i])


def test_the_lead_is_read_without_the_headline(coded):
    lead = coded[0].events
    assert [e.rule for e in lead] == ["verb:condemn"] and lead[0].evidence.startswith("German opposition")


def _row(rule: str, country: str) -> Event:
    return Event(type="REQUEST", cameo="010", goldstein=0.0, quad=1, source=[Participant(text="Smith", country=country)],
                 target=[], sentence=0, start=0, end=5, trigger="calls", trigger_start=0, trigger_end=5,
                 evidence="", rule=rule)


def test_a_context_doer_of_the_story_country_stays():
    rows_ = [_row("verb:call+for~context", "GBR"), _row("verb:call+for~context", "IRQ"), _row("verb:call+for", "IRQ")]
    assert [(e.rule, e.source[0].country) for e in headline_rows(rows_, "GBR")] == \
        [("verb:call+for~context", "GBR"), ("verb:call+for", "IRQ")]
    assert [e.source[0].country for e in headline_rows(rows_, None)] == ["IRQ"]


def test_an_armed_doer_given_its_objects_country_is_dropped():
    from dataclasses import replace

    from detente.resources import yaml_data
    words = yaml_data("events", "semantics.yaml")["headline_rows"]
    base = _row("verb:strike~context", "SYR")
    jets = replace(base, type="ASSAULT", source=[Participant(text="Jets", country="SYR", sector="MIL")],
                   target=[Participant(text="Syrian", country="SYR")])
    other = replace(jets, target=[Participant(text="Israel", country="ISR")])
    assert headline_rows([jets, other], "SYR", words) == [other]
    protest = replace(jets, type="PROTEST", source=[Participant(text="Protesters", country="IRQ", sector="CVL")])
    minister = replace(jets, type="ACCUSE", source=[Participant(text="Minister", country="IRN", sector="GOV")])
    assert headline_rows([protest, minister], None, words) == [protest]
