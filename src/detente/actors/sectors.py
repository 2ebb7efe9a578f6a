"""Sectors the words of an actor phrase give its role or its named person.

A generic role takes a more specific sector from a word before it ("rebel leader" REB, "Pentagon
official" MIL, "Sinn Fein leader" PTY); a media noun the state runs is GOV; armed men named by their
faith are a community's (REB); a crowd is who its role or sector word says; prisoners are MIL or OPP
by what they are held as; a person joined to an international body takes its sector. The root's own
choice among these is ``resolver.role_sector``'s (moved here from ``resolver`` when it grew past 600
lines; the rules are those of issue 14's rounds).
"""

from __future__ import annotations

from detente.actors.atoms import Atom
from detente.actors.tables import ActorTables, is_country
from detente.actors.trees import anchor_of
from detente.nlp import children, columns
from detente.resources import word_list

FAITH_WORDS = word_list("actors", "vocabulary.yaml", "faith_words")
"""Adjectives of a faith or sect that make armed men a community's group, not a state's."""
STATE_MEDIA_WORDS = word_list("actors", "vocabulary.yaml", "state_media_words")
"""Words that make a newspaper, agency or broadcaster the state's ("official", "state-run")."""
OPPOSITION_SECTOR = "OPP"
BODY_HEAD_ROLES = word_list("actors", "vocabulary.yaml", "body_head_roles")
"""Titles of whoever runs a body, BUS by default ("chief executive"): the body's own sector
when a public body owns them (``head_sector``)."""
PRIVATE_SECTORS = frozenset({None, "", "BUS", "CVL"})
"""Sectors of an owner that leave a body head's BUS as it is: a firm, private people, unknown."""
CAPTIVE_NOUNS = word_list("actors", "vocabulary.yaml", "captive_nouns")
"""Prisoners, who are MIL as prisoners of war and OPP as political prisoners (round 20)."""
NATIONAL_BODY_SECTORS = frozenset({"PTY", "LAB", "BUS", "MED", "EDU", "REL", "NGO"})
"""Sectors of national bodies whose generic role ("leader", "official") takes the body's sector
("Sinn Fein leader <name>": PTY, not GOV; a national charity's chief: NGO, round 31). Armed groups are left out: read so, a rebel group's
leaders became the group itself and an event row between them went (judged verifier tune half,
issue 14 round 19)."""
MEDIA_SECTOR = "MED"
"""Sector of a newspaper named after its place ("The Moscow Times")."""
BODY_SECTORS = frozenset({"IGO", "NGO"})
PARTY_SECTOR = "PTY"
INTERNATIONAL_OFFICIAL = {"IGO": "GOV", "NGO": "NGO"}
"""The sector a party's office word ("general secretary", PTY) takes under an international
body's name: an intergovernmental body's official is GOV, as its secretary-general reads (the
PLOVER gold codes IGO leaders GOV; the quotes stage's ``igo_official`` makes a speaker IGO), a
non-governmental body's is the body's NGO ("Opec general secretary <name>" is no party's;
review r30c)."""


def body_sector(mods: list[Atom], country: str | None, sector: str | None) -> str | None:
    """The sector of a named person with no role of their own joined to an international
    body or a seat of government: the body's ("Tedros Adhanom of the WHO": IGO, "Anna Berger
    of the Pentagon": MIL); ``sector`` unchanged otherwise. A role keeps its own sector
    ("Arab League Secretary-General ...": GOV, as the PLOVER gold codes IGO leaders)."""
    for atom in mods:
        if atom.kind in ("org", "seat") and atom.entries and atom.entries[0].country == country:
            own = atom.entries[0].sector
            body = own in BODY_SECTORS
            if sector is None and (body or atom.kind == "seat" and own):
                return own
            return sector
    return sector


