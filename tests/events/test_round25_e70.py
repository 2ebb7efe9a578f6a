"""Issue 13 round 25 (branch e70): the one trigger class seen in at least three tune/dev articles that no
entry codes, counted across all tune/dev material (gold/events/NOTES-e70.md). Each case is made up and
coded by the whole pipeline; the expected set is the text's whole output as ``(type, source country,
target country or None)``.

- ``triggers.tsv verb:LEMMA+control-place`` (and ``-of-place``, ``-over-place``): taking, seizing, gaining,
  regaining, (re)establishing, assuming or wresting control of or over a place (a named place, or a
  ``$captured_places`` noun) is taking it by force, ASSAULT 190 as ``verb:capture+place``; the place as the
  object's "of" / "over" phrase or hung on the verb by the parser; a partitive ("most of", "parts of") is
  read through (``triggers.PARTITIVES``), and "control over" is an "of" phrase (``triggers.OVER_NOUNS``);
- the place (through a partitive too) is the target (targets ``of,over,from``), not the one foreign country
  the sentence names; for a source read off the place (``~place``), the place controlled is the act's
  argument (``triggers.controlled``, ``context.context_targets``: ``~domestic``), not the word "control";
- round 25 review mends (f70): seize, wrest and grab keep no -body none rows (a coup keeps ``verb:seize``);
  assume has no place rows (a handover); the places are ``$controlled_places`` (no area, port, airport); control
  won in a vote or taken by a party, opposition, company, legislature or civilians is dropped
  (``conventions.control_won``);
- controls: control of a body won by a vote (``$governed_bodies``: none), of a company, of a thing, a
  control that is no act.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-03-10"
CASES = [
    # active verbs of the class, the place an object's "of" or "over" phrase, a named place or a noun
    ("Russian troops seized control of the Ukrainian city of Kherson.", {("ASSAULT", "RUS", "UKR")}),
    ("The Syrian army took full control of Palmyra after heavy fighting.", {("ASSAULT", "SYR", "SYR")}),
    ("Iraqi forces regained control over the city of Mosul.", {("ASSAULT", "IRQ", "IRQ")}),
    ("Malian rebels gained control of three towns in northern Mali.", {("ASSAULT", "MLI", "MLI")}),
    # the place read through a partitive; the "of" phrase hung on the verb by the parser
    ("Syrian troops take control of most of the Aleppo countryside.", {("ASSAULT", "SYR", "SYR")}),
    # the place is the target, not another country the sentence names
    ("Backed by Iranian militias, Syrian troops regained control over the city of Aleppo.", {("ASSAULT", "SYR", "SYR")}),
    # a doer the text does not place: the place's country, the place acted on (as "captured the towns", ~domestic)
    ("The United Front for Change gained control of the towns of Abeche and Biltine in Chad.",
     {("ASSAULT", "TCD", "TCD")}),
    # coordination with an attack verb; the passive voice
    ("Chadian rebels attacked and seized control of two villages near the border of Sudan.",
     {("ASSAULT", "TCD", "SDN")}),
    ("Control of the town was taken by Houthi fighters.", {("ASSAULT", "YEM", "YEM")}),
    # controls: control of a body won by a vote; of a company; of a thing; control as no act
    ("The Republicans gained control of the city council in Houston.", set()),
    ("The Democrats took control of the Senate.", set()),
    ("The Japanese investor took control of the company after the vote.", set()),
    ("He took control of the ball and scored.", set()),
    ("The Kenyan government controls the town of Garissa.", set()),
    # round 25 review mends (f70). A coup or storming keeps verb:seize: no -body none row for seize, wrest, grab
    ("The military seized control of the government in a coup in Niger.", {("COERCE", "NER", "NER")}),
    ("Protesters seized control of the parliament in Baghdad.", {("PROTEST", "IRQ", "IRQ")}),
    ("Hamas seized control of the Fatah-run government in Gaza in 2007.", {("COERCE", "PSE", "PSE")}),
    # control won in a vote, or taken by a party, an opposition or a company, is no attack (conventions.control_won)
    ("Turkey's opposition gained control of Istanbul and Ankara in the local elections.", set()),
    ("The far-right AfD took control of the town of Sonneberg in Germany after the vote.", set()),
    ("The Greens gained control of the town in the municipal elections in Austria.", set()),
    ("China's Cosco took control of the port of Hambantota in Sri Lanka.", set()),
    ("The company took control of the port of Piraeus in Greece.", set()),
    # control of an area by police, rescuers, authorities: no area, port, airport in $controlled_places
    ("Police took control of the area around the stadium in London.", set()),
    ("Firefighters took control of the area after the explosion in Beirut.", set()),
    ("Authorities in Kenya took control of the area after the floods.", set()),
    # assuming control is a handover: no assume+control place rows
    ("The Palestinian Authority assumed control of Jericho under the Oslo accords.", set()),
    ("The UN will assume control of the territory under the peace deal.", set()),
    # controls: an armed doer taking a place keeps its row; a vote after the control is no vote it was won in
    ("Palestinian militants seized control of Jericho.", {("ASSAULT", "PSE", "PSE")}),
    ("Syrian rebels regained control of the town of Kobani.", {("ASSAULT", "SYR", "SYR")}),
    ("Libyan rebels gained control of the city of Sirte before the elections.", {("ASSAULT", "LBY", "LBY")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r25e70", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round25_e70(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_rule_names(coded):
    """The evidence convention: each new row names its entry."""
    assert [e.rule for e in coded[0].events] == ["verb:seize+control-place"]
    assert [e.rule.split("~")[0] for e in coded[2].events] == ["verb:regain+control-place"]
    assert [e.rule.split("~")[0] for e in coded[4].events] == ["verb:take+control-of-place"]
