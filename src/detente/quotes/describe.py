"""A speaker's country and sector from how the article describes them.

A careful reader codes "Detective Inspector Darren Gough said" as police, "Eliud Kipchoge from
Kenya" as Kenyan and "Durbin said" by the title of the first full mention ("Senate Minority Whip
Dick Durbin"). The actors stage resolves the names and role nouns its tables know; these rules
read what stands around a named speaker that no table gives an office:

- the **title** before the name, the run of nouns and adjectives the name closes ("businessman
  and Trump loyalist Stephen Schwarzman", "Chinese University political scientist Ma Ngok");
- an **apposition** ("Lisa Parry, a retired nurse,", "Maya Rockeymoore Cummings, his wife and
  the current chairwoman of the Maryland Democratic Party");
- the body or place the person is **of** or **from** ("Jennifer Lu of Marriage Equality
  Coalition Taiwan", "Eliud Kipchoge from Kenya");

at the mention that names the speaker and at the article's first full mention of them (the
root of its coreference chain). An unnamed speaker takes a sector from the nouns of its own
phrase ("The head of the police's internal investigators": COP). Which tokens make up a
description is ``descriptiontokens.py``'s job; this module reads what they fix.

The sector: the first role noun of one person in the description (``sectors.yaml``'s
``people`` lists and this stage's ``title_*`` lists); a role that heads a body ("president",
"chairwoman", the generic nouns) gives way to the body it is of ("the Lord President of the
court": JUD); else the last body word (``sectors.yaml`` groups, then ``body_*``: "Party",
"Institute", "Coalition"). The country: the first place, nationality or body with a country
among the description's mentions (``countries.py``); "worldwide"/"international" bodies have
none. Every resolution keeps its evidence in ``Actor.entry``
(``described:title:detective inspector``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from detente.actors.tables import first_names
from detente.nlp import doc_text
from detente.quotes.bodynames import name_kind, trade_body
from detente.quotes.countries import body_code, city_country, country_of, igo_codes
from detente.quotes.descriptiontokens import (
    around,
    description_tokens,
    first_full_name,
    is_person,
    mention_chain,
    title_run,
)
from detente.quotes.employers import companies_in, company_country, organisation_over_head
from detente.quotes.fast import doc_memo
from detente.quotes.offices import OFFICE_NOUNS, government_office, named_office
from detente.quotes.rolewords import (
    ACADEMIC_HEADS,
    BODY_EDU,
    LONGEST,
    TITLE_CVL,
    VOCABULARY,
    Role,
    political_campaign,
    role_words,
    roles,
)
from detente.records import Actor, Mention, Speaker
from detente.resources import word_list

__all__ = ["Description", "Role", "described", "political_campaign", "role_words"]

STATELESS = word_list("quotes", VOCABULARY, "stateless_words")
PARTY_WORDS = word_list("quotes", VOCABULARY, "party_countries")
PARTY_COUNTRIES = {w.split(":")[0]: w.split(":")[1].upper() for w in PARTY_WORDS}
"""Capitalised party words before a role that name one country's politics."""
ROLE_BESIDE = ("role-beside>", "apposition>")
"""``Actor.entry`` prefixes of a name given the sector of the role beside it or in
apposition to it (``speakers``, the actors stage): the role's own noun, read without the
body it heads ("the general secretary of the RMT union" gave GOV), so a body the
description finds wins."""
APPOSED = "apposition>"
"""``Speaker.rule`` prefix of a name in apposition to the role at the cue ("Jo Doe, general
secretary of ..."): the role's actor is the person's, read from the role word alone."""
INTERNATIONAL = "#international"
"""Suffix of ``Actor.entry`` for a person of an international body: no country by context."""


@dataclass(frozen=True)
class Description:
    """What a description fixes, with its evidence."""

    country: str | None = None
    sector: str | None = None
    evidence: str = ""
    international: bool = False


