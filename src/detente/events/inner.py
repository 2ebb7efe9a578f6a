"""Inner triggers coded on their own: when the outer trigger of a sentence codes no event, or
codes one that does not assert its inner acts, which of the triggers nested in it are still
told as facts ("the annexation was condemned in Kyiv": the annexation is reported).

Moved unchanged out of ``coder.py`` (round 21 merge); ``coder.code_sentence`` calls ``released``.
"""

from __future__ import annotations

from detente.events import guards
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate, Coding


def released(cand: Candidate, coding: Coding | None, lexicon: Lexicon) -> list[Candidate]:
    """Inner triggers coded on their own when the outer one (``decide`` gave it ``coding``) gives
    no event: nominal objects always (``factual_objects``); every inner trigger when the outer act
    was asserted but has no source ("Russian jets attack targets ...; two are shot down": the
    attack is not part of the shooting down); every inner trigger of an order given to armed forces
    or police (an ``@forces`` entry of role none, round 35 e108), which codes as it did with no order."""
    if coding is None and cand.entry.role == "none" and cand.entry.requires is not None and \
            "@forces" in cand.entry.requires.words:
        return list(cand.inner)  # "ordered the army to seize X": an order to forces is no request, their act codes
    if coding is None:
        return factual_objects(cand)
    if coding.type in lexicon.words["nonfactual_inner"] or coding.mode == "intend":
        return factual_objects(cand)  # "We demand that Moscow release the prisoners": no release
    # "was arrested for insulting the president": the grounds of a legal act are alleged
    return [c for c in cand.inner if not guards.grounds(c.token, lexicon)]


def factual_objects(cand: Candidate) -> list[Candidate]:
    """Inner triggers that are nominal objects of an outer trigger that coded nothing: in
    "the annexation was condemned in Kyiv" (no source for the condemnation) the annexation
    itself is still reported as a fact."""
    return [c for c in cand.inner if c.entry.pos == "noun" and c.token.head.i == cand.token.i
            and c.token.dep_ in ("dobj", "nsubjpass", "nsubj")]
