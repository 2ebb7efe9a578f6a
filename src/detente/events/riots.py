"""A crowd's violence is a riot (issue 13, round 12).

"Protesters vandalised a police station", "the parliament was stormed by protesters", "rioters
set fire to the town hall": the annotation conventions count riots as PROTEST (demonstrations,
strikes, riots, boycotts), the PLOVER codebook too (CAMEO 145, "protest violently, riot"); an
attack or a seizure of property is ASSAULT or COERCE only when an organised actor does it. So a
material conflict act (ASSAULT, or COERCE against property) whose doer is a protesting crowd --
the subject or passive agent is a crowd noun of ``crowd_actions.crowds`` -- is recoded PROTEST
145 (rule suffix ``~riot``); its target stays what the act was aimed at.
"""

from __future__ import annotations

from dataclasses import replace

from detente.events.arguments import subject_head
from detente.events.lexicon import Lexicon
from detente.events.sources import counted, verbal_anchor
from detente.events.triggers import Candidate, Coding

RIOT_CAMEO = "145"
"""CAMEO "protest violently, riot"."""
PROPERTY_COERCION = ("171", "192")
"""COERCE codes of acts on property (seizing, destroying, vandalising) a crowd riots with; round 26 adds
occupying (192: "the government headquarters is being occupied by thousands of protesters", a sit-in,
PROTEST; NOTES-e72.md T7)."""


def rioting(cand: Candidate, coding: Coding, lexicon: Lexicon) -> Coding:
    """``coding`` recoded as a riot when a protesting crowd does a violent act, else unchanged."""
    if coding.mode == "intend" or coding.negated:
        return coding
    if not (coding.type == "ASSAULT" or (coding.type == "COERCE" and coding.cameo.startswith(PROPERTY_COERCION))):
        return coding
    anchor = verbal_anchor(cand, lexicon)
    if anchor is None:
        return coding
    head, _ = subject_head(anchor)
    head = counted(head, lexicon.words["quantity_nouns"]) if head is not None else None
    if head is None or head.lemma_.lower() not in lexicon.semantics["crowd_actions"]["crowds"]:
        return coding
    return replace(coding, type="PROTEST", cameo=RIOT_CAMEO, rule=coding.rule + "~riot")
