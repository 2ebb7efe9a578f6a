"""The object of a preposition written in a trigger's own pattern (issue 13, round 18, branch e52;
tests in ``tests/events/test_disputes_e52.py``).

A CAMEO pattern that spells its preposition ("DISTANCE * (FROM)": "distanced himself from X") matches
that preposition as a part of the trigger; the target rules read the prepositions of the entry's
target list (or the defaults) on the verb and on each part's own children, never the object of the
part itself. So "distanced himself from Labour" had no target (a foreign object was found only as the
one foreign country of the sentence, ``~sentence``). The object of such a preposition part is the
act's other side -- when it names the side itself ("from Labour", "from the French government"),
not a thing the side is inside ("called for action on X": what is asked for, left to the other rules).
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex, actors_under
from detente.events.triggers import Candidate
from detente.records import Mention


def pattern_objects(cand: Candidate) -> list:
    """Objects of the prepositions matched as parts of the trigger's pattern, other than the
    trigger's own words."""
    taken = {t.i for t in cand.parts} | {cand.token.i}
    return [c for part in cand.parts if part.dep_ in ("prep", "agent") and part.head.i in taken
            for c in part.children if c.dep_ in ("pobj", "pcomp") and c.i not in taken]


def named_objects(cand: Candidate, index: MentionIndex) -> list[Mention]:
    """The actors named by a pattern preposition's object itself (the mention holds the object's
    head word)."""
    found = []
    for head in (h for obj in pattern_objects(cand) for h in (obj, *obj.conjuncts)):
        found += [m for m in actors_under(head, index) if m.start <= head.idx < m.end]  # "from X and Y"
    return found