def sector_of(doc, tokens: list[int], names: frozenset[int] = frozenset(),
              places: frozenset[int] = frozenset(), organisations: list | None = None
              ) -> tuple[str, str] | None:
    """(sector, evidence) of a description: the person's role nearest to their name
    (``names``: its tokens), else the last body word or organisation the actors stage
    resolved (``organisations``; a head role's body among them), else a head role's own
    sector; None when no word names one."""
    found = sorted(roles(doc, tokens, places) + (organisations or []), key=lambda r: r[0])
    near = sorted((r for r in found if r[2].kind == "person"),
                  key=lambda r: min((abs(r[0] - n) for n in names), default=0))
    person = near[0] if near else None
    bodies = [r for r in found if r[2].kind == "body"]
    if person is not None and person[2].phrase in TITLE_CVL and bodies:
        person = None  # "IMF chief economist": a private role yields to the body it works for
    if person is not None and person[2].phrase.split()[-1] in ACADEMIC_HEADS:
        school = next((doc[i].lower_ for i in tokens if doc[i].lower_ in BODY_EDU), None) \
            or _school_named_before(doc, person[0])
        if school is not None:  # "University of Kent's chancellor" (the school's own name)
            return "EDU", f"academic-head:{person[2].phrase}>{school}"
    if person is not None:
        return person[2].sector, f"title:{person[2].phrase}"
    heads = sorted((r for r in found if r[2].kind == "head" and r[2].sector),
                   key=lambda r: min((abs(r[0] - n) for n in names), default=0))
    head = heads[0] if heads else None  # "President and CEO Tom Hale": the nearer, CEO
    if bodies:
        after = [k for k, r in enumerate(bodies) if head is not None and r[0] > head[1]]
        if after:  # "chief executive of Acme Motors and a trustee of the Rivers Trust"
            bodies = bodies[:after[0] + 1]
        body = _name_head(doc, bodies)
        school = _school_of_name(doc, bodies, body)
        if school is not None:  # "of the Harvard-Smithsonian Center for Astrophysics"
            return "EDU", f"body:{body[2].phrase}>{school}"
        if (trade := trade_body(doc, body[1])) is not None:  # "Hotel Association": BUS
            return "BUS", f"trade-body:{body[2].phrase}>{trade}"
        return body[2].sector, f"body:{body[2].phrase}"
    office = government_office(doc, tokens)  # the office a head role heads wins
    if head is not None and office is None:  # ("chief executive of the Environment Agency")
        return head[2].sector, f"head:{head[2].phrase}"
    return office


SCHOOL_NAME_JOINS = frozenset({"of", "the", ",", "'s", "'", "at", "and", "-"})


def _school_named_before(doc, i: int) -> str | None:
    """The school word of a capitalised name right before a role ("University of California,
    San Diego's chancellor", a name the parser splits): the word, or None."""
    j = i - 1
    while j >= 0 and i - j <= 10 and not doc[j].is_sent_end and (
            doc[j].is_title or doc[j].lower_ in SCHOOL_NAME_JOINS):
        if doc[j].lower_ in BODY_EDU and doc[j].is_title:
            return doc[j].lower_
        j -= 1
    return None


SCHOOL_UNIT_SECTORS = frozenset({"NGO"})
"""Sectors of the body words (``body_ngo``: centre, institute, ...) that, opening a name with a
university's, are a unit of that university (round 21, a42)."""


def _school_of_name(doc, bodies: list, body: tuple) -> str | None:
    """The university a capitalised centre or institute's own name opens with ("the
    Harvard-Smithsonian Center for Astrophysics", "the Kent University Institute of Ageing"): a
    school body (a ``body_edu`` word or an organisation the tables code EDU) earlier in the same
    run of capitalised words; its words, or None. The gold codes academics CVL (the evaluator
    counts detente's EDU as CVL), not a research group's NGO."""
    if body[2].sector not in SCHOOL_UNIT_SECTORS or not doc[body[0]].is_title:
        return None
    for first, last, role in bodies:
        if role.sector != "EDU" or first >= body[0]:
            continue
        if last >= body[0]:  # the tables read the whole name as the university's
            return role.phrase
        between = doc[last + 1:body[0]]
        if all(t.is_title or t.text in NAME_DASHES for t in between) and not any(
                t.is_sent_start for t in doc[first + 1:body[0] + 1]):  # the name may open its sentence
            return role.phrase
    return None


NAME_DASHES = frozenset({"-", "\u2013", "\u2014", "/"})
"""Joins inside one name ("Harvard-Smithsonian", "Harvard–Smithsonian")."""


