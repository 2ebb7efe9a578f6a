"""The quote filter: a learned score of each direct quote the rules found (issue 14, round 26).

The rules find every quote and name its speaker; the filter only scores a finished direct quote
(a quotation-marked span, or a reported clause that opens with one) and, when it is switched on,
vetoes the quotes whose probability of being an attributed direct quote falls below a
threshold: a scare quote, a title, a word mentioned rather than said, a fragment that a
reported clause holds. What a veto does is the switch's ``veto``: ``drop`` removes the quote;
``embed`` keeps it and adds the reported clause around it (``clause_around``), so the quote reads
as a partial quote inside reported speech. A quote that stays keeps its rule and speaker
evidence unchanged; every veto is kept under ``VETOED_KEY`` in the parse's ``user_data`` with
the rule ``model:quote-filter``, its probability and what was done, so a user can see what the
model took out and why. The filter changes no speaker.

The model is a binary logistic regression over features read off the quote and its sentence
(``quote_features``): the rule that found the quote and the one that named its speaker, its
length, capitals, a verb or a first-person word inside, closing punctuation inside the marks,
marks inside it, what stands before the opening mark and after the closing one (the parse's
part of speech and the word), and how much of its sentence it covers. Its weights are a data file
(``data/quote_filter.tsv``) written by ``detente.quotes.quote_filter_train`` (``make
quote-model``) from PolNeAR train's tune part only; inference is a dictionary look-up per
feature.

The switch and the threshold are ``quote_filter:`` in ``data/models.yaml`` (``enabled``,
``threshold``); the environment variable ``DETENTE_QUOTE_FILTER`` overrides both for one run
(``off``, ``on`` at the file's threshold, or a threshold strictly between 0 and 1 such as
``0.5``; anything else is an error), so the evaluator can measure either setting.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from detente.errors import ResourceError
from detente.nlp import span_of
from detente.quotes.embedded import OPENERS, clause_around, scored
from detente.records import Quote
from detente.resources import Logistic, bucket, read_logistic, yaml_data

MODEL_FILE = "quote_filter.tsv"
"""The weights file under ``quotes/data``."""
ENV = "DETENTE_QUOTE_FILTER"
"""Overrides the ``models.yaml`` switch for one run: ``off``, ``on`` or a threshold (``0.5``)."""
VETOED_KEY = "detente.quotes.vetoed"
"""``Doc.user_data`` key of the quotes the filter vetoed: ``[(quote, probability, done)]``."""
MODE_ENV = "DETENTE_QUOTE_FILTER_VETO"
"""Overrides ``veto`` of the ``models.yaml`` switch for one run: ``drop`` or ``embed``."""
MODES = ("drop", "embed")
OFF_WORDS = frozenset({"off", "0", "no", "false"})
"""``DETENTE_QUOTE_FILTER`` values that switch the filter off (unset: ``models.yaml`` decides)."""
ON_WORDS = frozenset({"on", "1", "yes", "true"})
"""``DETENTE_QUOTE_FILTER`` values that switch it on at ``models.yaml``'s threshold."""
RULE = "model:quote-filter"
"""The rule named on a vetoed quote."""
CLOSERS = "\"”’'»"
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves"})
LENGTHS = (1, 2, 4, 8, 16, 32)
CONTEXT = (0, 1, 3, 8)


def _rule_head(rule: str | None) -> str:
    """``direct:governing-cue;cue:say`` -> ``direct:governing-cue``; a speaker's rule
    ``coref:name>apposition>...+context`` -> ``coref:name``."""
    if not rule:
        return "-"
    return rule.split(";")[0].split("+")[0].split(">")[0]


def _char_class(ch: str) -> str:
    if not ch:
        return "edge"
    if ch == "\n":
        return "newline"
    if ch in ".!?":
        return "stop"
    if ch in ",;:":
        return {",": "comma", ";": "semicolon", ":": "colon"}[ch]
    if ch.isalnum():
        return "word"
    return "other"


