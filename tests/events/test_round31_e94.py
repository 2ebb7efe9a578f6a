"""Issue 13, round 31 (branch e94): verbal events, the other side of a bare promise
(gold/events/NOTES-e94.md).

- A promise, pledge or offer with no act word inside (``verb:promise``, ``verb:pledge``, ``verb:offer``
  coding AGREE with mode ``intend`` on their own) is made to its dative, a passive subject that is a
  side, its direct object's phrase or the object of its own "to" / "for" / "with"
  (``events/pledges.py``). The actors named inside the promised content -- the that-clause's subject
  ("promised that British aid would ..."), a participle's or infinitive's object ("pledged converting
  the Greek church") -- are what is promised, not a party to it, and a bare promise takes no target
  from the sentence or the story (``~domestic``, ``~sentence``, ``~homeside``).

- A warning or promise told as a that-clause whose subject is the speaker's own state (the country,
  its government or forces) names the doer of the warned or promised act, not its target
  (``pledges.own_state_doers``, rule suffix ``~ownstate``): the act's own objects are the target
  ("warned that Russia could fire on American ships" -> USA; "Russia warned that it could fire on
  NATO convoys" -> NATO), else the row has none ("warned that Iran would respond to any attack").

- A commitment to a side, said with a light verb ("reaffirmed its commitment to NATO"), is SUPPORT 050
  (``noun:commitment+@actor``), as PETRARCH2 codes "reaffirm * COMMITMENT"; a commitment to a
  thing or an act ("to peace", "to cut emissions") is no backing of anyone.

Controls: a promise to do an act keeps that act's target ("promised aid to Ukraine", "pledged to work
with the new Israeli government"); the one promised to ("promised Ukraine that ...", "promised the
Ugandan leader that ...", "Ukraine was promised ..."); the side an infinitive acts on ("undertook to
respect the sovereignty of Chad", "pledged to respect Uganda's borders"); a sum pledged to or for a side; a dative the
parser joins to the object ("offered Ukrainian refugees shelter"); a that-clause subject of another
country ("warned that Ukraine would pay a heavy price") or of another sector of the speaker's country
("the opposition leader warned that the government would ...").

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # a bare promise: the content's actors are no side
    ("British aid for the flood victims will not come out of the African budget, the Italian prime minister "
     "has promised.", {("AGREE", "ITA", None)}),
    ("The Turkish president pledged converting the museum, formerly a Greek church, back into a mosque.",
     {("AGREE", "TUR", None)}),
    ("The Kenyan president promised that Ugandan traders would pay lower fees.", {("AGREE", "KEN", None)}),
    # controls: the one promised to, or a promised act's own target
    ("The Russian president promised aid to Ukraine.", {("AGREE", "RUS", "UKR")}),
    ("The Russian president promised Ukraine that the troops would leave.", {("AGREE", "RUS", "UKR")}),
    ("The Kenyan president promised the Ugandan leader that the border would stay open.", {("AGREE", "KEN", "UGA")}),
    ("Ukraine was promised more weapons by the German chancellor.", {("AGREE", "DEU", "UKR")}),
    ("The Egyptian army chief pledged to work with the new Israeli government.", {("AGREE", "EGY", "ISR")}),
    ("Sudan undertook to respect the sovereignty of Chad.", {("AGREE", "SDN", "TCD")}),
    ("The Kenyan president pledged to respect Uganda's borders.", {("AGREE", "KEN", "UGA")}),
    ("The French president pledged $1 billion to Ukraine.", {("AGREE", "FRA", "UKR")}),
    ("The French president pledged $1 billion for Ukraine.", {("AGREE", "FRA", "UKR")}),
    ("The Japanese prime minister offered Ukrainian refugees shelter.", {("AGREE", "JPN", "UKR")}),
    # the speaker's own state as the doer of the warned or promised act
    ("The Russian president warned that Russia could fire on any American ships in the Black Sea.",
     {("THREATEN", "RUS", "USA")}),
    ("The Iranian president warned that Iran would respond to any attack.", {("THREATEN", "IRN", None)}),
    ("The Russian president warned that Russia would retaliate.", {("THREATEN", "RUS", None)}),
    ("China warned that it would strike American warships in the strait.", {("THREATEN", "CHN", "USA")}),
    ("Russia warned that it could fire on NATO arms convoys bound for Ukraine.", {("THREATEN", "RUS", "NATO")}),
    ("The British prime minister promised that Britain would send troops to Ukraine.", {("AGREE", "GBR", "UKR")}),
    # controls: the clause's subject is another side
    ("The Russian president warned that Ukraine would pay a heavy price.", {("THREATEN", "RUS", "UKR")}),
    ("The Kenyan opposition leader warned that the Kenyan government would pay a heavy price.",
     {("THREATEN", "KEN", "KEN")}),
    # a commitment to a side
    ("The resolution also reaffirms the United States' commitment to NATO.", {("SUPPORT", "USA", "NATO")}),
    ("The German chancellor reiterated Germany's commitment to Ukraine.", {("SUPPORT", "DEU", "UKR")}),
    # controls: a commitment to no side
    ("The French president reaffirmed his commitment to peace.", set()),
    ("The Japanese government restated its commitment to cut emissions.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round31e94", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]
