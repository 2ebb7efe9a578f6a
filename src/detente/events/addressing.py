"""Acts told through addressing someone (issue 13, round 15): a letter written, a message sent, a
call made to someone is the demand, accusation or warning its clause tells, and the one addressed
is its other side.

- **The addressee is the other side** (``addressees``): "wrote to his Iranian counterpart to demand
  the release of ...", "wrote to the president asking for ...", "telephoned Y accusing him of ...".
- **The purpose of addressing is an act done**, not one only aimed at (``addressed_act``, beside
  ``semantics.is_unasserted_purpose``): "wrote to the president to demand his resignation".
- **The writer is the doer** of a participle the parse hangs on the addressee
  (``addressing_subject``): "X wrote to the United Nations accusing Chile of ...".

Moved unchanged from ``attach``; figures: docs/accuracy/events.md, issue 13 round 15.
"""

from __future__ import annotations

from detente.events.arguments import object_heads
from detente.events.triggers import WRITTEN_MESSAGES, Candidate

ADDRESS_VERBS = frozenset({"write", "send", "turn", "appeal", "telephone", "phone", "ring", "call", "email",
                           "e-mail", "cable", "contact", "approach", "petition", "lobby"})
"""Verbs of addressing someone (issue 13 round 15): their ``to`` object or direct object is the one a
demand, accusation or warning told in their clause is addressed to ("wrote to the president demanding
an explanation", "telephoned her counterpart to protest")."""

TO_ADDRESS_VERBS = frozenset({"write", "send", "turn", "appeal"})
"""Verbs of addressing whose addressee is their ``to`` object ("wrote to", "sent a letter to")."""

MESSAGE_NOUNS = WRITTEN_MESSAGES | frozenset({"note", "petition", "complaint"})
"""What is sent when sending is addressing ("sent a letter to X to demand ...")."""

ADDRESSED_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "APPEAL"})
"""Verbal acts whose other side is the one they are addressed to."""


def _addressing(verb) -> bool:
    """True for a verb of addressing someone; "send" only with a message as its object."""
    lemma = verb.lemma_.lower()
    if lemma == "send":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in MESSAGE_NOUNS for c in verb.children)
    return lemma in ADDRESS_VERBS


def addressed_act(token, type_: str | None) -> bool:
    """True for a verbal act told as the purpose of addressing someone: "wrote to the president to
    demand his resignation", "telephoned her counterpart to protest" -- the letter or the call is the
    demand, so the purpose infinitive is an act done, not one only aimed at
    (``semantics.is_unasserted_purpose``)."""
    return type_ in ADDRESSED_TYPES and token.dep_ in ("advcl", "xcomp") and token.pos_ == "VERB" and \
        _addressing(token.head) and bool(_addressee_heads(token.head))


def _addressee_heads(verb) -> list:
    if verb.lemma_.lower() in TO_ADDRESS_VERBS:
        return object_heads(verb, ("to",), direct=False) or [
            h for obj in verb.children if obj.dep_ == "dobj" for h in object_heads(obj, ("to",), direct=False)]
    return [c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON"]


def addressees(cand: Candidate) -> list:
    """The one a verbal act is addressed to when its clause hangs on a verb of addressing: "X wrote
    to Y demanding an explanation" (the parse hangs the participle on Y), "wrote to Y to demand the
    release of ...", "telephoned Y accusing him of ..." -> Y (head tokens; round 15)."""
    token = cand.token
    if cand.entry.type not in ADDRESSED_TYPES or cand.entry.pos != "verb":
        return []
    if token.dep_ == "acl" and token.head.dep_ == "pobj" and token.head.head.lower_ == "to" and \
            _addressing(token.head.head.head):
        return [token.head]  # "wrote to Tony Blair demanding": the participle hangs on the addressee
    if token.dep_ not in ("xcomp", "advcl") or not _addressing(token.head):
        return []
    return _addressee_heads(token.head)


def addressing_subject(cand: Candidate):
    """The writer of a letter whose participle the parse hangs on the addressee: in "X wrote to the
    United Nations accusing Chile of ..." the one accusing is X, not the United Nations (the subject
    head of the verb of addressing), else None."""
    token = cand.token
    if cand.entry.type not in ADDRESSED_TYPES or cand.entry.pos != "verb" or token.dep_ != "acl" or \
            token.tag_ != "VBG" or token.head.dep_ != "pobj" or token.head.head.lower_ != "to":
        return None
    verb = token.head.head.head
    if not _addressing(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
