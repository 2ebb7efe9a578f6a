"""Places stage: toponyms resolved to coordinates, and where each event happened.

Reads the parse (GPE/LOC/FAC entities, dependencies), the actors stage's mentions (their
countries are context for ranking) and the events; writes ``coded.places`` (one ``Place`` per
toponym, metonyms such as "Moscow said" marked and never used as event locations) and
``event.location``. Only index lookups and a few numpy operations run per article: the
gazetteer is loaded once per process (``load``) from its on-disk cache.

>>> import detente
>>> coded = detente.code("Talks were held in Geneva, Switzerland.", date="2021-06-16")
>>> [(p.name, p.country) for p in coded.places]  # doctest: +SKIP
[('Geneva', 'CHE'), ('Switzerland', 'CHE')]
"""

from __future__ import annotations

from detente.places.gazetteer import (
    CAPITAL,
    CITY,
    COUNTRY,
    FEATURES,
    Gazetteer,
    cache_dir,
    load_gazetteer,
)
from detente.places.locate import dateline_place, locate_event
from detente.places.resolve import Toponym, resolve_names
from detente.places.toponyms import find_toponyms, is_metonym, link_containers
from detente.records import CodedArticle, Place
from detente.resources import Resources
from detente.stage import Stage

__all__ = [
    "CAPITAL", "CITY", "COUNTRY", "Gazetteer", "STAGE", "Toponym", "cache_dir", "find_toponyms",
    "link_containers", "load", "load_gazetteer", "resolve_names", "run", "to_place",
]
"""The stage, and the parts the places evaluation scores one by one (toponyms, resolution)."""


def load(resources: Resources) -> Gazetteer:
    """The gazetteer index (built and cached on first use, then loaded from the cache)."""
    return load_gazetteer()


def _actor_countries(coded: CodedArticle, gaz: Gazetteer) -> list[str]:
    iso2_of = _iso2_of(gaz)
    return [iso2_of[m.actor.country] for m in coded.mentions
            if m.actor and m.actor.country in iso2_of]


def _people(coded: CodedArticle) -> list[tuple[int, int]]:
    """Spans the actors stage resolved to a person (the small spaCy model tags "Biden" or
    "Navalny" GPE now and then): never toponyms."""
    return [(m.start, m.end) for m in coded.mentions
            if m.actor and (m.label == "PERSON" or (m.rule or "").startswith("roster:"))]


def _government_spans(coded: CodedArticle) -> set[tuple[int, int]]:
    """Place-name mentions the actors stage resolved to a government ("Moscow's ambassador" ->
    RUSGOV): a second signal of metonymy besides our own syntax rule."""
    return {(m.start, m.end) for m in coded.mentions
            if m.label in ("GPE", "LOC", "FAC") and m.actor and m.actor.sector == "GOV"}


def to_place(gaz: Gazetteer, top: Toponym, *, sentence: int | None, metonym: bool) -> Place:
    """The ``Place`` record of a resolved (or unresolved) toponym."""
    rule = f"{top.rule}|{top.how or 'unresolved'}"
    if top.entry is None:
        return Place(text=top.text, start=top.start, end=top.end, name=None, country=None,
                     lat=None, lon=None, sentence=sentence, metonym=metonym, rule=rule)
    e = top.entry
    feature = "demonym" if top.rule == "demonym" else FEATURES[int(gaz.feature[e])]
    return Place(text=top.text, start=top.start, end=top.end, name=gaz.name[e],
                 country=gaz.country_of(e), lat=round(float(gaz.lat[e]), 5),
                 lon=round(float(gaz.lon[e]), 5), geonames_id=int(gaz.geonames_id[e]) or None,
                 feature=feature, sentence=sentence, metonym=metonym, rule=rule)


def run(coded: CodedArticle, resources: Resources) -> None:
    """Find and resolve the toponyms, then locate every event."""
    gaz = resources.get("places")
    doc = coded.doc
    toponyms = find_toponyms(doc, gaz, exclude=_people(coded))
    resolve_names(gaz, toponyms, context_countries=_actor_countries(coded, gaz))
    governments = _government_spans(coded)
    coded.places = [to_place(gaz, t, sentence=coded.sentence_of(t.start),
                             metonym=is_metonym(doc, t, gaz) or (t.start, t.end) in governments)
                    for t in toponyms]
    dateline = dateline_place(coded.article.text, coded.places)
    for event in coded.events:
        event.location, how = locate_event(doc, event, coded.places, dateline)
        if event.location is not None:
            event.location.rule = how


_ISO2_OF: list = [None, {}]


def _iso2_of(gaz: Gazetteer) -> dict[str, str]:
    """ISO alpha-3 -> alpha-2 of the gazetteer's countries (``gaz.iso3`` turned round), built
    once per gazetteer rather than once per article."""
    if _ISO2_OF[0] is not gaz:
        _ISO2_OF[:] = [gaz, {iso3: iso2 for iso2, iso3 in gaz.iso3.items()}]
    return _ISO2_OF[1]


STAGE = Stage(name="places", reads=("doc", "mentions", "events"), writes=("places", "events"),
              run=run, spacy_components=("parser", "ner"))
