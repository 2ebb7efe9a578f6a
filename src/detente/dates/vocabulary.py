"""The word lists of the dates stage, read once from ``data/vocabulary.yaml``.

The rules in ``normalise.py`` are regular expressions built from these lists, so adding a
month abbreviation or a reference phrase is a data change, not a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from detente.resources import data_path


def alternation(words) -> str:
    """A regex group matching any of ``words`` (longest first, spaces as ``\\s+``).

    >>> alternation(["may", "march"])
    '(?:march|may)'
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


@dataclass(frozen=True)
class Vocabulary:
    """Word lists and the regex fragments built from them."""

    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    numbers: dict[str, int]
    vague_numbers: tuple[str, ...]
    ordinals: dict[str, int]
    units: dict[str, dict[str, Any]]
    unit_shifts: dict[str, int]
    position_words: tuple[str, ...]
    references: dict[str, str]
    relative_days: dict[str, dict[str, Any]]
    holidays: dict[str, list[int]]
    temporal_nouns: tuple[str, ...]
    before_words: tuple[str, ...]
    after_words: tuple[str, ...]
    anchored_words: tuple[str, ...]
    bound_words: tuple[str, ...]
    period_start_words: tuple[str, ...]
    end_bound_words: tuple[str, ...]
    simultaneous_markers: tuple[str, ...]
    time_head_nouns: tuple[str, ...]
    sets: dict[str, str]
    set_words: tuple[str, ...]
    clock_words: dict[str, str]
    utc_zones: tuple[str, ...]
    local_zones: tuple[str, ...]
    leading_words: tuple[str, ...]
    hedges: tuple[str, ...]
    speech_verbs: frozenset[str]
    future_cues: frozenset[str]
    future_auxiliaries: frozenset[str]
    past_auxiliaries: frozenset[str]

    def number(self, word: str) -> int | None:
        """Value of a number written in digits or words (``"five"`` -> 5), None when vague."""
        word = word.strip().lower()
        if word.isdigit():
            return int(word)
        if word in self.numbers:
            return self.numbers[word]
        parts = re.split(r"[\s-]+", word)
        if len(parts) == 2 and all(p in self.numbers for p in parts):
            return self.numbers[parts[0]] + self.numbers[parts[1]]
        return None

    def unit(self, word: str) -> str | None:
        """Singular unit name of ``word`` (``"years"`` -> ``"year"``)."""
        word = word.lower()
        if word in self.units:
            return word
        if word.endswith("ies") and word[:-3] + "y" in self.units:
            return word[:-3] + "y"
        if word.endswith("s") and word[:-1] in self.units:
            return word[:-1]
        return None

    @property
    def temporal_words(self) -> re.Pattern:
        """Any word that makes a text plausibly temporal (used to drop spaCy's stray DATEs)."""
        words = (list(self.months) + list(self.weekdays) + list(self.seasons)
                 + list(self.parts_of_day) + list(self.units) + list(self.references)
                 + list(self.relative_days) + list(self.holidays) + list(self.sets)
                 + list(self.clock_words) + list(self.temporal_nouns) + ["ago", "centuries"])
        return re.compile(r"\b" + alternation(words) + r"(?:s|ies)?\b|\d{4}|\d:\d\d|\d\s*[ap]\.?m\b"
                          r"|'\d\d", re.IGNORECASE)

    @property
    def number_re(self) -> str:
        words = list(self.numbers) + [f"{a}[\\s-]+{b}" for a in ("twenty", "thirty", "forty",
                                                                    "fifty", "sixty") for b in
                                        ("one", "two", "three", "four", "five", "six", "seven",
                                         "eight", "nine")]
        return "(?:\\d+(?:\\.\\d+)?|" + "|".join(sorted(words, key=len, reverse=True)) + ")"

    @property
    def unit_re(self) -> str:
        return "(?:" + "|".join(sorted(self.units, key=len, reverse=True)) + "|centuries)s?"


def load_vocabulary() -> Vocabulary:
    """Read ``dates/data/vocabulary.yaml`` into a :class:`Vocabulary`."""
    raw = yaml.safe_load(data_path("dates", "vocabulary.yaml").read_text(encoding="utf-8"))
    tuples = ("vague_numbers", "position_words", "before_words", "after_words", "anchored_words",
              "bound_words", "period_start_words", "end_bound_words", "simultaneous_markers",
              "time_head_nouns",
              "set_words",
              "utc_zones", "local_zones", "leading_words", "hedges", "temporal_nouns")
    frozen = ("speech_verbs", "future_cues", "future_auxiliaries", "past_auxiliaries")
    fields = {k: tuple(raw[k]) for k in tuples} | {k: frozenset(raw[k]) for k in frozen}
    dicts = {k: v for k, v in raw.items() if k not in fields}
    return Vocabulary(**dicts, **fields)
