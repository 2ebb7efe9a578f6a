"""Issue 13, round 14: precision guards (``events/spurious.py``) for sports stories, rows
between firms and word senses of market, game, weather and election news -- a game won
("Italy beat Spain 31-27"), a vote won, a forecast or safety advice, a thing killed, rescued
or released, a state hoped for, a thing that appeals, a fact conceded, a participle describing a
noun, a firm's profits warning, the demand of a market, a reputation built up, and a
cooperative act between firms only. Each case is made up and coded by the whole pipeline; the
expected set is the sentence's whole output as ``(type, source, target)`` rows, with a control
beside each class that must stay coded. Every removal case gives a row on the commit before
this round."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, code_one, rows

DATE = "2024-03-01"
CASES = [
    # a game won is no assault; troops beating protesters is
    ("Italy beat Spain 31-27 in Rome on Sunday.", set()),
    ("The Brazilian striker stormed to victory in Madrid.", set()),
    ("The Chinese diver struck gold in Athens.", set()),
    ("Syrian troops beat protesters in Damascus.", {("ASSAULT", "SYR", "SYR")}),
    # a vote won is no assault
    ("Senator Smith narrowly beat Governor Jones in Ohio, and his aides expect an election recount.",
     set()),
    # a forecast or a safety advice threatens no one; a warning to a country stays
    ("The Canadian weather office warns of freezing drizzle and snow in Toronto tonight.", set()),
    ("The Canadian health agency is warning families not to eat the pork pies it recalled.", set()),
    ("The Indian minister warned Pakistan not to attack the border posts.", {("THREATEN", "IND", "PAK")}),
    # a warning that only says what something is assesses; a warning to a country stays
    ("Peace in Kashmir was the region's biggest test, the Indian prime minister warned.",
     set()),
    ("The Indian minister warned Pakistan that its army was a danger.", {("THREATEN", "IND", "PAK")}),
    # an event of one's own hosted meets no one; a president hosted is met
    ("The Tory leader will host a press conference in Leeds each evening of the campaign.", set()),
    ("The Kenyan president will host the Ugandan president in Nairobi next week.", {("AGREE", "KEN", "UGA")}),
    # a state of affairs gives nothing; a country providing troops does
    ("Ukraine's involvement in the EU would provide a useful bridge to Russia, the Polish minister added.", set()),
    # (the target was XKX while "Nato" written as a word was no actor; "the NATO mission" has
    # always been NATO, and so is "the Nato mission" since issue 14 round 14)
    ("Turkey will provide troops to the Nato mission in Kosovo.", {("AGREE", "TUR", "NATO")}),
    # what a law says is no act of the story; a law just passed, or an order just issued, keeps its act
    ("The French law banning headscarves in state schools is enforceable, the French education minister said.",
     set()),
    ("A challenge to the Spanish law banning bull fights has begun in the Spanish courts.", set()),
    ("The Iranian parliament passed a bill banning British imports.", {("COERCE", "IRN", "GBR")}),
    ("The British culture secretary called for the law that bans selling violent games to minors to be applied.",
     {("REQUEST", "GBR", None)}),
    ("The Russian government issued an order expelling 30 British diplomats.", {("SANCTION", "RUS", "GBR")}),
    # a barrage of words is no assault; jets bombarding villages are
    ("Angry British MPs bombarded the British minister with a flood of letters about the delay.", set()),
    ("Russian jets bombarded Chechen villages on Monday.", {("ASSAULT", "RUS", "RUS")}),
    # an intervention with no arms is no assault; a military intervention is
    ("The Tory MP said the British prime minister's intervention in the dispute was meant to calm voters.",
     set()),
    ("Saudi Arabia has led a military intervention in Yemen's civil war.", {("ASSAULT", "SAU", "YEM")}),
    ("Relations worsened after Russia's 2015 intervention in Syria.", {("ASSAULT", "RUS", "SYR")}),
    # a firm's profits warning is no threat
    ("The Japanese carmaker issued a second profits warning this year.", set()),
    ("The Japanese carmaker Toyota issued a profit warning on Friday.", set()),
    # a thing killed off is no assault; people killed are
    ("The Spanish government is hoping to kill off the long lunch break with a new working day.", set()),
    ("Syrian troops killed ten Kurdish fighters near Aleppo.", {("ASSAULT", "SYR", "SYR")}),
    # a product released is no release; sailors released are
    ("Iceland's government has released its own version of the national anthem.", set()),
    ("Iran released two British sailors.", {("RETREAT", "IRN", "GBR")}),
    # a thing rescued is no aid; refugees rescued are
    ("According to the Turkish president, pressure from Russia rescued the deal.", set()),
    ("The Mexican candidate promised to rescue the Mexican countryside from neglect.", set()),
    ("Turkish troops rescued Syrian refugees from the sea.", {("AID", "TUR", "SYR")}),
    # a state hoped for is no intent to cooperate; talks hoped for are
    ("Mexico never saw the gains in trade the Mexican government hoped for.", set()),
    ("The Japanese government hoped for a quick recovery of the economy.", set()),
    ("The Israeli prime minister hoped for peace talks with Syria.", {("AGREE", "ISR", "SYR")}),
    ("The Chinese and Indian leaders hoped for more stable relations.", {("AGREE", "CHN", "IND")}),
    # a pledge that appeals to voters is no appeal; an opposition appealing to the courts is
    ("The Indian prime minister's jobs pledge appealed to young voters in Delhi.", set()),
    ("The Kenyan opposition appealed to the Kenyan courts.", {("REQUEST", "KEN", "KEN")}),
    # a fact conceded is no concession; a town conceded is
    ("The Scottish government conceded that the new smoking law had problems.", set()),
    ("The European Commission spokeswoman conceded that the Irish plan had some weak points.", set()),
    ("The Ukrainian rebels conceded the town to the Ukrainian army.", {("CONCEDE", "UKR", "UKR")}),
    # a participle describing a noun is no act promised
    ("The Qatari government promised to end its widely criticised visa scheme.", set()),
    ("The Kenyan president pledged to reform the much-criticised police force.", set()),
    ("The Croatian government is investigating alleged crimes by Serbian soldiers.", {("ACCUSE", "HRV", "SRB")}),
    # a day is not whom one calls on, nor what one insists on; a call on a country, a call for
    # sanctions or an obligation insisted on is a request
    ("The British foreign secretary on Saturday called the Labour leader \"a disappointment\".", set()),
    ("The British foreign secretary on Saturday called on Iran to release the sailors.", {("REQUEST", "GBR", "IRN")}),
    ("The South African archbishop on Sunday called for sanctions against Nigeria.", {("REQUEST", "ZAF", "NGA")}),
    ("The Indian prime minister insisted on Tuesday that she had known nothing of the plan.", set()),
    ("The Indian prime minister insisted on Tuesday that Pakistan must withdraw its troops.",
     {("REQUEST", "IND", "PAK")}),
    # a question asked, or a request whose asker is unnamed, is no request by the one asked
    ("\"Why do we need this law?\" the British home secretary asked.", set()),
    ("The French president, asked about the remark by reporters, said politicians should be careful.", set()),
    ("The Kenyan minister is glad to be asked to lead the panel in South Africa.", set()),
    ("Iran was urged by the EU to halt enrichment.", {("REQUEST", "EU", "IRN")}),
    # to press on is to go on; pressing a country, or pressing for elections, is a request
    ("The Chinese marchers pressed on through the rain towards Tianjin.", set()),
    ("The British government pressed ahead with the reform despite the protests.", set()),
    ("The US pressed China to free the activists.", {("REQUEST", "USA", "CHN")}),
    ("The Kenyan opposition pressed for early elections.", {("REQUEST", "KEN", None)}),
    # the demand of a market is no request; a country's demand is
    ("Japan's difficulty is that it has urgent demand for Russian gas.", set()),
    ("The Kenyan unions renewed their demand for higher pay from the Kenyan government.", {("REQUEST", "KEN", "KEN")}),
    # a reputation built up is no mobilisation; troops built up are
    ("The Italian prosecutor built up a name for himself as a foe of the Italian government.", set()),
    ("The French president has built up a strong following in Algeria.", set()),
    ("Russia built up troops on the Ukrainian border.", {("MOBILIZE", "RUS", "RUS")}),
    # talks and deals between firms only have no political side; a government buying, or a
    # firm supplying an army, has one
    ("The South African bank remains in talks with a British bank about selling it a stake.",
     set()),
    ("The Japanese carmaker agreed to buy a French rival.", set()),
    ("The Japanese government agreed to buy French jets.", {("AGREE", "JPN", "FRA")}),
    ("The French firm has agreed to supply the Indian army with trucks.", {("AGREE", "FRA", "IND")}),
    ("The Scottish Executive agreed to introduce a ban on smoking in pubs.", {("AGREE", "GBR", None)}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round14p", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


SPORTS = ("Wales beat Scotland 26-19 in Cardiff. The fly-half scored two tries before half-time and the "
          "coach praised his scrum-half after the match. Scotland will meet Italy in the Six Nations next week.")
SPORTS_POLICE = ("England beat Germany 2-0 in the semi-final on Sunday. The striker scored twice and the winger "
                 "hit the post. German police arrested 20 fans after the match.")
POLITICS = ("Wales and Scotland agreed to cooperate on border policing. The Welsh first minister met the Scottish "
            "first minister in Cardiff on Monday.")


def test_a_sports_story_names_teams_not_states():
    assert rows(code_one(SPORTS, DATE)) == set()


def test_a_sports_story_keeps_the_acts_of_the_police():
    assert rows(code_one(SPORTS_POLICE, DATE)) == {("COERCE", "DEU", "DEU")}


def test_a_political_story_is_no_sports_story():
    from detente.events.spurious import sports_story
    from detente.nlp import load_nlp

    nlp = load_nlp()
    assert sports_story(nlp(SPORTS)) and sports_story(nlp(SPORTS_POLICE))
    assert not sports_story(nlp(POLITICS))
    assert not sports_story(nlp("The budget for 2004-05 rose by 10-12 per cent, the finance minister said."))