def _name_head(doc, bodies: list) -> tuple:
    """The body word that heads the last body's name: a body word that is the object of an
    "of" hanging on an earlier body word names what the body is made of, not its kind
    ("National Union of Teachers": the union, LAB, not the teachers, EDU)."""
    body = bodies[-1]
    by_last = {r[1]: r for r in bodies}
    while True:
        token = doc[body[1]]
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i not in by_last \
                or by_last[prep.head.i] is body:
            return body
        body = by_last[prep.head.i]


def _organisations(doc, mentions: list[Mention], tokens: list[int]) -> list:
    """Organisations the actors tables know (not a role word inside an unknown name: "Ending
    Clergy Abuse") among the description's tokens, as body roles ("Sabrina Bennoui of
    Reporters Without Borders": NGO)."""
    have = set(tokens)
    out = []
    for m in mentions:
        if m.label == "ORG" and m.actor is not None and m.actor.sector \
                and (m.actor.entry or "").startswith("org:"):  # a body the tables know
            inside = [i for i in _token_range(doc, m.start, m.end) if i in have]
            if inside:
                out.append((inside[0], inside[-1], Role(m.actor.sector, "body", m.text)))
    return sorted(out, key=lambda r: r[0])


def party_country(doc, tokens: list[int]) -> tuple[str, str] | None:
    """(country, evidence) of a party word that only one country's politics uses right
    before a person's role ("Republican Senator Josh Hawley", "a Democratic congresswoman":
    USA; ``vocabulary.yaml`` party_countries); None otherwise."""
    for i in tokens:
        code = PARTY_COUNTRIES.get(doc[i].lower_) if doc[i].text[:1].isupper() else None
        if code and i > 0 and doc[i - 1].is_title and doc[i - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
            code = None  # a longer party name: "Liberal Democrat chairman"
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if code and nxt is not None and (role := role_words().get(nxt.lower_)) is not None \
                and role.kind in ("person", "head"):
            return code, f"party:{doc[i].text}"
    return None


def _international(doc, tokens: list[int], places: frozenset[int]) -> bool:
    """A stateless word right before a body word ("worldwide victim group"); not "director
    of global news"."""
    bodies = [r for r in roles(doc, tokens, places) if r[2].kind == "body"]
    return any(doc[i].lower_ in STATELESS and any(0 < r[0] - i <= 2 for r in bodies)
               for i in tokens)


def describe(doc, mentions: list[Mention], tokens: list[int], gazetteer=None) -> Description:
    """The country and sector the description ``tokens`` fix; ``gazetteer`` (a callable giving
    the places index) finds the country of a city no actors table knows ("a Toronto lawyer")."""
    memo = doc_memo(doc, "describe", mentions)  # asked again for each quote of a person
    key = (tuple(tokens), gazetteer)
    if key in memo:
        return memo[key]
    names = frozenset(i for i in tokens if doc[i].ent_type_ == "PERSON")
    places = doc_memo(doc, "places", mentions).get(0)  # the same for every description
    if places is None:
        places = doc_memo(doc, "places", mentions)[0] = frozenset(
            i for m in mentions if m.label in ("GPE", "LOC")
            for i in _token_range(doc, m.start, m.end))
    sector = sector_of(doc, tokens, names, places,
                       _organisations(doc, mentions, tokens) + companies_in(doc, tokens))
    country = country_of(doc, mentions, tokens)
    if country is None and gazetteer is not None:
        country = city_country(doc, mentions, tokens, gazetteer)
    if country is None:
        country = party_country(doc, tokens)
    if sector is not None and sector[1].startswith("body:"):
        code = body_code(mentions, tokens, doc, sector[1].removeprefix("body:"))
        if code is not None and (country is None or code[0] in igo_codes()):
            country = code  # "the UN humanitarian coordinator for Yemen": UN, not Yemen
        if country is None:
            country = company_country(sector[1].removeprefix("body:"))
    international = _international(doc, tokens, places)
    if international:
        country = None
    evidence = "+".join(e for e in (sector and sector[1], country and country[1]) if e)
    memo[key] = Description(country[0] if country else None, sector[0] if sector else None,
                            evidence, international)
    return memo[key]


def _token_range(doc, start: int, end: int) -> range:
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _looks_personal(name: str) -> bool:
    """A name of two words or more opening with a known given name ("Maya Rockeymoore
    Cummings", which the tagger took for an organisation) or a person's title ("Dr
    Seager")."""
    words = name.split()
    return len(words) > 1 and (words[0].lower() in first_names()
                               or words[0].lower() in person_titles())


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Titles before a surname that mark a person ("Mr", "Dr"), the actors stage's
    ``sectors.yaml``."""
    return word_list("actors", "sectors.yaml", "person_titles")


def _known(actor: Actor | None) -> bool:
    """An actor the tables gave both a country and a sector: nothing to describe."""
    return actor is not None and bool(actor.country) and bool(actor.sector)


def _body_name(speaker: Speaker, doc, mentions: list[Mention]) -> Description | None:
    """A body speaking under a name no table knows, by the last word of its name ("the Daily
    Courier": MED, "Bradford Council"), with the country of a place inside the name."""
    if actor_sector(speaker) is not None:
        return None
    at = mentions[speaker.mention] if speaker.mention is not None else None
    if (speaker.rule or "").startswith("spokesperson>body"):  # the body's name, not the role's
        at = next((m for m in mentions if m.label == "ORG" and m.text == speaker.name), at)
    start, end = (at.start, at.end) if at is not None else (speaker.start, speaker.end)
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    if not words:
        return None
    if (kind := name_kind(doc, words)) is not None:  # "Hotel Association", "Hindu Council"
        country = country_of(doc, mentions, [t.i for t in words])
        return Description(country[0] if country else None, *kind)
    last = words[-1]
    role = role_words().get(last.lemma_.lower()) or role_words().get(last.lower_)
    if role is None and last.lower_ in OFFICE_NOUNS and last.is_title:
        return _office_of(words, doc, mentions)
    if role is not None and role.kind == "body" and political_campaign(last):
        country = country_of(doc, mentions, [t.i for t in words[:-1]])  # "the Smith campaign"
        return Description(country[0] if country else None, "PTY", "name:campaign")
    if role is None or role.kind not in ("body", "name") or not role.sector or not last.is_title:
        return _body_apposed(doc, mentions, words)
    country = country_of(doc, mentions, [t.i for t in words[:-1]])
    return Description(country[0] if country else None, role.sector, f"name:{role.phrase}")


def _body_apposed(doc, mentions: list[Mention], words: list) -> Description | None:
    """A body's name no word of which gives its kind, with a common noun in apposition that
    does ("Marlow, the supermarket chain": BUS; "Zentrix, a software company"); None when
    the apposition names no body's kind."""
    tokens = [i for i in around(doc, words[0].i, words[-1].i) if doc[i].i > words[-1].i]
    bodies = [r for r in roles(doc, tokens) if r[2].kind == "body" and r[2].sector
              and not doc[r[1]].is_title]
    if not bodies:
        return None
    country = country_of(doc, mentions, tokens)
    return Description(country[0] if country else None, bodies[-1][2].sector,
                       f"apposed:{bodies[-1][2].phrase}")


def _office_of(words: list, doc, mentions: list[Mention]) -> Description | None:
    """A body named as the office of a role or body ("the Alachua Sheriff's Office": COP,
    "the Attorney General's Office": JUD, "Police Department": COP) takes the sector of the
    role word nearest before its office noun."""
    for k in range(len(words) - 2, -1, -1):
        for size in range(min(LONGEST, k + 1), 0, -1):
            phrase = " ".join(t.lower_ for t in words[k - size + 1:k + 1])
            role = role_words().get(phrase)
            if role is not None and role.sector and words[k].is_title and role.sector != "CVL":
                country = country_of(doc, mentions, [t.i for t in words[:k - size + 1]])
                return Description(country[0] if country else None, role.sector,
                                   f"office:{role.phrase}")
    named = named_office(doc, [t.i for t in words])  # "the National Crime Agency": COP
    if named is not None:  # (a private person's word, "National", names no office's kind)
        country = country_of(doc, mentions, [t.i for t in words])
        return Description(country[0] if country else None, named[0], named[1])
    return None


def _longer_title(evidence: str, entry: str) -> bool:
    """The description's title is a longer phrase ending in the role word the actor was read
    from ("chief technology officer" over "officer": BUS, not MIL)."""
    title = evidence.split("+")[0].removeprefix("title:")
    role = entry.split("+")[0].split(">")[-1].removeprefix("role:")
    return evidence.startswith("title:") and bool(role) and title != role \
        and title.endswith(" " + role)


def _tagged_person(speaker: Speaker, mentions: list[Mention]) -> bool:
    """A speaker named in apposition to a role (rule ``apposition>``) whose name the tagger
    tagged a person, though the speaker's mention is the role ("Dave Ward, general secretary
    of the Postal Workers Union": the mention is the role, the name a person's)."""
    return (speaker.rule or "").startswith(APPOSED) and any(
        m.label == "PERSON" and m.text == speaker.name for m in mentions)


FORMER_WORDS = word_list("actors", "sectors.yaml", "former_words")


def _out_of_office(actor: Actor | None) -> bool:
    """A roster person the date puts out of every office (``#former``: ELI)."""
    return actor is not None and actor.sector == "ELI" and "#former" in (actor.entry or "")


def _present_body(speaker: Speaker, desc: Description, doc, mentions: list[Mention], quoted
                  ) -> Speaker:
    """A roster person out of office whom the description gives a body they belong to or head
    now ("Philippine Red Cross chair <name>", "<name>, chairman of the Red Cross"): that body's
    sector, the person's own country (rule ``+present-body``); kept ELI when the description
    makes the body a former one ("Former CIA deputy director <name>") or names no body (issue
    14 round 30, branch q62)."""
    if not desc.sector or not desc.evidence.startswith(("body:", "trade-body:", "office:")):
        return speaker
    tokens = description_tokens(speaker, doc, mentions, quoted)
    if any(doc[i].lower_ in FORMER_WORDS for i in tokens):
        return speaker
    actor = speaker.actor
    entry = f"{actor.entry}+present-{desc.evidence}"
    return replace(speaker, actor=Actor(actor.country or desc.country, desc.sector,
                                        name=actor.name or speaker.name, entry=entry),
                   rule=f"{speaker.rule}+present-body")


def actor_sector(speaker: Speaker) -> str | None:
    return speaker.actor.sector if speaker.actor is not None else None


def _description(speaker: Speaker, doc, mentions: list[Mention], quoted, gazetteer=None
                 ) -> Description | None:
    """A person's description, an unnamed speaker's own phrase (when it has no actor) or a
    body's name ("the New York Times")."""
    if speaker.name is None:
        if speaker.actor is not None:
            return None
        return describe(doc, mentions, description_tokens(speaker, doc, mentions, quoted),
                        gazetteer)
    if (speaker.rule or "").startswith("spokesperson>body"):  # the body's description,
        return _body_name(speaker, doc, mentions) or _body_titled(  # not the spokesperson's
            speaker, doc, mentions, quoted, gazetteer, BODY_LABELS)
    if is_person(speaker, mentions) or _looks_personal(speaker.name) or (
            speaker.mention is not None  # the role "the president" of a person named before
            and mentions[mention_chain(speaker.mention, mentions)[-1]].label == "PERSON") or (
            _tagged_person(speaker, mentions)):
        tokens = description_tokens(speaker, doc, mentions, quoted)
        desc = describe(doc, mentions, tokens, gazetteer)
        if desc.sector is None and len(speaker.name.split()) == 1:  # "chains Marlow and Fenwick"
            return _body_titled(speaker, doc, mentions, quoted, gazetteer, BODY_LABELS) or desc
        return desc
    return _body_name(speaker, doc, mentions) or _body_titled(
        speaker, doc, mentions, quoted, gazetteer) or _untagged_person(
        speaker, doc, mentions, quoted, gazetteer)


def _untagged_person(speaker: Speaker, doc, mentions: list[Mention], quoted, gazetteer=None
                     ) -> Description | None:
    """A name the tagger took for no person (a given name the tables lack) whose first full
    mention carries a person's title ("Jo Roe, chief executive of the club, ..." and later
    "Jo Roe said"): the title's sector; None when no title of a person describes it."""
    name = speaker.name or ""
    if len(name.split()) != 2 or not all(w[:1].isupper() for w in name.split()) \
            or first_full_name(doc, speaker, quoted) is None:
        return None
    desc = describe(doc, mentions, description_tokens(speaker, doc, mentions, quoted), gazetteer)
    return desc if desc is not None and desc.sector \
        and desc.evidence.startswith(("title:", "head:", "office:named")) else None


def _body_titled(speaker: Speaker, doc, mentions: list[Mention], quoted, gazetteer=None,
                 labels: tuple[str, ...] = ("ORG",)) -> Description | None:
    """A spokesperson's body described by the run of words before its first named mention
    ("German rescue charity Lark-Point": DEU, NGO by "charity"; the first of coordinated
    names: "store chains Marlow and Fenwick"); None when that run names no body's kind, or
    does not close on it. ``labels``: the tags the named mention may have (a one-word
    company name the tagger took for a person's: ``PERSON`` too)."""
    at = next((m for m in mentions if m.label in labels and m.text == speaker.name), None)
    whole = next((m for m in mentions if m.label == "ORG" and speaker.name
                  and m.text.endswith(" " + speaker.name) and m.actor is not None
                  and m.actor.sector), None)
    if at is None and whole is not None:  # the tagger ran the run into the name
        return Description(whole.actor.country, whole.actor.sector,
                           f"titled:{whole.actor.entry}")
    span = doc.char_span(at.start, at.end, alignment_mode="expand") if at is not None else None
    if span is None or len(span) == 0:
        return None
    start = first_conjunct(doc, span.start)
    verb = doc[start - 1] if start > 0 and doc[start - 1].pos_ == "VERB" else None
    if verb is not None and any(c.dep_ in ("nsubj", "nsubjpass", "compound") and c.i < verb.i and
                                (c.pos_ in ("PROPN", "PRON") or c.ent_type_) for c in verb.children):
        return None  # "Britain funds Marlow": a verb after a named doer is no kind of body (merge review)
    tokens = title_run(doc, start, quoted)
    if not tokens and verb is not None and any(  # "store chains Marlow": "chains" tagged a verb
            r[2].kind == "body" for r in roles(doc, [start - 1])):
        tokens = title_run(doc, start - 1, quoted) + [start - 1]
    bodies = sorted((r for r in roles(doc, tokens) if r[2].kind == "body" and r[2].sector
                     and not doc[r[1]].is_title), key=lambda r: r[1])
    if not tokens or not bodies or bodies[-1][1] != tokens[-1]:
        return None  # the run must close on the body's kind, right before its name
    country = country_of(doc, mentions, tokens)
    return Description(country[0] if country else None, bodies[-1][2].sector,
                       f"titled:{bodies[-1][2].phrase}")


COORDINATORS = frozenset({"and", "or", "&"})
"""Words joining the last name of a coordination to the one before it (earlier names may be
joined by commas: "chains Marlow, Fenwick and Lark")."""
BODY_LABELS = ("ORG", "PERSON", "NORP")
"""Tags of a body's first named mention read for the kind noun before it: a one-word company
name is often tagged a person's or, ending in "s", a people's ("store chains Marlow and
Fenwicks")."""


def first_conjunct(doc, i: int) -> int:
    """The first token of a coordination of capitalised names that closes with the name at
    token ``i`` ("store chains Marlow and Fenwick": Marlow's), so that the kind noun before
    the first name describes every name; ``i`` itself when no name is coordinated before it."""
    j = i
    while j >= 2 and (doc[j - 1].lower_ in COORDINATORS or (j < i and doc[j - 1].text == ",")) \
            and _name_word(doc[j - 2]):
        j -= 2
        while j >= 1 and _name_word(doc[j - 1]):
            j -= 1
    return j


def _name_word(token) -> bool:
    return token.pos_ == "PROPN" and (token.is_title or token.is_upper)


def described(speaker: Speaker, doc, mentions: list[Mention], quoted, gazetteer=None
              ) -> Speaker:
    """``speaker`` with the country and sector its description fixes where its actor has
    none (rule ``+described``; ``Actor.entry`` ``described:<evidence>``), or the sector of
    the body a role beside the name heads (``ROLE_BESIDE``). A named speaker must be a
    person (else the last word of a body's name is read); an unnamed one must have no
    actor at all."""
    actor = speaker.actor
    beside = actor is not None and ((actor.entry or "").startswith(ROLE_BESIDE) or (
        (actor.entry or "").startswith("role:") and speaker.name is not None))
    employed = organisation_over_head(actor)
    if employed is not None:  # "Oxfam senior policy adviser Tom Lyle": NGO, not GOV
        return replace(speaker, actor=employed, rule=f"{speaker.rule}+employer")
    former = _out_of_office(actor)
    if (_known(actor) and not beside and not former) or speaker.start is None or doc is None:
        return speaker
    if named_state(actor, speaker, mentions):
        return speaker  # "Saudi Arabia, the biggest oil exporter, said": the state speaks
    desc = _description(speaker, doc, mentions, quoted, gazetteer)
    if desc is None or (not desc.evidence and not desc.international):
        return speaker
    if former:  # "Red Cross chair <a roster person out of office>": the body he heads now
        return _present_body(speaker, desc, doc, mentions, quoted)
    country = actor.country if actor is not None and actor.country else desc.country
    sector = actor.sector if actor is not None and actor.sector else desc.sector
    if beside and desc.sector and (desc.evidence.startswith(("body:", "academic-head:",
                                                            "trade-body:", "office:"))
                                   or _longer_title(desc.evidence, actor.entry or "")):
        sector = desc.sector  # "the Lord President of the court, Colin Sutherland": JUD
    if (country, sector) == ((actor.country, actor.sector) if actor else (None, None)):
        return speaker  # nothing new: no evidence to add
    entry = f"described:{desc.evidence}" + (INTERNATIONAL if desc.international else "")
    if actor is not None and actor.entry:
        entry = f"{actor.entry}+{entry}"
    name = actor.name if actor is not None and actor.name else speaker.name
    return replace(speaker, actor=Actor(country, sector, name=name, entry=entry),
                   rule=f"{speaker.rule}+described")


def named_state(actor, speaker: Speaker, mentions: list[Mention]) -> bool:
    """A country named as a place (a GPE mention resolved to the bare country): what an
    apposition says of it describes the state, which speaks as its government
    (``+state-speaks``, quotes/context.py), not a sector's body (review r33d, f84)."""
    return actor is not None and actor.sector is None \
        and (actor.entry or "").startswith("country:") and speaker.mention is not None \
        and mentions[speaker.mention].label == "GPE"


DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that"})


def body_named(speaker: Speaker, mentions: list[Mention]) -> Speaker:
    """An unnamed speaker whose mention is a body ("The ministry of defence issued the
    following statement:", "the Nigerian army"), named by the mention's words without its
    article (rule ``+body-phrase``): an organisation speaks under a name, a person known only
    by a role ("One MP") stays unnamed."""
    if speaker.name is not None or speaker.mention is None or speaker.actor is None:
        return speaker
    mention = mentions[speaker.mention]
    entry = (mention.actor.entry or "") if mention.actor is not None else ""
    role = role_words().get(entry.split("+")[0].removeprefix("role:")) \
        if mention.label == "ROLE" and entry.startswith("role:") else None
    if role is None or role.kind != "body":
        return speaker
    words = mention.text.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words:
        return speaker
    return replace(speaker, name=" ".join(words), rule=f"{speaker.rule}+body-phrase")


CAPITALISED_BODY_RE = re.compile(r"\s+(?:of|from|by)\s+the\s+([A-Z][a-z]+)\b")
"""A document's issuer written as a capitalised definite body ("The opinion of the Court")."""


def capitalised_body(speaker: Speaker, doc, mentions: list[Mention]) -> Speaker:
    """An unnamed speaker, a document "of the Court" (a body word written capitalised: that
    court, named before), named by the latest earlier mention of a body of the same word and
    sector ("the Supreme Court of Puerto Rico"; rule ``+capitalised-body``); unchanged
    otherwise."""
    if speaker.name is not None or speaker.actor is None or speaker.end is None or doc is None:
        return speaker
    found = CAPITALISED_BODY_RE.match(doc_text(doc), speaker.end)
    role = role_words().get(found.group(1).lower()) if found else None
    if role is None or role.kind != "body" or role.sector != speaker.actor.sector:
        return speaker
    word = found.group(1).lower()
    for m in sorted(mentions, key=lambda m: -m.start):
        if m.start >= speaker.start or m.label not in ("ROLE", "ORG"):
            continue
        words = [w for w in m.text.split() if w.lower() != "the"]
        if len(words) >= 2 and word in (w.lower() for w in words) and all(
                w[:1].isupper() or w in ("of", "for", "and") for w in words) and \
                m.actor is not None and m.actor.sector == role.sector:
            return replace(speaker, name=" ".join(words), rule=f"{speaker.rule}+capitalised-body")
    return speaker
