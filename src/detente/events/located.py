"""Where a story happens when the story country of ``homes.story_countries`` is none (issue 13,
round 24, e67): the one country of the places a sentence names with "in" ("in Amsterdam,
Netherlands", "a road in Gorno-Badakhshan, Tajikistan"), read from the sentence itself, else from the
nearest earlier sentence of its paragraph that names such a place and no actor of another country
(a venue: "the leaders of Armenia and Azerbaijan met in Prague"); never a town only the gazetteer placed.

Used only by the state-doer rule of agentless passive legal acts on people (``doers.story_state``
and the sentence gate ``events.story_act``): "62 people are arrested" after an item that tells the
clashes happened in one country's city -- the police of the place where an arrest happens make it,
as the place rule already reads for an arrest in a named country. The story's other countries
(a team's, a national adjective's, a link "to China") are no place the story happens in.
"""

from __future__ import annotations

from detente.actors.tables import COUNTRY_CODES
from detente.events.homes import PLACE_HOME, paragraph_starts

LOCATED = "home:located"
"""The story entry (and, through ``arguments.passive_marks``, the rule suffix ``~located``) of a located story."""

VENUE_SECTORS = frozenset({"GOV", "IGO", "LEG"})
"""Sectors of the foreign officials whose presence makes a place a venue (``foreign_actors``)."""

PLACE_LINKS = frozenset({"appos", "conj", "compound", "npadvmod"})
"""Relations that join the parts of one place ("Amsterdam, Netherlands") to the first."""


def located_story(sentence, index) -> tuple[str, str] | None:
    """``(country, "home:located")`` for a sentence with no story country, else None."""
    sentences = list(sentence.doc.sents)
    at = next(i for i, s in enumerate(sentences) if s.start == sentence.start)
    starts = paragraph_starts(sentence.doc)
    own = at
    while True:
        countries = located_countries(sentences[at], index)
        if countries and at != own and foreign_actors(sentences[at], index, countries):
            return None  # "The leaders of Armenia and Azerbaijan met in Prague": a venue, not where it happens
        if countries:
            return (next(iter(countries)), LOCATED) if len(countries) == 1 else None
        if at in starts or at == 0:
            return None
        at -= 1


def located_countries(sentence, index) -> set[str]:
    """The countries of the places a sentence names as the object of "in" (of a verb or a noun)."""
    found = set()
    for token in sentence:
        places = [m for m in index.at(token) if m.actor and is_place(m)]
        if places and in_place(token):
            found.update(m.actor.country for m in places)
    return found


def foreign_actors(sentence, index, countries: set[str]) -> bool:
    """Whether an earlier sentence names officials of other countries than its places' (round 24
    review): there the place is the venue of their meeting or visit ("the leaders of Armenia and
    Azerbaijan met in Prague"), not where a story happens ("farmers from Poland marched in Brussels")."""
    return any(m.actor and m.actor.country and m.actor.country not in countries and m.actor.sector in VENUE_SECTORS
               for token in sentence if not in_place(token) for m in index.at(token))


def is_place(mention) -> bool:
    """A country or city the actors stage resolved, named as a place (a geopolitical or location
    name), not a body, people or a named group; never a town only the gazetteer placed ("Norfolk"
    is also a US city: such a guess is no safe doer)."""
    actor = mention.actor
    return actor.country in COUNTRY_CODES and mention.label in ("GPE", "LOC") and actor.entry != PLACE_HOME


def in_place(token) -> bool:
    """The token heads, or is part of, the object of an "in" ("in Amsterdam, Netherlands")."""
    for _ in range(4):
        if token.dep_ == "pobj":
            return token.head.lower_ == "in"
        if token.dep_ not in PLACE_LINKS or token.head.i == token.i:
            return False
        token = token.head
    return False
