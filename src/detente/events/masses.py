"""A mass expulsion is an assault (issue 13, round 14).

CAMEO 201 "engage in mass expulsion" is ASSAULT in the PLOVER table (mode ``cleansing``), while
expelling or deporting a person is COERCE 174. So an expulsion, eviction or deportation (an act
coded COERCE 174) whose object is a population -- a noun of ``mass_expulsion.groups`` of
``semantics.yaml`` ("villagers", "residents", "refugees") counted in hundreds or more ("more than
1,000 refugees", "thousands of villagers"), or a whole "population" -- is recoded ASSAULT 201
(rule suffix ``~mass``). A few people deported stay COERCE.
"""

from __future__ import annotations

from dataclasses import replace

from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate, Coding

MASS = 100
"""People counted from this number up are a population, not persons."""


def mass_expulsion(cand: Candidate, coding: Coding, lexicon: Lexicon) -> Coding:
    """``coding`` recoded ASSAULT 201 for an expulsion of a population, else unchanged."""
    if coding.type != "COERCE" or not coding.cameo.startswith("174") or coding.mode == "intend":
        return coding
    spec = lexicon.semantics["mass_expulsion"]
    objects = [c for c in cand.token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(_population(obj, spec) for obj in objects):
        return coding
    return replace(coding, type="ASSAULT", cameo="201", rule=coding.rule + "~mass")


def _population(obj, spec: dict) -> bool:
    """A group noun counted in hundreds or more ("1,000 Palestinian refugees", "thousands of
    villagers"), or a population noun alone ("the ethnic Albanian population")."""
    head = obj
    if obj.lemma_.lower() in spec["counts"]:  # "thousands of villagers": the group is the 'of' object
        head = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), obj)
        if head is not obj and head.lemma_.lower() in spec["groups"]:
            return True
    lemma = head.lemma_.lower()
    if lemma in spec["populations"]:
        return True
    return lemma in spec["groups"] and any(_number(t) >= MASS or t.lemma_.lower() in spec["counts"]
                                           for t in head.subtree if t.i < head.i)


def _number(token) -> float:
    """The value of a numeral token ("1,000" -> 1000), else 0."""
    if not token.like_num:
        return 0
    try:
        return float(token.text.replace(",", ""))
    except ValueError:
        return 0
