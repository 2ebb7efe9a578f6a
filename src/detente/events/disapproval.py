"""Disapproval told as a light verb and a feeling noun, aimed at a named side (issue 13, round 28, e78).

"France expressed concern over Russia's military buildup", "the minister voiced anger at Turkey's
decision", "Japan raised objections to China's plans", "scientists expressed concerns that the
minister's views could hamper research": the speaker disapproves of another side's act (ACCUSE 110,
CAMEO "disapprove"; the lexicon's ``verb:express+disapproval``, ``verb:voice+disapproval``,
``verb:raise+disapproval``, ``verb:register+disapproval``). A narrower retry of round 27's e77,
reverted because it coded sympathy ("concern for the victims"), court objections and worries about
things no one did, and took its target from the sentence or the story. Here the row needs a side
in the feeling noun's own complement, in a doer's place:

- the object of an aiming preposition of the noun or of the verb (over, about, at, regarding,
  against; "to" for objections and opposition; not "with" / "to" otherwise: "raised concerns with
  the envoy" addresses him), when that object is the actor itself ("anger at Turkey") or names its
  owner (a possessor or a "by" agent, and for an act noun an actor adjective or compound:
  "Russia's buildup", "the Russian buildup", "the raid by Israeli forces"; not "the new Chinese
  factory");
- the subject of its "that" clause ("concerns that the minister's views could hamper research").

Not "for" (sympathy), not the welfare of people ("concern about the safety of the hostages"), not
civilians as the one disapproved of ("concern about migrants"), not objections in a court setting
("the defence raised objections"). No such side: no row (:func:`unaimed`, a guard of
``coder.decide``); such a side: it is the target and nothing else (:func:`aimed_targets`, read
first by ``targets.targets_of``). The feeling noun takes no inner act: an act it is about stays a row
of its own, as it was before the entry (``triggers.link_inner``).
"""

from __future__ import annotations

from functools import lru_cache

from detente.events.arguments import MentionIndex, actors_under
from detente.events.lexicon import semantics_file
from detente.records import Mention

__all__ = ["DISAPPROVAL_SUFFIX", "aimed_targets", "is_disapproval", "unaimed"]

DISAPPROVAL_SUFFIX = "+disapproval"
"""The id ending of the entries this module reads (``triggers.tsv``)."""
OWNER_DEPS = ("poss", "compound", "amod", "nmod")
"""Dependents of an act noun that name its owner ("Russia's", "Russian", "US" buildup)."""


@lru_cache(maxsize=1)
def _spec() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in semantics_file()["disapproval"].items()}


def is_disapproval(entry) -> bool:
    """True for an entry of this module (id ending in ``+disapproval``)."""
    return entry.id.endswith(DISAPPROVAL_SUFFIX)


def _feeling(cand):
    """The feeling noun: the entry's own object (direct object, or subject of the passive)."""
    return cand.parts[0] if cand.parts else None


def _complement_heads(cand, noun) -> list:
    """Objects of the aiming prepositions of the noun and of the verb, and the subjects of a
    "that" clause of either; conjuncts of each count."""
    spec = _spec()
    noun_preps = spec["noun_prepositions"] | (spec["object_prepositions"] if noun.lemma_.lower() in spec["object_nouns"]
                                              else frozenset())
    agents = [o for a in cand.token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    heads = []  # "concerns were raised by X about Y": the parse hangs "about" on the agent
    for holder, preps in ((noun, noun_preps), (cand.token, spec["verb_prepositions"]),
                          *((a, spec["verb_prepositions"]) for a in agents)):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                heads += [o for o in prep.children if o.dep_ == "pobj"]
        for clause in holder.children:
            if clause.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                heads += [s for s in clause.children if s.dep_ == "nsubj"]  # a passive's subject is what befell
                heads += [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return heads + [c for h in heads for c in h.conjuncts]


def _victim(head) -> bool:
    """A head told as someone something befell: "the missing journalist", "officers detained in
    Kabul" (a past-participle modifier) -- no side disapproved of (review r28a, f57)."""
    words = _spec()["victim_adjectives"]
    return any((c.dep_ == "amod" and c.lower_ in words) or (c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and
                                                                   not any(g.dep_ == "nsubj" for g in c.children))
               for c in head.children)


def _subject_mentions(cand, index: MentionIndex) -> list[Mention]:
    subject = next((c for c in cand.token.children if c.dep_ == "nsubj"), None)
    return list(index.at(subject)) if subject is not None else []


def _self_owner(child, subjects: list[Mention], index: MentionIndex) -> bool:
    """A possessive pronoun that points back to the one who disapproves: "Britain expressed
    concern over its economy" names no other side (review r28a, f57)."""
    if child.tag_ != "PRP$":
        return False
    own = {(m.actor.country, m.actor.sector) for m in subjects}
    mine = {(m.actor.country, m.actor.sector) for m in index.at(child)}
    return not mine or mine <= own


def _doers(head, index: MentionIndex, subjects: list[Mention] = ()) -> list[Mention]:
    """The actors in a doer's place of one complement head (itself, its owner, its "by" agent);
    civilians and refugees are none ("concerns that British tourists may be at risk" is sympathy),
    nor people something befell, nor the disapprover's own ("its economy")."""
    if head.lemma_.lower() in _spec()["welfare_nouns"] or _victim(head):
        return []  # "concern about the safety of the hostages": sympathy
    found = list(index.at(head))
    act = head.lemma_.lower() in _spec()["act_nouns"]
    for child in head.children:
        if child.dep_ == "poss" and _self_owner(child, list(subjects), index):
            continue
        if child.dep_ == "poss" or (act and child.dep_ in OWNER_DEPS):
            found += index.at(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ == "by":
            found += [m for o in child.children if o.dep_ == "pobj" for m in actors_under(o, index)]
    if head.dep_ in ("nsubj", "nsubjpass") and not found:
        found = actors_under(head, index, prepositions=frozenset({"by"}))  # "that the minister's views could ..."
    victims = _spec()["victim_sectors"]
    return [m for m in {(m.start, m.end): m for m in found}.values() if m.actor.sector not in victims]


def aimed_targets(cand, index: MentionIndex) -> list[Mention] | None:
    """The sides the feeling noun's own complement names in a doer's place, for an entry of this
    module; None for any other entry."""
    if not is_disapproval(cand.entry) or (noun := _feeling(cand)) is None:
        return None
    subjects = _subject_mentions(cand, index)
    return [m for head in _complement_heads(cand, noun) for m in _doers(head, index, subjects)]


def unaimed(cand, index: MentionIndex | None) -> bool:
    """True for an entry of this module with no side to disapprove of in the noun's own complement,
    or objections raised in a court setting ("the defence raised objections to the evidence")."""
    if not is_disapproval(cand.entry):
        return False
    noun = _feeling(cand)
    if index is None or noun is None:
        return True
    spec = _spec()
    if noun.lemma_.lower() in spec["object_nouns"] and any(t.lower_ in spec["court_words"] for t in cand.token.sent):
        return True
    subject = next((c for c in cand.token.children if c.dep_ == "nsubj"), None)
    if cand.token.lemma_.lower() in spec["cause_verbs"] and subject is not None and not index.at(subject):
        return True  # "the buildup raised concerns in Japan": the cause is no one who disapproves (review r28a, f57)
    return not aimed_targets(cand, index)
