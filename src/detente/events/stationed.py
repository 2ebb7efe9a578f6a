"""Whose forces move and where they are. Where a withdrawing doer's forces are: "Chile, which has troops serving in Haiti, announced its
withdrawal" -- a withdrawal that names no place withdraws from the place a relative clause on its
doer stations the doer's forces in (round 29, e87). Whose they are: forces with no named owner that a government says will be
withdrawn or deployed are its own ("Belgium says all troops will be withdrawn from Mali")."""

from __future__ import annotations

from detente.events.arguments import MentionIndex, actors_under
from detente.events.lexicon import Lexicon
from detente.records import Mention

__all__ = ["FORCE_MOVES", "HOLDING_VERBS", "stationed_places", "stationed_targets", "unowned_forces"]

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
    if not own or token is None or _other_object(token, forces):
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


def stationed_targets(token, sources: list[Mention], index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """A withdrawal's place when it names none: ``stationed_places`` with the lexicon's armed nouns and
    force units ("its peacekeepers", "its battalion") and withdrawal prepositions (the coder marks the row
    ``~stationed``)."""
    armed = frozenset(lexicon.semantics["conventions"]["armed_nouns"]) | \
        frozenset(lexicon.semantics["one_act"]["force_units"])
    return stationed_places(sources, token, index, armed, frozenset(lexicon.words["place_retreat_preps"]))


def unowned_forces(passive, index: MentionIndex, forces: frozenset[str]) -> bool:
    """True when the passive subject of a movement of forces is forces of no named owner ("all
    troops will be withdrawn from Mali"): told by a government, they are its own, and the reporter
    is the doer (``sources.sources_of``), as for "its troops"; "Malian troops" names their owner."""
    return passive is not None and passive.lemma_.lower() in forces and not actors_under(passive, index) and \
        not any(c.dep_ in ("amod", "compound") or (c.dep_ == "poss" and c.pos_ != "PRON") for c in passive.children)


def _other_object(token, forces: frozenset[str]) -> bool:
    """True when the withdrawal names what is withdrawn or left and it is no armed force ("the
    withdrawal of its application", "withdrew from the summit"): the doer's stationed troops are
    not what moves. "its withdrawal", "the withdrawal of its troops" are False."""
    objects = [c for c in token.children if c.dep_ == "dobj"] + \
        [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
         for o in p.children if o.dep_ == "pobj"]
    return bool(objects) and not any(o.lemma_.lower() in forces or o.lower_ in forces for o in objects)


def _first_conjunct(token):
    """The first conjunct of the coordination ``token`` is in ("Chile, Peru and Bolivia, which ...":
    the clause hangs on Chile)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token
