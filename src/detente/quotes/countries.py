"""A described speaker's country from the places, nationalities and bodies of the description.

``describe.describe`` reads a named speaker's description (title run, apposition, "of"/"from"
phrase) as token indices; these functions give the country those tokens fix: the first place,
nationality or body with a country the actors stage resolved (``country_of``; the place a body's
proper name is "of" wins over its opening nationality word), a city no actors table knows
through the gazetteer (``city_country``: "a Toronto lawyer"), or an international body's own
code when that body gives the description its sector (``body_code``: "IMF chief economist
Anna Berger"; an intergovernmental body's code, ``igo_codes``, wins over a place the
description names: "the UN coordinator for Yemen" is UN). The party word reading ("Republican Senator ...": USA) needs the role words
and stays in ``describe.py``. A speaker with no country of their own takes the one country of the
article's places when no actor names one (``place_country``), and a state official the one country of
the places their paragraph names before them (``set_in_place``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from detente.actors.tables import DATA, is_country, read_tsv
from detente.nlp import columns, doc_text, span_at
from detente.quotes.fast import char_ranges
from detente.records import Mention, Speaker
from detente.resources import word_list

PLACE_LABELS = frozenset({"GPE", "NORP", "ORG", "LOC", "ROLE", "FAC"})
"""Mentions whose country describes a person (not another person or a pronoun)."""
CITY_POPULATION = 100_000
"""People a city must have to give a described person its country (a name shared by a
village elsewhere is not enough)."""


def country_of(doc, mentions: list[Mention], tokens: list[int]) -> tuple[str, str] | None:
    """(country, evidence) of the first place, nationality or body with a country among the
    description's tokens; None when there is none."""
    holds = _holds_a_token(doc, tokens)
    found = [m for m in mentions if m.label in PLACE_LABELS and m.actor is not None
             and m.actor.country and is_country(m.actor.country) and holds(m.start, m.end)]
    if not found:
        return None
    first = _place_of_name(doc, found) or found[0]
    return first.actor.country, f"country:{first.text}"


def body_code(mentions: list[Mention], tokens: list[int], doc, name: str
              ) -> tuple[str, str] | None:
    """(code, evidence) of the international body the tables know that gives a description
    its sector ("IMF chief economist Anna Berger", "a WHO epidemiologist": the body's own
    code, IMF or WHO, as its country); None for any other."""
    holds = _holds_a_token(doc, tokens)
    for m in mentions:
        if m.label == "ORG" and m.text == name and m.actor is not None and m.actor.country \
                and not is_country(m.actor.country) and m.actor.sector in ("IGO", "NGO") \
                and holds(m.start, m.end):
            return m.actor.country, f"body-code:{m.actor.country}"
    return None


def _holds_a_token(doc, tokens: list[int]) -> Callable[[int, int], bool]:
    """Whether characters ``start:end`` hold the first character of one of ``tokens``:
    ``any(start <= doc[i].idx < end for i in tokens)``, by bisection over the offsets read
    from the columns (no Token built, no pass over the tokens for each mention)."""
    idx = columns(doc).idx
    chars = sorted({idx[i] for i in tokens})

    def holds(start: int, end: int) -> bool:
        k = bisect_left(chars, start)
        return k < len(chars) and chars[k] < end
    return holds


def _place_of_name(doc, found: list[Mention]) -> Mention | None:
    """The place a body's proper name is "of", over the nationality word opening the same
    name ("the Chinese University of Hong Kong": Hong Kong, not China); None otherwise."""
    if found[0].label != "NORP":
        return None
    for m in found[1:]:
        if m.label != "GPE":
            continue
        span = span_at(doc, found[0].start, m.start)
        words = [t for t in span or () if not t.is_space]
        if len(words) >= 3 and words[-1].lower_ == "of" and all(
                t.is_title or t.lower_ in ("of", "the", "and") for t in words):
            return m
    return None


def city_country(doc, mentions: list[Mention], tokens: list[int], gazetteer
                 ) -> tuple[str, str] | None:
    """(country, evidence) of a city named in a description right before a common noun and
    unknown to the actors tables ("a Toronto lawyer", "a Lagos businessman"): the most
    populous place of that name in the gazetteer, if it has at least ``CITY_POPULATION``
    people; also the place a university is named after ("of the University of Leeds",
    ``_campus_place``). The gazetteer is asked only when such a word is there."""
    for i in tokens:
        token = doc[i]
        if not (token.ent_type_ == "GPE" and token.i + 1 < len(doc)
                and doc[token.i + 1].pos_ == "NOUN") and not _campus_place(token) or any(
                    m.actor is not None and m.start <= token.idx < m.end for m in mentions):
            continue
        gaz = gazetteer()
        best = max(((int(gaz.population[c.entry]), c.entry) for c in gaz.lookup(token.text)
                    if c.primary), default=None)
        if best is not None and best[0] >= CITY_POPULATION and gaz.country_of(best[1]):
            return gaz.country_of(best[1]), f"city:{token.text}"
    return None


