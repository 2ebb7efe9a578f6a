"""Issue 13, round 15: precision guards (``events/nonevents.py`` and two lexicon lists) for rows
seen on unseen news -- a currency read as a verb, a duty one is "charged with", a state of
emergency against a storm or an epidemic told in the story, an opinion agreed with, a campaign
rally, joint givers with a recipient of their own, and a denied quote or split. Each case is made
up and coded by the whole pipeline; the expected set is the text's whole output as ``(type,
source, target)`` rows, with a control beside each class that must stay coded. Every removal case
gives a row on the commit before this round."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2020-03-01"
CASES = [
    # a currency before its amount is no shelling; artillery pounding a town is
    ("The French president was paid between pounds 2,000 and pounds 3,000 for each speech.", set()),
    ("Russian artillery pounded Ukrainian positions near Bakhmut.", {("ASSAULT", "RUS", "UKR")}),
    # a duty one is charged with is no accusation; a crime one is charged with is
    ("The Chilean police chief is charged with overseeing the reform of the police.", set()),
    ("The new Kenyan electoral commissioner is charged with ensuring that the count is fair.", set()),
    ("Two Kenyan activists were charged with inciting violence in Nairobi.", {("ACCUSE", "KEN", "KEN")}),
    # agreeing with a view, or about what happened, is an opinion; agreeing with a country on a plan is an act
    ("The Canadian finance minister agreed with the Canadian senator's view on pensions.", set()),
    ("The French and German foreign ministers agreed about who was to blame for the delay.", set()),
    ("France agreed with Germany on a plan to share the costs of the mission.", {("AGREE", "FRA", "DEU")}),
    # a campaign rally is no protest; a rally against the government is
    ("The Chilean candidate held his first campaign rally in Valparaiso on Sunday.", set()),
    ("Thousands of Chilean students held a rally against the government in Santiago.",
     {("PROTEST", "CHL", "CHL")}),
    # joint givers with a recipient of their own give together; joint parties agreeing agree with each other
    ("Kenya, Uganda and Tanzania offer shelter to some of the refugees.",
     {("AGREE", "KEN", None), ("AGREE", "UGA", None), ("AGREE", "TZA", None)}),
    ("Kenya and Uganda agreed to reopen their shared border.", {("AGREE", "KEN", "UGA")}),
    # denying a quote, a remark or a split is a denial, no rejection; denying a request is a rejection
    ("Jean Dupont, the French interior minister, denied that quote in a radio interview.", set()),
    ("Jean Dupont, the French interior minister, denied the remarks.", set()),
    ("Jean Dupont, the French interior minister, denies rift over the pension reform.", set()),
    ("The French interior ministry denied the Algerian request for talks.", {("REJECT", "FRA", "DZA")}),
]

STORM = ("A powerful hurricane is moving towards the Bahamas. The Bahamian prime minister declared a state of "
         "emergency on Sunday.")
EPIDEMIC = ("The coronavirus has spread to every region of Portugal. The Portuguese parliament voted to extend "
            "the national state of emergency by 15 days.")
UNREST = ("A powerful hurricane hit Haiti last month. The Haitian president declared a state of emergency on "
          "Sunday after violent protests in the capital.")
UNREST_BEFORE = ("Haiti's schools stayed closed because of the coronavirus pandemic. The police shooting of a teenager "
                 "in Port-au-Prince led to protests and unrest. The Haitian president declared a state of emergency.")


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES + [(STORM,), (EPIDEMIC,), (UNREST,), (UNREST_BEFORE,)], "round15p", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


def test_an_emergency_against_a_storm_the_story_names_coerces_no_one(coded):
    assert not {r for r in rows(coded[len(CASES)]) if r[0] == "COERCE"}


def test_an_emergency_against_an_epidemic_the_story_names_coerces_no_one(coded):
    assert not {r for r in rows(coded[len(CASES) + 1]) if r[0] == "COERCE"}


def test_an_emergency_over_unrest_stays_coercion(coded):
    assert ("COERCE", "HTI", "HTI") in rows(coded[len(CASES) + 2])


def test_an_emergency_right_after_unrest_stays_coercion_in_an_epidemic_story(coded):
    assert ("COERCE", "HTI", "HTI") in rows(coded[len(CASES) + 3])


MORE = [
    # alleging an act is an accusation
    ("Mali's government alleged that French troops had killed civilians.", {("ACCUSE", "MLI", "FRA")}),
    # animals killed are no assault; villagers killed are
    ("Indian ministers were mocked for killing animals at a festival.", set()),
    ("Indian police killed two villagers in Assam.", {("ASSAULT", "IND", "IND")}),
    # an award or a nomination received meets no one; a president received is met
    ("Maria Lopez received the Peruvian Socialist Party's nomination for mayor last week.", set()),
    ("The Peruvian president received the Chilean foreign minister in Lima.", {("CONSULT", "PER", "CHL")}),
]


@pytest.fixture(scope="module")
def coded_more():
    return code_cases(MORE, "round15q", DATE)


@pytest.mark.parametrize("i", range(len(MORE)), ids=[c[0][:60] for c in MORE])
def test_more(coded_more, i):
    assert rows(coded_more[i]) == MORE[i][1]


LATER = [
    # an attack on someone for something they did, with no arms, is criticism; troops attacking are an assault
    ("US President Joe Smith attacked US Senator Bob Jones for taking money from lobbyists.",
     {("ACCUSE", "USA", "USA")}),
    ("US President Joe Smith attacked US Senator Bob Jones on cutting school budgets.", {("ACCUSE", "USA", "USA")}),
    ("After US Senator Bob Jones attacked US President Joe Smith for the \"traitors\" and \"thieves\" remark, "
     "Smith mocked his age.", {("ACCUSE", "USA", "USA")}),
    ("Chinese troops attacked Indian soldiers on patrol in Ladakh.", {("ASSAULT", "CHN", "IND")}),
    # a bare denial is no rejection; a request denied is
    ("The Chilean president said the senator had lied. The Chilean senator denied, saying the recording was "
     "fake.", set()),
    ("The Chilean president's request was denied by the Peruvian government.", {("REJECT", "PER", "CHL")}),
    # people killed in a crash are no assault; a helicopter shot down is
    ("Eleven people were killed in Chile on Sunday, when a cargo plane crashed at the airport in Antofagasta.",
     set()),
    ("Eleven people were killed in Chile on Sunday, when a Korean War-era cargo plane crashed at the airport "
     "in Antofagasta.", set()),
    ("At least seven Chilean soldiers were killed when rebels shot down an army helicopter near Santiago.",
     {("ASSAULT", "CHL", "CHL")}),
    # joint givers of a thing give together
    ("Norway, Japan and Canada have pledged funds for the rebuilding of the port.",
     {("AGREE", "NOR", None), ("AGREE", "JPN", None), ("AGREE", "CAN", None)}),
    ("Russia and the United States extended the arms control treaty for five years.",
     {("SUPPORT", "RUS", "USA"), ("SUPPORT", "USA", "RUS")}),
    # an act one is kept from doing or suffering does not take place; the ban itself does
    ("The US president promised to shield farmers from being denied access to Canadian markets.", set()),
    ("Kenyan police prevented Kenyan protesters from attacking the Kenyan parliament.", set()),
    ("The Thai court banned the Thai opposition party from holding rallies in Bangkok.",
     {("COERCE", "THA", "THA")}),
    ("The Kenyan judge has barred the Kenyan government from arresting the opposition leader.",
     {("COERCE", "KEN", "KEN")}),
    # the one said to be behind unrest is no protester; students joining unrest are
    ("The Serbian president said Russia was behind the unrest in Montenegro.",
     {("ACCUSE", "SRB", "RUS")}),
    ("Thousands of Serbian students joined the unrest in Belgrade on Friday.", {("PROTEST", "SRB", None)}),
]


@pytest.fixture(scope="module")
def coded_later():
    return code_cases(LATER, "round15r", DATE)


@pytest.mark.parametrize("i", range(len(LATER)), ids=[c[0][:60] for c in LATER])
def test_later(coded_later, i):
    assert rows(coded_later[i]) == LATER[i][1]


LAST = [
    # a visit to a region of one's own country meets no one; a visit abroad does
    ("The Canadian prime minister visited Alberta to discuss the floods.", set()),
    ("President Trump visited Mexico to discuss the floods.", {("CONSULT", "USA", "MEX")}),
    # defending one's own decision supports no one; praising someone does
    ("The French president defended his decision to close the border, and the German chancellor praised him.",
     {("SUPPORT", "DEU", "FRA")}),
    # a caption run into the text is no sentence of the story
    ("The Kenyan president stands with the Ugandan president in Nairobi Image: State House Kenya", set()),
    ("The Kenyan president stands with the Ugandan president in Nairobi.", {("SUPPORT", "KEN", "UGA")}),
    # a document released frees no one; a prisoner released is freed
    ("The Chilean president said he would release his tax returns next month.", set()),
    ("The Chilean government released the Peruvian fishermen on Monday.", {("RETREAT", "CHL", "PER")}),
    # a poll's share is no act; a majority of senators voting is
    ("A university poll found that 61 percent of Chilean voters oppose the Chilean government's pension plan.",
     set()),
    ("A majority of Chilean senators rejected the Chilean government's plan on Tuesday.",
     {("REJECT", "CHL", "CHL")}),
    # a search called off concedes nothing; a strike called off does
    ("The Chilean navy called off the search for the missing trawler.", set()),
    ("The Chilean miners called off their strike on Tuesday.", {("CONCEDE", "CHL", None)}),
    # delegates pledged to someone are described, no promise is made; a senator pledging support promises
    ("US Vice President Joe Smith was formally nominated with several delegates pledged to US Senator Bob "
     "Jones.", set()),
    ("US Senator Bob Jones pledged support to US Vice President Joe Smith on Monday.", {("AGREE", "USA", "USA")}),
    # a candidate's own withdrawal from a race withdraws no forces; troops withdrawn are
    ("Support for US Senator Jane Brown fell in the polls in the weeks before her withdrawal.", set()),
    ("The Russian president ordered the withdrawal of Russian troops from Syria.", {("RETREAT", "RUS", "SYR")}),
    # a nomination accepted is no agreement
    ("The Chilean senator accepted the Chilean Socialist Party's presidential nomination on Monday.", set()),
]


@pytest.fixture(scope="module")
def coded_last():
    return code_cases(LAST, "round15s", DATE)


@pytest.mark.parametrize("i", range(len(LAST)), ids=[c[0][:60] for c in LAST])
def test_last(coded_last, i):
    assert rows(coded_last[i]) == LAST[i][1]
