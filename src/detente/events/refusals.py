"""Refusals of an offer whose maker the sentence does not name (issue 13, round 16, branch e48).

"The movement rejected an invitation to attend a meeting of Palestinian factions next week",
"Rebels turned down an offer of talks with the government": REJECT needs no recipient (PLOVER
codebook, REJECT "Requires recipient: No"), and the conventions leave the target empty when the text
names none. A refusal with no target is kept only when the sentence names no other side
(``coder.interacting``); here the other actors it names are all inside what was refused (the
meeting's parties, the talks' partner), not the one who made the offer: the row is complete with an
empty target. The refused thing is the trigger's direct object (or the nominal trigger's ``of``
object), one of ``refused_offers.nouns``, with no maker of its own (no possessor, no ``by`` or
``from`` phrase, no actor modifying it).
"""

from __future__ import annotations

from detente.events import semantics as sem
from detente.events.arguments import MentionIndex
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate


def _offer(cand: Candidate, lexicon: Lexicon):
    nouns = set(lexicon.semantics["refused_offers"]["nouns"])
    for child in cand.token.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in nouns:
            return child
    return None


def unmade_offer(cand: Candidate, type_: str, index: MentionIndex, lexicon: Lexicon) -> bool:
    """True for a refusal of an offer, invitation, proposal or call whose maker is not named and
    whose sentence names other actors only inside it."""
    if type_ != "REJECT":
        return False
    offer = _offer(cand, lexicon)
    if offer is None:
        return False
    for child in offer.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and any(index.at(t) for t in child.subtree):
            return False  # "an Indian proposal", "Egypt's invitation": the maker is named
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            return False  # "an invitation from the president"
    inside = {t.i for t in offer.subtree}
    sentence = cand.token.sent
    subject_side = {t.i for t in cand.token.children if t.dep_ in ("nsubj", "nsubjpass") for t in t.subtree}
    for token in sentence:
        if token.i in inside or token.i in subject_side or not index.at(token):
            continue
        return False  # another actor outside the offer: perhaps its maker, unattached
    return True


def future_refusal(cand: Candidate, lexicon: Lexicon) -> bool:
    """Issue 13 round 24 (e68): a negotiation negated in the future is a refusal to negotiate (REJECT
    125, CAMEO "reject proposal to meet, discuss, negotiate"): "he will not negotiate with armed groups",
    "said he would never negotiate with", "there will be no talks with the Taliban" -- the entries of
    ``future_refusals.entries``, their verb (or, for a noun, the verb it hangs from: "there will be no
    talks") in the future. A negation in the past tells no refusal ("the talks did not take place",
    "have held no talks since 2010")."""
    if cand.entry.id not in lexicon.semantics["future_refusals"]["entries"]:
        return False
    token = cand.token
    while token.pos_ != "VERB" and token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head  # "there will be no recognition, no talks": the first of the list
    if token.pos_ != "VERB" and token.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "pobj") and \
            token.head.pos_ in ("VERB", "AUX"):
        token = token.head
    return sem.is_future(token, lexicon)