def _mark_bounds(text: str, quote: Quote) -> tuple[int, int]:
    """The opening mark's offset (or the content start) and the offset after the closing mark."""
    start, end = quote.start, quote.end
    if quote.direct and start > 0 and text[start - 1] in OPENERS:
        start -= 1
    while end < len(text) and text[end] in ",.!?;:" and end - quote.end < 2:
        end += 1
    if end < len(text) and text[end] in CLOSERS:
        end += 1
    return start, end


def quote_features(quote: Quote, doc, text: str) -> list[str]:
    """The binary features of one scored quote (``doc``: the article's parse)."""
    content = quote.content.strip(" " + OPENERS + CLOSERS)
    words = content.split()
    out = [f"rule:{_rule_head(quote.rule)}",
           f"speaker:{_rule_head(quote.speaker.rule) if quote.speaker else 'none'}",
           f"words:{bucket(len(words), LENGTHS)}",
           f"cue:{quote.cue is not None}",
           f"indirect:{not quote.direct}"]
    cue = next((p for p in (quote.rule or "").split(";") if p.startswith("cue:")), None)
    if cue:
        out.append(cue)
    if words:
        out.append(f"first_upper:{words[0][:1].isupper()}")
        alpha = [w for w in words if w[:1].isalpha()]
        if len(alpha) >= 2 and all(w[0].isupper() for w in alpha):
            out.append("title_case")
        out.append(f"ends_punct:{content[-1:] in '.!?,' or quote.content.rstrip()[-1:] in '.!?,'}")
        if any(w.strip(".,!?;:\"'“”‘’").lower() in FIRST_PERSON for w in words):
            out.append("first_person")
    if any(m in content for m in OPENERS[:3] + CLOSERS[:3]):
        out.append("marks_inside")
    open_at, close_at = _mark_bounds(text, quote)
    before = text[:open_at].rstrip(" \t")
    after = text[close_at:].lstrip(" \t")
    out.append(f"before:{_char_class(before[-1:])}")
    out.append(f"after:{_char_class(after[:1])}")
    out += _parse_features(quote, doc, open_at, close_at)
    return out


def _parse_features(quote: Quote, doc, open_at: int, close_at: int) -> list[str]:
    if doc is None:
        return []
    span = span_of(doc, quote)
    if span is None or not len(span):
        return []
    out = [f"has_verb:{any(t.pos_ in ('VERB', 'AUX') for t in span)}"]
    sent = span[0].sent
    prev = [t for t in doc[sent.start:span.start] if not t.is_punct and not t.is_space
            and t.idx < open_at]
    nxt = [t for t in doc[span.end:sent.end] if not t.is_punct and not t.is_space
           and t.idx >= close_at]
    out.append(f"prev_pos:{prev[-1].pos_ if prev else '-'}")
    out.append(f"next_pos:{nxt[0].pos_ if nxt else '-'}")
    if prev:
        out.append(f"prev_word:{prev[-1].lower_}")
    out.append(f"words_before:{bucket(len(prev), CONTEXT)}")
    out.append(f"words_after:{bucket(len(nxt), CONTEXT)}")
    inside = sum(1 for t in span if not t.is_punct and not t.is_space)
    total = inside + len(prev) + len(nxt)
    out.append(f"covers:{bucket(round(inside / total, 2) if total else 1.0, (0.25, 0.5, 0.75))}")
    out.append(f"head_dep:{span.root.dep_}")
    return out


@dataclass(frozen=True)
class QuoteFilter(Logistic):
    """A binary logistic regression (``resources.Logistic``): P(an attributed direct quote)."""


def read_model(path: Path) -> QuoteFilter:
    """A weights file: ``#`` comment lines (provenance), a header row, then
    ``feature<TAB>weight`` rows, one of them the intercept (``resources.read_logistic``)."""
    return read_logistic(path, QuoteFilter)


@lru_cache(maxsize=1)
def shipped() -> QuoteFilter:
    """The packaged model, read once per process."""
    from detente.resources import data_path

    return read_model(data_path("quotes", MODEL_FILE))


