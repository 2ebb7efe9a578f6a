"""Toponym resolution: rank each name's gazetteer candidates with what the article says.

A bare name ("Georgia", "Paris", "Gainesville") is ambiguous; the article disambiguates it.
Evidence, strongest first: an explicit container ("Geneva, Switzerland", "Gainesville, Ga."),
the first-level divisions the article names (or that its other places lie in), places near the
article's other places, the countries it names (and the countries of its actors), then the kind
of place (country > continent > division > capital > city for a bare name) and population.
One sense per document: every occurrence of a name takes the sense its occurrences score best
together. A name with no gazetteer entry ("Vancouver Art Gallery", "Royal Street") takes a
place named inside it, else the article's main city (rule ``fallback:article-city``).

>>> from detente.places.gazetteer import load_gazetteer
>>> gaz = load_gazetteer()
>>> [r] = resolve_names(gaz, [Toponym("Geneva", 0, 6)], context_countries=["CH"])
>>> gaz.country[r.entry]
'CH'
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np

from detente.places.gazetteer import (
    ADMIN1,
    ADMIN2,
    CAPITAL,
    CITY,
    CONTINENT,
    COUNTRY,
    FEATURES,
    REGION,
    Candidate,
    Gazetteer,
    normalize,
)
from detente.places.words import WORDS

FEATURE_PRIOR = np.array([0.0] * len(FEATURES))
FEATURE_PRIOR[[COUNTRY, CONTINENT, REGION, ADMIN1, CAPITAL, CITY, ADMIN2]] = \
    [4.0, 3.5, 3.5, 2.6, 3.4, 0.0, -0.5]
"""Score of the kind of place for a bare name, indexed by feature (read-only)."""
FEATURE_PRIOR.flags.writeable = False
POPULATION_WEIGHT = 0.55
"""Per factor of ten of population (cities and divisions)."""
RENOWN_WEIGHT = 0.5
"""Per factor of ten of a city's alternate names: how widely it is known, so that a bare
"Geneva" in world news is the Swiss city even when the actors are American."""
ALTERNATE_PENALTY = 1.5
"""An alternate name ("Kiev" for Kyiv) is a weaker match than the entry's own name."""
COUNTRY_CONTEXT = 4.0
"""Times the share of the article's country evidence that points to the candidate's country."""
COUNTRY_SMOOTHING = 1.0
"""Votes added to the total, so that one or two mentions do not make a share of 1."""
NEIGHBOUR_SHARE = 0.75
"""Part of a country's vote that goes to each country bordering it: an article about Israel
speaks for Gaza (Palestine) before Gaza province (Mozambique), one about Russia for Kerch."""
ACTOR_VOTE = 0.25
"""Vote of each distinct country among the article's actors (places vote 1 per name)."""
ADMIN1_NAMED = 4.0
"""A candidate inside a first-level division the article names ("Ohio", "Ky.")."""
ADMIN1_IMPLIED = 2.0
"""A candidate inside a division that the article's other places lie in."""
NEAR_BONUS = 3.0
"""A candidate next to another place of the article (fading to 0 at ``NEAR_KM``)."""
NEAR_KM = 150.0
CONTAINER_BONUS = 10.0
"""A candidate inside the place named right after it ("Geneva, Switzerland")."""
PASSES = 3
"""Resolution passes: the first without context, each next with the previous one's places."""
LOCAL_FEATURES = (CITY, CAPITAL, ADMIN2)
LOCAL_MASK = np.zeros(len(FEATURES), dtype=bool)
LOCAL_MASK[list(LOCAL_FEATURES)] = True
"""``LOCAL_MASK[feature]``: whether a feature is one of ``LOCAL_FEATURES`` (read-only)."""
LOCAL_MASK.flags.writeable = False
DIVISION_SUFFIXES = WORDS["division_suffixes"]
GENERIC_WORDS = frozenset(WORDS["generic_words"])
"""Words that name kinds of places; a town called "Street" or "Church" is not what
"Royal Street" or "Holy Redeemer Church" is in."""
COMPASS = WORDS["compass"]


@dataclass
class Toponym:
    """A place name found in the text, before and after resolution."""

    text: str
    start: int
    end: int
    container: int | None = None
    """Index (in the same list) of the toponym written as its container ("X, Y")."""
    rule: str = "ner"
    """How it was found (``ner:GPE``, ``demonym``, ``pattern:preposition``)."""
    entry: int | None = None
    """Chosen gazetteer entry, once resolved."""
    how: str | None = None
    """How it was resolved: ``gazetteer``, ``inner-name`` or ``fallback:article-city``."""
    score: float = 0.0
    candidates: list[Candidate] = field(default_factory=list)


