"""Where a role is, not whose it is: the places named with a role phrase that are its seat or its
station, not a second owner (``resolver.resolve_role`` and ``resolver.resolve_unknown``).

- ``named_seat``: a nationality word that begins the name of a university, school or hospital
  "of" or "in" a place is part of the name ("the American University of Beirut": Lebanon's).
- ``where_stationed``: a place after a role that a nationality or country word before it
  already claims is where the role is ("Russian troops in Georgia": Russia's troops).

Moved from ``resolver.py`` unchanged (2026-12-05).
"""

from __future__ import annotations

from detente.actors.arrays import POSSESSIVE_MARKERS
from detente.actors.atoms import Atom
from detente.actors.homonyms import us_local
from detente.actors.trees import anchor_of
from detente.nlp import doc_text
from detente.resources import word_list

GENERIC_SEATS = word_list("actors", "vocabulary.yaml", "generic_seats")
"""Common office nouns that name a seat of power ("Foreign Office", any "... Department"): a
country word before one says whose it is."""

PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "to", "into", "from", "outside", "inside",
                                "across", "around", "within", "toward", "towards", "via",
                                "through", "throughout", "beyond", "over", "on"})
"""Prepositions whose object is a place ("in northern Iraq"); also ``phrase_words.is_place_use``."""
SEAT_PREPOSITIONS = frozenset({"of", "in"})
SEAT_KINDS = frozenset({"country", "capital", "region"})
SEAT_SECTORS = frozenset({"EDU", "HLH"})
"""Institutions named for where they are (universities, schools, hospitals), unlike an
embassy, whose nationality word is whose it is ("the British Embassy in Moscow")."""


def named_seat(doc, root: Atom, bearers: list[tuple]) -> list[tuple]:
    """The bearers of a body's proper name: a nationality word that begins the name of a
    university, school or hospital "of" or "in" a place ("the American University of Beirut", "the Chinese
    University of Hong Kong") is part of the name, and the place it names after the
    institution's word is where it is."""
    word = doc[root.start]
    if root.role is None or root.role.sector not in SEAT_SECTORS or not word.is_title \
            or word.i == word.sent.start:
        return bearers
    before = [b for b in bearers if b[0].kind == "demonym" and b[0].end <= root.start]
    after = [b for b in bearers if b[0].kind in SEAT_KINDS and b[0].start >= root.end
             and doc[b[0].start - 1].lower_ in SEAT_PREPOSITIONS]
    if not before or len(after) != 1 or after[0][1] in {b[1] for b in before}:
        return bearers
    return [b for b in bearers if b not in before]


def where_stationed(doc, root: Atom, bearers: list[tuple]) -> list[tuple]:
    """The places after a role that a nationality or country word before it already claims
    ("Russian troops in Georgia", "US forces in Iraq"): where the role is, not whose it is;
    empty when the role has no such word before it ("authorities in Croatia" are Croatia's)
    or the place is the same country."""
    front = {b[1] for b in bearers if b[0].end <= root.start and b[0].kind in ("country",
                                                                              "demonym")}
    if not front:
        return []
    return [b for b in bearers if b[0].start >= root.end and b[0].kind in SEAT_KINDS
            and b[1] not in front and _in_place_phrase(doc[anchor_of(doc, b[0])])]


def _in_place_phrase(token) -> bool:
    """The object of a locative preposition ("in northern Iraq", "in Georgia and Armenia")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS


def is_generic_seat(doc, atom: Atom) -> bool:
    """A seat named by a common office noun (``GENERIC_SEATS``): "the Foreign Office", "the
    Justice Department", not "the Kremlin" or "Downing Street".

    >>> import detente
    >>> [m.actor.code for m in detente.code("The German Foreign Office protested.").mentions]
    ['DEUGOV']
    """
    name = doc[atom.start:atom.end].text.lower()
    return name in GENERIC_SEATS or any(w in GENERIC_SEATS for w in name.split())


STATE_NAMESAKES = word_list("actors", "vocabulary.yaml", "state_namesakes")
STATE_OFFICES = word_list("actors", "vocabulary.yaml", "state_offices")
STATE_PARTY_WORDS = word_list("actors", "vocabulary.yaml", "state_party_words")
STATE_COUNTRY = "USA"
STATE_CONTEXT_KINDS = frozenset({"country", "demonym", "capital", "region", "seat", "org", "person"})
"""Atoms whose country says which country a text is about (``states_text``); not a role's."""
NAME_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


def state_namesake(doc, root: Atom, group: list[Atom], bearers: list[tuple],
                   states_text: bool = False) -> list[tuple]:
    """The bearers with a country named like a US state read as the state when the role is a US
    state's office or a US party word comes before the role head ("Senator <name> of Georgia", "the
    governor of Georgia", "Republican congressman <name> of Georgia"): the United States, not the
    Caucasus republic (issue 14 round 31). A party named after the role ("the leader of the
    Republican Party of Georgia") is the country's own party, and a possessive name ("the governor
    of Georgia's Kakheti region") a province of the country (review r31c, bug 1). The office may
    be a role inside the phrase ("a spokesman for the governor of Georgia") and the name its
    modifier ("the Georgia governor", "two Georgia senators"; issue 14 round 32) when the parse
    makes it the office's modifier and ``states_text`` holds (``states_text``; review r32d, bug 2:
    "In Georgia governors are appointed ...", "Russia accused Georgia governors ...")."""
    start = min(a.start for a in group)
    party = {t.lower_ for t in doc[start:root.end]} & STATE_PARTY_WORDS
    offices = [a for a in (root, *group) if a.kind == "role" and a.role is not None
               and a.role.phrase in STATE_OFFICES]
    if not offices and not party:
        return bearers
    return [(a, STATE_COUNTRY, f"{e}#us-state") if a.kind == "country"
            and (a.start >= root.end or states_text and any(_modifies(doc, a, o) for o in offices))
            and doc[a.start:a.end].text.lower() in STATE_NAMESAKES and not _possessive(doc, a.end)
            else (a, c, e) for a, c, e in bearers]


def _modifies(doc, name: Atom, office: Atom) -> bool:
    """The name right before the office is its modifier in the parse ("the Georgia governor"),
    not the end of a phrase before it ("In Georgia governors are appointed")."""
    token = doc[name.end - 1]
    return name.end == office.start and token.dep_ in NAME_MODIFIER_DEPS \
        and office.start <= token.head.i < office.end


def states_text(doc, atoms: list[Atom]) -> bool:
    """The text names the United States by an atom of its own (or places things as US local news,
    ``homonyms.us_local``) and by no other atom the country a state's namesake names ("Tbilisi",
    "Georgian", "Abkhazia" beside "Georgia"): a "<namesake> <office>" may then be the state's."""
    names = [a for a in atoms if doc[a.start:a.end].text.lower() in STATE_NAMESAKES]
    own = {e.country for a in names for e in a.entries} - {None}
    others = {e.country for a in atoms if a not in names and a.kind in STATE_CONTEXT_KINDS
              for e in a.entries}
    return bool(names) and not others & own \
        and (STATE_COUNTRY in others or us_local(doc_text(doc)))


def _possessive(doc, end: int) -> bool:
    """The name is a possessive owning a proper name ("Georgia's Kakheti region"): a province
    of the country, not a US state's office. A common noun owned ("the governor of Georgia's
    spokesman", "... Georgia's office") is the state governor's own (review r31f, bug 4)."""
    if end + 1 >= len(doc) or doc[end].lower_ not in POSSESSIVE_MARKERS:
        return False
    owned = doc[end + 1]
    return owned.pos_ == "PROPN" or owned.text[:1].isupper()
