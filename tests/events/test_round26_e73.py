"""Issue 13, round 26 (branch e73): classes of the bbc3 tune half's misses (gold/events/NOTES-e73.md)
-- a condemning label a speaker puts on a side's act ("described the plan as naive"), more condemning
adjectives of a reported judgement, and an own measure suspended, postponed, frozen or delayed
under pressure. Each case is made up (never a gold sentence) and coded by the whole pipeline; the
expected set is the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2005-02-01"
CASES = [
    # a label put on a side's act or on the side: the labeller criticises it (ACCUSE), adjective or noun,
    # after "as", as the object's predicate, coordinated, or an adjective of the label noun
    ("The French foreign minister described the Italian plan as misguided.", {("ACCUSE", "FRA", "ITA")}),
    ("The Spanish opposition described the Portuguese budget as naive and unworkable.", {("ACCUSE", "ESP", "PRT")}),
    ("The German chancellor called the Polish proposal absurd.", {("ACCUSE", "DEU", "POL")}),
    ("The Greek minister described the Turkish plan as a reckless gamble.", {("ACCUSE", "GRC", "TUR")}),
    ("The Austrian premier described the Hungarian proposal as a disaster for farmers.", {("ACCUSE", "AUT", "HUN")}),
    ("The Danish foreign minister labelled the Swedish decision as arrogant.", {("ACCUSE", "DNK", "SWE")}),
    # a condemning adjective of a reported judgement, the speaker before or after
    ("The French foreign minister said the Italian government was naive.", {("ACCUSE", "FRA", "ITA")}),
    ("The Belgian government's stance is complacent, the Dutch prime minister said.", {("ACCUSE", "NLD", "BEL")}),
    # controls: a claim or story labelled is a denial; a label negated or hedged; a praise; no side named;
    # a label of oneself; the nouns outside a label
    ("The Swedish premier dismissed the Danish claims, describing them as a hoax.", set()),
    ("The French minister did not describe the Italian plan as illegal.", set()),
    ("The French minister would describe the Italian plan as naive.", set()),
    ("The French minister described the Italian visit as a success.", set()),
    ("The Italian government introduced a new tax on Monday. The French finance minister described the tax "
     "as naive.", set()),
    ("The French minister described himself as a Catholic.", set()),
    ("The disaster struck the Italian coast on Monday.", set()),
    ("The Italian plan was a failure, the French minister said.", set()),
    # an own measure suspended, postponed or frozen in the face of criticism, protests or an outcry is CONCEDE
    # (the possessor of the pressure noun, or its "by"/"from" object, is the side yielded to)
    ("Facing fierce criticism from MPs, the British government has suspended its plan to close 40 job centres.",
     {("CONCEDE", "GBR", "GBR")}),
    ("The Home Office postponed the identity card bill after an outcry from civil liberties groups.",
     {("CONCEDE", "GBR", "GBR")}),
    ("After months of criticism, the Scottish Executive froze its plan to merge the two police forces.",
     {("CONCEDE", "GBR", "GBR")}),
    ("After the unions' protests, the French government postponed its pension reform.", {("CONCEDE", "FRA", "FRA")}),
    # controls: no pressure told; the earlier entries of the verbs keep their readings (assets frozen: SANCTION)
    ("The French government postponed its pension reform until the spring.", set()),
    ("The Danish government froze the assets of two companies.", {("SANCTION", "DNK", None)}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r26e73", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_label_rule_names_the_entry(coded):
    [event] = coded[4].events
    assert event.rule == "noun:disaster+judged"


def test_pressure_rule_and_yielded_side(coded):
    [event] = coded[19].events
    assert event.rule == "verb:postpone+measure~pressure~yielded" and event.target[0].text == "the unions"


def test_label_nouns_leave_verbs_of_the_same_word():
    """"insulted" is the verb entry's own act, not a label noun outside its frame."""
    [article] = code_cases([("The French president insulted the Italian prime minister.",)], "r26e73v", DATE)
    assert rows(article) == {("ACCUSE", "FRA", "ITA")}
