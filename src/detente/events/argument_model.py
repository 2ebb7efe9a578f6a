"""The argument model: a learned choice of a rule row's empty source or target from the parse
(issue 13, item 5; round 23).

The rules find, type and explain every row and read its sides off the parse. Where they find no
doer for a trigger (``coder.code_trigger``: the row would be dropped) or leave its target empty
after every target rule (``coder.code_sentence``), this model looks at every located actor
mention of the trigger's sentence (the candidates) and scores each one: P(the candidate fills
that side). When the model is switched on, the best candidate at or above the threshold fills the
side, and the row's rule gains the suffix ``~argmodel:`` + the candidate's dependency path from
the trigger (``noun:sanction~argmodel:v.prep:on.pobj``), so the row still names the lexicon entry
that made it and says how the side was found. The model never replaces a side the rules filled,
changes no type, and a row it completes still passes every later rule (interaction, venues,
dedup).

The features (``candidate_features``, each prefixed with the side, ``target|...``) are read off
the parse: the dependency path from the trigger to the candidate's head (up and down relations,
preposition lemmas, truncated), direction and token distance, the candidate's own relation and
preposition, whether the path passes a possessive, compound, relative clause, apposition,
conjunct..., the row's type and quad and rule suffixes, the candidate's sector and entity label,
the number of candidates, and for a target whether it shares the source's country or words. The
weights are a data file (``data/argument_model.tsv``) written by
``detente.events.argument_model_train`` (``make argument-model``) from the project's own tuning
material only; inference is a dictionary look-up per feature.

The switch is ``argument_model:`` in ``semantics.yaml`` (``enabled``, ``threshold``, ``sides``);
``DETENTE_ARGUMENT_MODEL`` overrides the switch and threshold for one run (``off`` or ``0.8``),
``DETENTE_ARGUMENT_MODEL_SIDES`` the sides, ``DETENTE_ARGUMENT_MODEL_FILE`` the weights file (the
trainer's folds). ``RECORDER`` (a list, ``None`` outside training) takes every candidate of every
empty side whatever the switch, for the trainer.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from detente.events.arguments import participant
from detente.events.sides import same_side
from detente.events.verifier import Logistic
from detente.events.verifier import read_model as verifier_model
from detente.events.verifier import threshold as verifier_threshold
from detente.nlp import doc_text, span_at
from detente.records import Mention, Participant
from detente.resources import bucket

MODEL_FILE = "argument_model.tsv"
"""The weights file under ``events/data``."""

ENV = "DETENTE_ARGUMENT_MODEL"
"""Overrides the ``semantics.yaml`` switch for one run: ``off``, or a threshold (``0.6``)."""

SIDES_ENV = "DETENTE_ARGUMENT_MODEL_SIDES"
"""Overrides the sides the model may fill for one run (``target``, ``source``, ``target,source``)."""

LOCATIVE_ENV = "DETENTE_ARGUMENT_MODEL_LOCATIVE"
"""Overrides the locative prepositions for one run (``in,at,near``, or ``off``: none)."""

FILE_ENV = "DETENTE_ARGUMENT_MODEL_FILE"
"""Names another weights file for one run (the trainer's cross-validation)."""

INTERCEPT = "(intercept)"
SUFFIX = "~argmodel"
MAX_UP = 3
MAX_DOWN = 3
DISTANCES = (1, 3, 6, 10, 20)
PATH_RELATIONS = frozenset({"poss", "compound", "relcl", "appos", "acl", "conj", "advcl", "ccomp", "xcomp",
                            "nsubj", "nsubjpass", "dobj", "pobj", "amod", "nmod", "npadvmod", "dative"})
"""Relations whose presence anywhere on the path is a feature of its own."""
RECORDER: list | None = None
"""When a list (the trainer sets it), every candidate of every target-less row is appended to it as
``(article id, sentence index, sentence text, trigger offset, type, source countries, candidate
participant, features)``, whatever the switch."""


def _head(doc, start: int, end: int):
    """The syntactic head of the tokens covering ``start..end`` (``None`` when no token does)."""
    span = span_at(doc, start, end)
    return None if span is None or len(span) == 0 else span.root


def _step(token) -> str:
    """One arc of a path: the token's relation, with a preposition's lemma (``prep:against``)."""
    dep = token.dep_ or "dep"
    if dep in ("prep", "agent") or (dep == "dative" and token.pos_ == "ADP"):
        return f"{dep}:{token.lemma_.lower()}"
    return dep


def _chain(token) -> list:
    out = [token]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
        if len(out) > 60:
            break
    return out


def dependency_path(trigger, head) -> tuple[list[str], list[str]]:
    """The arcs climbed from ``trigger`` to the lowest common ancestor and those descended from it
    to ``head`` (each with its relation; preposition lemmas kept)."""
    up_chain, down_chain = _chain(trigger), _chain(head)
    down_index = {t.i: k for k, t in enumerate(down_chain)}
    for k, token in enumerate(up_chain):
        if token.i in down_index:
            up = [_step(t) for t in up_chain[:k]]
            down = [_step(t) for t in reversed(down_chain[:down_index[token.i]])]
            return up, down
    return [_step(t) for t in up_chain[:-1]] + ["ROOT"], ["ROOT"] + [_step(t) for t in reversed(down_chain[:-1])]


def _path_name(up: list[str], down: list[str]) -> str:
    ups = up[:MAX_UP] + (["..."] if len(up) > MAX_UP else [])
    downs = (["..."] if len(down) > MAX_DOWN else []) + down[-MAX_DOWN:]
    return ".".join(["^" + s for s in ups] + ["v"] + downs)


def candidate_features(type_: str, quad: int, src: list[Participant], head, trigger, mention: Mention,
                       ncands: int) -> list[str]:
    """The binary features of one candidate of a row of ``type_`` (``head``: the candidate's head
    token; ``trigger``: the row's trigger token; ``src``: the row's sources, none when the
    candidate is one for the source)."""
    up, down = dependency_path(trigger, head)
    path = _path_name(up, down)
    last = down[-1] if down else "self"
    prep = head.head.lemma_.lower() if head.dep_ == "pobj" else "-"
    distance = head.i - trigger.i
    on_path = set(up) | set(down)
    actor = mention.actor
    src_countries = {p.country for p in src if p.country}
    src_words = {(p.text or "").strip().lower() for p in src}
    out = [f"path:{path}", f"up:{'.'.join(up[:MAX_UP])}", f"down:{'.'.join(down[-MAX_DOWN:])}",
           f"last:{last}", f"prep:{prep}", f"dir:{'after' if distance > 0 else 'before'}",
           f"dist:{bucket(abs(distance), DISTANCES)}", f"ups:{bucket(len(up), (0, 1, 2, 3))}",
           f"downs:{bucket(len(down), (0, 1, 2, 3))}",
           f"type:{type_}", f"quad:{quad}", f"type+last:{type_}+{last}",
           f"type+prep:{type_}+{prep}", f"quad+dir:{quad}+{distance > 0}",
           f"sector:{actor.sector or '-'}", f"label:{mention.label or '-'}",
           f"cands:{bucket(ncands, (1, 2, 3, 5))}"]
    if src:
        out += [f"same_country:{actor.country in src_countries}",
                f"same_words:{(mention.text or '').strip().lower() in src_words}"]
    out += [f"on_path:{d}" for d in sorted(on_path & PATH_RELATIONS)]
    if any(t.dep_ == "poss" for t in _chain(head)[:3]):
        out.append("possessive")
    if head.dep_ in ("compound", "amod"):
        out.append(f"modifier:{head.dep_}")
    return out


@dataclass(frozen=True)
class ArgumentModel(Logistic):
    """P(the candidate is the row's target): the verifier's regression (``verifier.Logistic``)."""


def top(features: list[str]) -> str:
    """The candidate's path from the trigger, the evidence a filled row names."""
    return next((f.split(":", 1)[1] for f in features if "|path:" in f), "-")


def read_model(path: Path) -> ArgumentModel:
    """A weights file as the verifier's (``verifier.read_model``)."""
    return verifier_model(path, ArgumentModel)


def shipped() -> ArgumentModel:
    """The packaged model, read once per process (``DETENTE_ARGUMENT_MODEL_FILE`` names another
    weights file: the trainer's cross-validation folds)."""
    return _model_at(os.environ.get(FILE_ENV, ""))


@lru_cache(maxsize=4)
def _model_at(path: str) -> ArgumentModel:
    from detente.resources import data_path

    return read_model(Path(path) if path else data_path("events", MODEL_FILE))


def sides(settings: dict | None) -> frozenset[str]:
    """The sides the model may fill (``sides:`` of the block, ``DETENTE_ARGUMENT_MODEL_SIDES``
    overriding it: ``target``, ``source`` or both, comma-separated)."""
    override = os.environ.get(SIDES_ENV, "").strip().lower()
    if override:
        return frozenset(override.split(","))
    return frozenset((settings or {}).get("sides", ("target", "source")))


def locatives(settings: dict | None) -> frozenset[str]:
    """The locative prepositions (``locative:`` of the block, ``DETENTE_ARGUMENT_MODEL_LOCATIVE``
    overriding it; ``off`` or empty: none) through which a target candidate is not reached."""
    override = os.environ.get(LOCATIVE_ENV)
    if override is not None:
        value = override.strip().lower()
        return frozenset() if value in ("", "off") else frozenset(value.split(","))
    return frozenset((settings or {}).get("locative") or ())


def locative(features: list[str], words: frozenset[str]) -> bool:
    """True when the candidate is reached through a locative preposition: the last arcs down to it
    (its ``down:`` feature) pass ``prep:`` one of ``words`` ("robbed in Thailand", "an attack at
    the Thai border": where, not whom)."""
    steps = {step for f in features if f.split("|", 1)[-1].startswith("down:")
             for step in f.split("|", 1)[-1][5:].split(".")}
    return any(f"prep:{w}" in steps for w in words)


def threshold(settings: dict | None) -> float | None:
    """The threshold in force, or ``None`` when the model is off (``settings``: the
    ``argument_model:`` block of ``semantics.yaml``; ``DETENTE_ARGUMENT_MODEL`` overrides it), read
    as the row verifier's (``verifier.threshold``)."""
    return verifier_threshold(settings, ENV, "0.6")


def _suffixes(rule: str) -> list[str]:
    """The rule's suffixes (``verb:attack~place~unplaced`` -> ``~place``, ``~unplaced``)."""
    return ["~" + part.split("!")[0] for part in rule.split("~")[1:]]


def _overlaps(mention: Mention, start: int, end: int) -> bool:
    return mention.start < end and start < mention.end


def candidates(trigger, type_: str, quad: int, src: list[Participant], mentioned: list, rule: str = "",
               side: str = "target") -> list[tuple[Mention, list[str]]]:
    """The candidates of a row's empty ``side`` and their features (each named ``side|feature``):
    the located mentions of the sentence (``mentioned``: its (token, mention) pairs) that are
    neither a source of the row nor in its trigger."""
    doc, pool, seen = trigger.doc, [], set()
    for _, mention in mentioned:
        key = (mention.start, mention.end)
        if key in seen or mention.actor is None or not mention.actor.country or \
                _overlaps(mention, trigger.idx, trigger.idx + len(trigger.text)) or \
                any(p.start is not None and _overlaps(mention, p.start, p.end) for p in src):
            continue
        seen.add(key)
        pool.append(mention)
    out = []
    for mention in pool:
        head = _head(doc, mention.start, mention.end)
        if head is not None:
            features = candidate_features(type_, quad, src, head, trigger, mention, len(pool))
            features += [f"suffix:{s}" for s in _suffixes(rule)]
            out.append((mention, [f"side:{side}"] + [f"{side}|{f}" for f in features]))
    return out


def _record(side: str, trigger, coding, src: list[Participant], found: list) -> None:
    RECORDER.extend((side, doc_key(trigger.doc), trigger.sent.text, trigger.idx, coding.type,
                     [p.country for p in src], participant(m), f) for m, f in found)


def doc_key(doc) -> str:
    """The key of an article's parse in ``RECORDER`` (a digest of its text)."""
    return hashlib.sha1(doc_text(doc).encode("utf-8")).hexdigest()[:16]


def _best(found: list, cut: float) -> tuple[Mention, list[str]] | None:
    model = shipped()
    best, k = max((model.probability(f), -k) for k, (_, f) in enumerate(found))
    return found[-k] if best >= cut else None


PLACE_READ = ("~place", "~occurred")
"""Rule suffixes of a source read from a place ("riots broke out in Nairobi": Kenya's people)."""


def narrowed(found: list, type_: str, rule: str, src: list[Participant], lexicon) -> list:
    """The target candidates the model may fill (round 23, branch l2b): only a row of a type the
    rules say is done to someone (``need_target``: a strike, a protest, a curfew are coded with
    no target), and never a candidate of the country of a source read from a place ("workers
    struck in Lagos": Lagos is where, not whom); with ``locative:`` words (round 24, branch l3),
    never a candidate reached through one of those prepositions (``locative``)."""
    if type_ not in lexicon.words["need_target"]:
        return []
    words = locatives(lexicon.semantics.get("argument_model"))
    if words:
        found = [(m, f) for m, f in found if not locative(f, words)]
    if any(s in PLACE_READ for s in _suffixes(rule)):
        home = {p.country for p in src if p.country}
        found = [(m, f) for m, f in found if m.actor.country not in home]
    return found


def model_target(trigger, coding, src: list[Participant], mentioned: list, lexicon):
    """``(targets, coding)`` for a row the rules left target-less when the model is on and the best
    of its sentence's candidates (``narrowed``) scores at or above the threshold (the coding's rule
    gains ``~argmodel:PATH``); ``None`` otherwise. With ``RECORDER`` set, every candidate is recorded.
    A candidate on a source's own side (``sides.same_side``: the source itself under another of its
    mentions, "Turkish President" beside the named "Erdogan" who is the source) is never chosen, as
    the rules' targets are dropped there (issue 13, round 32)."""
    block = lexicon.semantics.get("argument_model")
    cut = threshold(block) if "target" in sides(block) else None
    if cut is None and RECORDER is None:
        return None
    found = candidates(trigger, coding.type, lexicon.quads[coding.type], src, mentioned, coding.rule)
    found = narrowed(found, coding.type, coding.rule, src, lexicon)
    if RECORDER is not None:
        _record("target", trigger, coding, src, found)
    found = [(m, f) for m, f in found if not same_side(m, src, doc_text(trigger.doc))]  # as the rules' targets
    chosen = _best(found, cut) if cut is not None and found else None
    if chosen is None:
        return None
    mention, features = chosen
    return [participant(mention)], replace(coding, rule=f"{coding.rule}{SUFFIX}:{top(features)}")


def model_source(trigger, coding, index, lexicon):
    """``(sources, coding)`` for a trigger the rules found no doer for, as ``model_target`` (the
    sources are mentions: the rules read their targets next)."""
    block = lexicon.semantics.get("argument_model")
    cut = threshold(block) if "source" in sides(block) else None
    if cut is None and RECORDER is None:
        return None
    sent = trigger.sent
    mentioned = [(t, m) for t in sent for m in index.at(t)]
    found = candidates(trigger, coding.type, lexicon.quads[coding.type], [], mentioned, coding.rule, "source")
    if RECORDER is not None:
        _record("source", trigger, coding, [], found)
    chosen = _best(found, cut) if cut is not None and found else None
    if chosen is None:
        return None
    mention, features = chosen
    return [mention], replace(coding, rule=f"{coding.rule}{SUFFIX}:{top(features)}")
