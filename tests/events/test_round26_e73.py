"""Issue 13, round 26 (branch e73): classes of the bbc3 tune half's misses (gold/events/NOTES-e73.md)
-- a condemning label a speaker puts on a side's act ("described the plan as naive"), more condemning
adjectives of a reported judgement, and an own measure suspended, postponed, frozen or delayed
under pressure. Each case is made up (never a gold sentence) and coded by the whole pipeline; the
expected set is the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2005-02-01"
CASES = [
    # a label put on a side's act or on the side: the labeller criticises it (ACCUSE), adjective or noun,
    # after "as", as the object's predicate, coordinated, or an adjective of the label noun
    ("The French foreign minister described the Italian plan as misguided.", {("ACCUSE", "FRA", "ITA")}),
    ("The Spanish opposition described the Portuguese budget as naive and unworkable.", {("ACCUSE", "ESP", "PRT")}),
    ("The German chancellor called the Polish proposal absurd.", {("ACCUSE", "DEU", "POL")}),
    ("The Greek minister described the Turkish plan as a reckless gamble.", {("ACCUSE", "GRC", "TUR")}),
    ("The Austrian premier described the Hungarian proposal as a disaster for farmers.", {("ACCUSE", "AUT", "HUN")}),
    ("The Danish foreign minister labelled the Swedish decision as arrogant.", {("ACCUSE", "DNK", "SWE")}),
    # a condemning adjective of a reported judgement, the speaker before or after
    ("The French foreign minister said the Italian government was naive.", {("ACCUSE", "FRA", "ITA")}),
    ("The Belgian government's stance is complacent, the Dutch prime minister said.", {("ACCUSE", "NLD", "BEL")}),
    # controls: a claim or story labelled is a denial; a label negated or hedged; a praise; no side named;
    # a label of oneself; the nouns outside a label
    ("The Swedish premier dismissed the Danish claims, describing them as a hoax.", set()),
    ("The French minister did not describe the Italian plan as illegal.", set()),
    ("The French minister would describe the Italian plan as naive.", set()),
    ("The French minister described the Italian visit as a success.", set()),
    ("The Italian government introduced a new tax on Monday. The French finance minister described the tax "
     "as naive.", set()),
    ("The French minister described himself as a Catholic.", set()),
    ("The disaster struck the Italian coast on Monday.", set()),
    ("The Italian plan was a failure, the French minister said.", set()),
    # an own measure suspended, postponed or frozen in the face of criticism, protests or an outcry is CONCEDE
    # (the possessor of the pressure noun, or its "by"/"from" object, is the side yielded to)
    ("Facing fierce criticism from MPs, the British government has suspended its plan to close 40 job centres.",
     {("CONCEDE", "GBR", "GBR")}),
    ("The Home Office postponed the identity card bill after an outcry from civil liberties groups.",
     {("CONCEDE", "GBR", "GBR")}),
    ("After months of criticism, the Scottish Executive froze its plan to merge the two police forces.",
     {("CONCEDE", "GBR", "GBR")}),
    ("After the unions' protests, the French government postponed its pension reform.", {("CONCEDE", "FRA", "FRA")}),
    # controls: no pressure told; the earlier entries of the verbs keep their readings (assets frozen: SANCTION)
    ("The French government postponed its pension reform until the spring.", set()),
    ("The Danish government froze the assets of two companies.", {("SANCTION", "DNK", None)}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r26e73", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_label_rule_names_the_entry(coded):
    [event] = coded[4].events
    assert event.rule == "noun:disaster+judged"


def test_pressure_rule_and_yielded_side(coded):
    [event] = coded[19].events
    assert event.rule == "verb:postpone+measure~pressure~yielded" and event.target[0].text == "the unions"


def test_label_nouns_leave_verbs_of_the_same_word():
    """"insulted" is the verb entry's own act, not a label noun outside its frame."""
    [article] = code_cases([("The French president insulted the Italian prime minister.",)], "r26e73v", DATE)
    assert rows(article) == {("ACCUSE", "FRA", "ITA")}


# Round 26 review mends (f53): the merged e73 code's wrong rows, each with a control that keeps its row.
# A backdown is CONCEDE only when its own clause tells the pressure: not a date ("until March", the
# month read as a march), a speaker outside the clause, a concession against the pressure ("despite
# protests"), a consequence ("sparking protests"), a conjoined clause or a purpose
NOT_CONCEDED = [
    "The Indian government postponed the tax until March.",
    "The Indian government postponed the reform, the opposition leader said.",
    "The Indian government delayed the reform despite protests.",
    "The Indian government suspended the law, sparking protests.",
    "The Nigerian government suspended the policy on Monday, and police broke up a protest in Lagos.",
    "The Israeli government froze the settlement plan after the air strike on Gaza.",
    "The Indian government will delay the policy to allow more consultation with the opposition.",
]
CONCEDED = [  # controls: the pressure in the backdown's clause, or in the clause that forces it
    "Protests forced the Indian government to shelve the law.",
    "The Indian government postponed the tax after mass protests.",
    "The Kenyan government suspended the law amid protests by students.",
    "The mayor of Lagos was forced to postpone the housing plan, a day after he had insisted it would go "
    "ahead despite the protests.",
]
# a label's sides are read through "by" and "of" only: a disaster, a situation or talks "in"/"with" a
# place is no side's act
NOT_LABELLED = [
    "The UN described the flooding in Pakistan as a catastrophe.",
    "The WHO described the cholera outbreak in Haiti as a disaster.",
    "The EU described the situation in Lebanon as chaotic.",
    "Britain's foreign secretary described the talks with Iran as pointless.",
]
LABELLED = [  # controls: the side's act named by a possessor, an adjective, "by" or "of"
    ("The Iraqi minister described the occupation by American troops as a failure.", ("ACCUSE", "IRQ", "USA")),
    ("The Chinese foreign ministry described the policy of the Japanese government as a failure.",
     ("ACCUSE", "CHN", "JPN")),
    ("The Chinese foreign ministry described the US decision as a failure.", ("ACCUSE", "CHN", "USA")),
]


@pytest.fixture(scope="module")
def mended():
    texts = NOT_CONCEDED + CONCEDED + NOT_LABELLED + [t for t, _ in LABELLED]
    return dict(zip(texts, code_cases([(t,) for t in texts], "r26f53", DATE), strict=True))


@pytest.mark.parametrize("text", NOT_CONCEDED)
def test_a_pressure_word_outside_the_backdown_clause_is_no_concession(mended, text):
    assert "CONCEDE" not in {e.type for e in mended[text].events}


@pytest.mark.parametrize("text", CONCEDED)
def test_a_backdown_under_told_pressure_stays_a_concession(mended, text):
    assert "CONCEDE" in {e.type for e in mended[text].events}


@pytest.mark.parametrize("text", NOT_LABELLED)
def test_a_label_on_a_disaster_or_situation_in_a_place_accuses_no_one(mended, text):
    assert "ACCUSE" not in {e.type for e in mended[text].events}


@pytest.mark.parametrize("text,row", LABELLED)
def test_a_label_on_a_sides_act_stays_an_accusation(mended, text, row):
    assert row in rows(mended[text])


@pytest.mark.parametrize("text", ["The US called on Russia to stop its chaotic withdrawal.",
                                  "The US called on Russia to stop its withdrawal."])
def test_a_judging_adjective_is_no_inner_act(text):
    """The evidence names the inner act (the withdrawal), never the judging modifier of its noun."""
    [article] = code_cases([(text,)], "r26f53e", DATE)
    [event] = article.events
    assert event.type == "REQUEST" and event.rule == "verb:call+on>noun:withdrawal"
