"""A speaker's actor completed from the article's context.

``speakers.py`` names the speaker; what the text fixes only by context is filled in here: the
article's main country (``main_country``) for a speaker with a sector and no country, and a
named person no table gives an office is a private person of that country or of the
international body whose code they carry (``complete``); a private person who speaks in a
legislature is a legislator (``in_chamber``); a country that speaks is its government
(``+state-speaks``). Each step records itself in ``Speaker.rule`` (``+context:main-country``,
``+person:CVL``, ``+in-chamber``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from detente.actors.maincountry import most_named
from detente.actors.sectors import BODY_SECTORS
from detente.actors.tables import is_country
from detente.quotes.countries import igo_codes
from detente.quotes.describe import INTERNATIONAL
from detente.quotes.descriptiontokens import is_person
from detente.quotes.employers import companies
from detente.quotes.fast import Inside, char_ranges
from detente.records import Actor, Mention, Speaker
from detente.resources import word_list

RELIGIOUS_STATES = frozenset({"VAT"})
"""States whose government is a church: the gold conventions code the Pope, the Vatican's
clergy and the Holy See speaking as a body VAT REL."""
PRIVATE_SECTOR = "CVL"
"""Sector of a named person no dictionary gives an office: a private person (CAMEO's
civilians), as the gold conventions code lawyers, analysts and witnesses."""
DEPARTMENT_RE = re.compile(
    r"^(?:[Tt]he )?((?:[A-Z][\w.'-]* ){0,3})(?:Department|Ministry) (?:of|for) [A-Z]")
"""A government department's name ("Department for Coastal Affairs", "the Freedonian
Department of Health", "the Ministry of Defence"): up to three capitalised words (a country),
the capitalised head word, then "of"/"for" and a capitalised portfolio."""
NOT_GOVERNMENT_OWNERS = frozenset({"university", "college", "school", "institute", "academy",
                                   "hospital", "museum", "library", "company", "bank"})
"""Words before "Department of" that make it a department of something else ("the Harwick
University Department of Physics")."""
COUNCIL_RE = re.compile(r"^(?:[Tt]he )?([A-Z][\w'-]*(?: [A-Z][\w'-]*)??) "
                        r"(?:(City|County|District|Borough|Town|Municipal|Parish) )?Council$")
"""A local council named by its place ("Harwick Council", "Harwick City Council")."""


WEATHER_SERVICE_RE = re.compile(
    r"\b(?:Met Office|Met \u00c9ireann|Met Eireann|Meteorolog\w*|Weather Service|"
    r"Hurricane Cent(?:er|re)|Typhoon Warning Cent(?:er|re))\b")
"""A national weather service ("the Met Office", "Met Éireann", "the Bureau of Meteorology",
"the National Weather Service", "the National Hurricane Center"): a government agency."""


NOT_WEATHER_SERVICE = re.compile(r"\b(?:Society|Association|Union|Organi[sz]ation|Club)\b")


def weather_service(name: str | None) -> bool:
    """A national weather service by its name (not a learned society of meteorology or the
    World Meteorological Organization)."""
    return bool(name) and bool(WEATHER_SERVICE_RE.search(name)) \
        and not NOT_WEATHER_SERVICE.search(name)


def main_country(mentions: list[Mention]) -> str | None:
    """The country the article's mentions name most (ties: the first named), leaving out
    pronouns, international bodies and armed groups with codes of their own (``IS``), and a
    place that is the surname of a person the article names in full ("Mr Hague" after
    "William Hague" is no mention of the Netherlands' seat of government). Copies of one
    description count once together, as in the actors stage (``maincountry.most_named``)."""
    surnames = person_surnames(mentions)
    return most_named(
        (m.actor.country, m.rule, m.text.lower()) for m in mentions
        if m.actor is not None and m.actor.country and m.label != "PRON"
        and m.actor.sector not in BODY_SECTORS and is_country(m.actor.country)
        and not (m.label != "PERSON" and _surname_only(m.text) in surnames))


def person_surnames(mentions: list[Mention]) -> frozenset[str]:
    """The last words of the article's persons named in full ("Hague" of "William Hague")."""
    return frozenset(m.text.split()[-1] for m in mentions
                     if m.label == "PERSON" and len(m.text.split()) > 1)


def _surname_only(text: str) -> str:
    """A mention's text without a person title before it ("Mr Hague": "Hague")."""
    from detente.quotes.describe import person_titles

    words = text.split()
    if len(words) == 2 and words[0].lower().rstrip(".") in person_titles():
        words = words[1:]
    return " ".join(words)


CHAMBER_WORDS = word_list("quotes", "vocabulary.yaml", "chamber_words")
CHAMBER_PREPOSITIONS = frozenset({"on", "in", "to", "before"})


def _is_chamber(token) -> bool:
    """A legislature's chamber: "parliament", "the Senate", "the House" (not "the White
    House"), "the parliament floor" / "the floor of the Senate"."""
    words = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}
    if token.lower_ == "floor":
        words |= {g.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"}
        return bool(words & CHAMBER_WORDS)
    if token.lower_ == "house":
        return token.text == "House" and not words - CHAMBER_WORDS
    return token.lower_ in CHAMBER_WORDS


def speaks_in_chamber(doc, cue_head: int) -> bool:
    """The cue says the words were spoken in or to a legislature ("said on the parliament
    floor", "told parliament", "said in the Senate"): the speaker is a legislator."""
    verb = doc[cue_head]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in CHAMBER_PREPOSITIONS:
            if any(g.dep_ == "pobj" and _is_chamber(g) for g in child.children):
                return True
        if child.dep_ in ("dobj", "dative") and _is_chamber(child):
            return True
    return False


def in_chamber(speaker: Speaker, doc, cue_head: int) -> Speaker:
    """A person the context made a private one (``person:CVL``) who speaks in a legislature
    is a legislator (LEG; rule ``+in-chamber``)."""
    actor = speaker.actor
    private = actor is not None and actor.sector == PRIVATE_SECTOR and (
        actor.entry == "person:CVL" or (speaker.rule or "").endswith("+person:CVL"))
    if not private or not speaks_in_chamber(doc, cue_head):
        return speaker
    actor = replace(actor, sector="LEG", code=None, entry=f"{actor.entry}+in-chamber:LEG")
    actor.__post_init__()
    return replace(speaker, actor=actor, rule=f"{speaker.rule}+in-chamber")


def complete(speaker: Speaker, mentions: list[Mention], country: str | None,
             bodies: frozenset[str], how: str = "main-country") -> Speaker:
    """Fill what the text fixes only by context: a speaker with a sector but no country
    takes the article's main country ("the Coast Guard"); a named person with no office
    is a private person of that country (or of the body whose code they carry: an IGO
    official). The rule records it (``+context:main-country``, ``+person:CVL``); ``how``
    names where ``country`` came from (``place-country``: ``countries.place_country``, when
    no actor names one)."""
    actor = speaker.actor
    force = _force_sector(speaker.name) if (actor is None or actor.sector is None) \
        and not is_person(speaker, mentions) else None
    if force is not None:
        own = actor.country if actor is not None and actor.country else country
        actor = Actor(own, force, name=speaker.name, entry=f"body:{force.lower()}")
        return replace(speaker, actor=actor, rule=f"{speaker.rule}+force-name")
    body = _government_body(speaker.name, mentions) \
        if actor is None or actor.sector is None or (
            actor.sector in BODY_SECTORS and weather_service(speaker.name)) else None
    if body is not None:
        own = actor.country if actor is not None and actor.country else country
        rule = f"+context:{how}" if own and own == country and not (
            actor is not None and actor.country) else ""
        actor = Actor(own, "GOV", name=speaker.name, entry=f"body:{body}")
        return replace(speaker, actor=actor, rule=f"{speaker.rule}+{body}{rule}")
    person = is_person(speaker, mentions)
    if actor is None:
        if not (person and speaker.name and country):
            return speaker
        actor = Actor(country, PRIVATE_SECTOR, name=speaker.name, entry="person:CVL")
        return replace(speaker, actor=actor, rule=f"{speaker.rule}+context:{how}")
    if actor.country is None and actor.sector is not None and country \
            and not (actor.entry or "").endswith(INTERNATIONAL):
        actor = replace(actor, country=country, code=None)
        actor.__post_init__()
        return replace(speaker, actor=actor, rule=f"{speaker.rule}+context:{how}")
    if actor.country and actor.sector is None and person:
        sector = "IGO" if actor.country in bodies or not is_country(actor.country) \
            else PRIVATE_SECTOR
        actor = replace(actor, sector=sector, code=None)
        actor.__post_init__()
        return replace(speaker, actor=actor, rule=f"{speaker.rule}+person:{sector}")
    if actor.sector is None and (actor.entry or "").startswith("country:") and not person \
            and actor.country not in RELIGIOUS_STATES and speaker.mention is not None \
            and mentions[speaker.mention].label == "GPE":
        actor = replace(actor, sector="GOV", code=None)  # "China said": its government
        actor.__post_init__()
        return replace(speaker, actor=actor, rule=f"{speaker.rule}+state-speaks")
    if actor.country in RELIGIOUS_STATES and actor.sector is None and not person:
        actor = replace(actor, sector="REL", code=None)  # "a Vatican spokesman": the Holy See
        actor.__post_init__()
        return replace(speaker, actor=actor, rule=f"{speaker.rule}+holy-see")
    return speaker


ARMED_BODY_RE = re.compile(r"\b(?:Army|Navy|Air Force|Task Force|Armed Forces|Defen[cs]e "
                           r"Forces?|Marine Corps|Coast Guard)\b")
POLICE_BODY_RE = re.compile(r"\b(?:Police|Constabulary|Gendarmerie|Sheriff's Office)\b")
"""Capitalised words that make a body's own name armed forces ("Combined Joint Task Force
...", "the Freedonian Navy") or police ("Northshire Police"); a "Fire Brigade" is neither."""


def _force_sector(name: str | None) -> str | None:
    """MIL or COP for a body speaking under a name of armed forces or police, else None."""
    if not name:
        return None
    if POLICE_BODY_RE.search(name):
        return "COP"
    return "MIL" if ARMED_BODY_RE.search(name) else None


def _government_body(name: str | None, mentions: list[Mention]) -> str | None:
    """``department`` for a government department's name, ``weather-service`` for a
    national weather service, ``council`` for a local council named by its place (a council type word, or a place the article's mentions know:
    "Harwick Council"; "Refugee Council" is no place's); None otherwise."""
    if not name:
        return None
    found = DEPARTMENT_RE.match(name)
    if found is not None:
        owners = {w.lower() for w in found.group(1).split()}
        return None if owners & NOT_GOVERNMENT_OWNERS else "department"
    if weather_service(name):
        return "weather-service"
    found = COUNCIL_RE.match(name)
    if found is None:
        return None
    if found.group(2) or any(m.label == "GPE" and m.text == found.group(1) for m in mentions):
        return "council"
    return None


def body_codes(mentions: list[Mention]) -> frozenset[str]:
    """Codes the article's mentions give international bodies (``UN``, ``INTERPOL``): an IGO's
    code, or an NGO's own code; not the country code of a national NGO ("the Commission on
    Presidential Debates", USA NGO), which would make every USA person with no sector IGO."""
    return frozenset(m.actor.country for m in mentions if m.actor is not None
                     and m.actor.country and m.actor.sector in BODY_SECTORS
                     and (m.actor.sector == "IGO" or not is_country(m.actor.country)))


IGO_OFFICIAL_SECTORS = frozenset({"GOV", "LEG"})
"""Sectors a role noun gives that, under an international body's code, mean one of its
officials: the gold conventions code a UN, EU or AU official or spokesperson IGO with the
body's code ("Tusk EU IGO", "officials of UNICEF UN IGO"), where the actors stage reads the
role word alone ("commission": GOV, "representative": LEG)."""


def igo_official(speaker: Speaker) -> Speaker:
    """A speaker coded with an intergovernmental body's code and a government or legislative
    sector speaks as an official of that body: IGO (rule ``+igo-official``; "a spokesperson
    for the European Commission", "Jane Roe, the UNICEF representative")."""
    actor = speaker.actor
    if actor is None or actor.sector not in IGO_OFFICIAL_SECTORS \
            or actor.country not in igo_codes():
        return speaker
    actor = replace(actor, sector="IGO", code=None, entry=f"{actor.entry}+igo-official")
    actor.__post_init__()
    return replace(speaker, actor=actor, rule=f"{speaker.rule}+igo-official")


def company(speaker: Speaker) -> Speaker:
    """A speaker named as a company of ``data/companies.tsv`` ("a Twitter spokesperson said",
    "Boeing said in a statement") is that company: its headquarters' country, BUS (rule
    ``+company``), unless an organisation table already resolved the name."""
    words = (speaker.name or "").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    country = companies().get(" ".join(words))
    actor = speaker.actor
    if country is None or (actor is not None and (actor.entry or "").startswith("org:")):
        return speaker
    entry = f"company:{' '.join(words)}"
    return replace(speaker, actor=Actor(country, "BUS", name=speaker.name, entry=entry),
                   rule=f"{speaker.rule}+company")


SOURCE_NOUNS = word_list("quotes", "vocabulary.yaml", "source_nouns")


def anonymous_source(speaker: Speaker, country: str | None,
                     adjectives: dict[str, str]) -> Speaker:
    """An unnamed source ("a source told the news site", "a military source said") speaks
    from the article's main country, with the sector its adjective names (``adjectives``: the
    actors stage's ``ActorTables.sector_adjectives``, "military": MIL) and none without one,
    as the gold codes a news site's anonymous source (rule ``+anonymous-source``)."""
    words = (speaker.text or "").lower().split()
    if speaker.name or speaker.actor is not None or not words or words[-1] not in SOURCE_NOUNS:
        return speaker
    sector = next((adjectives[w] for w in words if w in adjectives), None)
    if country is None and sector is None:
        return speaker
    actor = Actor(country, sector, entry=f"source:{sector or 'unknown'}")
    rule = f"{speaker.rule}+anonymous-source" if speaker.rule else "anonymous-source"
    return replace(speaker, actor=actor, rule=rule)


INDEFINITE = frozenset({"a", "an"})


def lead_description(speaker: Speaker, doc, mentions: list[Mention],
                     quoted: list[tuple[int, int]]) -> Speaker:
    """A private person the context gave the article's country, who is the first person the
    article names and is named only after its first sentence, takes the nationality of the
    one unnamed private person that sentence introduces ("... were found guilty of robbing
    a Canadian tourist. // Emily Hart, 39, met the officers ...": CAN, not the trial's
    country); rule ``+lead-description``."""
    actor = speaker.actor
    if actor is None or actor.entry != "person:CVL" or not speaker.name:
        return speaker
    sents = list(doc.sents)
    if not sents:
        return speaker
    lead_end = sents[0].end_char

    inside = Inside(char_ranges(doc, quoted))  # the quotes' characters, read from the columns
    first = next((m for m in mentions if m.label == "PERSON" and not inside(m.start)), None)
    if first is None or first.start < lead_end or first.text not in speaker.name:
        return speaker
    described = [m for m in mentions if m.end <= lead_end and m.label == "ROLE"
                 and m.actor is not None and m.actor.sector == PRIVATE_SECTOR
                 and "+demonym:" in (m.actor.entry or "") and m.actor.country
                 and doc_text_before(doc, m.start).lower() in INDEFINITE]
    countries = {m.actor.country for m in described}
    if len(countries) != 1 or actor.country in countries:
        return speaker
    actor = replace(actor, country=countries.pop(), code=None,
                    entry=f"{actor.entry}+lead:{described[0].actor.entry}")
    actor.__post_init__()
    return replace(speaker, actor=actor, rule=f"{speaker.rule}+lead-description")


def doc_text_before(doc, start: int) -> str:
    """The word right before character ``start`` ("a" of "a Canadian tourist")."""
    from detente.nlp import doc_text

    words = doc_text(doc)[max(0, start - 12):start].split()
    return words[-1] if words else ""
