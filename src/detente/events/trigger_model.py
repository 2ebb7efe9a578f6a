"""The trigger model: a learned proposer of triggers the lexicon does not know (issue 13, item 5;
round 24, branch l4).

The rules find triggers by the lexicon (``triggers.find_candidates``). "No trigger" (lexicon gaps,
missing complements) is the largest miss cause on every half. This model looks at every verb and
noun of a sentence that is in no rule candidate (the candidates) and scores it in two stages:
P(the word is an event's trigger) (the ``event`` column of the weights), then the PLOVER type among
the 16 (one-vs-rest columns; the best wins). When the model is switched on, a candidate whose event
score is at or above the threshold becomes a synthetic lexicon entry ``model:<lemma>~trigmodel`` of
the predicted type (its CAMEO code: the type's most common code in the lexicon) and joins the
sentence's pending triggers: it goes through every guard of ``coder.decide`` (negation, questions,
conditionals, speculation...) and gets its sides from the existing argument machinery
(``coder.code_trigger`` and the target rules), like any lexicon trigger. Every row it makes names
the rule ``model:<lemma>~trigmodel`` (plus the argument rules' suffixes).

The features (``candidate_features``) are read off the parse: lemma, part of speech, relation, head
lemma, the lexicon's types of the word (an entry whose complement the sentence lacks: "lex:ASSAULT"),
subject and object lemmas, whether the subject / object are resolved actors and of the same
country, negation and modality marks (``events.semantics``), the number of the sentence's actors.
The weights (``data/trigger_model.tsv``) are written by ``detente.events.trigger_model_train``
(``make trigger-model``) from the tuning halves only.

The switch is ``trigger_model:`` in ``semantics.yaml`` (``enabled``, ``threshold``);
``DETENTE_TRIGGER_MODEL`` overrides it for one run (``off`` or ``0.9``), ``DETENTE_TRIGGER_MODEL_FILE``
names another weights file (the trainer's folds). ``RECORDER`` (a list, ``None`` outside training)
takes every candidate whatever the switch.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from detente.events import semantics as sem
from detente.events.lexicon import Lexicon, Trigger
from detente.events.triggers import Candidate
from detente.events.verifier import threshold as verifier_threshold
from detente.resources import ResourceError, read_weights

MODEL_FILE = "trigger_model.tsv"
ENV = "DETENTE_TRIGGER_MODEL"
FILE_ENV = "DETENTE_TRIGGER_MODEL_FILE"
INTERCEPT = "(intercept)"
SUFFIX = "~trigmodel"
EVENT = "event"
POS = {"VERB": "verb", "NOUN": "noun"}
SUBJECTS = frozenset({"nsubj", "agent"})
"""The doer's relations (a passive's ``by`` agent)."""
OBJECTS = frozenset({"dobj", "nsubjpass", "pobj", "dative", "attr"})
"""The undergoer's relations (a passive's subject)."""
RECORDER: list | None = None
"""When a list (the trainer sets it), every candidate is appended as ``(sentence text, token
offset, token text, features)``, whatever the switch."""


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3+"


def _actor_countries(token, index) -> set[str]:
    """The countries of the actors whose mentions cover ``token`` or its compounds / modifiers."""
    out = set()
    for t in (token, *(c for c in token.children if c.dep_ in ("compound", "amod", "poss"))):
        out |= {m.actor.country for m in index.at(t) if m.actor is not None and m.actor.country}
    return out


def _argument(token, deps: frozenset[str]):
    """The first child of ``token`` in one of ``deps`` (through a preposition or ``by`` agent to
    its object)."""
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.dep_ in deps | {"prep"} and \
                (child.dep_ == "agent" or "pobj" in deps):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        elif child.dep_ in deps:
            return child
    return None


def candidate_features(token, index, lexicon: Lexicon, actors: int) -> list[str]:
    """The binary features of one candidate word (``actors``: located mentions of its sentence)."""
    lemma, pos = token.lemma_.lower(), POS[token.pos_]
    head = token.head
    subj, obj = _argument(token, SUBJECTS), _argument(token, OBJECTS)
    if pos == "noun" and subj is None:
        subj = next((c for c in token.children if c.dep_ == "poss"), None)
    subj_c = _actor_countries(subj, index) if subj is not None else set()
    obj_c = _actor_countries(obj, index) if obj is not None else set()
    out = [f"lemma:{lemma}", f"pos:{pos}", f"dep:{token.dep_}", f"lemma+pos:{lemma}+{pos}",
           f"lemma+dep:{lemma}+{token.dep_}", f"head:{head.lemma_.lower()}", f"head_pos:{head.pos_}",
           f"subj:{subj.lemma_.lower() if subj is not None else '-'}",
           f"obj:{obj.lemma_.lower() if obj is not None else '-'}",
           f"subj_actor:{bool(subj_c)}", f"obj_actor:{bool(obj_c)}", f"actors:{_bucket(actors)}",
           f"lemma+subj_actor:{lemma}+{bool(subj_c)}", f"lemma+obj_actor:{lemma}+{bool(obj_c)}"]
    if subj_c and obj_c:
        out.append(f"sides_same_country:{bool(subj_c & obj_c)}")
    if obj is not None and obj.dep_ == "pobj":
        out.append(f"prep:{obj.head.lemma_.lower()}")
    known = sorted({t.type for t in lexicon.triggers.get((pos, lemma), ()) if t.type})
    out += [f"lex:{t}" for t in known] or ["lex:-"]  # the lexicon's types of the word (its complement unmet)
    if sem.is_negated(token, lexicon):
        out.append("negated")
    if sem.is_future(token, lexicon):
        out.append("future")
    if sem.is_hypothetical(token, lexicon):
        out.append("hypothetical")
    if token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
        out.append("passive")
    return out


@dataclass(frozen=True)
class TriggerModel:
    """Weights per feature: the ``event`` column (P(trigger)) and one column per PLOVER type."""

    columns: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]

    def scores(self, features: list[str]) -> dict[str, float]:
        """The logistic of every column for ``features``."""
        import math

        z = list(self.weights.get(INTERCEPT, (0.0,) * len(self.columns)))
        for name in features:
            row = self.weights.get(name)
            if row is not None:
                z = [a + b for a, b in zip(z, row, strict=True)]
        return {c: 0.0 if v < -30 else 1.0 / (1.0 + math.exp(-v)) for c, v in zip(self.columns, z, strict=True)}

    def predict(self, features: list[str]) -> tuple[float, str]:
        """P(event) and the best type."""
        scores = self.scores(features)
        event = scores.pop(EVENT)
        return event, max(sorted(scores), key=lambda c: scores[c]) if scores else ""


def read_model(path: Path) -> TriggerModel:
    """A weights file: ``#`` provenance lines, a header ``feature<TAB>event<TAB>TYPE...``, rows."""
    with path.open(encoding="utf-8") as fh:
        header = next((line.rstrip("\n").split("\t") for line in fh if line.startswith("feature\t")), None)
    if header is None or len(header) < 2 or header[1] != EVENT:
        raise ResourceError(f"{path.name}: no 'feature<TAB>event...' header row")
    return TriggerModel(tuple(header[1:]), read_weights(path, len(header) - 1))


