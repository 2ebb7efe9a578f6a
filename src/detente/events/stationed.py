"""Whose forces move and where they are. Where a withdrawing doer's forces are: "Chile, which has troops serving in Haiti, announced its
withdrawal" -- a withdrawal that names no place withdraws from the place a relative clause on its
doer stations the doer's forces in (round 29, e87). Whose they are: forces with no named owner that a government says will be
withdrawn or deployed are its own ("Belgium says all troops will be withdrawn from Mali")."""

from __future__ import annotations

from detente.events.arguments import MentionIndex, actors_under
from detente.records import Mention

__all__ = ["FORCE_MOVES", "HOLDING_VERBS", "stationed_places", "unowned_forces"]

FORCE_MOVES = frozenset({"RETREAT", "MOBILIZE"})
"""Types of acts that move a doer's own forces (withdrawing, deploying)."""

HOLDING_VERBS = frozenset({"have", "keep", "maintain", "station", "deploy", "base"})
"""Verbs of a relative clause that say a doer has forces somewhere ("which has troops in Iraq")."""


def stationed_places(sources: list[Mention], token, index: MentionIndex, forces: frozenset[str],
                     prepositions: frozenset[str]) -> list[Mention]:
    """The actors of the place a relative clause on a source (or on the first conjunct of its
    coordination) puts that source's forces in, other than the sources' own countries.

    >>> # "Chile, which has troops in Haiti, announced their withdrawal": [Chile] -> [Haiti]
    """
    own = {m.actor.country for m in sources}
    if not own or token is None:
        return []
    # the source as named in the sentence (a pronoun doer's antecedent too: "Japan, which ..., its troops")
    named = [t for t in token.sent if t.dep_ != "poss" and any(m.actor.country in own for m in index.at(t))]
    for head in dict.fromkeys(t if t.dep_ != "conj" else _first_conjunct(t) for t in named):
        for clause in (c for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() in HOLDING_VERBS):
            if not any(o.dep_ == "dobj" and o.lemma_.lower() in forces for o in clause.children):
                continue
            found = [m for t in clause.subtree if t.dep_ == "prep" and t.lower_ in prepositions
                     for m in actors_under(t, index, prepositions=prepositions | {"of"}) if m.actor.country not in own]
            if found:
                return found
    return []


def unowned_forces(passive, index: MentionIndex, forces: frozenset[str]) -> bool:
    """True when the passive subject of a movement of forces is forces of no named owner ("all
    troops will be withdrawn from Mali"): told by a government, they are its own, and the reporter
    is the doer (``sources.sources_of``), as for "its troops"; "Malian troops" names their owner."""
    return passive is not None and passive.lemma_.lower() in forces and not actors_under(passive, index) and \
        not any(c.dep_ in ("amod", "compound") or (c.dep_ == "poss" and c.pos_ != "PRON") for c in passive.children)


def _first_conjunct(token):
    """The first conjunct of the coordination ``token`` is in ("Chile, Peru and Bolivia, which ...":
    the clause hangs on Chile)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token
