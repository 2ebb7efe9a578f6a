"""Issue 13 round 22, merge review: this round's event rules held to what their comments say. Made-up
cases coded by the whole pipeline, as ``(type, source country, target country or None)``.

- ``unheld.stance`` (e63): opposing a proposal that names someone, or a nominalised act ("Turkey's entry
  into the EU", "the admission of Ukraine to NATO", "a two-state solution"), is still a REJECT; only a
  state of affairs with no one in it ("the police state") is a stance;
- ``triggers.link_inner`` (e61): a reporting verb conjoined to a warning or a demand reports that act's
  content ("warned Ukraine and said it would strike Kyiv" is one threat, CAMEO 138), while a conjoined
  verb that reports nothing is still an act of its own ("met X and expressed his willingness to help");
- ``semantics.carried_negation`` (e63): "didn't just try to seize Kyiv" denies no seizure;
- ``context.place_targets`` (e62): a withdrawal's place is where it happened ("pulled back in Gaza"), not
  where the troops went ("into Kuwait");
- ``noun:alert+on`` (e61): "in an alert issued on Tuesday" is an advisory, no mobilisation.

A second review of the merge narrowed three of these mends (a reporting verb reports a threat's or a
demand's content only when its clause is still to come; a focus adverb lifts a negation only between
the negation and its verb; only owners, modifiers and ``of``-objects name someone in what is opposed)
and ``actors.wars`` (a44/a46: "War" must end a war's name)."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2024-03-05"
CASES = [
    # opposing a proposal or act is a REJECT, with whoever the proposal names
    ("Israel opposed a two-state solution.", {("REJECT", "ISR", None)}),
    ("Greece opposed Turkey's entry into the European Union.", {("REJECT", "GRC", "TUR")}),
    ("Israel opposed the establishment of a Palestinian state.", {("REJECT", "ISR", "PSE")}),
    ("Turkey opposed the creation of a Kurdish autonomous region.", {("REJECT", "TUR", None)}),
    ("China opposed the transfer of weapons to Taiwan.", {("REJECT", "CHN", "TWN")}),
    ("Iran opposed any compromise with Washington.", {("REJECT", "IRN", "USA")}),
    ("Iran opposed the presence of US troops in Iraq.", {("REJECT", "IRN", "USA")}),
    ("China strongly opposes Japan's militarisation.", {("REJECT", "CHN", "JPN")}),
    # control: a state of affairs with no one in it stays a stance
    ("The opposition party opposes the police state.", set()),
    # a reporting verb conjoined to a warning or demand reports its content
    ("Russia warned Ukraine on Monday and said it would strike government buildings in Kyiv.",
     {("THREATEN", "RUS", "UKR")}),
    ("Iran threatened Israel and said it would attack Tel Aviv if Israel struck Iranian soil.",
     {("THREATEN", "IRN", "ISR")}),
    ("The EU demanded that Russia withdraw its troops and said it would impose new sanctions on Moscow.",
     {("REQUEST", "EU", "RUS")}),
    # control: a conjoined verb that reports nothing is an act of its own (e61)
    ("The Turkish president met the Greek prime minister in Ankara and expressed his willingness to help Greece.",
     {("CONSULT", "TUR", "GRC"), ("AGREE", "TUR", "GRC")}),
    # a negation narrowed by "just" denies nothing; the plain negation still does
    ("Russia didn't just try to seize Kyiv; it besieged the city for weeks.", {("ASSAULT", "RUS", "UKR")}),
    ("Russia did not try to seize Kyiv.", set()),
    # a withdrawal's place: where it happened, not where the troops went
    ("US troops pulled back across the border into Kuwait.", {("RETREAT", "USA", None)}),
    ("Israeli troops pulled back in Gaza on Sunday.", {("RETREAT", "ISR", "PSE")}),
    # second review: a reporting verb conjoined to an act that is no threat or demand, or reporting an act
    # done, leaves that act its own row
    ("Israel agreed to the truce and said it had withdrawn its troops from Gaza.",
     {("AGREE", "ISR", None), ("RETREAT", "ISR", "PSE")}),
    ("Russia accused Ukraine of shelling and said its forces had shot down ten drones.",
     {("ACCUSE", "RUS", "UKR"), ("ASSAULT", "RUS", None)}),
    # second review: a focus adverb before the negation does not lift it
    ("Israel simply did not try to attack Hamas.", set()),
    ("Russia just did not manage to attack Ukraine.", set()),
    # second review: a place the opposed state of affairs happens in names no one
    ("Britain opposed the rise in violence in Gaza.", set()),
    # second review: a body whose name holds "War" keeps its country; a war's name still names no actor
    ("Ukraine War Crimes Commission accused Russia of torture.", {("ACCUSE", "UKR", "RUS")}),
    ("The British War Office accused Germany of spying.", {("ACCUSE", "GBR", "DEU")}),
    ("Kuwait accused Iraq of starting the Gulf War.", {("ACCUSE", "KWT", "IRQ")}),
    # an alert issued is an advisory
    ("In an alert issued on Tuesday, the US State Department warned Americans against travel to Lebanon.",
     {("THREATEN", "USA", "LBN")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r22merge", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round22_merge(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_the_threat_is_the_warnings_content(coded):
    """The warning's row carries the strike as its content (CAMEO 138, threaten with force)."""
    assert [e.cameo for e in coded[9].events] == ["138"]
