"""The doer's own state in the target slot, as the owner of what is given or refused (issue 13
round 33, e99).

A bare state word -- the country's name or its adjective, no person or body -- written as the
attribute of the act or of the thing the act gives ("ruled out Turkish support for the Swedish
bid", "pledged German aid to Ukraine", "offered British troops for the mission") names whose
support, aid or troops they are: the doer's own. When the doer is of that country it is no target
(a state refusing or promising its own support does not act on itself): the target is what the
act or the thing is for, to or against ("the Swedish bid", "Ukraine"), or nothing.

Only the object of the trigger and the inner act's noun are read: a possessor further out is the
owner of a place or a people acted on ("sent aid to Kenya's flooded north": a domestic act, kept).
A person or a body of the doer's country stays a target ("ruled out the Turkish president's
visit"): domestic acts count. So does the bare state when the doer is not the state itself -- a party,
lawmakers, a union, a court ("opposition leaders demanded Turkish withdrawal", "senators criticized
American support for the campaign"): only a state word's own government, leaders or bare name
(sector GOV, ELI or none) owns what the state gives or refuses.

So is the name of the doer's own country written as where the act or its object goes, when the doer
is its government or a leader ("barred the entry of the inspectors into France", "oppose a
foreign deployment to Iraq"): the state's own territory is where, not whom; the target is the
one the object's "of" names ("the inspectors"), or nothing. Armed groups and rebels acting in their
own country ("attacks on checkpoints in Afghanistan") are not read.
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex, actors_under, object_heads
from detente.events.triggers import Candidate
from detente.nlp import span_of
from detente.records import Mention

OWNER_DEPS = ("amod", "poss", "compound", "nmod")
"""The relations of an attribute to its noun ("Turkish support", "Germany's aid", "US aid")."""
STATE_WORDS = ("country:", "demonym:")
"""Actor entries of a bare state word (the country's name, its adjective)."""
FOR_PREPS = ("to", "for", "against", "on", "with")
"""The prepositions of the owned noun that name whom it is for ("aid to Ukraine", "support for X")."""
DESTINATION_PREPS = ("to", "into")
"""The prepositions of where the act or its object goes."""
STATE_DOERS = ("GOV", "ELI")
"""The sectors of a doer that speaks for its country's territory (its government and leaders)."""


def own_state_owners(cand: Candidate, sources: list[Mention], targets: list[Mention],
                     index: MentionIndex) -> list[Mention]:
    """``targets`` without the doer's own bare state word written as the attribute of the act's
    noun or of the trigger's object, the doer the state itself (its government or leaders, or its
    bare name); when that leaves none, the owned noun's own "to" / "for" /
    "against" / "on" / "with" objects (which may be none)."""
    state = {m.actor.country for m in sources if m.actor is not None and m.actor.sector in STATE_DOERS}
    own = state | {m.actor.country for m in sources  # the state, its forces (review r33e) or a bare country
                   if m.actor is not None and m.actor.country and m.actor.sector in (None, "MIL")}
    nouns = _owned_nouns(cand)
    if not own or not targets or not nouns:
        return targets
    doc = cand.token.doc
    owners = [m for m in targets if _own_attribute(m, doc, own, nouns) or
              _own_destination(m, doc, state, [cand.token, *nouns])]
    if not owners:
        return targets
    kept = [m for m in targets if m not in owners]
    if kept:
        return kept
    dropped = {(m.start, m.end) for m in owners}
    return [m for noun in nouns for h in object_heads(noun, (*FOR_PREPS, "of"), direct=False)
            for m in actors_under(h, index) if (m.start, m.end) not in dropped]


def _own_destination(mention: Mention, doc, state: set[str], heads: list) -> bool:
    """The name of the doer's own country as where the act or its object goes ("barred the entry
    of the inspectors into France", "opposed a foreign deployment to Iraq"), the doer a
    state body of that country."""
    span = _bare_state_words(mention, doc, state, "country:")
    if span is None:
        return False
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ in DESTINATION_PREPS and any(prep.head.i == h.i for h in heads)


def _owned_nouns(cand: Candidate) -> list:
    """The trigger's direct objects and its inner act's noun ("support" in "ruled out Turkish
    support"), nouns only."""
    nouns = [c for c in cand.token.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    nouns += [i.token for i in cand.inner[:1] if i.entry.pos == "noun" and i.token not in nouns]
    return nouns


def _own_attribute(mention: Mention, doc, own: set[str], nouns: list) -> bool:
    span = _bare_state_words(mention, doc, own, STATE_WORDS)
    if span is None:
        return False
    root = span.root
    return root.dep_ in OWNER_DEPS and any(root.head.i == n.i for n in nouns)


def _bare_state_words(mention: Mention, doc, countries: set[str], entries):
    """The words of ``mention`` when it is a bare state of ``countries`` (no sector) whose actor entry
    starts with ``entries`` (a prefix or a tuple of them), else None."""
    actor = mention.actor
    if actor is None or actor.sector is not None or actor.country not in countries or \
            not (actor.entry or "").startswith(entries):
        return None
    return span_of(doc, mention)
