"""Loads the versioned data files (dictionaries, ontologies, gazetteers) once.

Every data file lives in a stage package's ``data/`` folder and is listed in
``detente/data/MANIFEST.json`` with its version and sha256. Stages never open data
files themselves: they ask ``Resources`` for their loaded tables, which are built once
per process and cached.
"""

from __future__ import annotations

import csv
import hashlib
import importlib
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from detente.errors import ResourceError

PACKAGE_ROOT = Path(__file__).resolve().parent
MANIFEST_NAME = "MANIFEST.json"


def data_path(stage: str, name: str) -> Path:
    """Path of data file ``name`` of ``stage`` (``data_path("actors", "countries.tsv")``)."""
    path = PACKAGE_ROOT / stage / "data" / name
    if not path.exists():
        raise ResourceError(f"data file {stage}/data/{name} is missing from the installed package")
    return path


def data_folders() -> list[Path]:
    """Every stage's ``data/`` folder."""
    return sorted(p for p in PACKAGE_ROOT.glob("*/data") if p.is_dir())


def list_data_files(folder: Path) -> list[Path]:
    """Data files of one ``data/`` folder (README/SOURCE notes and the manifest excluded)."""
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.name != MANIFEST_NAME and "__pycache__" not in p.parts
        and not p.name.startswith(("README", "SOURCE", ".")) and p.suffix != ".pyc"
    )


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def build_manifest(folder: Path) -> dict[str, Any]:
    """The manifest of ``folder`` for the files on disk now; a changed file's version is bumped."""
    old = read_manifest(folder)
    entries = {}
    for path in list_data_files(folder):
        rel = path.relative_to(folder).as_posix()
        sha = file_sha256(path)
        prev = old.get(rel, {})
        version = prev.get("version", 1)
        if prev and prev.get("sha256") != sha:
            version += 1
        entries[rel] = {"version": version, "sha256": sha, "bytes": path.stat().st_size}
    return entries


def read_weights(path: Path, width: int) -> dict[str, tuple[float, ...]]:
    """A learned model's weights file (the tone model, the events row verifier): ``#`` comment
    lines (provenance), a header row starting ``feature``, then ``feature<TAB>w1..w<width>``
    rows. A row of another width is an error naming the file."""
    weights: dict[str, tuple[float, ...]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or row[0].startswith("#") or row[0] == "feature":
                continue
            if len(row) != width + 1:
                raise ResourceError(f"{path.name}: row {row!r} needs a feature and {width} weight(s)")
            weights[row[0]] = tuple(float(v) for v in row[1:])
    return weights


@dataclass(frozen=True)
class Logistic:
    """Weights per feature and the intercept of a binary logistic regression (the row verifier's and
    the argument model's in ``events``, the quote filter's in ``quotes``)."""

    weights: dict[str, float]
    intercept: float

    def probability(self, features: list[str]) -> float:
        """The logistic of the intercept plus the known features' weights."""
        z = self.intercept
        weights = self.weights
        for name in features:
            z += weights.get(name, 0.0)
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


INTERCEPT = "(intercept)"
"""The weights file's row of the intercept."""


def read_logistic(path: Path, kind: type[Logistic] = Logistic) -> Logistic:
    """A weights file (:func:`read_weights`, width 1) with its :data:`INTERCEPT` row, read as a ``kind``."""
    weights = {name: w[0] for name, w in read_weights(path, 1).items()}
    if INTERCEPT not in weights:
        raise ResourceError(f"{path.name}: no {INTERCEPT} row")
    intercept = weights.pop(INTERCEPT)
    return kind(weights=weights, intercept=intercept)


def bucket(value: float, edges: tuple[float, ...]) -> str:
    """The binned feature word of a count or share for a ``Logistic`` model: ``<=edge`` for the
    first edge ``value`` does not pass, ``>last`` past them all.

    >>> bucket(2, (0, 1, 3)), bucket(7, (0, 1, 3)), bucket(0.3, (0.25, 0.5))
    ('<=3', '>3', '<=0.5')
    """
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


@cache
def _yaml_file(stage: str, name: str) -> dict[str, Any]:
    import yaml

    with data_path(stage, name).open(encoding="utf-8") as handle:
        loaded = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(loaded, dict):
        raise ResourceError(f"{stage}/data/{name} is not a YAML mapping")
    return loaded


def yaml_data(stage: str, name: str) -> dict[str, Any]:
    """The YAML data file ``name`` of ``stage`` as a mapping, read once per process and shared by
    every caller (read only: never change what it gives)."""
    return _yaml_file(stage, name)


def word_list(stage: str, name: str, key: str) -> frozenset[str]:
    """The word list ``key`` of the YAML data file ``name`` of ``stage``, lower-cased; the file
    is read once per process. A list that is missing, empty or holds anything but words (YAML
    reads a bare ``on`` or ``no`` as a boolean) is an error, not an empty set.

    >>> sorted(word_list("actors", "vocabulary.yaml", "leading_words"))
    ['commanded', 'dominated', 'led']
    """
    words = _yaml_file(stage, name).get(key)
    if not isinstance(words, list) or not words:
        raise ResourceError(f"{stage}/data/{name} has no word list {key!r}")
    if not all(isinstance(w, str) and w.strip() for w in words):
        raise ResourceError(f"{stage}/data/{name}: {key!r} holds a value that is not a word")
    return frozenset(w.lower() for w in words)


@cache
def data_versions() -> dict[str, int]:
    """``{stage/data/file: version}`` of every data file, recorded with each run."""
    out = {}
    for folder in data_folders():
        stage = folder.parent.name
        for rel, entry in read_manifest(folder).items():
            out[f"{stage}/data/{rel}"] = entry["version"]
    return out


class Resources:
    """Loaded data of every stage, built lazily once.

    ``Resources(actors_file="my.yaml")`` adds a user dictionary that overrides and extends
    the bundled actors. Each stage package exposes ``load(resources) -> object``; ``get``
    calls it the first time a stage asks and keeps the result.

    >>> res = Resources()
    >>> res.options.get("actors_file") is None
    True
    """

    def __init__(self, **options: Any):
        self.options = options
        self._loaded: dict[str, Any] = {}

    def get(self, stage: str) -> Any:
        if stage not in self._loaded:
            module = importlib.import_module(f"detente.{stage}")
            loader = getattr(module, "load", None)
            if loader is None:
                raise ResourceError(f"stage {stage!r} has no load(resources) function")
            self._loaded[stage] = loader(self)
        return self._loaded[stage]

    def __getstate__(self) -> dict[str, Any]:
        return {"options": self.options, "_loaded": {}}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.options = state["options"]
        self._loaded = {}


@cache
def default_resources() -> Resources:
    """The process-wide ``Resources`` with no user options: ``detente.code()`` called in a loop
    loads every dictionary once, not once per call."""
    return Resources()
