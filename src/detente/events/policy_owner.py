"""The owner of a definite policy noun as the other side of a domestic act (issue 13, round 27).

In long-form stories of one country's politics, an act done to someone is often done to a plan
told earlier: "a teachers' union condemned the plans", "the opposition called the proposal unfair",
"the senator renewed her demand for a delay on the bill". The plan's owner (the government,
another party) is named in an earlier sentence or nowhere, so ``recall15.home_side`` finds no
other side in the sentence and the row kept an empty target, where a reader -- and the BBC gold of
rounds 16-17 -- codes the story's own country.

``policy_owner`` gives such a row the doer's own country as its target, only when:

- the act is done to someone (``recall15.policy_types``: accusations, demands, refusals, threats,
  support, protest, coercion -- not partner acts: "discussions over the plans" name no owner);
- the sentence names no other side (``home_side`` found none: a named foreign side stops it before);
- the act's object (its direct object, or the object of a preposition under it, followed down
  through prepositions and non-finite verbs, never into a subject or a clause of its own) is a
  definite policy noun (``recall15.policy_nouns``: "the plans", "these proposals") with no
  possessor or other owner in its own words ("its plans", "Labour's plans" are left to the other
  rules);
- the article is one country's story: at least ``story_mentions`` located actor mentions, of which
  the doer's country holds at least ``story_share`` (an international story's proposal is often a
  foreign state's, told elsewhere: "Iran rejected the proposal" keeps no target).

The target names no actor: its text is the policy noun phrase, its country the doer's, its sector
None (whose plan it is -- the government, another party -- is not read). Rule suffix ``~policyowner``.
"""

from __future__ import annotations

from collections import Counter

from detente.actors.tables import is_country
from detente.records import Participant

OBJECT_DEPS = frozenset({"dobj", "pobj", "nsubjpass", "attr", "oprd"})
"""Dependencies of an argument that is what the act is done to."""
WALK_DEPS = frozenset({"prep", "pobj", "dobj", "xcomp", "pcomp", "acl", "compound", "nsubjpass"})
"""Dependencies followed down from the trigger to its object (never ``nsubj`` or a finite clause)."""
DEFINITE = frozenset({"the", "this", "these", "those", "that"})
OWNER_DEPS = frozenset({"poss", "nmod"})
"""A child naming the noun's owner ("its plans", "Labour's plans"): not this rule's case."""


def policy_owner(token, type_: str, src: list[Participant], index, words: dict) -> list[Participant]:
    """``[target]`` of the doer's country for an act of ``type_`` done to a definite policy noun in
    one country's story (module docstring), else []. ``words`` is ``semantics.yaml recall15``."""
    own = {p.country for p in src}
    if type_ not in words["policy_types"] or len(own) != 1 or not is_country(next(iter(own))):
        return []
    country = next(iter(own))
    noun = _policy_object(token, set(words["policy_nouns"]))
    if noun is None or not _one_country_story(index, country, words):
        return []
    span = noun.doc[min(t.i for t in noun.subtree):noun.i + 1]
    return [Participant(text=span.text, country=country, sector=None,
                        start=span.start_char, end=span.end_char)]


def _policy_object(token, nouns: set[str]):
    """The definite, unowned policy noun the act at ``token`` is done to, or None. A noun trigger
    that is a verb's direct object ("renewed her demand for a delay in debating the bill") also
    reaches the verb's prepositions: the parser often hangs the noun's complement on the verb."""
    stack = [c for c in token.children if _walked(c)]
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        stack += [c for c in token.head.children if c.dep_ == "prep"]
    seen = 0
    while stack and seen < 40:
        child = stack.pop()
        seen += 1
        if child.dep_ in OBJECT_DEPS and child.lemma_.lower() in nouns and child.pos_ == "NOUN":
            kids = list(child.children)
            if any(k.dep_ == "det" and k.lower_ in DEFINITE for k in kids) and \
                    not any(k.dep_ in OWNER_DEPS for k in kids):
                return child
        stack.extend(c for c in child.children if _walked(c))
    return None


def _walked(token) -> bool:
    """A dependency followed down to the act's object: ``WALK_DEPS``, and a "for X to be done"
    clause ("called for the bill to be withdrawn"), never another adverbial clause."""
    return token.dep_ in WALK_DEPS | OBJECT_DEPS or \
        token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)


def _one_country_story(index, country: str, words: dict) -> bool:
    """Whether the article's located actor mentions are, by ``story_share``, the country's."""
    seen = {(m.start, m.end): m.actor.country for found in index.by_token.values() for m in found
            if (m.start, m.end) not in index.placed}
    counts = Counter(seen.values())
    total = sum(counts.values())
    return total >= words["story_mentions"] and counts[country] >= words["story_share"] * total
