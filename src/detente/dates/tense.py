"""The tense of the clause that governs an expression: it decides which "March" is meant.

"Russia recalled its ambassador in March" (past) in a June article is this March; "talks will
resume in March" (future) is next March. The governing verb is the first verb above the
expression's head in the dependency tree; its tense comes from its auxiliaries and tag.
"""

from __future__ import annotations

from detente.dates.vocabulary import Vocabulary

VERBAL = ("VERB", "AUX")


def governing_verb(token):
    """First verb at or above ``token`` (the head of an expression), or None.

    >>> from detente.nlp import parse
    >>> doc = next(parse(["Russia recalled its ambassador in March."]))
    >>> governing_verb(doc[5]).text
    'recalled'
    """
    seen = 0
    while seen < 50:
        if token.pos_ in VERBAL and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head.i == token.i:
            return None
        token, seen = token.head, seen + 1
    return None


def clause_tense(verb, vocabulary: Vocabulary, depth: int = 0) -> str | None:
    """``past``, ``present`` or ``future`` of the clause headed by ``verb``.

    Infinitives and open complements ("plans to meet", "agreed to resume") take the tense of
    the verb they complement, turned to future when that verb looks forward (plan, expect, set).
    """
    if verb is None:
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if words & vocabulary.future_auxiliaries or (words & {"going"} and "to" in words):
        return "future"
    if "to" in words or verb.dep_ == "xcomp":
        head = verb.head
        if head.i == verb.i or depth > 3:
            return "future"
        if head.lemma_.lower() in vocabulary.future_cues or head.lower_ in vocabulary.future_cues:
            return "future"
        return clause_tense(head, vocabulary, depth + 1) if head.pos_ in VERBAL else "future"
    if verb.lemma_.lower() in vocabulary.future_cues:
        return "future"
    if words & {"would"} and "would" in vocabulary.future_cues:
        return "future"
    if words & vocabulary.past_auxiliaries or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am", "does", "do"}:
        return "present"
    return None