def modifier_sector(doc, root: Atom, mods: list[Atom], tables: ActorTables) -> str | None:
    """A more specific sector for a generic role noun: "rebel leader", "Pentagon official",
    "military officials"; a party office under an international body is its official's."""
    for atom in mods:
        if atom.kind == "role":
            return atom.role.sector
        if atom.kind == "org" and atom.entries and atom.entries[0].sector in BODY_SECTORS \
                and root.kind == "role" and root.role.sector == PARTY_SECTOR:
            return INTERNATIONAL_OFFICIAL.get(atom.entries[0].sector)  # "Opec general secretary"
        if atom.kind == "seat" and atom.entries[0].sector:
            return atom.entries[0].sector
        if atom.kind == "org" and atom.entries and atom.entries[0].sector in NATIONAL_BODY_SECTORS \
                and is_country(atom.entries[0].country or ""):
            return atom.entries[0].sector  # "Sinn Fein leader <name>": the party's PTY (round 19)
    anchor, lower = anchor_of(doc, root), columns(doc).lower
    for child in children(doc)[anchor]:
        if child < anchor and lower[child] in tables.sector_adjectives:
            return tables.sector_adjectives[lower[child]]
    return None


def is_state_media(doc, root: Atom, head: Atom | None = None) -> bool:
    """A media noun the state runs ("an official Syrian newspaper", "the state-run news
    agency", "state television"): CAMEO's dictionaries code state media GOV (``GOVMED``).
    With ``head``, the word may hang on the head the media noun modifies ("a state radio
    executive", parsed with "state" on "executive")."""
    if root.role.sector != MEDIA_SECTOR:
        return False
    if root.role.phrase.split()[0] in STATE_MEDIA_WORDS:
        return True
    anchor = doc[anchor_of(doc, head if head is not None else root)]
    words = [c for c in anchor.children if c.i < root.start and c.dep_ in ("amod", "compound")]
    words += [g for c in words for g in c.children if g.i < c.i]  # "state" of "state-run"
    return any(w.lower_ in STATE_MEDIA_WORDS for w in words)


def captive_sector(doc, root: Atom) -> str | None:
    """Prisoners by what they are held as: "prisoners of war" MIL, "political prisoners" OPP
    (CAMEO's PRISONER_OF_WAR ~MIL, POLITICAL_PRISONER and POLITICAL_DETAINEE ~OPP; round 20)."""
    anchor = doc[anchor_of(doc, root)]
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lower_ == "war" and not any(d.dep_ == "det" for d in g.children)
            for g in c.children) for c in anchor.children):  # not "the prisoners of the war"
        return "MIL"
    if any(c.dep_ in ("amod", "compound") and c.lower_ == "political" and c.i < anchor.i
           for c in anchor.children):
        return OPPOSITION_SECTOR
    return None


def crowd_sector(doc, root: Atom, mods: list[Atom], tables: ActorTables) -> str | None:
    """Who a crowd is, from a role noun or sector adjective before it ("student protesters"
    EDU, "fundamentalist demonstrators" REL); never a stance ("anti-government")."""
    anchor = anchor_of(doc, root)
    words = [doc[anchor_of(doc, a)] for a in mods if a.kind == "role" and a.start < root.start]
    words += [c for c in doc[anchor].children if c.i < root.start
              and c.lower_ in tables.sector_adjectives]
    for word in words:
        if word.dep_ in ("compound", "amod") and not (word.i and doc[word.i - 1].text == "-"):
            atom = next((a for a in mods if a.kind == "role" and a.start <= word.i < a.end), None)
            return atom.role.sector if atom else tables.sector_adjectives[word.lower_]
    return None


def is_community_force(doc, root: Atom) -> bool:
    """Armed men named by their faith ("Moslem forces", "Shiite fighters"): a community's
    armed group, not a state's army (CAMEO codes such groups REB)."""
    anchor = doc[anchor_of(doc, root)]
    return any(c.i < root.start and c.dep_ in ("amod", "compound")
               and c.lower_ in FAITH_WORDS for c in anchor.children)


def head_sector(role: str, sector: str | None, owner: str | None) -> str | None:
    """The sector of a body head's title (``BODY_HEAD_ROLES``) whose body is named, in its
    possessor ("its chief executive") or its "of" phrase ("the chief executive of the energy
    regulator"): the body's own sector when it is a public body (GOV, MED, IGO, MIL ...), else
    ``sector`` unchanged (a firm's executive stays BUS).

    >>> head_sector("executive", "BUS", "GOV"), head_sector("executive", "BUS", "BUS")
    ('GOV', 'BUS')
    """
    if role in BODY_HEAD_ROLES and owner not in PRIVATE_SECTORS:
        return owner
    return sector