def shipped() -> TriggerModel:
    return _model_at(os.environ.get(FILE_ENV, ""))


@lru_cache(maxsize=4)
def _model_at(path: str) -> TriggerModel:
    from detente.resources import data_path

    return read_model(Path(path) if path else data_path("events", MODEL_FILE))


def threshold(settings: dict | None) -> float | None:
    """The threshold in force or ``None`` when off (``trigger_model:`` of ``semantics.yaml``,
    ``DETENTE_TRIGGER_MODEL`` overriding it)."""
    return verifier_threshold(settings, ENV, "0.9")


_CODES: dict[int, dict[str, str]] = {}


def _type_codes(lexicon: Lexicon) -> dict[str, str]:
    if id(lexicon) in _CODES:
        return _CODES[id(lexicon)]
    counts: dict[str, Counter] = {}
    for entries in lexicon.triggers.values():
        for entry in entries:
            if entry.type and entry.cameo and entry.role == "event":
                counts.setdefault(entry.type, Counter())[entry.cameo] += 1
    codes = {t: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for t, c in counts.items()}
    _CODES[id(lexicon)] = codes
    return codes


def type_code(type_: str, lexicon: Lexicon) -> str | None:
    """The type's most common CAMEO code among the lexicon's event entries."""
    return _type_codes(lexicon).get(type_)


def _covered(found: list[Candidate]) -> set[int]:
    out = set()
    for cand in found:
        out.add(cand.token.i)
        out |= {t.i for t in cand.parts}
    return out


def proposed(found: list[Candidate], sentence, lexicon: Lexicon, index) -> list[Candidate]:
    """The sentence's outermost rule candidates and, when the model is on, a candidate of every
    other verb or noun whose event score reaches the threshold (a synthetic entry of the best
    type). With ``RECORDER`` set, every other verb and noun is recorded."""
    pending = [c for c in found if c.outer is None]
    cut = threshold(lexicon.semantics.get("trigger_model"))
    if cut is None and RECORDER is None:
        return pending
    covered = _covered(found)
    words = [t for t in sentence if t.pos_ in POS and t.i not in covered and t.is_alpha and len(t.text) > 2]
    if not words:
        return pending
    actors = sum(1 for t in sentence if index.at(t))
    model = shipped() if cut is not None else None
    extra = []
    for token in words:
        features = candidate_features(token, index, lexicon, actors)
        if RECORDER is not None:
            RECORDER.append((sentence.text, token.idx, token.text, features))
        if model is None:
            continue
        score, type_ = model.predict(features)
        code = type_code(type_, lexicon) if score >= cut else None
        if code is not None:
            lemma = token.lemma_.lower()
            entry = Trigger(id=f"model:{lemma}{SUFFIX}", pos=POS[token.pos_], lemma=lemma, requires=None,
                            type=type_, cameo=code, role="event", negated="", targets=())
            extra.append(Candidate(token, entry))
    return sorted(pending + extra, key=lambda c: c.token.i)
