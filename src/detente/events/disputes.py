"""The other side of an act told inside a conflict, and joint acceptors of an offer (issue 13,
round 18, branch e52; tests in ``tests/events/test_disputes_e52.py``).

``dispute_sides``: an act whose own arguments name no other side but which is told "in" a conflict
or a negotiation with someone -- "The rebels called a truce in their war with the government",
"Russia made concessions in its dispute with Ukraine", "Turkey agreed a ceasefire in its conflict
with the Kurdish rebels" -- is done toward that conflict's other party: the ``with``/``against``
object of the conflict noun (``disputes.nouns``), which hangs from the trigger, its complement, its
inner trigger, or the light verb of a nominal trigger. Before, such rows had an empty target though
the sentence names the other party (the wrong-row class "target: empty, gold names one").

``accepted_offer``: joint sources are each other's partners for a mutual act ("Israel and Jordan
agreed", ``partners.pairs_of``); but an offer, an invitation or a proposal (``refused_offers.nouns``)
is its maker's, so "Greece and Cyprus accepted the offer" is no agreement of Greece with Cyprus: each
accepts the maker's offer. The row keeps its joint sources and no target (the maker unnamed), or the
maker when the offer names one ("accepted an offer from Germany", handled by the target rules).
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex, actors_under, object_heads
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate
from detente.records import Mention


def _spec(lexicon: Lexicon) -> dict:
    return lexicon.semantics["disputes"]


def _anchors(cand: Candidate) -> list:
    """Tokens a conflict phrase of the act can hang from: the trigger, its complement words, its
    inner trigger, and the light verb a nominal trigger is the object of ("called a truce in ...")."""
    token = cand.token
    anchors = [token, *cand.parts, *(inner.token for inner in cand.inner)]
    if cand.entry.pos == "noun" and token.dep_ in ("dobj", "nsubjpass"):
        anchors.append(token.head)
    return list({t.i: t for t in anchors}.values())


def dispute_sides(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The actors of the ``with``/``against`` phrase of a conflict noun the act is told "in"."""
    spec = _spec(lexicon)
    nouns, preps = set(spec["nouns"]), tuple(spec["preps"])
    found = []
    for anchor in _anchors(cand):
        for prep in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "in"):
            for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in nouns):
                found += [m for h in object_heads(noun, preps, direct=False) for m in actors_under(h, index)]
    return found


def accepted_offer(cand: Candidate, lexicon: Lexicon) -> bool:
    """True when the trigger is a verb of accepting whose object is an offer, an invitation or a
    proposal ("accepted the offer", "welcomed the invitation"): its joint sources are no partners."""
    token = cand.token
    if cand.entry.pos != "verb" or token.lemma_.lower() not in set(_spec(lexicon)["accepting_verbs"]):
        return False
    offers = set(lexicon.semantics["refused_offers"]["nouns"])
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in offers for c in token.children)
