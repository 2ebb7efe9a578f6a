"""Issue 13 round 18 (branch e54): recall classes read on a local tune half of BBC politics news
(2004-2005, read locally, never quoted). Each case is made up and coded by the whole pipeline; the
expected set is the sentence's whole output as ``(type, source country, target country or None)``.

- the main British parties by the names British news gives them ("the Tories", "the Lib Dems",
  "Labour", "the SNP"), British state bodies named with no country word ("the Home Office", "the
  Scottish Executive", "the law lords") and trade unions ("Unison", "the TUC"):
  ``actors/data/organisations.tsv``, section "issue 13 round 18";
- ``verb:question+decision``: questioning a decision, its timing or its wisdom is criticism (ACCUSE);
  ``verb:question+officials``: officials questioned (by a committee) are questioned as in an inquiry;
  ``verb:liaise+with``: liaising with a group is consulting it (CONSULT);
- ``nonevents.verbal_attack``: an attack whose doers are all parties or legislators, or whose object
  is a thing one did or said ("attacked Tory plans"), is criticism (ACCUSE ``~verbal``);
- ``events/judgements.py``: a condemning judgement reported by a saying verb ("said the minister's
  remarks were irresponsible", "said the plan was misdirected") is criticism of the judged act's
  owner (ACCUSE 111, entries ``...+judged``); not an extraposed "it was wrong to", a negated or modal
  judgement, a judged subject that is no one's act ("the situation") or a claim (a denial);
- idioms of verbal attack (``verb:round+on``, ``verb:brand``, ``verb:pour+scorn``) and criticism undergone
  (``verb:come+under+fire``, ``verb:face+criticism``: the ``from`` object criticises the subject; not under
  fire where an armed side or violence is told, ``judgements.armed_fire``)."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2005-03-01"
CASES = [
    # British parties, bodies and unions named with no country word
    ("The Tories criticised the Home Office over the delays.", {("ACCUSE", "GBR", "GBR")}),
    ("The Lib Dems urged the Scottish Executive to publish the report.", {("REQUEST", "GBR", "GBR")}),
    ("Unison threatened to strike over the pension plans of the Cabinet Office.", {("THREATEN", "GBR", "GBR")}),
    # control: a country named before the party's name is the party's country
    ("Norway's Labour Party criticised the Swedish government.", {("ACCUSE", "NOR", "SWE")}),
    # questioning a decision or its timing is criticism; a body's officials questioned by MPs
    ("The Conservative Party questioned the timing of the Home Office decision.", {("ACCUSE", "GBR", "GBR")}),
    ("Home Office officials will be questioned by the Commons committee.", {("ACCUSE", "GBR", "GBR")}),
    # control: questioning a forecast is no act of the list
    ("The Tories questioned the weather on Tuesday.", set()),
    # liaising with a group is consulting it
    ("The Metropolitan Police liaised with Unison before the march.", {("CONSULT", "GBR", "GBR")}),
    # an attack by a party, or on a plan, is criticism
    ("The Tories attacked the Home Office over the waiting lists.", {("ACCUSE", "GBR", "GBR")}),
    ("The French president attacked German plans to cut farm subsidies.", {("ACCUSE", "FRA", "DEU")}),
    # controls: armed doers attack with arms
    ("Russian troops attacked a Georgian village near the border.", {("ASSAULT", "RUS", "GEO")}),
    ("The army attacked the headquarters of the Kenyan opposition party.", {("ASSAULT", "KEN", "KEN")}),
    # a reported condemning judgement: the speaker criticises the judged act's owner
    ("The French opposition said the Italian minister's remarks were irresponsible.", {("ACCUSE", "FRA", "ITA")}),
    ("Amnesty International said the Egyptian court's verdict was unjust.", {("ACCUSE", "AMN", "EGY")}),
    ("The Dutch foreign minister said the Belgian proposal was misdirected.", {("ACCUSE", "NLD", "BEL")}),
    ("The Swedish premier said the Danish plan was ill-advised.", {("ACCUSE", "SWE", "DNK")}),
    # controls: an extraposed "it was wrong to", a negated judgement, a situation judged
    ("The French foreign minister said it was wrong to suggest that Germany had lied.", set()),
    ("The French foreign minister said the Italian plan was not wrong.", set()),
    ("The Spanish interior minister said the situation in the camps was unacceptable.", set()),
    # control: judging the accusations against oneself denies them (no event)
    ("The Iranian government said the accusations about the attacks in Saudi Arabia were unacceptable.", set()),
    # idioms of verbal attack; a subject under fire or criticised from someone is the target
    # ("Tories" alone is also Canada's: since the merge with q38 a party name's country comes from the article)
    ("The British Tories rounded on the French president over the tax rises.", {("ACCUSE", "GBR", "FRA")}),
    ("The Lib Dems branded the French minister's plan a gimmick.", {("ACCUSE", "GBR", "FRA")}),
    ("The Spanish opposition poured scorn on the Italian minister's claims.", {("ACCUSE", "ESP", "ITA")}),
    ("The French minister came under fire from the Spanish government over the plans.", {("ACCUSE", "ESP", "FRA")}),
    ("The French government faced criticism from the German chancellor over the plans.", {("ACCUSE", "DEU", "FRA")}),
    # controls: a product branded; troops under fire are shot at, not criticised
    ("The company branded its new phones for the French market.", set()),
    ("French troops came under fire from rebels near the Malian border.", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r18e54", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round18_e54(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_verbal_attack_rule(coded):
    """The party's attack says it was recoded as words (``~verbal``)."""
    events = coded[8].events
    assert events and all(e.rule.endswith("~verbal") for e in events), [e.rule for e in events]