def candidates_for(gaz: Gazetteer, text: str) -> list[Candidate]:
    """Candidates by the name as written, else without a division word or a compass word."""
    found = gaz.lookup(text)
    if found:
        return found
    words = normalize(text).split()
    if len(words) > 1 and words[-1] in DIVISION_SUFFIXES:
        return gaz.lookup(" ".join(words[:-1]))
    if len(words) > 1 and words[0] in COMPASS:
        broad = (COUNTRY, ADMIN1, REGION, CONTINENT)
        return [c for c in gaz.lookup(" ".join(words[1:])) if gaz.feature[c.entry] in broad]
    return []


def inner_candidates(gaz: Gazetteer, text: str) -> list[Candidate]:
    """Candidates of the longest place name inside a longer one ("Vancouver Art Gallery")."""
    words = text.replace("-", " ").split()
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            piece = " ".join(words[i:i + size])
            if not piece[:1].isupper() or normalize(piece) in GENERIC_WORDS or len(piece) < 4:
                continue
            found = [c for c in gaz.lookup(piece) if c.primary]
            if found:
                return found
    return []


@dataclass
class Context:
    """What an article says about where it is: countries, divisions and resolved points, each
    kept by the name that gave it, so a name is never its own evidence."""

    given: Counter = field(default_factory=Counter)
    """Countries from outside the places (actors), ISO alpha-2 -> count."""
    countries: dict[str, str] = field(default_factory=dict)
    """Normalized name -> ISO alpha-2 of its resolved place."""
    named_admin1: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    implied_admin1: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    points: dict[str, tuple[float, float]] = field(default_factory=dict)
    """Normalized name -> (lat, lon) of resolved local places (cities, counties)."""

    shares: dict[str, tuple[Counter, float]] = field(default_factory=dict)
    """Country votes and their total without a name's own vote, by name (a context is read
    only once built, so they are counted once per name)."""

    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)
    """ISO alpha-2 -> bordering countries (the gazetteer's)."""

    def country_share(self, codes: list[str], own: str) -> np.ndarray:
        """Per candidate country: its share of the article's country votes, plus
        ``NEIGHBOUR_SHARE`` times the share of the countries bordering it."""
        if None not in self.shares:  # every name's vote, counted once per context (key None)
            every = Counter({cc: ACTOR_VOTE for cc in self.given})
            every.update(self.countries.values())
            self.shares[None] = every, sum(every.values())
        every, every_total = self.shares[None]
        # without the name's own vote: the votes are quarters and whole numbers, so the sums
        # are exact in any order and equal to counting the other names afresh
        mine = self.countries.get(own, _NO_VOTE)
        total = every_total - (mine is not _NO_VOTE) + COUNTRY_SMOOTHING
        share: dict[str, float] = {}  # a name's candidates repeat few countries: each worked out once
        for c in codes:
            if c not in share:
                share[c] = (every[c] - (c == mine) + NEIGHBOUR_SHARE * sum(every[n] - (n == mine)
                                                                            for n in self.neighbours.get(c, ()))) \
                    / total if c else 0.0
        return np.array([share[c] for c in codes])

    @staticmethod
    def holds(table: dict, key: tuple[str, str], own: str) -> bool:
        names = table.get(key)
        return bool(names) and bool(names - {own})


_NO_VOTE = object()
"""``Context.country_share``: a name that casts no country vote of its own."""


def _near(gaz: Gazetteer, entries: np.ndarray, ctx: Context, own: str) -> np.ndarray:
    points = [p for name, p in ctx.points.items() if name != own]
    if not points:
        return np.zeros(len(entries))
    pts = np.radians(np.array(points))
    lat = np.radians(gaz.lat[entries].astype(np.float64))[:, None]
    lon = np.radians(gaz.lon[entries].astype(np.float64))[:, None]
    a = np.sin((pts[:, 0] - lat) / 2) ** 2 + \
        np.cos(lat) * np.cos(pts[:, 0]) * np.sin((pts[:, 1] - lon) / 2) ** 2
    km = (2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))).min(axis=1)
    return np.clip(1.0 - km / NEAR_KM, 0.0, 1.0)


