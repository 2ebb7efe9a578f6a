"""Round 13 of issue 14: sectors of head nouns and modifiers as CAMEO's agents dictionary codes
them, plural group nouns, and domestic groups that take the story's one country. Every
sentence is made up."""

from tests.actors.test_round8 import _code


def test_opposition_legislators_are_the_opposition(mentions):
    assert _code(mentions("Ghanaian opposition lawmakers walked out of parliament."),
                 "Ghanaian opposition lawmakers") == "GHAOPP"
    assert _code(mentions("Kenyan opposition MPs boycotted the vote."),
                 "Kenyan opposition MPs") == "KENOPP"
    # with no opposition word they stay the legislature
    assert _code(mentions("Kenyan lawmakers approved the budget."), "Kenyan lawmakers") == "KENLEG"


def test_armed_opposition_is_an_armed_group(mentions):
    assert _code(mentions("Kenyan opposition forces shelled the town."),
                 "Kenyan opposition forces") == "KENREB"
    assert _code(mentions("Armed opposition groups shelled the town."),
                 "Armed opposition groups") == "REB"
    assert _code(mentions("Kenyan government forces shelled the town."),
                 "Kenyan government forces") == "KENMIL"


def test_faith_words_make_leaders_religious(mentions):
    assert _code(mentions("Kenyan Muslim leaders condemned the killings."),
                 "Kenyan Muslim leaders") == "KENREL"
    assert _code(mentions("Ugandan Catholic leaders condemned the killings."),
                 "Ugandan Catholic leaders") == "UGAREL"
    # officials and commanders keep the office's sector
    assert _code(mentions("Kenyan Muslim officials condemned the killings."),
                 "Kenyan Muslim officials") == "KENGOV"
    assert _code(mentions("Kenyan business leaders condemned the killings."),
                 "Kenyan business leaders") == "KENBUS"


def test_plural_group_nouns_have_the_singular_sector(mentions):
    assert _code(mentions("Kenyan human rights groups condemned the arrests."),
                 "Kenyan human rights groups") == "KENNGO"
    assert _code(mentions("Rights groups in Uganda condemned the arrests."),
                 "Rights groups in Uganda") == "UGANGO"
    assert _code(mentions("Ugandan newspapers criticised the decision."),
                 "Ugandan newspapers") == "UGAMED"
    assert _code(mentions("Kenyan courts rejected the appeals."), "Kenyan courts") == "KENJUD"


def test_more_role_nouns_of_the_agents_dictionary(mentions):
    found = mentions("Kenyan prison guards beat the inmates.")
    assert _code(found, "Kenyan prison guards") == "KENCOP"
    assert _code(found, "the inmates").endswith("CVL")
    assert _code(mentions("The Kenyan electoral commission announced the results."),
                 "The Kenyan electoral commission") == "KENGOV"
    assert _code(mentions("Kenyan lecturers went on strike."), "Kenyan lecturers") == "KENEDU"
    assert _code(mentions("Cuban exiles rallied in the square."), "Cuban exiles") == "CUBOPP"


def test_a_domestic_group_takes_the_story_country(mentions):
    found = mentions("The Zambian government rejected demands from Lozi rebels for autonomy.")
    assert _code(found, "Lozi rebels") == "ZMBREB"
    assert "+story:ZMB" in next(m for m in found if m.text == "Lozi rebels").actor.entry
    found = mentions("Judge Ana Velez opened an inquiry into 28 Chilean officials, the court said.")
    assert _code(found, "the court") == "CHLJUD"
    found = mentions("The Peruvian interior ministry said the opposition had called a strike.")
    assert _code(found, "the opposition") == "PEROPP"


def test_no_story_country_for_groups_that_cross_borders(mentions):
    # refugees, soldiers and diplomats are often foreign to the state named
    found = mentions("The Zambian government closed the camps of 3,000 refugees.")
    assert _code(found, "refugees") == "REF"
    found = mentions("The Zambian government said soldiers had crossed the border.")
    assert _code(found, "soldiers") == "MIL"


def test_no_story_country_for_groups_when_another_country_is_named(mentions):
    # a place of another country: the group may act there
    found = mentions("Zambian troops retook a village in Angola after fighting with guerrillas.")
    assert _code(found, "guerrillas") == "REB"
    # attackers named by nationality say where they come from, not where the police are
    found = mentions("Two Lozi suicide bombers killed five people, police said.")
    assert _code(found, "police") == "COP"
    found = mentions("Three Zambian gunmen killed five people, police said.")
    assert _code(found, "police") == "COP"