CAMPUS_WORDS = frozenset({"university", "college"})


def _campus_place(token) -> bool:
    """The place a university is named after ("Jo Roe of the University of Leeds"): a
    capitalised last word of the name right after "University of" / "College of"."""
    doc = token.doc
    return token.pos_ == "PROPN" and token.is_title and token.i >= 2 \
        and doc[token.i - 1].lower_ == "of" and doc[token.i - 2].lower_ in CAMPUS_WORDS \
        and doc[token.i - 2].is_title and (token.i + 1 >= len(doc)
                                           or not doc[token.i + 1].is_title)


@lru_cache(maxsize=1)
def igo_codes() -> frozenset[str]:
    """Codes the organisation tables give intergovernmental bodies (``UN``, ``EU``, ``AU``)."""
    return frozenset(row["country"] for file in ("organisations.tsv", "phoenix_organisations.tsv")
                     for row in read_tsv(DATA / file) if row["sector"] == "IGO")


PLACE_COUNTRY_MINIMUM = 2
"""Resolved place names an article must give, all in one country, before a speaker with no
country of their own takes that country when no actor of the article names any country."""


def resolved_places(doc, mentions: list[Mention], gazetteer) -> list[tuple[int, int, int, str | None]]:
    """(start, end, gazetteer entry, country) of each resolved place name of an article, in text order: the
    places stage's own toponym finder and resolver, with the people the actors stage found
    left out (as that stage leaves them out); empty with no gazetteer."""
    if gazetteer is None or doc is None:
        return []
    from detente.places.resolve import resolve_names
    from detente.places.toponyms import find_toponyms

    gaz = gazetteer()
    people = [(m.start, m.end) for m in mentions if m.actor is not None and (
        m.label == "PERSON" or (m.rule or "").startswith("roster:"))]
    found = resolve_names(gaz, find_toponyms(doc, gaz, exclude=people))
    return [(t.start, t.end, t.entry, gaz.country_of(t.entry)) for t in found if t.entry is not None]


def place_country(doc, mentions: list[Mention], gazetteer,
                  places: list[tuple[int, int, int, str | None]] | None = None) -> str | None:
    """The one country of an article's places when its actors name no country at all: a local
    story ("Caloundra defeated Maroochydore ... Caloundra coach <name> said") whose towns the
    gazetteer places in one country (``resolved_places``). At least ``PLACE_COUNTRY_MINIMUM``
    distinct resolved places and no second country; None otherwise, or with no gazetteer. The
    gold codes such a private person by the country the story happens in
    (``gold/quotes/extra3/NOTES.md``: rugby coaches)."""
    if places is None:
        places = resolved_places(doc, mentions, gazetteer)
    entries = {entry for _, _, entry, _ in places}  # one town named twice is one place
    distinct = {c for _, _, _, c in places}
    if len(entries) < PLACE_COUNTRY_MINIMUM or len(distinct) != 1 or None in distinct:
        return None
    return distinct.pop()


SETTING_SECTORS = frozenset({"GOV", "COP"})
"""Sectors of a state's own officials (government, police): with no country of their own
they serve the state where the paragraph sets them (``setting_country``)."""


LOCAL_OFFICES = word_list("quotes", "vocabulary.yaml", "local_office_words")
"""Words of a local or regional office in a government speaker's sentence (``set_in_place``)."""

SETTING_SENTENCES = 3
"""How far back ``setting_country`` reads: the speaker's sentence and the two before it, within
its paragraph (a text with no paragraph breaks is not read back to its start)."""


