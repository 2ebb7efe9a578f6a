"""Relaxed entries: a lexicon word whose every entry wants a complement the sentence lacks (issue 13,
round 23).

A word such as "appointed" has entries only with a required complement (``obj=mediator|envoy``);
``miss_kinds.word_status`` calls a gold trigger at such a word ``complement missing``. This module
can fire one of those entries anyway, under the criteria of ``relaxed_complements`` in
``semantics.yaml`` (a switch and the class of word and sentence it holds for), so the rows it gives
can be counted and told apart: each relaxed candidate's entry id ends in ``~relaxed`` (the rule
suffix the row verifier reads).

The criteria (every one must hold):

- ``kinds``: the requirement kinds (``miss_kinds.REQUIREMENT_KINDS``: object, preposition,
  particle, clause, modifier ...) an entry's first requirement may have; every entry of the word
  must want one of them (a word with a ``noobj`` or ``under`` entry is left alone);
- ``one_type``: every event entry of the word has the same PLOVER type, and none is a listed
  non-event reading (``role`` none);
- ``actor_object``: the word's direct object (or passive subject) names a resolved actor;
- ``actor_subject``: its subject names one too.

Measured on all tune material in round 23 (docs/accuracy/events.md): the complement of these
entries is a sense disambiguator ("appointed X as secretary", "dropped out of the race", "tested
positive"), so the switch is off.
"""

from __future__ import annotations

import os
from dataclasses import replace

SUFFIX = "~relaxed"
"""Ends the entry id (and so the row's rule) of a relaxed candidate."""

ENV = "DETENTE_RELAXED"
"""Overrides ``relaxed_complements.enabled`` for one run (``on`` / ``off``), so the evaluator can
measure either setting."""

KINDS = {"obj": "object", "noobj": "no object", "prt": "particle", "xcomp": "clause", "ccomp": "clause",
         "compound": "modifier", "amod": "modifier", "child": "modifier", "under": "under", "subj": "subject",
         "prep": "preposition"}
"""Requirement relations (``triggers.tsv``) by kind; every other relation names a preposition (as
``miss_kinds.REQUIREMENT_KINDS``, which reads this table)."""

OBJECTS = ("dobj", "nsubjpass", "dative")


def settings(lexicon) -> dict | None:
    """The ``relaxed_complements`` criteria when relaxing is on (the environment first), else None."""
    spec = lexicon.semantics.get("relaxed_complements") or {}
    env = os.environ.get(ENV, "").strip().lower()
    on = env == "on" if env in ("on", "off") else bool(spec.get("enabled"))
    return spec if on else None


def kind(entry) -> str:
    """The kind of an entry's (first) requirement."""
    return KINDS.get(entry.requires.relation, "preposition")


def relaxed_entry(token, entries, spec: dict, has_actor):
    """The entry to fire at ``token`` whose ``entries`` (of its part of speech) all want a missing
    complement, renamed with ``SUFFIX``; None when a criterion of ``spec`` fails. ``has_actor``:
    ``triggers._has_actor`` bound to the article's mentions."""
    if not entries or any(e.requires is None for e in entries):
        return None
    if any(kind(e) not in spec.get("kinds", ()) for e in entries):
        return None
    typed = [e for e in entries if e.type and e.role == "event"]
    if not typed:
        return None
    if spec.get("one_type") and (len({e.type for e in typed}) > 1 or any(e.role == "none" for e in entries)):
        return None
    if spec.get("actor_object") and \
            not any(c.dep_ in OBJECTS and has_actor(c) for c in token.children):
        return None
    if spec.get("actor_subject") and \
            not any(c.dep_ == "nsubj" and has_actor(c) for c in token.children):
        return None
    return replace(typed[0], id=typed[0].id + SUFFIX)
