"""Freedoms an actor widens for itself, or a law named after freedom (review r28a of round 28, f57).

The lexicon's ``verb:expand+freedoms`` and its siblings (ids ending ``+freedoms``: expand, broaden,
widen, enhance, extend) code widening freedoms as easing restrictions (CONCEDE 0811, round 28 e81).
They concede nothing when:

- the freedom is the actor's own room to act: a possessive pronoun pointing back to the subject
  ("the republic expanded its freedoms under the pact") or a freedom of action, manoeuvre,
  operation or navigation ("the navy widened its freedom of manoeuvre");
- the object only mentions freedom in a name or a modifier: its head is not the freedom noun, or
  the freedom noun is a proper noun ("extended the Freedom of Information Act to the islands").
"""

from __future__ import annotations

__all__ = ["FREEDOMS_SUFFIX", "own_freedom"]

FREEDOMS_SUFFIX = "+freedoms"
FREEDOM_NOUNS = frozenset({"freedom", "freedoms", "liberty", "liberties"})
OWN_ROOM = frozenset({"action", "manoeuvre", "maneuver", "operation", "operations", "navigation", "manoeuvring",
                      "maneuvering"})
"""What a freedom "of" is the holder's own latitude: "freedom of action", "of manoeuvre"."""


def _subject_actors(verb, index) -> set:
    """The (country, sector) of the verb's own subject token, or of its governor's when the verb is a
    bare xcomp ("Russia seeks to expand its freedom" -> Russia; "Britain urged Iran to expand its
    freedoms" -> Britain, so Iran's freedoms stay an appeal to another side). Kept apart from
    ``arguments.subject_actors``, whose object control and whole-phrase reading changed codes here
    (review r36c)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return set()
    return {(m.actor.country, m.actor.sector) for m in index.at(subject) if m.actor is not None}


def own_freedom(cand, index) -> bool:
    """True for an entry of this kind whose object is no freedom conceded to another side."""
    if not cand.entry.id.endswith(FREEDOMS_SUFFIX) or not cand.parts:
        return False
    obj = cand.parts[0]
    if obj.lower_ not in FREEDOM_NOUNS and obj.lemma_.lower() not in FREEDOM_NOUNS:
        return True  # "the Freedom of Information Act": freedom only in a modifier or a name
    if obj.pos_ == "PROPN" or obj.text[:1].isupper() and not obj.is_sent_start:
        return True
    if any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in OWN_ROOM for o in p.children)
           for p in obj.children):
        return True  # "freedom of action": the holder's own latitude
    for poss in (c for c in obj.children if c.dep_ == "poss" and c.tag_ == "PRP$"):
        mine = {(m.actor.country, m.actor.sector) for m in index.at(poss) if m.actor is not None} if index else set()
        own = _subject_actors(cand.token, index) if index else set()
        if (mine and mine <= own) or (not mine and poss.lower_ == "its"):
            return True  # "Israel expanded its freedoms": its own
    return False