def threshold(settings: dict | None = None) -> float | None:
    """The threshold in force, or ``None`` when the filter is off: ``DETENTE_QUOTE_FILTER``
    overrides ``settings`` (``quote_filter:`` of ``models.yaml`` when not given) -- ``off``
    (``0``, ``no``, ``false``), ``on`` (``1``, ``yes``, ``true``: on at the settings'
    threshold) or a threshold strictly between 0 and 1. Anything else, and a bad
    ``DETENTE_QUOTE_FILTER_VETO`` even while the filter is off, is a ``ResourceError``."""
    veto_mode(settings)  # a bad veto switch fails whether or not the filter runs
    override = os.environ.get(ENV, "").strip().lower()
    if override in OFF_WORDS:
        return None
    if settings is None:
        settings = yaml_data("quotes", "models.yaml").get("quote_filter") or {}
    if override in ON_WORDS:
        return _cut(settings.get("threshold", 0.5), "models.yaml quote_filter threshold")
    if override:
        return _cut(override, ENV)
    if not settings.get("enabled"):
        return None
    return _cut(settings.get("threshold", 0.5), "models.yaml quote_filter threshold")


def _cut(value, name: str) -> float:
    """``value`` as a threshold strictly between 0 and 1 (not NaN), else a ``ResourceError``."""
    try:
        cut = float(value)
    except (TypeError, ValueError):
        cut = math.nan
    if not 0.0 < cut < 1.0:  # also false for NaN
        raise ResourceError(f"{name}={str(value)!r}: give 'off', 'on' or a threshold strictly "
                            "between 0 and 1 such as 0.5")
    return cut


def veto_mode(settings: dict | None = None) -> str:
    """What a veto does: ``drop`` the quote or ``embed`` it in its reported clause;
    ``DETENTE_QUOTE_FILTER_VETO`` overrides ``veto`` of ``settings`` (``models.yaml``)."""
    mode = os.environ.get(MODE_ENV, "").strip().lower()
    if not mode:
        if settings is None:
            settings = yaml_data("quotes", "models.yaml").get("quote_filter") or {}
        mode = str(settings.get("veto", "drop"))
    if mode not in MODES:
        raise ResourceError(f"quote filter veto {mode!r}: give one of {', '.join(MODES)}")
    return mode


def filter_quotes(quotes: list[Quote], doc, text: str, settings: dict | None = None,
                  model: QuoteFilter | None = None, cut: float | None = None,
                  mode: str | None = None) -> list[Quote]:
    """The quotes the filter keeps (all of them when it is off; ``cut`` and ``mode`` given
    override the switch, for cross-validation). A vetoed quote is dropped (mode ``drop``) or,
    mode ``embed``, kept with its reported clause added (``clause_around``: same cue and
    speaker, rule ``indirect:model:quote-filter<`` + the quote's rule), left alone when it has
    none. Each veto goes to ``doc.user_data[VETOED_KEY]`` as ``(quote, probability, what was
    done)``, the quote's copy naming the filter and the rule that found it
    (``model:quote-filter<direct:governing-cue;cue:call``)."""
    if cut is None:
        cut = threshold(settings)
    if cut is None or not quotes:
        return quotes
    mode = mode or veto_mode(settings)
    model = model or shipped()
    kept, vetoed = [], []
    for quote in quotes:
        if scored(quote, quotes):
            p = model.probability(quote_features(quote, doc, text))
            if p < cut:
                named = replace(quote, rule=f"{RULE}<{quote.rule}")
                if mode == "drop":
                    vetoed.append((named, round(p, 4), "dropped"))
                    continue
                bounds = clause_around(quote, doc, text)
                if bounds is not None:
                    kept.append(replace(quote, content=text[bounds[0]:bounds[1]], start=bounds[0],
                                        end=bounds[1], direct=False, events=[],
                                        rule=f"indirect:{RULE}<{quote.rule}"))
                vetoed.append((named, round(p, 4), "embedded" if bounds else "kept"))
        kept.append(quote)
    if doc is not None:
        doc.user_data[VETOED_KEY] = vetoed
    return sorted(kept, key=lambda q: (q.start, -q.end)) if mode == "embed" else kept
