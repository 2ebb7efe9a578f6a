"""Issue 13, round 29 (branch e84): verbal conflict told without a criticism word
(gold/events/NOTES-e84.md).

- Blame laid at a door as a light-verb idiom ("laid / placed / pinned the blame on X", "pointed the
  finger at X": ACCUSE 112) and attacks in debate as idioms or strong verbs ("tore into", "laid into",
  "took aim at", "excoriated", "pilloried", "upbraided", "harangued", "savaged": ACCUSE 111):
  ``triggers.tsv`` entries that need the idiom's noun or an actor after "into".
- A legal challenge told as challenging or contesting something in a court (ACCUSE 115): the
  ``objin=`` requirement reads the court whether the parser hangs it on the verb or on its object.
- Reported deceit and harm (``rules.reported_wrongdoing``, ``semantics.yaml wrongdoing``): "X
  claimed Y misled parliament", "said Y lied", "said Y's remarks undermined the talks" -> ACCUSE 112
  from the speaker to the doer (the subject itself, its possessor or modifier, or a passive's agent);
  so is a threat posed ("said Y poses a threat to the region").

Controls: the idioms' other senses (a wreath laid, groundwork laid, a storm tearing into a coast, the
blame taken), a negated or self-accusing clause, a doer only behind a preposition ("sanctions against
Y"), harm with no actor doing it, "poses no threat", a clause under another verb than the saying one
("said it was wrong to suggest that Y lied").

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # blame laid at a door
    ("Germany laid the blame on Russia for the failure of the talks.", {("ACCUSE", "DEU", "RUS")}),
    ("The German chancellor placed the blame for the crisis squarely on Russia.", {("ACCUSE", "DEU", "RUS")}),
    ("Germany pinned the blame on Russia.", {("ACCUSE", "DEU", "RUS")}),
    ("Russia pointed the finger at Ukraine over the blast.", {("ACCUSE", "RUS", "UKR")}),
    # attacks in debate
    ("The German chancellor took aim at Russia over the war.", {("ACCUSE", "DEU", "RUS")}),
    ("The German chancellor tore into Russia over the war.", {("ACCUSE", "DEU", "RUS")}),
    ("The German chancellor laid into Russia over the war.", {("ACCUSE", "DEU", "RUS")}),
    ("The German chancellor excoriated Russia.", {("ACCUSE", "DEU", "RUS")}),
    ("The German chancellor pilloried Russia's handling of the crisis.", {("ACCUSE", "DEU", "RUS")}),
    ("The German chancellor upbraided Russia.", {("ACCUSE", "DEU", "RUS")}),
    ("The German chancellor harangued Russia.", {("ACCUSE", "DEU", "RUS")}),
    ("The German opposition savaged the German government's budget.", {("ACCUSE", "DEU", "DEU")}),
    # a legal challenge in a court
    ("Welsh farmers are challenging the British government's new rules in the High Court.", {("ACCUSE", "GBR", "GBR")}),
    ("The German opposition contested the German government's decision in court.", {("ACCUSE", "DEU", "DEU")}),
    # reported deceit and harm
    ("France claimed that Britain had misled the public.", {("ACCUSE", "FRA", "GBR")}),
    ("France said Britain had lied about the deal.", {("ACCUSE", "FRA", "GBR")}),
    ("France said Britain had betrayed Europe.", {("ACCUSE", "FRA", "GBR")}),
    ("France said the public had been misled by Britain.", {("ACCUSE", "FRA", "GBR")}),
    ("France said Britain's remarks had undermined the talks.", {("ACCUSE", "FRA", "GBR")}),
    ("Britain misled the public, France said.", {("ACCUSE", "FRA", "GBR")}),
    ("Israel said Iran poses a threat to the region.", {("ACCUSE", "ISR", "IRN")}),
    ("Israel said Iran represents a danger to the region.", {("ACCUSE", "ISR", "IRN")}),
    # controls: other senses of the idioms' verbs
    ("The storm tore into the German coast.", set()),
    ("The German president laid a wreath in Warsaw.", set()),
    ("Germany laid the groundwork for talks with Russia.", set()),
    ("The German minister pointed at Russia on the map.", set()),
    ("The German chancellor took the blame for the failure.", set()),
    # controls: no accusation in the reported clause
    ("France said Britain had not misled the public.", set()),
    ("France said it had misled the public.", set()),
    ("France said sanctions against Russia would endanger Europe's energy supply.", set()),
    ("France said the floods had undermined the harvest.", set()),
    ("The Kurdish leader said the Kurds lay claim to the city.", set()),
    ("Israel said Iran poses no threat to the region.", set()),
    ("American doctors said the American president no longer posed a risk of spreading the virus.", set()),
    ("The report said the storm poses a threat to the coast.", set()),
    ("France did not say that Britain had misled the public.", set()),
    ("The French foreign minister said it was wrong to suggest that Germany had lied.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round29e84", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]
