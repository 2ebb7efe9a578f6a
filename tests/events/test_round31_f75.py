"""Round 31 second review (r31e) of branch f71's mends to e92's guards, mended on branch f75
(gold/events/NOTES-f75.md).

Each case is made up (most are the review's own probes) and coded by the whole pipeline, the
expected set being the text's whole output as ``(type, source country, target country or None)`` rows:

- ``descriptions.endangered_thing``: a state's or people's word on a thing lets the threat through
  only for things that stand for the actor (sovereignty, independence ...); an economy, truce,
  stability, supplies or a person's position stay endangered, plural "positions" stays a target;
- ``spurious.raided_store``: a fund, coffers or reserves raided is a taking whoever raids them;
  only a place-like store (a reserve, the Treasury, a cellar) raided by a force is a raid;
- ``hypotheticals.predicted_act``: a hedged act stays a guess unless its reporter is a side of it
  (shares a country with its doer or object), never a commentator read through an apposition;
- ``hypotheticals.plan_part``: a plan announced is the act announced only when told as done and
  announced by the act's doer;
- ``hypotheticals.resolved_act``: committing a country to an act is a resolve; committing forces,
  ships or money allocates them."""

from __future__ import annotations

import pytest

from detente.events import hypotheticals
from tests.events.conftest import code_cases, rows

DATE = "2005-03-01"
CASES = [
    # bug 1: things of a state that do not stand for it are endangered, no one threatened
    ("Loyalist paramilitaries threatened the Northern Ireland peace process on Friday.", set()),
    ("Serb hardliners threatened Kosovo's fragile stability, the UN envoy said.", set()),
    ("The striking Nigerian oil workers threatened the Nigerian economy, the government said.", set()),
    ("Ukraine threatened European gas supplies, the European Commission said.", set()),
    ("Labour rebels threatened the prime minister's position over the war on Tuesday.", set()),
    ("Russia threatened Georgia's sovereignty on Monday.", {("THREATEN", "RUS", "GEO")}),
    ("Hezbollah threatened Israeli positions along the border on Monday.", {("THREATEN", "LBN", "ISR")}),
    # bug 2: money and goods stores raided by anyone; place-like stores raided by a force
    ("Pakistani army generals raided the earthquake relief fund to buy new weapons, officials said.", set()),
    ("Police chiefs in Kenya raided the police pension fund, auditors said on Monday.", set()),
    ("The border guards raided the customs service's coffers, the minister said.", set()),
    ("Zimbabwe's government raided the country's strategic grain reserve to feed the army.", set()),
    ("Police raided the Treasury in Monrovia on Tuesday, seizing documents.", {("COERCE", "LBR", "LBR")}),
    # bug 3: the reporter of a hedged act must be a side of it
    ("Iran will probably reject the European offer, said Ali Ansari, an Iran expert.", set()),
    ("Syria will probably withdraw its troops from Lebanon, said Patrick Seale, a British historian.", set()),
    ("Syria will probably withdraw its troops from Lebanon by April, the Saudi foreign minister said.", set()),
    ("China will probably veto the resolution, Human Rights Watch said.", set()),
    ("The United States will probably veto the resolution, a senior Western official said.", set()),
    ("Iranian Foreign Minister Kamal Kharrazi will probably visit Moscow next month, the Russian foreign ministry "
     "announced.", {("AGREE", "IRN", "RUS")}),
    # bug 4: an announcing verb negated, future, or a third party's plan
    ("Syria has not announced a timetable for the withdrawal of its troops from Lebanon.", set()),
    ("Syria never announced a timetable for the withdrawal of its troops from Lebanon.", set()),
    ("Syria will not announce a timetable for the withdrawal of its troops from Lebanon, the minister said.", set()),
    ("The EU unveiled a plan for the withdrawal of Syrian troops from Lebanon on Monday.", set()),
    ("France unveiled a proposal for the deployment of UN peacekeepers in Ivory Coast.", set()),
    # bug 5: a country committed to an act is a resolve
    ("Zapatero committed Spain to the withdrawal of its troops from Iraq by May.", set()),
    ("The new Spanish government committed the country to the withdrawal of its troops from Iraq.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round31f75", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]



@pytest.mark.parametrize(("text", "word", "resolved"), [
    ("Madrid committed Spain to the withdrawal of the troops.", "withdrawal", True),
    ("The cabinet committed the country to the defence of the island.", "defence", True),
    ("The alliance committed 300 soldiers to the defence of the island.", "defence", False),
    ("The donors committed $5m to the reconstruction of the port.", "reconstruction", False),
    ("The navy committed warships to the blockade of the port.", "blockade", False),
])
def test_resolved_act_objects(nlp, text, word, resolved):
    token = next(t for t in nlp(text) if t.text == word)
    assert hypotheticals.resolved_act(token) is resolved


def test_pronoun_reporter_resolved():
    """Bug 6: a pronoun reporter the actors stage resolves to a side of the act ("he": the Iranian
    negotiator of the sentence before) reports its own hedged act; "they" (read as the clause's own
    subject) and a "he" with no person before it do not."""
    kept, dropped, unnamed = code_cases([
        ("Iranian negotiator Hassan Rowhani met EU envoys in Paris. Iran will perhaps resume talks with the EU in "
         "March, he said.",),
        ("Syria will probably withdraw its troops from Lebanon by April, they said.",),
        ("Syria will probably withdraw its troops from Lebanon by April, he said.",)], "round31f75p", DATE)
    assert ("AGREE", "IRN", "EU") in rows(kept)
    assert rows(dropped) == rows(unnamed) == set()
