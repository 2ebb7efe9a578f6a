"""Issue 13 round 20 (branch e57): a region's name that is only the tail of a hyphenated place name
places nothing ("Badakhshan" in "Gorno-Badakhshan", a province of Tajikistan;
``actors.filters.is_name_tail``). Every sentence is made up."""


def test_the_tail_of_a_hyphenated_place_name_is_no_region(mentions):
    found = mentions("Militants blocked a road in Gorno-Badakhshan, Tajikistan.")
    assert not any(m.actor and m.actor.country == "AFG" for m in found)
    assert any(m.actor and m.actor.country == "TJK" for m in found)
    # control: the region itself keeps its country
    found = mentions("Militants blocked a road in Badakhshan.")
    assert any(m.actor and m.actor.country == "AFG" for m in found)
