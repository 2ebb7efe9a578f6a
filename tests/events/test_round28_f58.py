"""Round 28 review r28b (branch f58): bugs a read-only review proved in the merged round
(gold/events/NOTES-f58.md).

1. ``row_senses.called_election``: a government calling for elections in another country, named in
   the call's own phrase, presses that country (REQUEST kept); its own election stays dropped, and a
   country named in a clause joined to the call ("dissolves the House ... and calls for") is no target.
2. ``row_senses.attractive_appeal``: an appeal made, issued or launched, or one addressed ("for calm",
   "to donor countries"), is a request whatever its adjective ("personal", "national", "broad").
3. ``triggers.link_inner`` / ``context.context_targets``: welcoming "the news that X had done Y" keeps
   Y as a row of its own (an act reported done), and the welcome gets no target guessed from the
   sentence (never the victim of a passive: "the news that a commander had been killed").
4. ``victims.harmed_abroad``: the dead of a clause opened by "after", "before", "since" are another
   act's, not the target of the attack the sentence is about.
5. ``row_senses.plan_content``: a plan carried out ("carried out its plan to", "went ahead with its
   plan to", "proceeded with") is an act.

Each case is made up (the reviewer's made-up inputs, or new wording) and coded by the whole
pipeline; the expected set is the text's whole output as ``(type, source country, target country or
None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2020-02-01"
CASES = [
    # 1. elections abroad: a request of that country; controls: one's own election
    ("The US State Department called for free and fair elections in Venezuela.", {("REQUEST", "USA", "VEN")}),
    ("The German chancellor called for elections in Iraq to be held in January.", {("REQUEST", "DEU", "IRQ")}),
    ("The Spanish government called for a referendum on the constitution.", set()),
    ("The French government called for a vote on the new treaty.", set()),
    ("The Portuguese prime minister calls for early elections after his party's defeat in the European "
     "Parliament vote.", set()),
    ("The Thai prime minister dissolves the House of Representatives and calls for new elections to be held "
     "on April 2.", set()),
    # 2. appeals made or addressed; controls: appeal as attractiveness
    ("The Nigerian president made a national appeal for calm after the riots.", {("REQUEST", "NGA", None)}),
    ("The UN issued a broad appeal to donor countries for flood aid to Pakistan.", {("REQUEST", "UN", "PAK")}),
    ("The Kenyan president launched a nationwide appeal for blood donors.", {("REQUEST", "KEN", None)}),
    ("The Scottish party is trying to broaden its appeal.", set()),
    ("The Greek prime minister's popular appeal has faded since the crisis.", set()),
    # 3. welcomed news of an act done: the act is its own row; the victim of a passive is backed by no one
    ("Ukraine welcomed the news that Russian troops had withdrawn from Kherson.",
     {("RETREAT", "RUS", "UKR"), ("SUPPORT", "UKR", "RUS")}),
    ("Seoul welcomed the announcement that North Korea had freed two South Korean fishermen.",
     {("RETREAT", "PRK", "KOR"), ("SUPPORT", "KOR", "PRK")}),
    # an agentless passive tells no killer: no row at all, never the welcomers as killers (review r28e)
    ("Israeli officials welcomed the news that a Hamas commander had been killed in Gaza.", set()),
    # controls: news of a pledge stays the welcome's content; a decision welcomed
    ("The EU welcomed news that Norway will fund the project.", {("SUPPORT", "EU", "NOR")}),
    ("China welcomed Russia's decision to join the talks.", {("SUPPORT", "CHN", "RUS")}),
    # 4. another act's dead; controls: this attack's dead
    ("A car bomb exploded in Baghdad, two days after five Turkish engineers were killed in Mosul.",
     {("ASSAULT", None, "IRQ")}),
    ("A Turkish soldier died when a bomb exploded near a base in Idlib.", {("ASSAULT", None, "TUR")}),
    ("Five Pakistani soldiers are killed and one is injured by a bomb blast in Kashmir.", {("ASSAULT", None, "PAK")}),
    # 5. plans carried out; control: a plan talked about
    ("Israel carried out its plan to annex the Jordan Valley on Monday.", {("COERCE", "ISR", "JOR")}),
    ("The Swedish government proceeded with its plan to expel Russian diplomats.", {("SANCTION", "SWE", "RUS")}),
    ("The Spanish prime minister implemented his plan to impose tariffs on Moroccan goods.", {("SANCTION", "ESP", "MAR")}),
    ("The Chilean senators criticised the plan to expel Peruvian diplomats.", None),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r28f58", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_case(coded, i):
    if CASES[i][1] is None:  # a control: the plan talked about is no SANCTION
        assert not any(r[0] == "SANCTION" for r in rows(coded[i])), CASES[i][0]
        return
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]
