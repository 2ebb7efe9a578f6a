"""Resolving each actor phrase: a tree of atoms joined over the dependency parse.

"Russian President Vladimir Putin" is three atoms (demonym, role, person) in one phrase
(``detente.actors.trees`` builds the trees). The root atom decides what the phrase is; the
others give its country, sector and "former" status.

The phrase and context records are in the sibling module ``phrases.py``; what the words of a
phrase say beyond its atoms (stance, former, place use, span, definiteness) in ``phrase_words.py``.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

from detente.actors.arrays import has_newline
from detente.actors.atoms import Atom
from detente.actors.conjuncts import share_conjunct_country
from detente.actors.descriptions import of_other, office_end, office_title, speaks_for
from detente.actors.estimate import written_office
from detente.actors.filters import (
    is_credit,
    is_currency,
    is_ethnic,
    is_land_or_origin,
    is_language,
    is_name_tail,
)
from detente.actors.locative import CLAUSE_DEPS, place_local, place_movement, verb_place
from detente.actors.phrase_words import (
    PATRON_MARK,
    contiguous,
    definite,
    is_former,
    is_patron,
    is_place_use,
    is_stance,
    phrase_span,
    titling_body,
)
from detente.actors.phrases import Context, Phrase
from detente.actors.roster import FORMER_SECTOR, Person, active_on, standing_on
from detente.actors.seats import is_generic_seat, named_seat, state_namesake, where_stationed
from detente.actors.sectors import (
    BODY_HEAD_ROLES,
    CAPTIVE_NOUNS,
    MEDIA_SECTOR,
    OPPOSITION_SECTOR,
    body_sector,
    captive_sector,
    crowd_sector,
    head_sector,
    is_community_force,
    is_state_media,
    modifier_sector,
)
from detente.actors.tables import Entry, RoleNoun
from detente.actors.trees import (
    anchor_of,
    build_trees,
    is_people_noun,
    members,
)
from detente.nlp import columns, heads
from detente.records import Actor
from detente.resources import word_list

FAITH_LEADERS = frozenset({"leader", "leaders", "figure", "figures"})
"""Generic roles a faith word makes religious ("Muslim leaders" REL); not officials or
commanders ("Shiite officials" of a government stay GOV)."""
CIVILIAN_PROPERTY = word_list("actors", "vocabulary.yaml", "civilian_property")
"""Homes and holdings of ordinary people: a nationality word on one is that people's
civilians ("Palestinian homes")."""
NATIONAL_PEOPLE = word_list("actors", "vocabulary.yaml", "national_people")
"""Person nouns after which a nationality word is its private people ("a Palestinian youth"
CVL; round 20)."""
BACKER_NOUNS = word_list("actors", "vocabulary.yaml", "backer_nouns")
"""People who back someone: OPP when the one they back is out of office (round 20)."""
OUT_OF_OFFICE = frozenset({OPPOSITION_SECTOR, FORMER_SECTOR})
EXILE_WORDS = word_list("actors", "vocabulary.yaml", "exile_words")
"""Former words that leave the opposition the opposition ("exiled opposition leader": OPP,
CAMEO's EXILED_OPPOSITION ~OPP; round 20)."""
CROWD_NOUNS = word_list("actors", "vocabulary.yaml", "crowd_nouns")
"""People named by what they do in a crowd: a sector word before them is who they are."""
MEMBER_BODIES = word_list("actors", "vocabulary.yaml", "member_bodies")
"""Bodies of members ("union", "association"): a profession's takes its sector."""
PROFESSION_WORDS = word_list("actors", "vocabulary.yaml", "profession_sectors")
PROFESSION_SECTORS = frozenset(s.upper() for s in PROFESSION_WORDS)
PEOPLE_SECTOR = "CVL"
"""Sector of a people named by nationality alone (CAMEO codes "Libyans" as civilians), and of
a city or region named as a place (the PLOVER gold codes "a curfew in Abidjan" CIVCVL)."""
UNTITLED_OFFICE = "cameo"
"""Title of the offices converted from the Phoenix dictionaries, which name none: the text's
title ("Finance Minister ...") stands in for it, so "the minister" can refer back."""
COUNTRY_KINDS = frozenset({"country", "demonym", "capital", "seat", "region", "org", "person"})


def pick_person(entries: tuple[Entry, ...], ctx: Context) -> Entry:
    """Among people sharing a name: one named before in the article, else one in office on
    the date, else the one whose latest office started on or before the date is latest."""
    people = [e for e in entries if e.person is not None]
    for e in people:
        if e.person.id in {p.id for p in ctx.seen_people.values()}:
            return e
    if ctx.day is None and ctx.era is not None:
        active = [e for e in people if any(ctx.era.covers(o) for o in e.person.offices)] \
            or [e for e in people if any(ctx.era.touches(o) for o in e.person.offices)]
    else:
        active = [e for e in people if active_on(e.person, ctx.day)]
    if active:
        return max(active, key=lambda e: _latest_start(e, dt.date.max))
    # Nobody in office: an office that starts after the day is no claim on the name ("Lord
    # Goldsmith" in 2012 is Peter, attorney general to 2007, not Zac, a peer from 2020).
    day = ctx.day or dt.date.max
    started = [e for e in people if any(o.start is None or o.start <= day
                                        for o in e.person.offices)]
    return max(started or people, key=lambda e: _latest_start(e, day))


def _latest_start(entry: Entry, day: dt.date) -> dt.date:
    """The latest start, on or before ``day``, of the entry's person's offices."""
    return max((o.start or dt.date.min for o in entry.person.offices
                if o.start is None or o.start <= day), default=dt.date.min)


MULTI_SEAT = word_list("actors", "vocabulary.yaml", "multi_seat_offices")
"""Offices many hold at once: a definite "the senator" is only a holder the article named."""
RECENT_YEARS = 8
"""A person found by surname alone is taken as the roster's only if in office on the date,
named in full earlier, or out of office for at most this many years ("Campbell" in 2019 is
not Kim Campbell, prime minister in 1993)."""


def likely_by_surname(atom: Atom, ctx: Context) -> bool:
    if not atom.by_surname or ctx.day is None:
        return True
    seen = {p.id for p in ctx.seen_people.values()}
    for entry in atom.entries:
        person = entry.person
        if person.id in seen or active_on(person, ctx.day):
            return True
        ends = [o.end for o in person.offices if o.end is not None and o.end <= ctx.day]
        if ends and (ctx.day - max(ends)).days <= RECENT_YEARS * 365:
            return True
    return False


def name_actor(atom: Atom, doc, ctx: Context,
               title: str | None = None) -> tuple[Actor | None, Person | None]:
    """Actor of a name atom: country, demonym, capital, seat, region, organisation or person
    (``title``: the office the text gives a person, used when the article has no date)."""
    if atom.kind == "person":
        entry = pick_person(atom.entries, ctx)
        person = entry.person
        if ctx.day is None:
            title = title or ctx.titles.get(person.id)
            if title:
                ctx.titles.setdefault(person.id, title)
        standing = standing_on(person, ctx.day, title, ctx.era)
        return Actor(standing.country, standing.sector, name=person.name,
                     entry=standing.entry), person
    entry = atom.entries[0]
    sector, used = entry.sector, entry.entry
    if atom.kind in ("capital", "region") and is_place_use(doc, anchor_of(doc, atom), ctx.tables):
        sector, used = PEOPLE_SECTOR, f"{entry.entry}#place"
    token = doc[anchor_of(doc, atom)]
    if atom.kind == "demonym" and (is_people_noun(token) or token.dep_ in ("amod", "compound")
                                   and (token.head.lower_ in CIVILIAN_PROPERTY
                                        or token.head.lower_ in NATIONAL_PEOPLE)):
        sector = PEOPLE_SECTOR
    if is_ethnic(doc, atom, ctx.tables):  # "ethnic Albanians" in Macedonia: not ALB
        return Actor(None, sector or PEOPLE_SECTOR, name=entry.name, entry=f"{used}#ethnic"), None
    return Actor(entry.country, sector, name=entry.name, entry=used), None


def country_of(atom: Atom, doc, ctx: Context) -> tuple[str | None, str]:
    """Country code a modifier atom gives, and its entry id."""
    if atom.kind == "person":
        actor, _ = name_actor(atom, doc, ctx)
        return (actor.country if actor else None), (actor.entry if actor else "")
    if atom.kind == "demonym" and is_ethnic(doc, atom, ctx.tables):
        return None, ""  # "ethnic Albanian guerrillas" in Macedonia are not Albania's
    if atom.kind in COUNTRY_KINDS and atom.entries:
        return atom.entries[0].country, atom.entries[0].entry
    return None, ""


def role_sector(doc, root: Atom, mods: list[Atom], ctx: Context) -> str:
    sector = root.role.sector
    if root.role.phrase in BODY_HEAD_ROLES:  # "the chief executive of the energy regulator": GOV
        return head_sector(root.role.phrase, sector, next(
            (("GOV" if is_state_media(doc, a) or is_state_media(doc, a, root) else a.role.sector)
             if a.kind == "role"
             else a.entries[0].sector for a in mods
             if a.kind == "role" or a.kind in ("org", "seat") and a.entries), None))
    if root.role.generic:
        sector = modifier_sector(doc, root, mods, ctx.tables) or (
            "REL" if root.role.phrase in FAITH_LEADERS and is_community_force(doc, root)
            else sector)  # "Muslim leaders": CAMEO's MUS/CHR agents are REL
    elif is_state_media(doc, root):
        sector = "GOV"
    elif sector == "MIL" and (is_community_force(doc, root)
                              or modifier_sector(doc, root, [], ctx.tables) in ("REB", "OPP")):
        sector = "REB"  # "Shiite troops", "rebel soldiers", "opposition forces": no state army
    elif sector == "LEG" and modifier_sector(doc, root, [], ctx.tables) == "OPP":
        sector = "OPP"  # "opposition lawmakers": CAMEO's OPPOSITION_MP
    elif root.role.phrase in MEMBER_BODIES:  # "the union of teachers": EDU, as CAMEO codes it
        sector = next((a.role.sector for a in mods if a.kind == "role"
                       and a.role.sector in PROFESSION_SECTORS), sector)
    elif sector == PEOPLE_SECTOR and root.role.phrase in CROWD_NOUNS:
        sector = crowd_sector(doc, root, mods, ctx.tables) or sector
    elif root.role.phrase in BACKER_NOUNS:
        sector = backer_sector(doc, mods, ctx) or sector
    elif root.role.phrase in CAPTIVE_NOUNS:
        sector = captive_sector(doc, root) or sector
    return sector


def backer_sector(doc, mods: list[Atom], ctx: Context) -> str | None:
    """OPP for people backing someone out of office ("supporters of former President <name>",
    "followers of the opposition leader"): CAMEO's OPPOSITION_SUPPORTER (round 20)."""
    for atom in mods:
        if is_former(doc, [anchor_of(doc, atom)], ctx.tables):
            return "OPP"
        if atom.kind == "role":
            own = atom.role.sector
        elif atom.kind in ("person", "org"):
            actor = name_actor(atom, doc, ctx)[0]
            own = actor.sector if actor else None
        else:
            continue
        if own in OUT_OF_OFFICE:
            return "OPP"
    return None


def resolve_role(doc, root: Atom, group: list[Atom], ctx: Context) -> list[Phrase]:
    """A role-noun phrase: "Russian troops", "the Kremlin leader", "Moscow's ambassador";
    conjoined countries ("US and British forces") give one phrase per country."""
    mods = [a for a in group if a is not root]
    sector = role_sector(doc, root, mods, ctx)
    if root.role.phrase in BACKER_NOUNS and sector != OPPOSITION_SECTOR:
        return resolve_atoms(doc, mods, ctx)  # "supporters of President <name>": the one backed
    if is_former(doc, [anchor_of(doc, root)], ctx.tables,
                 EXILE_WORDS if sector == OPPOSITION_SECTOR else frozenset()):
        sector = FORMER_SECTOR  # "exiled opposition leaders" are still the opposition (round 20)
    patrons = [a for a in mods if a.kind in COUNTRY_KINDS and is_patron(doc, root, a)]
    bearers = [(a, *country_of(a, doc, ctx)) for a in mods if a.kind in COUNTRY_KINDS
               and a not in patrons]  # "Israel's militia ally": not Israel's
    bearers = state_namesake(doc, root, group, named_seat(doc, root, [b for b in bearers if b[1]]),
                             ctx.states_text)
    located = where_stationed(doc, root, bearers)
    if located:  # "Russian troops in Georgia": Russia's troops; Georgia is where they are
        bearers = [b for b in bearers if b not in located]
        group = [a for a in group if a not in [b[0] for b in located]]
    countries = {b[1] for b in bearers}
    rule = f"role:{root.role.phrase}"
    if located:
        places = [Phrase(a.start, a.end, a.label, actor, actor.entry, anchor_of(doc, a),
                         atoms=[a]) for a, _, _ in located
                  for actor in [name_actor(a, doc, ctx)[0]] if actor is not None]
        return resolve_role(doc, root, group, ctx) + places
    if len(countries) > 1:
        return [Phrase(a.start, a.end, a.label, Actor(c, sector, entry=f"{rule}+{e}"),
                       f"{rule}+{e}", anchor_of(doc, a), title=root.role.phrase, atoms=[a])
                for a, c, e in bearers]
    start, end = phrase_span(doc, group, root, ctx.tables)
    country, entry = (bearers[0][1], bearers[0][2]) if bearers else (None, "")
    if country in ctx.tables.organisation_codes and (root.role.person or root.role.plural) \
            and sector == "GOV":  # "a UN official" and "UN officials" alike: the body's IGO
        sector = ctx.tables.organisation_codes[country]
    full_rule = f"{rule}+{entry}" if entry else rule
    if root.role.phrase in BODY_HEAD_ROLES and sector != root.role.sector:
        full_rule = f"{full_rule}+body-head"  # a public body's head, its sector (sectors.head_sector)
    if patrons:
        full_rule = f"{full_rule}{PATRON_MARK}"
    body = speaks_for(root, [b[0] for b in bearers])
    if body is not None:  # "a Hamas spokesman" is Hamas speaking: its sector, not GOV
        full_rule = f"{full_rule}+speaks-for"
        sector = body.sector or sector
    phrase = Phrase(start, end, "ROLE", Actor(country, sector, name=body and body.name,
                                              entry=full_rule),
                    full_rule,
                    anchor_of(doc, root), role=root.role, title=root.role.phrase,
                    kind="person" if root.role.person else "group",
                    definite=root.role.person and definite(doc, root, mods), atoms=group)
    if phrase.definite and sector != FORMER_SECTOR:
        office = office_title(doc, start, end, [b[0] for b in bearers], ctx.tables)
        # the office's own words ("the Chancellor of the Exchequer") are not a role of
        # something else ("the president of the company", "Secretary of State for Health")
        if office and not of_other(doc, root, anchor_of(doc, root), bearers,
                                   office_end(doc, root, end, office)):
            phrase.office = office
            if office not in MULTI_SEAT:  # "the US senator": the latest fitting person decides
                fill_holder(phrase, country, ctx)  # (coref.link_definite, then _holder_by_office)
    return [phrase]


def _holds_span(holder: str, country: str, phrase: Phrase, ctx: Context) -> bool:
    """True when ``holder`` holds the phrase's office at both ends of the estimated span: a
    span of years is no day, and one of several holders in it named from its middle is a guess
    (review r29c, bug 3: "the foreign minister" of a long premiership)."""
    ends = (ctx.era.start, max(ctx.era.start, ctx.era.end - dt.timedelta(days=1)))
    return all(holder in {t.holder.id for t in ctx.tables.offices.holders(country, phrase.office, d)}
               for d in ends)


def seat_places(phrase: Phrase) -> set[str]:
    """The regions a description of a many-seat office names ("the Florida senator", "the
    Ohio governor": one seat of many, which the roster does not tell apart), in its own words
    or through the role it stands in apposition to ("<name>, the governor of Ohio")."""
    places = {e.entry for a in phrase.atoms if a.kind == "region" for e in a.entries}
    rule = phrase.rule or ""  # a name that took the region from its apposition, "+region:Ohio"
    places |= {part for part in rule.replace(">", "+").split("+") if part.startswith("region:")}
    return {place.split("#")[0] for place in places}


def fill_holder(phrase: Phrase, country: str | None, ctx: Context) -> bool:
    """Make a definite role phrase its office's holder on the article date ("the Vice
    President" in May 2019 -> Mike Pence); False when the date, the country or the holder is
    not known."""
    day = ctx.day or (ctx.era.day if ctx.era is not None else None)
    if day is None or country is None:
        return False
    found = ctx.tables.offices.holders(country, phrase.office, day)
    if found and phrase.office in MULTI_SEAT:  # "the senator": one of many, the one named
        found = [] if seat_places(phrase) else [t for t in found if t.holder.id in ctx.seen_people]
        if len({t.holder.id for t in found}) > 1:
            return False
    if not found or ctx.day is None and not _holds_span(found[0].holder.id, country, phrase, ctx):
        return False
    tenure = found[0]
    holder = tenure.holder
    when = day.isoformat() if ctx.day else f"~{day.isoformat()}"  # "~": the estimated day
    rule = f"office:{country}/{phrase.office}@{when}>roster:{holder.id}"
    phrase.actor = Actor(tenure.office.country, tenure.office.sector or phrase.actor.sector,
                         name=holder.name, entry=rule)
    phrase.rule, phrase.person, phrase.gender = rule, holder, holder.gender
    ctx.seen_people[holder.id] = holder
    return True


def resolve_person(doc, root: Atom, group: list[Atom], ctx: Context) -> list[Phrase]:
    """A roster person with any title and nationality words ("Russian President Putin"); the
    text's role fills in a sector the roster has none for on the date ("Opposition leader
    Nana Akufo-Addo" before his presidency)."""
    roles = [a.role for a in group if a.kind == "role"]
    title = roles[-1].title if roles else None
    actor, person = name_actor(root, doc, ctx, title)
    ctx.seen_people[person.id] = person
    if actor.sector is None and roles:
        actor = Actor(actor.country, roles[-1].sector, name=actor.name,
                      entry=f"{actor.entry}+role:{roles[-1].phrase}")
    elif (said := untitled_office(person, roles, actor, ctx, HELD_BESIDE)) is not None \
            and written_office(doc, group, person) is None:  # "Hong Kong Chief Executive X": the office
        actor = Actor(actor.country, said.sector, name=actor.name,
                      entry=f"{actor.entry}+title:{said.phrase}")
    body = titling_body(group)
    if body is not None and body.entries[0].country != actor.country:
        entry = f"{actor.entry}+title-of:{body.entries[0].entry}"
        actor = Actor(body.entries[0].country, body.entries[0].sector, name=actor.name,
                      entry=entry)
    if is_former(doc, [anchor_of(doc, a) for a in group], ctx.tables,
                 EXILE_WORDS if actor.sector == OPPOSITION_SECTOR else frozenset()):
        actor = Actor(actor.country, FORMER_SECTOR, name=actor.name, entry=actor.entry)
    start, end = phrase_span(doc, group, root, ctx.tables)
    shown = standing_on(person, ctx.day, title, ctx.era).title
    if shown in (None, UNTITLED_OFFICE) and roles and roles[-1].person \
            and roles[-1].sector == actor.sector:
        shown = roles[-1].title or roles[-1].phrase  # "Finance Minister <a Phoenix person>"
    return [Phrase(start, end, "PERSON", actor, actor.entry, anchor_of(doc, root), person=person,
                   title=shown, kind="person", gender=person.gender, atoms=group)]


def untitled_office(person: Person, roles: list[RoleNoun], actor: Actor,
                    ctx: Context, beside: frozenset = frozenset()) -> RoleNoun | None:
    """With no article date, the text's own title when it names a sector none of the roster
    person's offices is called by ("General X" of a man the roster knows as a later
    president): the title is what the text says he is (``resolve_person``). A generic title
    takes the role it is of ("the party's leader X": the party's PTY). ``beside``: the
    (title, office) sector pairs where the office stays (``HELD_BESIDE``)."""
    if ctx.day is not None or not roles:
        return None
    title = roles[-1]
    if title.generic and len(roles) > 1 and not roles[-2].generic:
        title = roles[-2]
    elif title.generic or not title.person:
        return None
    if title.sector in (actor.sector, FORMER_SECTOR) or any(
            _spelt(o.title) == _spelt(title.title) for o in person.offices) or (
            title.sector, actor.sector) in beside:
        return None
    return title


def _spelt(title: str | None) -> str | None:
    """A title with its hyphens as spaces: "secretary-general" is the roster's "secretary
    general" (review r29c, bug 4: an IGO head read as his title's GOV on an estimated span)."""
    return title.replace("-", " ") if title else title


def held_beside(phrase: Phrase, ctx: Context) -> RoleNoun | None:
    """The text's title that ``HELD_BESIDE`` set aside for a person phrase's roster office, or
    None (``era.titles_out_of_era`` weighs it against the text's era)."""
    roles = [a.role for a in phrase.atoms if a.kind == "role"]
    title = untitled_office(phrase.person, roles, phrase.actor, ctx)
    if title is None or (title.sector, phrase.actor.sector) not in HELD_BESIDE:
        return None
    return title


HELD_BESIDE = frozenset({("LEG", "GOV"), ("LEG", "OPP"), ("PTY", "OPP")})
"""(title's sector, roster office's sector) pairs where the undated text's title is held beside
the office, not instead of it: a minister or opposition leader of a parliamentary system sits in
the legislature ("Jane Roe MP" of a roster minister) and an opposition leader leads a party
("party leader Jane Roe"): the roster's office, the more specific, stays (issue 14 round 28)."""


def is_namesake(doc, root: Atom, group: list[Atom], ctx: Context) -> bool:
    """True when the text ties the name to a country the roster person never belonged to
    ("U.S. diplomat Alberto Fernandez" is not Argentina's Alberto Fernández)."""
    person = pick_person(root.entries, ctx).person
    theirs = {person.country, *(o.country for o in person.offices)}
    for atom in group:
        if atom is not root and atom.kind in ("country", "demonym", "capital", "seat"):
            if atom.entries[0].country not in theirs:
                return True
    return False


def resolve_unknown(doc, root: Atom, group: list[Atom], ctx: Context) -> list[Phrase]:
    """A name no dictionary knows: its titles and modifiers may still say who it is
    ("Prime Minister Mahendra Chaudhry" is GOV; "Latvian Constitutional Court" LVA)."""
    mods = [a for a in group if a is not root]
    roles = [a for a in mods if a.kind == "role"]
    bearers = [(a, *country_of(a, doc, ctx)) for a in mods]
    bearers = [b for b in bearers if b[1]]
    for role in roles:
        bearers = state_namesake(doc, role, group, named_seat(doc, role, bearers), ctx.states_text)
    bearers = [(c, e) for _, c, e in bearers]
    sector = roles[-1].role.sector if roles else None
    if roles and roles[-1].role.generic:  # "Union leader <name>": LAB, "Rebel commander": REB
        others = [a for a in mods if a is not roles[-1]]
        sector = modifier_sector(doc, roles[-1], others, ctx.tables) or sector
    if roles and is_former(doc, [anchor_of(doc, a) for a in group], ctx.tables):
        sector = FORMER_SECTOR
    start, end = phrase_span(doc, group, root, ctx.tables)
    titled = roles and roles[-1].role.person and root.end - root.start >= 2 and all(
        t.pos_ == "PROPN" and t.is_title for t in doc[root.start:root.end])
    if titled and root.label == "ORG":  # "MP Tanya Davies": a titled name, whatever NER said
        root.label = "PERSON"
    kind = "person" if root.label == "PERSON" else "group"
    name = doc[root.start:root.end].text if kind == "person" else None
    gender = ctx.tables.first_names.get(doc[root.start].lower_) if kind == "person" else None
    if not roles and not bearers:
        return [Phrase(start, end, root.label, None, None, anchor_of(doc, root), kind=kind,
                       gender=gender, atoms=group)]
    if not roles and root.label == "NORP" and is_people_noun(doc[anchor_of(doc, root)]):
        sector = PEOPLE_SECTOR
    country, entry = bearers[0] if bearers else (None, "")
    if kind == "person":  # "Mike Ryan of the WHO", "UN spokesman ...": the body's IGO
        sector = body_sector(mods, country, sector)
    if not roles and root.label == "ORG" and doc[root.end - 1].lower_ in ctx.tables.media_name_words:
        sector, entry = MEDIA_SECTOR, f"{entry}+media-name:{doc[root.end - 1].text}"
    rule = "+".join(x for x in [f"role:{roles[-1].role.phrase}" if roles else "", entry] if x)
    return [Phrase(start, end, root.label, Actor(country, sector, name=name, entry=rule), rule,
                   anchor_of(doc, root), title=roles[-1].role.phrase if roles else None,
                   kind=kind, gender=gender, atoms=group)]


def resolve_name(doc, root: Atom, group: list[Atom], ctx: Context) -> list[Phrase]:
    """A country, capital, seat or organisation; a national body takes a modifier's country
    ("the Nigerian Senate"), an international one keeps its own."""
    mods = [a for a in group if a is not root]
    paired = [a for a in mods if a.kind in ("country", "demonym") and a.end + 1 == root.start
              and doc[a.end].text == "-"]
    if root.kind in ("country", "demonym") and paired:  # "Israeli-Palestinian", "Iran-Iraq"
        return [p for a in (*paired, root) for p in resolve_name(doc, a, [a], ctx)]
    actor, _ = name_actor(root, doc, ctx)
    if root.kind in ("org", "demonym") and actor.sector not in ("IGO", "NGO") \
            or root.kind == "seat" and is_generic_seat(doc, root):
        for mod in mods:
            country, entry = country_of(mod, doc, ctx)
            if country:
                shown = f"{actor.entry}+{entry}" if root.kind == "seat" else actor.entry
                actor = Actor(country, actor.sector, name=actor.name, entry=shown)
                break
    start, end = phrase_span(doc, group, root, ctx.tables)
    return [Phrase(start, end, root.label, actor, actor.entry, anchor_of(doc, root),
                   kind="group", atoms=group)]


def resolve_tree(doc, root: Atom, group: list[Atom], ctx: Context) -> list[Phrase]:
    if root.kind == "pron":
        return [Phrase(root.start, root.end, "PRON", None, None, root.start, kind="pron",
                       gender=root.pronoun.gender, atoms=[root])]
    if root.kind == "role":
        named = [a for a in group if a.kind == "person" and likely_by_surname(a, ctx)]
        if named and root.role.person:  # "First Minister of Scotland Nicola Sturgeon"
            return resolve_person(doc, named[0], group, ctx)
        return resolve_role(doc, root, group, ctx)
    if (root.kind == "person" and likely_by_surname(root, ctx)
            and not is_namesake(doc, root, group, ctx)):
        return resolve_person(doc, root, group, ctx)
    if root.kind == "person":
        root.kind, root.label, root.entries = "unknown", "PERSON", ()
        return resolve_unknown(doc, root, group, ctx)
    if root.kind == "unknown":
        return resolve_unknown(doc, root, group, ctx)
    if root.kind == "region" and not root.entries[0].country:  # "the South China Sea"
        start, end = phrase_span(doc, group, root, ctx.tables)
        return [Phrase(start, end, root.label, None, None, anchor_of(doc, root), atoms=group)]
    return resolve_name(doc, root, group, ctx)


def resolve_atoms(doc, atoms: list[Atom], ctx: Context) -> list[Phrase]:
    """Phrases of the document, in text order; modifiers that would make a phrase swallow an
    unrelated atom are resolved on their own instead."""
    atoms = [a for a in atoms
             if not (a.kind in ("demonym", "country") and is_stance(doc, a, ctx.tables))
             and not is_language(doc, a) and not is_credit(doc, a)
             and not is_land_or_origin(doc, a, ctx.tables)
             and not is_currency(doc, a, ctx.tables)
             and not is_name_tail(doc, a)]  # "Gorno-Badakhshan" is no "Badakhshan"
    roots, children = build_trees(doc, atoms, ctx.tables.place_nouns)
    starts = [a.start for a in atoms]  # atoms come sorted by position (find_atoms)
    phrases: list[Phrase] = []
    todo = sorted(roots, key=lambda a: a.start)
    while todo:
        root = todo.pop(0)
        group = members(root, children)
        lo, hi = group[0].start, max(a.end for a in group)
        inside = atoms[bisect_left(starts, lo):bisect_left(starts, hi)]
        broken = has_newline(doc, lo, hi)
        if broken or not contiguous(group, inside):
            kids = children.pop(id(root), [])
            group = [root]
            todo = sorted(todo + kids, key=lambda a: a.start)
        phrases.extend(resolve_tree(doc, root, group, ctx))
    place_ethnic(doc, phrases, atoms, ctx)
    place_local(doc, phrases, atoms, lambda a: country_of(a, doc, ctx))
    place_movement(doc, phrases, atoms, lambda a: country_of(a, doc, ctx))
    share_conjunct_country(doc, phrases)
    return without_overlaps([p for p in phrases if keep_phrase(doc, p)])


def place_ethnic(doc, phrases: list[Phrase], atoms: list[Atom], ctx: Context) -> None:
    """An ethnic group the text places nowhere else takes the country where its clause
    happens ("killed three ethnic Albanians in a gunbattle in southern Serbia": SRB), as
    CAMEO codes an ethnic group by the country it lives in."""
    for phrase in phrases:
        actor = phrase.actor
        if actor is None or actor.country or not (actor.entry or "").endswith("#ethnic"):
            continue
        placed = verb_place(doc[phrase.anchor], atoms, lambda a: country_of(a, doc, ctx),
                            CLAUSE_DEPS)
        if placed is not None:
            rule = f"{actor.entry}+at:{placed[1]}"
            phrase.actor = Actor(placed[0], actor.sector, name=actor.name, entry=rule)
            phrase.rule = rule


def without_overlaps(phrases: list[Phrase]) -> list[Phrase]:
    """Phrases in text order, none overlapping: a phrase that grew left over its neighbour
    ("the" claimed twice) gives the token back; one inside another is dropped."""
    kept: list[Phrase] = []
    for phrase in sorted(phrases, key=lambda p: (p.start, -p.end)):
        if kept and phrase.start < kept[-1].end:
            if phrase.end <= kept[-1].end:
                continue
            phrase.start = kept[-1].end
        kept.append(phrase)
    return kept


def keep_phrase(doc, phrase: Phrase) -> bool:
    """Drop a bare role noun that only describes a thing ("army base", "government policy")."""
    if phrase.label != "ROLE" or (phrase.actor and phrase.actor.country):
        return True
    anchor = phrase.anchor
    return columns(doc).dep[anchor] not in ("compound", "amod") or heads(doc)[anchor] == anchor
