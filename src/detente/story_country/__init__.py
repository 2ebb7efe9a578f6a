"""Story-country stage: a titled person or a domestic group the text does not place takes the
story's country.

Runs last, after the events, quotes, tone, dates and places stages, and rewrites only
``coded.mentions``: a PERSON mention whose actor has a sector but no country (the actors stage
never guesses one: "President <name>", "Judge <name>" the tables do not know) takes the
article's country when the article names exactly one through its actors (bodies, offices,
people and organisations of a state; not places, peoples, things or people at large), as CAMEO
coders code an unqualified actor by the story's country. Role nouns and people at large are
left alone — given the story's country they read visitors, foreign attackers and hosts wrongly
(round 10's tests: "A minister was cheered by crowds in Paris", "Hackers defaced Danish Web
sites") — except groups that act inside their own state (``DOMESTIC``: rebels, opposition,
clergy, courts, police, legislatures, parties), which take it when the article names no other
country at all and a state actor names this one (round 13: "The <country> government accepted
demands from Shona rebels"). A people named as an ethnic group ("ethnic <people>", entry
``#ethnic``) that no clause placed takes the story's country on the titled persons' terms: CAMEO
codes an ethnic group by the country it lives in (issue 14, round 19). So does a people whose
homeland several states share (``SHARED_PEOPLES``: "Kurds", "<people> civilians") on the
domestic groups' terms. The events stage keeps its own context rules for participants
(``events/sources.sole_country``, ANNOTATION.md's "country and sector from context when the
text fixes them"): read by the events stage inside the actors stage, a wider version of this
reading moved event rows of the own gold and the judged-rows check halves (issue 14, round 12;
``docs/accuracy/actors.md``), so it is applied after them. The entry of a rewritten actor ends
``+story:<code>``.
"""

from __future__ import annotations

import re

from detente.actors.phrase_words import PATRON_MARK
from detente.actors.tables import is_country
from detente.records import Actor, CodedArticle, Mention
from detente.resources import Resources, word_list
from detente.stage import Stage

__all__ = ["STAGE", "load", "run", "story_country"]

STATE_FREE_SECTORS = frozenset({None, "CVL"})
"""Sectors of a nationality word that names no state actor: a people ("two Britons", "the
Nigerians") or the origin of a thing ("Russian gas")."""
PLACE_LABELS = frozenset({"NORP", "GPE"})
"""Labels of mentions that, with no state sector, name a people, a thing's origin or a place
("two Britons", "Russian gas", "in Paris", "sanctions against Nigeria"): where things happen or
whom they happen to, not whose story it is ("A minister was cheered by crowds in Paris": a
visitor)."""
NOT_PLACED = frozenset({"CVL", "IGO", "NGO"})
"""Sectors never given the story's country: private people, whose country the events stage
reads from where things happen, and officials of international bodies."""
DOMESTIC = frozenset({"REB", "OPP", "REL", "JUD", "COP", "LEG", "PTY"})
"""Sectors of groups that act inside their own state: rebels, the opposition, clergy,
courts, police, legislatures and parties. A role of one of these sectors with no country
("Shona rebels", "the opposition coalition", "an Alewite temple", "the court") takes the story's
country as a titled person does; roles that cross borders (governments, armies, diplomats,
refugees, media, companies, aid groups, criminals) and people at large do not (issue 14, round
13)."""
GROUP_LABELS = frozenset({"ROLE", "PRON"})
"""Labels of role-noun mentions and of pronouns that stand for them."""
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY", "OPP", "ELI"})
"""Sectors of a state's own actors. For a domestic group the story's one country must be named
through them, and no other country may be named at all, as a place, a people or a thing:
attackers, rebels, refugees or criminals named by nationality say where they come from, not
where the story happens ("Two <people> suicide bombers blew themselves up in <city>, police
said": the police are the city's), and a group may act in the other country named
("<people>-led forces retook a village in <country> after fighting with guerrillas")."""


