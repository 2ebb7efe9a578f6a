"""The Phoenix conversion leaves out an alias that names a kind of body."""

import detente
from detente.actors.phoenix import Block, generic_alias, kind_words


def test_an_alias_the_kind_of_body_is_generic():
    blocks = [Block(names=["HERITAGE_FOUNDATION"]),
              Block(names=["EL_RUKN", "THE_FOUNDATION", "THE_CORNERSTONE"])]
    kinds = kind_words(blocks)
    assert "foundation" in kinds and "cornerstone" not in kinds
    assert generic_alias("The Foundation", {"foundation"})
    assert not generic_alias("The Cornerstone", {"foundation"})
    assert not generic_alias("The Extraditables", {"foundation"})


def test_a_foundation_is_not_an_armed_group():
    coded = detente.code("The Rockefeller Foundation said it would help.", date="2020-01-01")
    assert all(m.actor is None or m.actor.sector != "REB" for m in coded.mentions)
