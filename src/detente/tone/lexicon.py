"""VADER's lexicon and rules, adapted to news by ``data/news_lexicon.tsv`` and ``data/tone.yaml``.

The library's own analyzer is kept whole (its lexicon is read from the installed package, its
negation, intensifier, capitals and ``but`` rules are its own code); detente only changes the
valences of the words and phrases listed in the news lexicon, and adds multi-word phrases as
single entries (``lowest point`` is looked up as ``lowest_point``).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from detente.errors import ResourceError

PHRASE_JOINER = "_"
"""Joins the words of a phrase into the one lexicon key VADER looks up (``lowest_point``)."""


@dataclass(frozen=True)
class NewsEntry:
    """One row of ``news_lexicon.tsv``."""

    entry: str
    """The word or phrase, lower case (``lowest point``)."""
    valence: float
    """Its valence on VADER's scale (-4..+4); 0 removes a general-sense word."""
    why: str
    """The news sense, as documented in the file."""

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.entry.split())

    @property
    def key(self) -> str:
        """The lexicon key: the entry itself, or its words joined by ``_``."""
        return PHRASE_JOINER.join(self.words)


@dataclass
class ToneLexicon:
    """The adapted analyzer and what the scorer needs beside it."""

    analyzer: object
    """A ``vaderSentiment`` ``SentimentIntensityAnalyzer`` whose lexicon holds the news entries."""
    raw: object
    """The library's analyzer as shipped (the baseline of ``detente evaluate tone``)."""
    phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    """Multi-word entries by first word, longest first (``~``: a gap of up to three words)."""
    news: dict[str, str] = field(default_factory=dict)
    """Lexicon key -> entry, for the keys the news lexicon set."""
    news_forms: frozenset[str] = frozenset()
    """Single-word news entries with a valence, also matched through a token's lemma
    (entries that remove a word match its exact form only: "free" but not "frees")."""
    positive: float = 0.05
    """Compound score at or above which a span is positive."""
    negative: float = -0.05
    """Compound score at or below which a span is negative."""
    skip_pos: frozenset[str] = frozenset({"PROPN"})
    """Coarse POS tags whose words carry no tone."""
    background_weight: float = 1.0
    """Weight of a word in a background clause or phrase (``score.in_background``)."""
    background_deps: frozenset[str] = frozenset()
    """Dependency labels that open a background clause (advcl)."""
    background_preps: frozenset[str] = frozenset()
    """Prepositions that open a background phrase (after, since, amid, ...)."""
    model_pos: frozenset[str] = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
    """Coarse POS tags whose lemmas are features of the tone model (``model.span_features``)."""
    model: object | None = None
    """The learned ``model.ToneModel`` that labels and scores spans; ``None``: the rules do."""

    def label(self, score: float) -> str:
        """positive, neutral or negative for a compound score."""
        if score >= self.positive:
            return "positive"
        if score <= self.negative:
            return "negative"
        return "neutral"


def read_news_lexicon(path: Path) -> list[NewsEntry]:
    """Rows of a news lexicon TSV (comment lines start with ``#``; a header row follows)."""
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    out = []
    for row in rows[1:]:
        if len(row) < 2:
            raise ResourceError(f"{path.name}: row {row!r} needs entry and valence")
        try:
            valence = float(row[1])
        except ValueError as exc:
            raise ResourceError(f"{path.name}: valence of {row[0]!r} is not a number") from exc
        out.append(NewsEntry(entry=row[0].strip().lower(), valence=valence,
                             why=row[2] if len(row) > 2 else ""))
    return out


WINDOW = 3
"""VADER's negation and idiom checks read at most this many words either side of word ``i``."""


@cache
def windowed_analyzer() -> type:
    """VADER's ``SentimentIntensityAnalyzer`` whose negation and idiom checks are handed only
    the words around word ``i`` they read (``i - 3`` to ``i + 2``), not the whole sentence:
    VADER lower-cases every word of the sentence again on each call, up to four times per
    word it scores. Same rules, same results (a word too near the start to have a full
    window gets the whole sentence, where VADER's negative indices read as they do there)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as Vader

    class WindowedAnalyzer(Vader):
        @staticmethod
        def _negation_check(valence, words_and_emoticons, start_i, i):
            if i < WINDOW:
                return Vader._negation_check(valence, words_and_emoticons, start_i, i)
            window = words_and_emoticons[i - WINDOW:i + WINDOW]
            return Vader._negation_check(valence, window, start_i, WINDOW)

        @staticmethod
        def _special_idioms_check(valence, words_and_emoticons, i):
            if i < WINDOW:
                return Vader._special_idioms_check(valence, words_and_emoticons, i)
            window = words_and_emoticons[i - WINDOW:i + WINDOW]
            return Vader._special_idioms_check(valence, window, WINDOW)

    return WindowedAnalyzer


def load_tone_lexicon(lexicon_path: Path, settings_path: Path) -> ToneLexicon:
    """The library's analyzer, a copy adapted by the news lexicon (``windowed_analyzer``: the
    same rules, faster), and the settings."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    raw = SentimentIntensityAnalyzer()
    adapted = windowed_analyzer()()
    adapted.lexicon = dict(raw.lexicon)
    phrases: dict[str, list[tuple[str, ...]]] = {}
    news: dict[str, str] = {}
    for item in read_news_lexicon(lexicon_path):
        news[item.key] = item.entry
        if len(item.words) > 1:
            phrases.setdefault(item.words[0], []).append(item.words)
        if item.valence == 0:
            # out of the lexicon, not 0 in it: VADER would still add an intensifier's boost to a 0
            adapted.lexicon.pop(item.key, None)
        else:
            adapted.lexicon[item.key] = item.valence
    for found in phrases.values():
        found.sort(key=len, reverse=True)
    settings = yaml.safe_load(settings_path.read_text(encoding="utf-8")) or {}
    forms = frozenset(k for k in news if PHRASE_JOINER not in k and k in adapted.lexicon)
    return ToneLexicon(analyzer=adapted, raw=raw, phrases=phrases, news=news, news_forms=forms,
                       positive=float(settings.get("positive", 0.05)),
                       negative=float(settings.get("negative", -0.05)),
                       skip_pos=frozenset(settings.get("skip_pos", ["PROPN"])),
                       background_weight=float(settings.get("background_weight", 1.0)),
                       background_deps=frozenset(settings.get("background_deps", [])),
                       background_preps=frozenset(settings.get("background_preps", [])),
                       model_pos=frozenset(settings.get("model_pos", ["NOUN", "VERB", "ADJ", "ADV"])))