ETHNIC = "#ethnic"
"""Entry ending of a people named as an ethnic group ("ethnic <people>": no country from its
name, ``resolver.resolve_atom``), also carried by the pronouns linked to it."""


SHARED_PEOPLES = word_list("actors", "vocabulary.yaml", "shared_peoples")
"""Peoples whose homeland several states share ("Kurds", "Tamil"): their name gives no country."""
PRIVATE_SECTORS = frozenset({"CVL", "REF"})
"""Sectors of private people and refugees a shared people's name may modify ("<people>
civilians", "<people> villages", "<people> refugees")."""
PEOPLE_SECTOR = "CVL"


def shared_people(mention: Mention) -> str | None:
    """The shared people's word that names a mention with no country: the people itself (no
    actor: "Kurds") or a private-people role it modifies ("Tamil civilians"), else None."""
    actor = mention.actor
    if actor is not None and (actor.country is not None or actor.sector not in PRIVATE_SECTORS):
        return None
    if actor is None and mention.label != "NORP":
        return None
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", mention.text)]
    return next((w for w in words if w in SHARED_PEOPLES), None)


def story_country(mentions: list[Mention]) -> list[Mention]:
    """Give every titled person with no country the story's country when the article names
    exactly one country through its actors: bodies, offices, people and organisations of a
    state, a capital acting as its government ("Judge <name> opened an inquiry into 28 Chilean
    officials": CHL JUD; "the Zambian government said Minister <name> resigned": ZMB GOV).
    Places, peoples, people at large and things named by nationality do not count ("two
    Britons", "Russian gas", "crowds in Paris", "sanctions against Nigeria"): a judge who fines
    Britons is not British, a president cheered in Paris may be a visitor. A role or pronoun of
    a ``DOMESTIC`` sector takes the country when it is the only one the article names in any
    way and a state actor (``STATE_SECTORS``) names it. An ethnic group no clause placed takes
    the country on the titled persons' terms ("Ethnic <people> vowed to fight, <country>
    officials said").

    >>> import detente
    >>> coded = detente.code("Judge Ana Velez charged 28 Chilean officials with fraud.")
    >>> [(m.text, m.actor.code) for m in coded.mentions]
    [('Judge Ana Velez', 'CHLJUD'), ('Chilean officials', 'CHLGOV')]
    """
    named = {m.actor.country for m in mentions if m.actor is not None and m.actor.country
             and m.actor.sector != "CVL"
             and not (m.label in PLACE_LABELS and m.actor.sector in STATE_FREE_SECTORS)}
    if len(named) != 1 or not is_country(next(iter(named))):
        return mentions
    code = next(iter(named))
    countries = [m.actor for m in mentions if m.actor is not None and m.actor.country
                 and is_country(m.actor.country)]
    state = {a.country for a in countries} == named and any(
        a.sector in STATE_SECTORS for a in countries)
    for m in mentions:
        actor = m.actor
        if state and (word := shared_people(m)) is not None:
            m.actor = Actor(code, actor.sector if actor else PEOPLE_SECTOR,
                            name=actor and actor.name,
                            entry=f"{actor.entry if actor else 'people:' + word}+story:{code}")
            m.rule = m.rule or m.actor.entry
            continue
        if actor is None or actor.country is not None or actor.sector is None \
                or PATRON_MARK in (actor.entry or ""):
            continue  # "Iran's proxy militias": its possessor names a patron, the story's country is not theirs
        if m.label == "PERSON" and actor.sector not in NOT_PLACED \
                or state and m.label in GROUP_LABELS and actor.sector in DOMESTIC \
                or (actor.entry or "").endswith(ETHNIC):
            m.actor = Actor(code, actor.sector, name=actor.name,
                            entry=f"{actor.entry or ''}+story:{code}")
    return mentions


def load(resources: Resources) -> None:
    """No data of its own."""
    return None


def run(coded: CodedArticle, resources: Resources) -> None:
    """Rewrite ``coded.mentions`` in place (see the module docstring)."""
    story_country(coded.mentions)


STAGE = Stage(name="story_country", reads=("mentions",), writes=("mentions",), run=run)
