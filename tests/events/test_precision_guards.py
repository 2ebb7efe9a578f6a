"""Issue 13, round 5: precision guards for the general classes of wrong rows read on 60 sample
articles outside every gold set -- word senses that are no event, failed and unasserted acts,
verbal attacks, passives with no doer, names, documents and media as sides, a later mention of an
act already told. Each case is made up; each is coded by the whole pipeline, and the expected set
is the sentence's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, code_one, rows

DATE = "2024-03-01"
CASES = [
    # a failed act did not happen ("fail to agree" is no AGREE, its topic no ASSAULT)
    ("The G8 leaders failed to agree on military intervention in Libya.", set()),
    ("The European Union failed to provide aid to Ukraine.", set()),
    # word senses that are no event, beside the sense that is one
    ("Poland meets the criteria set by the European Union.", set()),
    ("The government of Samoa executed a planned shutdown of public services.", set()),
    ("Iran executed three prisoners on Monday.", {("ASSAULT", "IRN", "IRN")}),
    ("The minister reinforced the message that Russia must leave Ukraine.", set()),
    ("The German foreign minister provided details of the plan to Poland.", set()),
    ("Germany provided weapons to Ukraine.", {("AID", "DEU", "UKR")}),
    # denying a claim is no event (gold conventions); denying entry is a refusal
    ("Ukraine denied that it had attacked Russia.", set()),
    ("Iran denied the allegations made by Israel.", set()),
    ("Israel denied entry to two American lawmakers.", {("REJECT", "ISR", "USA")}),
    # verbal attacks are accusations; armed ones stay assaults
    ("Senator Kamala Harris attacked Joe Biden during the debates.", {("ACCUSE", "USA", "USA")}),
    ("Russia attacked Ukraine on Monday.", {("ASSAULT", "RUS", "UKR")}),
    ("Barack Obama criticized Donald Trump for his attacks on mail-in voting.", {("ACCUSE", "USA", "USA")}),
    # blocking a website is censorship (COERCE), not a protest blockade
    ("Russia blocks access to Instagram.", {("COERCE", "RUS", None)}),
    # the one shot and killed, or asked, is not the doer
    # (since round 19b, e56, an agentless passive attack on a political actor is an attack by an unnamed doer
    # with no country, ANNOTATION.md's "unnamed doers": the one shot is its target, never its doer)
    ("A Trump supporter was shot and killed in Portland.", {("ASSAULT", None, "USA")}),
    ("When asked about the payments, the Mexican president said no.", set()),
    # a trigger word inside a name is no act
    ("CHAZ or CHOP (Capitol Hill Occupied Protests) as it was later known, formed in Seattle's Capitol "
     "Hill neighborhood.", set()),
    # an act a document is said to do has no actor; an act named as what is required is not asserted
    ("The Eighteenth Amendment to the United States Constitution banned the sale of alcohol.", set()),
    ("The members are enough for the majority required by the Constitution to impeach an official.", set()),
    # a possible or cancelled act is none; a planned one is announced (mode intend)
    ("Israel's possible attack on Iran worried the region.", set()),
    ("The postponed talks between Russia and Ukraine had raised hopes.", set()),
    # a consultation needs a partner; what is discussed is the topic, not the partner
    ("The Mexican vice-presidential candidate discussed his role in the campaign.", set()),
    # an attack told by a participle after its clause is aimed at the place that clause names
    ("Russian missile and drone attacks resume across Ukraine, killing at least six people.",
     {("ASSAULT", "RUS", "UKR")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "g", DATE)


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0][:40] for c in CASES])
def test_precision_guard(coded, number):
    assert rows(coded[number]) == CASES[number][1]


def test_a_later_definite_mention_of_an_act_is_one_row():
    article = code_one("Sviatlana Tsikhanouskaya, a Belarusian opposition candidate, held a rally in Minsk. "
                       "According to Belarusian rights groups, around 18,000 people attended the rally.", DATE)
    assert [e.type for e in article.events] == ["PROTEST"]
    assert article.events[0].sentence == 0


def test_a_new_act_of_the_same_kind_is_kept():
    article = code_one("Turkey launched a military offensive into northern Syria on Monday. On Wednesday, "
                       "Turkey began a second offensive with airstrikes.", DATE)
    assert len(article.events) == 2


def test_no_target_across_a_semicolon():
    article = code_one("Saudi Arabia extended curfews in Mecca; Thailand planned to implement a curfew.", DATE)
    assert not {("SAU", "THA"), ("THA", "SAU")} & {(s, t) for _, s, t in rows(article)}


def test_an_interview_is_no_consultation():
    article = code_one("In an interview with Reuters, Iranian Foreign Minister Abbas Araghchi discussed the "
                       "nuclear talks.", DATE)
    assert not [e for e in article.events if e.type == "CONSULT" and
                any(p.sector == "MED" for p in e.source + e.target)]


def test_every_guarded_entry_is_named_in_the_rule():
    article = code_one("Senator Kamala Harris attacked Joe Biden during the debates.", DATE)
    assert [e.rule for e in article.events] == ["verb:attack+during"]


def test_the_topic_of_talks_is_no_partner():
    article = code_one("Joe Biden and Vladimir Putin discussed Ukraine in Geneva.", DATE)
    pairs = {(s, t) for kind, s, t in rows(article) if kind == "CONSULT"}
    assert pairs and all("UKR" not in pair for pair in pairs)


def test_a_planned_visit_is_an_announced_one():
    article = code_one("The planned visit by the German chancellor to China drew criticism.", DATE)
    visits = [e for e in article.events if "~planned" in e.rule]
    assert visits and all(e.type == "AGREE" and e.mode == "intend" for e in visits)


def test_the_one_a_passive_participle_modifies_is_the_one_acted_on():
    article = code_one("A federal court ruled that José Padilla, accused by the U.S. Government of taking part "
                       "in a plot with links to al-Qaida, must be released.", DATE)
    assert not [e for e in article.events if e.type == "ACCUSE" and
                any("Qaida" in p.text for p in e.target)]
