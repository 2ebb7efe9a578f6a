"""Harm done in someone's custody (issue 13, round 16, branch e48).

"A Kurdish prisoner died of torture in Turkish police custody", "a detainee was beaten to death
while in the custody of the army": an attack noun or verb whose doer the sentence leaves unnamed,
in a clause that says in whose custody, detention or captivity the victim was, was done by the
one who held the victim (PLOVER ASSAULT 1822 torture, 182 beating): the custodian is the doer and
the one harmed (the subject of the harm verb) the target. The custody noun hangs from ``in`` or
``under`` in the same clause; the custodian is an actor named in its modifiers ("Israeli police
custody", "army detention") or its ``of`` object ("the custody of Syrian security forces").
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex, actors_under
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate
from detente.nlp import up_from
from detente.records import Mention


def _spec(lexicon: Lexicon) -> dict:
    return lexicon.semantics["custody"]


def _clause_verb(token):
    """The verb of the clause a trigger stands in ("died of torture": died), the trigger itself
    when it is a verb."""
    return next((t for t in up_from(token, 6) if t.pos_ in ("VERB", "AUX")), None)


def _custody_nouns(verb, lexicon: Lexicon) -> list:
    spec = _spec(lexicon)
    nouns, preps = set(spec["nouns"]), set(spec["prepositions"])
    found = []
    for prep in (t for t in verb.subtree if t.dep_ in ("prep", "advcl") and t.lower_ in preps):  # "while in": advcl
        if prep.head.i != verb.i and prep.head.dep_ not in ("mark", "advmod", "prep") and prep.head.head.i != verb.i:
            continue  # only the clause's own phrases: "while in custody" (a subordinator) or the verb's
        found += [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in nouns]
    return found


def custodians(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The actors in whose custody the victim of a doerless attack was ("died of torture in Turkish
    police custody": the Turkish police), or []."""
    if cand.entry.type not in _spec(lexicon)["types"]:
        return []
    verb = _clause_verb(cand.token)
    if verb is None:
        return []
    found = []
    for noun in _custody_nouns(verb, lexicon):
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod"):
                found += actors_under(child, index, max_depth=2)
            elif child.dep_ == "prep" and child.lower_ == "of":
                found += [m for pobj in child.children if pobj.dep_ == "pobj" for m in actors_under(pobj, index, max_depth=2)]
    unique = {}
    for m in found:
        if m.actor is not None and m.actor.country:
            unique.setdefault((m.start, m.end), m)
    return list(unique.values())


def detainees(cand: Candidate, index: MentionIndex) -> list[Mention]:
    """The one harmed in custody: the subject of the clause's verb ("a Kurdish prisoner died")."""
    verb = _clause_verb(cand.token)
    if verb is None:
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [m for s in subjects for m in actors_under(s, index, max_depth=2) if m.actor is not None and m.actor.country]
