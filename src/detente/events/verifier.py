"""The row verifier: a learned score of each rule row, combined with the rules (issue 13, item 5).

The rules find and code every row; the verifier only scores a finished row and, when it is
switched on, drops the rows whose probability of being right falls below a threshold. A row
that stays keeps its rule's evidence (``rule``, ``trigger``, ``evidence``) unchanged, so every
row is still explained by the lexicon entry that made it; the verifier adds no row and changes
no type or actor.

The model is a binary logistic regression over features one can read off the finished row
(``row_features``): the lexicon entry and its rule suffixes (``~future``, ``!negated``, ...),
the PLOVER type, quad and CAMEO root, the mode, whether the row came from a quote or reported
clause, the sentence position (the headline is sentence 0), how many sources and targets it has
and whether each side has a country and a sector, whether source and target are one country,
the distance in characters between the trigger and each side, and how many rows its sentence
gave; and, since round 23, what the parse shows around it (``verifier_context.py``: how each
side hangs from the trigger, the trigger word's senses in the lexicon, a negation, modal,
question or if-clause on it, the sentence's length and its other rows). Its weights are a data file (``data/row_verifier.tsv``) written by
``detente.events.verifier_train`` (``make event-model``) from the project's own tuning material
only; inference here is plain Python (a dictionary look-up per feature), cheap beside the parse.

The switch and the threshold are ``row_verifier:`` in ``semantics.yaml`` (``enabled``,
``threshold``); the environment variable ``DETENTE_ROW_VERIFIER`` overrides both for one run
(``off`` or a threshold such as ``0.3``), so the evaluator can measure either setting.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from detente.errors import ResourceError
from detente.records import Event
from detente.resources import Logistic, bucket, read_logistic

MODEL_FILE = "row_verifier.tsv"
"""The weights file under ``events/data``."""

ENV = "DETENTE_ROW_VERIFIER"
"""Overrides the ``semantics.yaml`` switch for one run: ``off``, or a threshold (``0.3``)."""


def _rule_parts(rule: str) -> tuple[str, list[str]]:
    """The lexicon entry of a rule id and its suffixes (``verb:agree~future!negated`` ->
    ``verb:agree``, [``~future``, ``!negated``])."""
    match = re.search(r"[~!]", rule)
    if match is None:
        return rule, []
    return rule[:match.start()], re.findall(r"[~!][^~!]*", rule[match.start():])


def _side_distance(event: Event, side) -> int | None:
    """Characters between the trigger and the nearest participant of ``side`` with offsets."""
    gaps = []
    for p in side:
        if p.start is None or p.end is None:
            continue
        if p.end <= event.trigger_start:
            gaps.append(event.trigger_start - p.end)
        elif p.start >= event.trigger_end:
            gaps.append(p.start - event.trigger_end)
        else:
            gaps.append(0)
    return min(gaps) if gaps else None


DISTANCES = (0, 10, 30, 60, 120)


def row_features(event: Event) -> list[str]:
    """The binary features of one finished row."""
    base, suffixes = _rule_parts(event.rule or "")
    kind = base.split(":", 1)[0] if ":" in base else "other"
    out = [f"kind:{kind}", f"type:{event.type}", f"mode:{event.mode or '-'}",
           f"quote:{event.quote is not None}",
           f"sentence:{bucket(event.sentence, (0, 1, 3, 6))}",
           f"sources:{bucket(len(event.source), (0, 1, 2))}",
           f"targets:{bucket(len(event.target), (0, 1, 2))}"]
    out += [f"suffix:{s}" for s in suffixes]
    for name, side in (("source", event.source), ("target", event.target)):
        if side:
            out.append(f"{name}_country:{all(p.country for p in side)}")
            out.append(f"{name}_sector:{any(p.sector for p in side)}")
            gap = _side_distance(event, side)
            out.append(f"{name}_gap:{'-' if gap is None else bucket(gap, DISTANCES)}")
            before = [p for p in side if p.start is not None and p.start < event.trigger_start]
            out.append(f"{name}_before:{bool(before)}")
    src = {p.country for p in event.source if p.country}
    tgt = {p.country for p in event.target if p.country}
    if src and tgt:
        out.append(f"same_country:{bool(src & tgt)}")
        out.append(f"type+same_country:{event.type}+{bool(src & tgt)}")
    out.append(f"type+target:{event.type}+{bool(event.target)}")
    words = {(p.text or "").strip().lower() for p in event.source}
    if words & {(p.text or "").strip().lower() for p in event.target}:
        out.append("same_words")  # "clashes in Jenin": the place on both sides
    if any(p.country is None for p in event.source):
        out.append(f"sourceless:{event.type}")
    return out


@dataclass(frozen=True)
class RowVerifier(Logistic):
    """P(the row is right) of each finished row."""

    def scores(self, events: list[Event], features: list[list[str]] | None = None) -> list[float | None]:
        """P(right) of each row (``None`` for a negated row: it is never scored or dropped);
        ``features`` per row, else ``row_features`` alone."""
        if features is None:
            features = [row_features(e) for e in events]
        return [None if e.negated else self.probability(f) for e, f in zip(events, features, strict=True)]

    def keep(self, events: list[Event], threshold: float,
             features: list[list[str]] | None = None) -> list[Event]:
        """The rows scored at or above ``threshold`` (negated rows always)."""
        return [e for e, p in zip(events, self.scores(events, features), strict=True)
                if p is None or p >= threshold]


def read_model(path: Path, kind: type[Logistic] = RowVerifier) -> Logistic:
    """A weights file: ``#`` comment lines (provenance), a header row, then
    ``feature<TAB>weight`` rows, one of them the intercept; read as a ``kind``
    (``resources.read_logistic``)."""
    return read_logistic(path, kind)


@lru_cache(maxsize=1)
def shipped() -> RowVerifier:
    """The packaged model, read once per process."""
    from detente.resources import data_path

    return read_model(data_path("events", MODEL_FILE))


def threshold(settings: dict | None, env: str = ENV, example: str = "0.3") -> float | None:
    """The threshold in force, or ``None`` when the model is off (``settings``: its block of
    ``semantics.yaml``, ``row_verifier:`` by default; the environment variable ``env``,
    ``DETENTE_ROW_VERIFIER`` by default, overrides it: ``off`` or a threshold such as ``example``)."""
    override = os.environ.get(env, "").strip().lower()
    if override:
        if override in {"off", "0", "no", "false"}:
            return None
        try:
            return float(override)
        except ValueError:
            raise ResourceError(f"{env}={override!r}: give 'off' or a threshold such as {example}") from None
    if not settings or not settings.get("enabled"):
        return None
    return float(settings.get("threshold", 0.5))


RECORDED: dict[int, tuple[Event, list[str]]] | None = None
"""When a dictionary (``verifier_train`` sets it while coding its material), ``verify`` records
each row's features in it by ``id(row)``, the verifier on or off."""


def all_features(events: list[Event], doc=None, lexicon=None, mentions=None) -> list[list[str]]:
    """Each row's features: ``row_features``, and with the parse and the lexicon the
    ``verifier_context`` ones."""
    if doc is None or lexicon is None:
        return [row_features(e) for e in events]
    from detente.events.verifier_context import Tokens, context_features

    tokens = Tokens(doc)
    return [row_features(e) + context_features(e, events, tokens, lexicon, mentions) for e in events]


def verify(events: list[Event], settings: dict | None, doc=None, lexicon=None, mentions=None) -> list[Event]:
    """The rows the verifier keeps (all of them when it is off); ``doc``, ``lexicon`` and the
    article's actor ``mentions`` give the parse features."""
    cut = threshold(settings)
    if not events or (cut is None and RECORDED is None):
        return events
    features = all_features(events, doc, lexicon, mentions)
    if RECORDED is not None:
        RECORDED.update((id(e), (e, f)) for e, f in zip(events, features, strict=True))
    if cut is None:
        return events
    return shipped().keep(events, cut, features)
