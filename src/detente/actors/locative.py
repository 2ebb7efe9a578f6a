"""Where an actor is when no modifier says so: the locative phrases ("in", "near", "outside",
"at") of the verb it is the subject, object or "by" agent of.

An ethnic group the text places nowhere else ("killed three ethnic <people> in a clash in
northern <country>") takes the one country those phrases name (``resolver.place_ethnic``);
so do people who belong where they act ("a reporter was shot dead in <city>": ``place_local``),
and a nationalist movement named by its nation that acts in another state ("<people>
nationalists in <country>": ``place_movement``).
"""

from __future__ import annotations

from collections.abc import Callable

from detente.actors.atoms import Atom
from detente.actors.trees import anchor_of
from detente.records import Actor
from detente.resources import word_list

LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "at"})
"""Where something happened ("in a clash in northern <country>"); never "of", nor "to" or
"from", which name a movement ("fled to <country>")."""
PLACE_KINDS = frozenset({"country", "demonym", "capital", "region"})
"""Atoms that can name the country of a locative phrase."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLAUSE_DEPS = SUBJECT_DEPS | {"dobj"}
"""An ethnic group is placed by the clause it is the subject or the object of."""

LOCAL_SECTOR_WORDS = word_list("actors", "vocabulary.yaml", "local_sectors")
LOCAL_SECTORS = frozenset(s.upper() for s in LOCAL_SECTOR_WORDS)
"""Sectors of people who belong where they act (``place_local``)."""
VISITOR_ROLES = word_list("actors", "vocabulary.yaml", "visitor_roles")
"""People of those sectors usually not from where they are ("tourists", "hostages")."""
CROWDS = word_list("actors", "vocabulary.yaml", "crowd_nouns")
"""Crowds are left to the events stage, which gives a crowd the one other country its
sentence names (``events.rules.crowd_actions``: "outside the Chinese embassy in Hanoi")."""
SITES = word_list("actors", "vocabulary.yaml", "site_nouns")
"""Nouns of places a nationality word can locate ("a Syrian town"), for ``place_local``."""

MOVEMENT_WORDS = word_list("actors", "vocabulary.yaml", "movement_words")
"""Words of a movement that claims a nation ("nationalist", "separatist", "secessionist"): a
nationality word right before one names the nation claimed, not the state the movement is in."""
HELD_PAIRS = word_list("actors", "vocabulary.yaml", "held_territories")
HELD_TERRITORIES = {place.upper(): frozenset(h.split(":")[1].upper() for h in HELD_PAIRS
                                             if h.split(":")[0] == place)
                    for place in {h.split(":")[0] for h in HELD_PAIRS}}
"""Territories and the states that hold them ("<people> nationalists" of the holding state in
the territory are that state's: settlers, an occupier's own nationalists), for ``place_movement``."""
DOER_DEPS = frozenset({"nsubj"})
"""A movement acts where it is the active subject (or the "by" agent, ``verb_place``): an
object or a passive subject is held, sought or hit there ("police arrested <people>
separatists in <city>"), which says nothing of the state it acts in."""
PLACE_NAME_KINDS = frozenset({"country", "capital", "region"})
"""Atoms that name a place by its name (a nationality word in a locative phrase names an
attacker or an origin as often: "in a <demonym> attack")."""

AUTHORITY_SECTORS = frozenset({"COP", "JUD"})
"""Police and courts act on their own country's people ("Turkish police detained ten
journalists": Turkey's journalists), as ANNOTATION.md's domestic acts ("police arresting
protesters -- same country")."""
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj"})
"""A verb whose subject is its governing verb's ("opened fire to disperse demonstrators")."""

CountryOf = Callable[[Atom], tuple[str | None, str]]
"""(country, entry) an atom gives (``resolver.country_of`` bound to the doc and context)."""


def located(head, atoms: list[Atom], country_of: CountryOf) -> set[tuple[str, str]]:
    """(country, entry) of the places in the locative phrases of the token ``head`` ("in a
    clash in northern <country>", "near the town of <X>", "outside of <city>")."""
    found = set()
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPOSITIONS:
            inside = {t.i for t in prep.subtree}
            found |= {(c, e) for a in atoms if a.kind in PLACE_KINDS and a.start in inside
                      for c, e in [country_of(a)] if c}
    return found


def one_country(found: set[tuple[str, str]]) -> tuple[str, str] | None:
    """The (country, entry) when ``found`` names exactly one country, else None."""
    return min(found) if len({c for c, _ in found}) == 1 else None


def own_place(token, atoms: list[Atom], country_of: CountryOf) -> tuple[str, str] | None:
    """The one country named by the locative phrases of ``token`` itself ("students at a
    university in <region>"), or None."""
    return one_country(located(token, atoms, country_of))


def verb_place(token, atoms: list[Atom], country_of: CountryOf,
               deps: frozenset[str] = SUBJECT_DEPS) -> tuple[str, str] | None:
    """The one country named by the locative phrases of the verb ``token`` is the subject
    (or other ``deps``) or "by" agent of; None when they name none or several."""
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        verb = token.head.head
    elif token.dep_ in deps:
        verb = token.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return one_country(located(verb, atoms, country_of))


def place_local(doc, phrases: list, atoms: list[Atom], country_of: CountryOf) -> None:
    """An unplaced role of people who belong where they act (``LOCAL_SECTORS``: "a reporter
    was shot dead in <city>", "students at a university in <region>") takes the one country
    of its own locative phrases, else of its clause's (subject, object or "by" agent); CAMEO
    codes such unnamed people by where they are. Failing a place, the direct object of a
    country's police or court takes its country (``authority_country``). Never visitors
    ("tourists"), office holders, or a role whose phrases name several countries; crowds
    only through their police (``CROWDS``). ``phrases`` are ``phrases.Phrase``."""
    def where(atom: Atom) -> tuple[str | None, str]:
        if atom.kind == "demonym" and doc[anchor_of(doc, atom)].head.lemma_.lower() not in SITES:
            return None, ""  # "injured in a Russian attack": the attacker's, not the place's
        return country_of(atom)

    for phrase in phrases:
        actor = phrase.actor
        if (phrase.label != "ROLE" or actor is None or actor.country
                or actor.sector not in LOCAL_SECTORS or phrase.role is None
                or phrase.role.phrase in VISITOR_ROLES
                or doc[phrase.anchor].lower_ in VISITOR_ROLES):
            continue
        token = doc[phrase.anchor]
        placed = None
        if phrase.role.phrase not in CROWDS:
            placed = own_place(token, atoms, where) or verb_place(token, atoms, where,
                                                                   CLAUSE_DEPS)
        if placed is not None:
            placed = placed[0], f"at:{placed[1]}"
        else:
            placed = authority_country(token, phrases)
        if placed is not None:
            rule = f"{actor.entry}+{placed[1]}"
            phrase.actor = Actor(placed[0], actor.sector, name=actor.name, entry=rule)
            phrase.rule = rule


def authority_country(token, phrases: list) -> tuple[str, str] | None:
    """(country, entry) of the police or court that does the act to ``token`` when ``token``
    is the verb's direct object and the subject is of ``AUTHORITY_SECTORS`` with a country
    (the subject of a governing verb counts: "police opened fire to disperse
    demonstrators"); None otherwise."""
    if token.dep_ != "dobj":
        return None
    by_anchor = {p.anchor: p for p in phrases if p.actor is not None}
    verb = token.head
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            doer = by_anchor.get(subjects[0].i)
            actor = doer.actor if doer is not None else None
            if actor is not None and actor.country and actor.sector in AUTHORITY_SECTORS:
                return actor.country, f"by:{actor.entry}"
            return None
        if verb.dep_ not in CLIMB_DEPS or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _active(token) -> bool:
    return token.dep_ in DOER_DEPS or token.dep_ == "pobj" and token.head.dep_ == "agent"


def _doer(token):
    """The token standing for ``token`` as its clause's doer, or None when it is no doer: the
    active subject or "by" agent itself, or through a coordination ("Moderates and <people>
    nationalists rejected": the first conjunct); the subject of a raising passive ("<people>
    nationalists are expected to reject") and the focus of a cleft ("It is <people>
    nationalists who rejected") are doers of their own phrase's place only (``_active`` false)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if _active(token):
        return token
    verb = token.head
    if token.dep_ == "nsubjpass" and verb.lemma_.lower() in RAISING_VERBS and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return token
    if token.dep_ == "attr" and verb.lemma_ == "be" and any(c.dep_ == "relcl" for c in token.children) \
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        return token
    return None


RAISING_VERBS = frozenset({"expect", "say", "believe", "think", "report", "allege", "know",
                           "understand", "suppose", "set", "due"})
"""Passives whose subject is the doer of the infinitive after them ("are expected to reject",
"are said to have attacked")."""


def place_movement(doc, phrases: list, atoms: list[Atom], country_of: CountryOf) -> None:
    """A nationalist or separatist group named by its nation ("<people> nationalists",
    "<people> nationalist guerrillas": a nationality word right before a ``MOVEMENT_WORDS``
    word) that the text places in another country -- its own locative phrase ("<people>
    nationalists in <country>") or its clause's ("... attacked a patrol in <city>") -- takes
    that country: CAMEO codes a movement by the state it acts in (the PLOVER gold codes Irish
    nationalist guerrillas in Northern Ireland GBR; Bosnian Serb nationalists are Bosnia's).
    Unplaced, or placed in its nation's own country, it keeps the nationality word's country;
    so does a person ("a <people> nationalist leader spoke in <city>": a visit, maybe), a group
    that is not the doer (the object or passive subject of an arrest is held there, not acting
    there: ``DOER_DEPS``), and a group whose state holds the place (``HELD_TERRITORIES``: a
    state's own nationalists in a territory it occupies are that state's, not a movement of it).
    Entry suffix ``+movement-at:<place entry>``. ``phrases`` are ``phrases.Phrase``."""
    def where(atom: Atom) -> tuple[str | None, str]:
        return country_of(atom) if atom.kind in PLACE_NAME_KINDS else (None, "")

    for phrase in phrases:
        actor = phrase.actor
        nation = next((a for a in phrase.atoms if a.kind == "demonym"), None)
        if actor is None or not actor.country or nation is None or nation.end >= len(doc) \
                or doc[nation.end].lower_ not in MOVEMENT_WORDS or phrase.kind == "person" \
                or phrase.role is not None and phrase.role.person:
            continue  # a person ("a <people> nationalist leader") may be a visitor where placed
        token = doc[phrase.anchor]
        if token.i != nation.end and token.head.i == nation.end:
            token = token.head  # "<people> nationalists": the movement noun heads the phrase
        doer = _doer(token)
        if doer is None:
            continue  # arrested, detained or attacked somewhere: not where it acts
        placed = own_place(token, atoms, where) or (
            verb_place(doer, atoms, where, DOER_DEPS) if _active(doer) else None)
        if placed is None or placed[0] == actor.country \
                or actor.country in HELD_TERRITORIES.get(placed[0], ()):
            continue  # at home, or in a territory its own state holds (settlers, occupiers)
        rule = f"{actor.entry}+movement-at:{placed[1]}"
        phrase.actor = Actor(placed[0], actor.sector, name=actor.name, entry=rule)
        phrase.rule = rule
