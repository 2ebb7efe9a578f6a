"""Issue 13, round 30 (branch e90): verbal-conflict rows and type boundaries
(gold/events/NOTES-e90.md).

- A condemning noun as a predicate (``noun:<word>+predicate+judged``, the ``pred`` requirement,
  ``events/judgements.py``): "X said Y's plan was a betrayal / a mistake", "X called Y's move a
  blunder" -> ACCUSE 111 from the speaker to the judged phrase's owner (possessor, actor modifier,
  "by" / "of"); "mistake" and "blunder" join the condemning nouns. A negated saying verb ("did not
  say the plan was reckless") reports no judgement, for the adjectives too.
- Ratifying an agreement is AGREE 057 like signing one (``verb:ratify+agreement``,
  ``noun:ratification+agreement``); ratifying anything else is no agreement.
- Regret aimed at another side's act is disapproval (ACCUSE 110, ``verb:express+regret+disapproval``,
  the guard of ``events/disapproval.py``), not an apology; regret for one's own act or to someone
  stays the apology (SUPPORT 055).

- A warning whose clause tells, as a fact, what the target does or did is an allegation (ACCUSE 112,
  ``cautions.alleging_warning``, rule suffix ``~alleged``), not a threat; a harm to come ("would",
  "is going to"), an ultimatum ("warned Y to") or a target outside the clause's subject keeps THREATEN.
- A label noun the parser hangs as an apposition of a labelling verb's object with no comma ("called
  the president a dictator"), or after a dative ("labelled the PKK a terrorist group"), is the label
  it is (``rules.labelling_accusations``); "dub", "term", "deride", "portray" label too.

Controls: a noun of an outcome, not of conduct ("the plan was a failure": round 26's control), "was no mistake", an extraposed "it was a mistake to", a modal ("would be a mistake"), a
judged phrase that names no side in an owner's place ("the talks with Uganda", "the flooding in
Pakistan"), a judged thing with no actor ("the summit"), a negated saying verb.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # a condemning noun as a copula's predicate in reported speech
    ("The French foreign minister said the German plan was a betrayal.", {("ACCUSE", "FRA", "DEU")}),
    ("The French president said the German decision was a mistake.", {("ACCUSE", "FRA", "DEU")}),
    ("The Chinese foreign ministry said the American arms sale was a serious mistake.", {("ACCUSE", "CHN", "USA")}),
    ("The Greek prime minister said Turkey's decision was a grave mistake.", {("ACCUSE", "GRC", "TUR")}),
    ("The Kenyan opposition said the Kenyan government's handling of the floods was a scandal.",
     {("ACCUSE", "KEN", "KEN")}),
    # ... or of a labelling verb's object
    ("The French foreign minister called the German plan a betrayal.", {("ACCUSE", "FRA", "DEU")}),
    ("The French president described the German move as a blunder.", {("ACCUSE", "FRA", "DEU")}),
    # ratifying an agreement
    ("Ukrainian lawmakers ratified the trade agreement with the European Union.", {("AGREE", "UKR", "EU")}),
    ("The Kenyan parliament ratified the treaty with Uganda.", {("AGREE", "KEN", "UGA")}),
    ("The Kenyan parliament approved the ratification of the treaty with Uganda.", {("AGREE", "KEN", "UGA")}),
    # regret aimed at another side's act
    ("Brazil expressed regret over the Argentine decision.", {("ACCUSE", "BRA", "ARG")}),
    ("Brazil expressed regret over Argentina's decision to close the border.", {("ACCUSE", "BRA", "ARG")}),
    ("The Brazilian president voiced regret at the Argentine move.", {("ACCUSE", "BRA", "ARG")}),
    # controls: regret as an apology
    ("Brazil expressed regret to Argentina over the incident.", {("SUPPORT", "BRA", "ARG")}),
    ("Brazil expressed regret for the deaths of Argentine fishermen.", {("SUPPORT", "BRA", "ARG")}),
    # controls: no judgement of a named side
    ("The French president said the German decision was no mistake.", set()),
    ("The French president said it was a mistake to cut the budget.", set()),
    ("The French president said the German decision would be a mistake.", set()),
    ("The Kenyan president said the talks with Uganda were a blunder.", set()),
    ("The Kenyan president said the summit was a mistake.", set()),
    ("The Kenyan president said the Ugandan plan was a failure.", set()),
    ("The Indian minister said the flooding in Pakistan was a disaster.", set()),
    ("The French president did not say the German decision was a mistake.", set()),
    ("The French president did not say the German decision was reckless.", set()),
    ("The French president never said the German plan was a betrayal.", set()),
    # controls: ratifying what is no agreement
    ("The Kenyan parliament ratified the appointment of the new envoy.", set()),
    # a warning that tells what the target does or did: an allegation
    ("The French foreign minister warned that the German strategy was to weaken Europe.", {("ACCUSE", "FRA", "DEU")}),
    ("The French foreign minister warned that Germany was trying to weaken Europe.", {("ACCUSE", "FRA", "DEU")}),
    ("The French foreign minister warned that Germany had broken its promise.", {("ACCUSE", "FRA", "DEU")}),
    # controls: a harm to come, an ultimatum, the target not the clause's doer
    ("The French foreign minister warned that Russia would respond.", {("THREATEN", "FRA", "RUS")}),
    ("The French foreign minister warned that Germany is going to weaken Europe.", {("THREATEN", "FRA", "DEU")}),
    ("The French foreign minister warned Germany to stop its plan.", {("THREATEN", "FRA", "DEU")}),
    ("The French foreign minister warned Germany that its strategy was to weaken Europe.", {("THREATEN", "FRA", "DEU")}),
    # a label the parser hangs as a dative's predicate or an apposition, and labelling verbs of the judgements
    ("The Turkish president labelled the PKK a terrorist group.", {("ACCUSE", "TUR", "TUR")}),
    ("The Venezuelan president called the American president a dictator.", {("ACCUSE", "VEN", "USA")}),
    ("The Venezuelan president dubbed the American president a warmonger.", {("ACCUSE", "VEN", "USA")}),
    # controls: a true apposition (a comma), a verb that labels nothing
    ("The Venezuelan president called the American president, a former dictator, on Monday.", set()),
    ("The Venezuelan president met the American president, a former general.", {("CONSULT", "VEN", "USA")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round30e90", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]
