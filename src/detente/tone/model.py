"""The learned tone of a span: a multinomial logistic regression over features one can read.

The features of a span (a sentence or a quote) are

- ``lex:compound``, ``lex:pos``, ``lex:neg``: the adapted VADER analyzer's compound score and
  its summed positive and negative valences (divided by 4), i.e. everything the rules of
  ``score.py`` know, negation and the news lexicon included; ``lex:none`` when the span has
  other features but no lexicon word (no evaluative word at all: the plain talks, visits and
  requests the gold calls neutral);
- ``lemma:<lemma>``: content words (``tone.yaml: model_pos``; proper names and demonyms
  never: a relation's tone must not depend on *who* the actors are), once
  each, by lemma; ``verb:<lemma>`` for verbs;
- ``root:<lemma>``: the lemma of the main verb (the span's ``ROOT``), since the gold labels a
  sentence by its main clause;
- ``rules:positive`` / ``rules:negative``: the label the rules give that compound score;
- ``quad:<n>`` and ``event:<TYPE>``: the quad class and PLOVER type of each event the events
  stage coded in the span (the tone stage reads events by its contract).

A span's label is its most probable class, its score P(positive) - P(negative) (-1..+1, the
scale of the rules' compound score).

The model has no intercept: a span with no feature (``(Reuters)``) has probabilities 1/3 each
and score 0. Its weights are a data file (``data/tone_model.tsv``) written by
``detente.tone.train`` from ``gold/tone/train*.jsonl``; inference here is
plain Python.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from detente.errors import ResourceError
from detente.resources import read_weights

LABELS = ("positive", "neutral", "negative")
"""Classes, in the column order of the weights file."""


class Feature(NamedTuple):
    """One feature of a span, with the text it came from (``start == end == -1``: none). A
    named tuple: immutable as a frozen dataclass, and built in half the time (a sentence
    has a few dozen)."""

    name: str
    value: float = 1.0
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class ToneModel:
    """Weights per feature, one per class of ``LABELS``."""

    weights: dict[str, tuple[float, float, float]]

    def probabilities(self, features: list[Feature]) -> tuple[float, float, float]:
        """Softmax of the summed weights of the features the model knows."""
        z0 = z1 = z2 = 0.0
        weights = self.weights
        for f in features:
            w = weights.get(f.name)
            if w:
                value = f.value
                z0 += w[0] * value
                z1 += w[1] * value
                z2 += w[2] * value
        z = [z0, z1, z2]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return (e[0] / total, e[1] / total, e[2] / total)

    def score(self, features: list[Feature]) -> float:
        """Expected tone on a -1 / 0 / +1 scale: P(positive) - P(negative)."""
        p = self.probabilities(features)
        return p[0] - p[2]

    @staticmethod
    def label(probabilities) -> str:
        """The most probable class."""
        return LABELS[max(range(3), key=lambda k: probabilities[k])]

    def contribution(self, feature: Feature) -> float:
        """How far ``feature`` moves the log-odds of positive against negative."""
        w = self.weights.get(feature.name)
        return (w[0] - w[2]) * feature.value if w else 0.0


def read_model(path: Path) -> ToneModel:
    """A weights file: ``#`` comment lines (provenance), a header row, then
    ``feature<TAB>positive<TAB>neutral<TAB>negative`` rows."""
    weights = read_weights(path, 3)
    if not weights:
        raise ResourceError(f"{path.name}: no weights")
    return ToneModel(weights=weights)


def span_features(text: str, cols, first: int, last: int, found: list[float], compound: float,
                  rules_label: str, events, model_pos: frozenset[str]) -> list[Feature]:
    """The features of tokens ``first``..``last - 1`` of ``text`` (``cols``: the doc's
    ``nlp.columns``; ``found``: the lexicon valences of its words; ``rules_label``: the label
    the rules give its compound score; ``events``: the events coded in it). Capitalised
    adjectives after the first word are left out with the proper names: demonyms ("Israeli",
    "Russian") name actors too."""
    out: list[Feature] = []
    if any(found):
        out.append(Feature("lex:compound", compound))
        out.append(Feature("lex:pos", sum(v for v in found if v > 0) / 4.0))
        out.append(Feature("lex:neg", -sum(v for v in found if v < 0) / 4.0))
        if rules_label != "neutral":
            out.append(Feature(f"rules:{rules_label}"))
    seen: set[str] = set()
    idx, length, lemma, pos, dep, alpha = cols.idx, cols.length, cols.lemma, cols.pos, cols.dep, cols.alpha
    new = tuple.__new__  # ``Feature(name, 1.0, start, end)`` without the named tuple's Python-level ``__new__``
    for i in range(first, last):
        tag = pos[i]
        if not alpha[i] or (tag not in model_pos and tag != "VERB") or (
                i > first and tag == "ADJ" and text[idx[i]].isupper()):
            continue  # no feature below (a word of no model class), or a demonym
        names = []
        if tag in model_pos:
            names.append(f"lemma:{lemma[i]}")
        if tag == "VERB":
            names.append(f"verb:{lemma[i]}")
        if dep[i] == "ROOT" and tag == "VERB":
            names.append(f"root:{lemma[i]}")
        for name in names:
            if name not in seen:
                seen.add(name)
                out.append(new(Feature, (name, 1.0, idx[i], idx[i] + length[i])))
    for event in events:
        if not event.negated:
            out.append(Feature(f"quad:{event.quad}", 1.0, event.trigger_start, event.trigger_end))
            out.append(Feature(f"event:{event.type}", 1.0, event.trigger_start, event.trigger_end))
    if out and not any(found):
        out.append(Feature("lex:none"))
    return out
