"""Issue 13, round 32 (branch e96): a speaker's stated opinion of another actor, told with no act
word (``events/opinions.py``, gold/events/NOTES-e96.md).

The speaker of a quote (direct or reported; the quotes stage's attribution and resolved actor) is the
source; the actor the judgement is predicated of -- the clause's subject, or the owner of an act or
policy subject ("the German plan") -- is the target; the word's polarity (``data/opinions.yaml``, and
the negative words of ``semantics.yaml judgements``) gives ACCUSE 111 (failure: "has failed", "let the
country down"; distrust: "cannot be trusted"; a condemning word in a sentence of a quote the saying verb
does not govern) or SUPPORT 051 (praise: "has done an excellent job", "is wise", "good news"). One row
per quote; the rule name ``opinion:<word>`` is the row's evidence.

Controls: no row when the polarity is unclear (a negation, a modal, a question, a condition), when the
judged thing is no actor's ("the situation", "the talks with Germany"), when the judged side is the
speaker's own ("we have failed"), or for failing at a task ("failed to qualify").

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is the
text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # failure and distrust, direct and reported
    ('"The German government has failed," the French foreign minister said.', {("ACCUSE", "FRA", "DEU")}),
    ("The French foreign minister said the German government had failed.", {("ACCUSE", "FRA", "DEU")}),
    ("The French foreign minister said Germany cannot be trusted.", {("ACCUSE", "FRA", "DEU")}),
    ("The Italian finance minister said the Spanish government had lost the confidence of the markets.",
     {("ACCUSE", "ITA", "ESP")}),
    ("The Italian minister said there was a deep lack of trust in the Spanish government.", {("ACCUSE", "ITA", "ESP")}),
    ("The Italian minister said voters had a lack of confidence in the Spanish government.",
     {("ACCUSE", "ITA", "ESP")}),
    ('"The Dutch government has let farmers down," the Belgian farm minister said.', {("ACCUSE", "BEL", "NLD")}),
    # praise
    ('"The Greek government has done an excellent job," the German chancellor said.', {("SUPPORT", "DEU", "GRC")}),
    ("The Italian prime minister said the Spanish decision was good news.", {("SUPPORT", "ITA", "ESP")}),
    ('"Russia\'s proposal is wise," the Chinese foreign minister said.', {("SUPPORT", "CHN", "RUS")}),
    # a judgement word in a sentence of a quote its saying verb does not govern
    ('The French foreign minister met his German counterpart in Paris. "The German plan is a mistake. It will '
     'hurt Europe," he said.', {("CONSULT", "FRA", "DEU"), ("ACCUSE", "FRA", "DEU")}),
    # controls: unclear polarity, no actor judged, the speaker's own side, a failed task
    ('"If the German government fails, Europe will suffer," the French foreign minister said.', set()),
    ('"Would the German plan be a mistake?" the French foreign minister asked.', set()),
    ('"The German government has not failed," the French foreign minister said.', set()),
    ('"The German plan would be a mistake," the French foreign minister said.', set()),
    ('"The situation is hopeless," the French foreign minister said.', set()),
    ('"The talks with Germany were a failure," the French foreign minister said.', set()),
    ('"We have failed," the French foreign minister said.', set()),
    ("The Italian minister said there was no lack of trust in the Spanish government.", set()),
    ('"The German team failed to qualify," the French foreign minister said.', set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round32e96", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


def test_rows_name_their_rule(coded):
    found = {e.rule for article in coded for e in article.events if e.type in ("ACCUSE", "SUPPORT")}
    assert found == {"opinion:fail", "opinion:trust", "opinion:let", "opinion:lose", "opinion:lack", "opinion:do", "opinion:news", "opinion:wise",
                     "opinion:mistake"}
