"""Round 13 of issue 14: sectors of head nouns and modifiers as CAMEO's agents dictionary codes
them, and domestic groups that take the story's one country. Every
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


def test_more_role_nouns_of_the_agents_dictionary(mentions):
    found = mentions("Kenyan prison guards beat the inmates.")
    assert _code(found, "Kenyan prison guards") == "KENCOP"
    assert _code(found, "the inmates").endswith("CVL")
    assert _code(mentions("The Kenyan electoral commission announced the results."),
                 "The Kenyan electoral commission") == "KENGOV"
    assert _code(mentions("Cuban exiles rallied in the square."), "Cuban exiles") == "CUBOPP"
    assert _code(mentions("Kenyan defectors rallied in the square."), "Kenyan defectors") == "KENOPP"
    assert _code(mentions("Kenyan secessionists attacked the post."),
                 "Kenyan secessionists") == "KENREB"
    assert _code(mentions("The Kenyan ruling coalition rejected the deal."),
                 "The Kenyan ruling coalition") == "KENGOV"


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


def test_conjoined_roles_of_one_side_share_the_nationality_word(mentions):
    found = mentions("Kenyan police and soldiers arrested ten people.")
    assert _code(found, "soldiers") == "KENMIL"
    assert _code(mentions("Ugandan ministers and lawmakers met on Monday."),
                 "lawmakers") == "UGALEG"
    assert _code(mentions("Kenyan doctors and nurses went on strike."), "nurses") == "KENHLH"


def test_conjoined_roles_of_two_sides_or_with_own_words_stay_apart(mentions):
    assert _code(mentions("Clashes between Kenyan police and demonstrators left two dead."),
                 "demonstrators") == "CVL"
    assert _code(mentions("Israeli soldiers and settlers attacked the village."),
                 "settlers") == "CVL"
    assert _code(mentions("Kenyan police and foreign soldiers arrested ten people."),
                 "soldiers") == "MIL"
    assert _code(mentions("Kenyan police and the soldiers arrested ten people."),
                 "the soldiers") == "MIL"


def test_a_nationality_word_misspelt_by_one_slip_before_a_role(mentions):
    found = mentions("A group of Chenchen refugees began a hunger strike in the capital.")
    assert _code(found, "Chenchen refugees") == "RUSREF"
    # not a name's modifier one letter from a country ("Syriza" / "Syria")
    found = mentions("The leftist Syriza party lost the vote on Sunday.")
    assert not any(m.actor and m.actor.country == "SYR" for m in found)
    # not a word standing alone: only a modifier of a role noun is read so
    found = mentions("Officials said Chenchen had left the city.")
    assert not any(m.actor and m.actor.country == "RUS" for m in found)
