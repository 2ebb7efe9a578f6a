"""Round 22 of issue 14 (branch a45): names the tables did not know -- a people of one country
whose name is also a given name ("Karen"), Myanmar's Karen and Kachin armed groups, and an
international water NGO and its forum. Every sentence is made up."""

from tests.actors.conftest import countries_of
from tests.actors.test_round8 import _code


def test_a_people_of_one_country_takes_that_country(mentions):
    found = mentions("Karen guerrillas ambushed an army convoy on Sunday.")
    assert _code(found, "Karen guerrillas") == "MMRREB"
    assert next(m for m in found if m.text == "Karen guerrillas").rule \
        == "role:guerrillas+demonym:Karen"
    found = mentions("Government troops overran a Karen guerrilla stronghold near the border.")
    assert any(m.actor and m.actor.code == "MMRREB" for m in found)
    assert _code(mentions("Kachin rebels clashed with soldiers in the north."),
                 "Kachin rebels") == "MMRREB"
    assert _code(mentions("Shells hit a Karen refugee camp on Tuesday."),
                 "Karen refugee camp") == "MMRREF"


def test_a_given_name_is_no_people(mentions):
    # controls: "Karen" as a given name -- alone, before a verb, before a surname, in apposition
    for text in ("Karen said she would not resign from the board.",
                 "Karen Bass criticised the city council on Tuesday.",
                 "Karen, a teacher, said the school would reopen.",
                 "The mayor thanked Karen for her work."):
        assert "MMR" not in countries_of(mentions(text)), text


def test_myanmar_armed_groups_by_name(mentions):
    found = mentions("The Karen National Union rejected the ceasefire offer.")
    assert _code(found, "The Karen National Union") == "MMRREB"
    assert next(m for m in found if m.text == "The Karen National Union").rule == "org:knu"
    found = mentions("The Democratic Karen Buddhist Army attacked a border post.")
    assert _code(found, "The Democratic Karen Buddhist Army") == "MMRREB"
    found = mentions("The Kachin Independence Organisation called for talks.")
    assert _code(found, "The Kachin Independence Organisation") == "MMRREB"
    # control: a body with "Union" and no Karen name stays a union
    found = mentions("The National Union of Miners called a strike.")
    assert "MMR" not in countries_of(found)


def test_the_water_forum_is_an_ngo(mentions):
    found = mentions("The Fourth World Water Forum urged rich nations to fund sanitation.")
    assert any(m.actor and m.actor.code == "WWCNGO" and m.rule == "org:world-water-council"
               for m in found)
    found = mentions("The World Water Council criticised the dam project.")
    assert _code(found, "The World Water Council") == "WWCNGO"
    # control: a forum the tables do not know stays unresolved
    found = mentions("The Asian Water Forum urged governments to act.")
    assert not countries_of(found)
