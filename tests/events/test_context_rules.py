"""Issue 13, second pass: arguments a coder reads beyond the trigger's own dependents, and rows
with no target where the text names none -- each case coded by the whole pipeline.

Each case is ``(article text, expected rows)``; a row is ``(type, source country, target country
or None)``, one per source-target pair, and the expected set is the article's whole output.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2020-01-05"
CASES = [
    # a nominal act whose doer is a reduced participle after it, however the parse attached it;
    # the sentence names no other side, so the row has an empty target
    ("Eleven people died in the raid, reportedly conducted by the Taliban.", {("ASSAULT", "AFG", None)}),
    # an attribution verb names the doer ("ascribed to", "blamed on")
    ("Another attack ascribed to the Taliban killed five people.", {("ASSAULT", "AFG", None)}),
    # a claim of responsibility is the claimer's attack; the claim's object word is no target
    ("The Taliban claimed responsibility for the bombing.", {("ASSAULT", "AFG", None)}),
    # a place in the name of a group ("of Iraq") is no other side of its act
    ("The militant organisation, the Islamic State of Iraq and the Levant, claimed responsibility for the "
     "attacks.", {("ASSAULT", "IS", None)}),
    # another act of the same kind takes the target the first had earlier in the article (~article);
    # "the offensive" told again would be the same act, one row (events/repeats.py)
    ("Turkey launched a military offensive into northern Syria on Monday. On Wednesday, Turkey began a "
     "second offensive with airstrikes.", {("ASSAULT", "TUR", "SYR")}),
    # a verbal reaction takes the doer of its after-clause as target (~cause)
    ("Japan protested after Chinese missiles landed in its exclusive economic zone.", {("ACCUSE", "JPN", "CHN")}),
    # the reporter of a sentence is not the act's other side (Thai police): the Karen stronghold's people
    # are Myanmar's (demonyms.tsv since round 22, a45), a domestic act
    ("Burmese troops captured a Karen stronghold on the border on Monday, Thai police said.",
     {("ASSAULT", "MMR", "MMR")}),
    # obligations by verbs of need; the act obliged is not coded as done
    ('Erdogan cited the treaty and said, "NATO members need to stand by us."', {("REQUEST", "TUR", "NATO")}),
    ("The Russian foreign minister said Ukraine has to withdraw its troops from the border.",
     {("REQUEST", "RUS", "UKR")}),
    # counting on an actor to act is an appeal
    ("NATO Secretary-General Jens Stoltenberg said he counted on Turkey to act with restraint.",
     {("REQUEST", "NATO", "TUR")}),
    # a setting that names its own doer is an act; one whose doer would be borrowed is not
    ("The Kurdish fighters escaped following Turkish airstrikes on the camp.", {("ASSAULT", "TUR", None)}),
    ("Bosnia and Slovenia agreed to a ceasefire after two days of fierce fighting.", {("AGREE", "BIH", "SVN")}),
    # joining a military coalition is military cooperation with its leader
    ("Australia joined the US-led naval coalition to protect shipping in the Gulf.", {("COOPERATE", "AUS", "USA")}),
    # a court striking down or overturning an act rejects it (never an attack or a concession)
    ("Russia's Supreme Court struck down the law.", {("REJECT", "RUS", None)}),
    # an unplaced doer with a sector takes the one country its sentence names (~context)
    ("According to Syrian state media, government forces began deploying into the Kurdish-held town.",
     {("MOBILIZE", "SYR", "SYR")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "c", DATE)


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_case(coded, number):
    assert rows(coded[number]) == CASES[number][1]


def test_the_context_rules_name_themselves_in_the_rule(coded):
    rules = {e.rule for article in coded for e in article.events}
    assert any(r.endswith("~article") for r in rules) and any(r.endswith("~cause") for r in rules)
    assert any(r.endswith("~context~domestic") for r in rules)
