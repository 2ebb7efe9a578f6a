"""Issue 13, round 31 (branch e92): rows that should not exist, part 3 (gold/events/NOTES-e92.md).

General classes of spurious rows counted on tune material, each dropped by one named guard:

- an act someone is committed or resolved to do (``hypotheticals.resolved_act``): "is committed to
  expelling the troops" -- a commitment, not the act;
- an act that is the content of a plan (``hypotheticals.plan_part``): "should present a strategy
  including the withdrawal of the troops", "the peace plan includes the withdrawal";
- an act foretold with an adverb of likelihood (``hypotheticals.predicted_act``): "will undoubtedly
  criticise the forecasts" -- a writer's guess, no act announced;
- a raid on a store of money or goods (``spurious.raided_store``): "raided the pension fund";
- "threaten" with a thing put at risk as object (``descriptions.endangered_thing``): "the plan
  threatens thousands of jobs" -- to endanger, no threat made;
- an act inside a charge (``hypotheticals.charged_content``): "a commander accused of planning
  attacks that killed 30 people" -- alleged;
- a deliberative body announcing its own sitting (``guards.lone_session``, extended): "the Senate
  announced it would meet on Monday";
- one attack told by a noun inside the doer phrase of its verb (``one_act._doer_phrase``): "a
  rebel bomb attack kills six soldiers" gives one row, not a doerless second one.

Controls: the same acts told as done, a plan carried out, an act announced without a hedge, a
commitment read as an adjective (the intent entry codes it), a threat hedged, a police raid.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from detente.events import hypotheticals
from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # a commitment: the act resolved on is not done; control: the act done
    ("The Ethiopian opposition is committed to expelling foreign troops.", set()),
    ("The Ethiopian government expelled the French ambassador on Monday.", {("SANCTION", "ETH", "FRA")}),
    # control: "committed" read as an adjective: the intent entry codes the commitment
    ("The Kenyan government remains committed to sanctioning the rebels.", {("THREATEN", "KEN", None)}),
    # an act in a plan's content: not done; controls: the act done, a plan carried out
    ("Kenya should present a clear strategy, including the withdrawal of Kenyan troops from Somalia.", set()),
    ("The Kenyan opposition called for an exit plan, including the phased withdrawal of Kenyan troops.",
     {("REQUEST", "KEN", "KEN")}),
    ("The peace plan includes the withdrawal of Ethiopian troops from Tigray.", set()),
    ("Ethiopian troops withdrew from Tigray on Monday.", {("RETREAT", "ETH", "ETH")}),
    ("The Ethiopian government implemented a plan for the withdrawal of its troops from Tigray.",
     {("RETREAT", "ETH", "ETH")}),
    # an act foretold with a hedge: no act; controls: the act done, the act announced, a hedged threat
    ("The German chancellor will undoubtedly criticise the forecasts and say that taxes will not rise.", set()),
    ("The German chancellor criticised the forecasts on Monday.", {("ACCUSE", "DEU", None)}),
    ("Kenya will expel the ambassador, the minister said.", {("THREATEN", "KEN", "KEN")}),
    ("The Ethiopian army will probably attack the rebels, the minister warned.", {("THREATEN", "ETH", "ETH")}),
    # a raid on a store of money or goods: no raid; controls: police raids
    ("The French finance minister raided the pension fund to pay for the tax cuts.", set()),
    ("The French government's raid on the reserves angered the unions.", set()),
    ("French police raided the offices of the newspaper.", {("COERCE", "FRA", "FRA")}),
    ("Greek police raided the homes of six activists in Athens.", {("COERCE", "GRC", "GRC")}),
    # one act told by its noun and its verb ("an attack kills"): the doerless row of the noun goes when
    # the verb's row has a country; control: no country anywhere keeps the one row
    ("A Jaish al-Adl suicide bomb attack kills six soldiers at a border post in southern Pakistan.",
     {("ASSAULT", "PAK", "PAK")}),
    ("A suicide bomb attack kills six soldiers at a border post in southern Pakistan.", {("ASSAULT", None, "PAK")}),
    # "threaten" a thing put at risk: endangering, no threat; controls: a threat with a harm, to a country, to lives
    ("The Kenyan government's plan threatens thousands of jobs, the unions said.", set()),
    ("The Ethiopian army's advance threatens the peace process.", set()),
    ("The Kenyan MP said the jobs that the new Kenyan tax threatens were in farming.", set()),
    ("The Ethiopian government threatened the rebels with air strikes.", {("THREATEN", "ETH", "ETH")}),
    ("Russia threatened Ukraine on Monday.", {("THREATEN", "RUS", "UKR")}),
    ("Militants threatened the lives of Kenyan journalists.", {("THREATEN", "KEN", "KEN")}),
    # an act inside what someone is accused of: alleged; control: the killing of the commander stays
    ("Kenyan troops killed Omar Haddad, the senior al-Shabaab commander who was accused of planning several "
     "bomb attacks that killed 30 Kenyans.", {("ASSAULT", "KEN", "SOM")}),
    # a body announcing its own sitting: no meeting of sides; control: a meeting with a partner
    ("The Kenyan Senate announced it would meet on Monday.", set()),
    ("The Kenyan Senate said it would meet the Ugandan delegation on Monday.", {("AGREE", "KEN", "UGA")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round31e92", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]



@pytest.mark.parametrize(("text", "word", "foretold"), [
    ("Mr Grey will undoubtedly claim the forecasts are simply wrong.", "wrong", True),
    ("The minister would probably reject the offer.", "reject", True),
    ("The minister will reject the offer on Monday.", "reject", False),
    ("The minister probably rejected the offer.", "rejected", False),
])
def test_predicted_act(nlp, text, word, foretold):
    token = next(t for t in nlp(text) if t.text == word)
    assert hypotheticals.predicted_act(token, "ACCUSE" if word == "wrong" else "REJECT") is foretold


@pytest.mark.parametrize(("text", "word", "content"), [
    ("The rebels rejected a timetable for the release of the hostages.", "release", True),
    ("The minister discussed proposals on the deployment of troops.", "deployment", True),
    ("The rebels carried out a plan for the release of the hostages.", "release", False),
    ("The rebels announced the release of the hostages.", "release", False),
])
def test_plan_part(nlp, text, word, content):
    token = next(t for t in nlp(text) if t.text == word)
    assert hypotheticals.plan_part(token) is content
