"""Acts told as an attempt that failed (issue 13, round 14).

"Efforts to broker a ceasefire collapsed", "talks to end the standoff were
deadlocked", "a bid to oust the president failed": the act inside the attempt never happened, as
"failed to agree" (``semantics.failed``) says for a verb. A trigger in the subtree of an attempt
noun (``failed_attempts.nouns`` of ``semantics.yaml``) that is the subject of a failure predicate
(``failed_attempts.predicates``: "collapsed", "stalled", "were deadlocked", "broke down") codes no
event. An attempt that goes on or succeeds keeps its act; a failed attack is still an attack (the
conventions code failed bomb attempts as ASSAULT), so ASSAULT is left alone.
"""

from __future__ import annotations

from detente.events.lexicon import Lexicon

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def failed_attempt(token, type_: str, lexicon: Lexicon) -> bool:
    """True when ``token`` lies inside an attempt noun that failed ("efforts to broker a truce collapsed")."""
    if type_ == "ASSAULT":
        return False
    words = lexicon.semantics["failed_attempts"]
    nouns, predicates = frozenset(words["nouns"]), frozenset(words["predicates"])
    current = token
    for _ in range(8):
        if current.head.i == current.i:
            return False
        if current is not token and current.lemma_.lower() in nouns and current.dep_ in SUBJECTS:
            return _failed(current.head, predicates)
        if current is not token and current.lemma_.lower() in nouns and \
                (predicate := _stranded_predicate(current)) is not None:
            return _failed(predicate, predicates)  # the parser did not make the attempt the subject
        current = current.head
    return False


def _stranded_predicate(noun):
    """The verb right after an attempt noun's phrase when the parser gave that verb no subject
    ("... as attempts to resolve the crisis were deadlocked": "attempts" read as a clause of its
    own, "deadlocked" as a bare complement): the noun is its subject (round 16)."""
    doc = noun.doc
    i = noun.right_edge.i + 1
    while i < len(doc) and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i += 1
    if i >= len(doc) or doc[i].pos_ != "VERB" or i - noun.right_edge.i == 1 and doc[i].tag_ != "VBD":
        return None
    verb = doc[i]
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    return verb


def _failed(predicate, predicates: frozenset[str]) -> bool:
    """The predicate says the attempt failed: its lemma ("collapsed"), or "break down"; not negated."""
    if any(c.dep_ == "neg" for c in predicate.children):
        return False
    lemma = predicate.lemma_.lower()
    if lemma == "break":
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in predicate.children)
    return lemma in predicates or predicate.lower_ in predicates