def score_candidates(gaz: Gazetteer, top: Toponym, ctx: Context, container: int | None) -> np.ndarray:
    """Scores of ``top.candidates`` in the article's context (higher is better)."""
    entries, features, scores = prior_scores(gaz, top.candidates)
    scores = context_scores(gaz, entries, features, scores, ctx, normalize(top.text))
    return with_container(gaz, entries, scores, container)


def prior_scores(gaz: Gazetteer, candidates: list[Candidate]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Entries, features and the context-free part of the scores of ``candidates``: kind of
    place, population, renown, primary name."""
    entries = np.array([c.entry for c in candidates])
    features = gaz.feature[entries]
    scores = FEATURE_PRIOR[features] + POPULATION_WEIGHT * np.log10(gaz.population[entries] + 10.0)
    scores += RENOWN_WEIGHT * np.log10(gaz.renown[entries] + 1.0)
    scores -= ALTERNATE_PENALTY * np.array([not c.primary for c in candidates])
    return entries, features, scores


def context_scores(gaz: Gazetteer, entries: np.ndarray, features: np.ndarray, prior: np.ndarray,
                   ctx: Context, own: str) -> np.ndarray:
    """``prior`` plus what the article's other places and countries say (a new array); the
    same for every occurrence of a name, which is never its own evidence."""
    scores = prior.copy()
    country = gaz.country
    scores += COUNTRY_CONTEXT * ctx.country_share([country[e] for e in entries.tolist()], own)
    local = LOCAL_MASK[features]
    # Division and nearness bonuses reach local places only, and only when the context has
    # divisions or points: skipping the rest adds the same zeros.
    where = np.flatnonzero(local) if (ctx.named_admin1 or ctx.implied_admin1 or ctx.points) else ()
    if len(where):
        admin1 = gaz.admin1
        keys = [(country[e], admin1[e]) for e in entries[where]]
        for table, bonus in ((ctx.named_admin1, ADMIN1_NAMED), (ctx.implied_admin1, ADMIN1_IMPLIED)):
            if table:
                scores[where] += bonus * np.array([ctx.holds(table, k, own) for k in keys], dtype=float)
        if ctx.points:
            scores[where] += NEAR_BONUS * _near(gaz, entries[where], ctx, own)
    return scores


def with_container(gaz: Gazetteer, entries: np.ndarray, scores: np.ndarray,
                   container: int | None) -> np.ndarray:
    """``scores`` (changed in place) plus the bonus of candidates inside ``container``."""
    if container is not None:
        scores += CONTAINER_BONUS * np.array([_inside(gaz, e, container) for e in entries])
    return scores


def _inside(gaz: Gazetteer, entry: int, container: int) -> bool:
    if entry == container or gaz.country[entry] != gaz.country[container]:
        return False
    feature = gaz.feature[container]
    return feature == COUNTRY or (feature == ADMIN1 and gaz.admin1[entry] == gaz.admin1[container])


def _context(gaz: Gazetteer, toponyms: list[Toponym], countries: list[str] | tuple[str, ...]) -> Context:
    """Evidence from resolved toponyms (each name counted once) and the given country codes."""
    ctx = Context(neighbours=gaz.neighbours)
    ctx.given.update(countries)
    for top in toponyms:
        key = normalize(top.text)
        if top.entry is None or key in ctx.countries or top.how != "gazetteer":
            continue
        e = top.entry
        ctx.countries[key] = gaz.country[e]
        feature = gaz.feature[e]
        if feature == ADMIN1:
            ctx.named_admin1[(gaz.country[e], gaz.admin1[e])].add(key)
        elif feature in LOCAL_FEATURES:
            ctx.implied_admin1[(gaz.country[e], gaz.admin1[e])].add(key)
            ctx.points[key] = (float(gaz.lat[e]), float(gaz.lon[e]))
    return ctx


def _one_sense(gaz: Gazetteer, toponyms: list[Toponym], ctx: Context,
               priors: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]) -> None:
    """Every occurrence of a name takes the entry its occurrences score best together.

    Occurrences of a name share their candidates (looked up by the normalized name), so the
    context-free and context parts of their scores are computed once per name (``priors``
    keeps the first across passes); only the container bonus differs between them.
    """
    groups: dict[str, list[Toponym]] = defaultdict(list)
    for top in toponyms:
        if top.candidates:
            groups[normalize(top.text)].append(top)
    for name, group in groups.items():
        if name not in priors:
            priors[name] = _name_priors(gaz, group[0])
        entries, features, prior = priors[name]
        shared = context_scores(gaz, entries, features, prior, ctx, name)
        total = np.zeros(len(group[0].candidates))
        for top in group:
            container = toponyms[top.container].entry if top.container is not None else None
            total += shared if container is None else with_container(gaz, entries, shared.copy(), container)
        best = int(np.argmax(total))
        for top in group:
            top.entry, top.score, top.how = group[0].candidates[best].entry, total[best] / len(group), \
                top.how or "gazetteer"


def _plausible(gaz: Gazetteer, entry: int, ctx: Context) -> bool:
    """An inner name is kept when it is a broad place or lies near the article's other places."""
    if gaz.feature[entry] not in LOCAL_FEATURES or not ctx.points:
        return True
    return bool(_near(gaz, np.array([entry]), ctx, "")[0] > 0)


def _fallback(gaz: Gazetteer, toponyms: list[Toponym], ctx: Context) -> None:
    """Names the gazetteer lacks: a place named inside them, else the article's main city."""
    cities = Counter(normalize(t.text) for t in toponyms if t.entry is not None
                     and t.how == "gazetteer" and gaz.feature[t.entry] in (CITY, CAPITAL))
    main = next((t.entry for name, _ in cities.most_common(1) for t in toponyms
                 if normalize(t.text) == name), None)
    for top in toponyms:
        if top.entry is not None or top.rule == "demonym" or not _facility_like(top):
            continue
        top.candidates = inner_candidates(gaz, top.text)
        inner = None
        if top.candidates:
            inner = top.candidates[int(np.argmax(score_candidates(gaz, top, ctx, None)))].entry
        if inner is not None and (main is None or _plausible(gaz, inner, ctx)):
            top.entry, top.how = inner, "inner-name"
        elif main is not None:
            top.entry, top.how = main, "fallback:article-city"


def _facility_like(top: Toponym) -> bool:
    """Names worth a fallback: facilities, areas, several-word names, and spans the caller gives
    as toponyms (rule ``given``). A single unknown word that spaCy tagged GPE is more often a
    misread person ("Navalny") than an unknown town."""
    return top.rule in ("ner:FAC", "ner:LOC", "given") or len(top.text.split()) > 1


def resolve_names(
    gaz: Gazetteer,
    toponyms: list[Toponym],
    *,
    context_countries: list[str] | tuple[str, ...] = (),
) -> list[Toponym]:
    """Resolve ``toponyms`` of one article in place (and return them).

    ``context_countries`` are ISO alpha-2 codes the article is about besides its places (the
    countries of its actors). The first pass ranks without place context; each later pass uses
    the countries, divisions and points of the previous one.
    """
    for top in toponyms:
        top.candidates = candidates_for(gaz, top.text)
        top.how = "gazetteer" if top.candidates else None
    ctx = Context(neighbours=gaz.neighbours)
    ctx.given.update(context_countries)
    priors: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    for n in range(PASSES):
        before = [(top.entry, top.how) for top in toponyms]
        _one_sense(gaz, toponyms, ctx, priors)
        ctx = _context(gaz, toponyms, context_countries)
        if n and [(top.entry, top.how) for top in toponyms] == before:
            break  # the same places as before this pass, so the same context: the next pass
            # would give what this one gave (only the scores may have moved, in this pass)
    _fallback(gaz, toponyms, ctx)
    return toponyms


_PRIORS: dict[str, tuple[Gazetteer, tuple[np.ndarray, np.ndarray, np.ndarray]]] = {}
_MAX_PRIORS = 20_000


def _name_priors(gaz: Gazetteer, top: Toponym) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``prior_scores`` of a toponym whose candidates are ``candidates_for(gaz, top.text)`` (as
    ``resolve_names`` sets them), kept per name as written across articles: common names
    ("Washington", "Paris") have hundreds of candidates and recur in most articles. The arrays
    are shared, so they are made read-only."""
    found = _PRIORS.get(top.text)
    if found is None or found[0] is not gaz:
        arrays = prior_scores(gaz, top.candidates)
        for array in arrays:
            array.flags.writeable = False
        if len(_PRIORS) >= _MAX_PRIORS:
            _PRIORS.clear()
        found = _PRIORS[top.text] = (gaz, arrays)
    return found[1]