def setting_country(text: str, places: list[tuple[int, int, int, str | None]], at: int,
                    quoted: list[tuple[int, int]], start: int | None = None,
                    named: list[tuple[int, int]] = ()) -> str | None:
    """The one country of the places named in the paragraph of offset ``at`` before it (from
    ``start`` on, when given), outside quoted words (character spans ``quoted``) and outside
    the names of organisations and facilities (``named``: "Western Mindanao Command"): where
    the paragraph sets a speaker ("The islands, part of Portugal, closed schools ... said
    <name>, the regional president"; "Police arrested a Cheltenham man ... said Detective
    Inspector <name>"). Places of no country (seas) are passed over; None when the paragraph
    names no place with a country or places of two countries."""
    start = max(text.rfind("\n", 0, at) + 1, start or 0)
    countries = {c for s, e, _, c in places if c is not None and start <= s and e <= at
                 and not any(a <= s < b for a, b in quoted)  # a sea or ocean has none
                 and not any(a <= s < b for a, b in named)}
    return countries.pop() if len(countries) == 1 else None


MAIN_COUNTRY = "+context:main-country"


def set_in_place(found: Speaker, doc, places: Callable[[], list[tuple[int, int, int, str | None]]],
                 quoted: list[tuple[int, int]], mentions: list[Mention] = ()) -> Speaker:
    """A state official (``SETTING_SECTORS``) who took the article's main country for want of
    their own serves the state of the places their paragraph names before them
    (``setting_country``; ``quoted`` are the article's quoted token ranges; ``places`` gives
    the article's resolved places, called only when the rule applies). Police always; a
    government speaker only when their sentence names a local or regional office
    (``LOCAL_OFFICES``: a governor, a regional president), since an ambassador or a minister
    serves their own state wherever the paragraph is set. Read back at most
    ``SETTING_SENTENCES`` sentences, past no organisation's or facility's name. The rule
    records it: ``+context:setting-country`` in place of ``+context:main-country``. A police
    officer no paragraph sets serves the police force the article named before them, when the
    forces it named are all of one country (``named_force_country``: ``+context:named-force``)."""
    actor = found.actor
    if actor is None or actor.sector not in SETTING_SECTORS or found.start is None \
            or not (found.rule or "").endswith(MAIN_COUNTRY) or doc is None:
        return found
    sentences = [s for s in doc.sents if s.start_char <= found.start]
    if not sentences:
        return found
    if actor.sector != "COP" and not any(t.lower_ in LOCAL_OFFICES for t in sentences[-1]):
        return found  # a national office serves its own state wherever the paragraph is set
    named = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("ORG", "FAC")]
    text, ranges = doc_text(doc), char_ranges(doc, quoted)
    country = setting_country(text, places(), found.start, ranges,
                              sentences[-SETTING_SENTENCES:][0].start_char, named)
    how = "setting-country"
    if country is None and actor.sector == "COP":
        country = named_force_country(mentions, found.start, ranges,
                                      text.rfind("\n", 0, found.start) + 1)
        how = "named-force"
    if country is None or country == actor.country:
        return found
    actor = replace(actor, country=country, code=None)
    rule = found.rule[:-len(MAIN_COUNTRY)]
    return replace(found, actor=actor, rule=f"{rule}+context:{how}")


def named_force_country(mentions: list[Mention], before: int, quoted: list[tuple[int, int]] = (),
                        paragraph: int = 0) -> str | None:
    """The one country of the police forces the article names before offset ``before`` (a
    mention the actors stage read COP of a country: "West Mercia Police", "the French police"),
    outside quoted words (character spans ``quoted``: "not known to the British police," the
    officer said). A force named before the officer's paragraph (which starts at ``paragraph``)
    counts only when its country is the first country the article names other than by a
    nationality (the story's own; "a British tourist" says whose the victim is, not where the
    story is set: review r35e finding 2; a foreign force named in passing, "arrested by Mexican
    police in 2009" in a story set in Texas, is background). None when it names no such force or forces of two countries. Copies,
    pronouns and a country taken from the article's main country are no naming."""
    def naming(m: Mention) -> bool:
        return m.end <= before and m.actor is not None and bool(m.actor.country) \
            and is_country(m.actor.country) and not (m.rule or "").startswith("coref:") \
            and "main-country" not in (m.rule or "") \
            and not any(a <= m.start < b for a, b in quoted)
    forces = [m for m in mentions if naming(m) and m.label in ("ORG", "ROLE")
              and m.actor.sector == "COP"]
    countries = {m.actor.country for m in forces}
    if len(countries) != 1:
        return None
    country = countries.pop()
    if any(m.start >= paragraph for m in forces):
        return country
    first = min([m for m in mentions if naming(m) and m.label != "NORP"
                 and "demonym:" not in (m.rule or "")] + forces, key=lambda m: m.start)
    return country if first.actor.country == country else None
