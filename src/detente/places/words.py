"""The word lists of the places stage, read once from ``data/words.yaml`` (with provenance).

>>> "on" in WORDS["site_prepositions"]
True
"""

from __future__ import annotations

import yaml

from detente.resources import data_path


def _load() -> dict[str, tuple[str, ...]]:
    raw = yaml.safe_load(data_path("places", "words.yaml").read_text(encoding="utf-8"))
    return {key: tuple(str(w) for w in words) for key, words in raw.items()}


WORDS = _load()
"""``{list name: words}``, e.g. ``WORDS["site_prepositions"]``."""
