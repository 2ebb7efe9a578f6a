"""Issue 13, round 32 (branch e98): sides named only as the doer's colleagues (gold/events/NOTES-e98.md).

"Held talks with fellow ministers", "criticised her cabinet colleagues": the other side is the doer's
own body, of the doer's one country -- the government when the noun is ministerial, else the doer's
own sector (``colleagues.colleague_targets``, rule suffix ``~colleagues``). Read on the trigger's
arguments, on the nouns it is the "of" object of ("a series of criticisms about"), and on the light
verb of a nominal act ("held discussions with"). The row of a doer whose country was guessed from the
story keeps it: colleagues are people acted on (``coder.code_sentence``'s guessed-home guard).

Controls: doers of two countries (each other's partners, no colleagues), "fellow" before no role noun,
colleagues who only accompany the doer, a colleague noun that is the doer.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # a nominal consultation through its light verb, "fellow" + a role noun
    ("The Kenyan finance minister said he had held frank discussions with fellow ministers over the budget.",
     {("CONSULT", "KEN", "KEN")}),
    ("The Kenyan interior minister held talks with his cabinet colleagues on Monday.",
     {("CONSULT", "KEN", "KEN")}),
    # a verb whose object is the colleagues
    ("The Canadian foreign minister criticised her cabinet colleagues.", {("ACCUSE", "CAN", "CAN")}),
    ("The Kenyan opposition leader met fellow MPs in Nairobi on Friday.", {("CONSULT", "KEN", "KEN")}),
    # a nominal act inside a measure noun, its side in its own "about" phrase
    ("The Canadian minister made a series of criticisms about his cabinet colleagues.",
     {("ACCUSE", "CAN", "CAN")}),
    # a doer whose country is guessed from the story: the colleagues are people acted on, the row stays
    ("Kenya's budget was published on Monday. The finance minister said he had held frank discussions "
     "with fellow ministers over the plans.", {("CONSULT", "KEN", "KEN")}),
    # controls: doers of two countries are each other's partners
    ("Kenyan and Ugandan ministers held talks with their colleagues.", {("CONSULT", "KEN", "UGA")}),
]
NOT_COLLEAGUES = [
    # "fellow" before no role noun; colleagues as the doer; colleagues who only come along
    "The Kenyan minister met fellow travellers on the train.",
    "His cabinet colleagues criticised the Kenyan minister.",
    "The Kenyan minister visited his old school with colleagues.",
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round32e98", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


@pytest.mark.parametrize("text", NOT_COLLEAGUES)
def test_no_colleagues(text):
    article = code_cases([(text,)], "round32e98-not", DATE)[0]
    assert not any("~colleagues" in e.rule for e in article.events)


def test_colleagues_keep_their_words():
    """The colleagues' participant carries the words that named them, with the government sector."""
    article = code_cases([(CASES[1][0],)], "round32e98-words", DATE)[0]
    targets = [t for e in article.events if "~colleagues" in e.rule for t in e.target]
    assert [(t.text, t.country, t.sector) for t in targets] == [("his cabinet colleagues", "KEN", "GOV")]
