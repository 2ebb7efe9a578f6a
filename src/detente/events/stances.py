"""The stance of a reported judgement with no evaluative word: the tone model over a copula's predicate
(issue 13, round 36, branch e114).

``Campaigners said the government's trade policy was a serious obstacle to ending poverty``: no verb
of criticism and no word of ``opinions.yaml``, yet the predicate ("a serious obstacle to ending
poverty") judges the government's policy badly. ``opinions.py`` reads the predicates it has a word for;
this module scores the ones it has none for with the shipped tone model (``detente.tone``: VADER adapted
to news, then the learned model) over the predicate's own words -- not the whole clause, whose tone is
mostly the tone of what happened ("said three soldiers were killed": negative news, no judgement). A
predicate is negative when the model labels it negative with a score at or below ``THRESHOLD``.
"""

from __future__ import annotations

from detente.tone import score_doc_span

__all__ = ["THRESHOLD", "predicate_tone"]

THRESHOLD = -0.15
"""Highest tone score (the model's, -1 .. 1) of a predicate read as a negative judgement; chosen on the
tune halves and the readable sample corpus (gold/events/NOTES-e114.md)."""


def predicate_tone(token, tone_lexicon) -> float | None:
    """The tone score of ``token``'s predicate phrase (its subtree: "a major obstacle to peace") when
    the tone model labels it negative at or below ``THRESHOLD``, else None."""
    if tone_lexicon is None:
        return None
    tone = score_doc_span(token.doc, token.left_edge.i, token.right_edge.i + 1, tone_lexicon)
    if tone.label != "negative" or tone.score > THRESHOLD:
        return None
    return round(tone.score, 2)
