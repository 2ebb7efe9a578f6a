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
OWNER_DEPS = frozenset({"poss", "nmod"})
"""A child naming the noun's owner ("its plans", "Labour's plans"): not this rule's case."""


def policy_owner(token, type_: str, src: list[Participant], index, words: dict,
                 sides_read: bool = False) -> list[Participant]:
    """``[target]`` of the doer's country for an act of ``type_`` done to a definite policy noun in
    one country's story (module docstring), else []. ``words`` is ``semantics.yaml recall15``.
    Unless the caller has read the sentence's sides itself (``sides_read``: the coder's last resort,
    after ``recall15.home_side`` found no side), a sentence naming another side gives none (``_named_side``): the later rules find that side."""
    own = {p.country for p in src}
    if type_ not in words["policy_types"] or len(own) != 1 or not is_country(next(iter(own))):
        return []
    country = next(iter(own))
    noun = _policy_object(token, set(words["policy_nouns"]), words)
    if noun is None or not one_country_story(index, country, words) or \
            not sides_read and _named_side(token, noun, src, index):
        return []
    span = noun.doc[min(t.i for t in noun.subtree):noun.i + 1]
    return [Participant(text=span.text, country=country, sector=None,
                        start=span.start_char, end=span.end_char)]


def _policy_object(token, nouns: set[str], words: dict):
    """The definite, unowned policy noun the act at ``token`` is done to, or None. A noun trigger
    that is a verb's direct object ("renewed her demand for a delay in debating the bill") also
    reaches the verb's prepositions: the parser often hangs the noun's complement on the verb."""
    marks = words["policy_clause_marks"]
    stack = [c for c in token.children if _walked(c, marks)]
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        stack += [c for c in token.head.children if c.dep_ == "prep"]
    seen = 0
    while stack and seen < 40:
        child = stack.pop()
        seen += 1
        if child.dep_ in OBJECT_DEPS and child.lemma_.lower() in nouns and child.pos_ == "NOUN":
            kids = list(child.children)
            if any(k.dep_ == "det" and k.lower_ in words["policy_determiners"] for k in kids) and \
                    not any(k.dep_ in OWNER_DEPS for k in kids) and not _other_sense(child, words):
                return child
        stack.extend(c for c in child.children if _walked(c, marks))
    return None


def _other_sense(noun, words: dict) -> bool:
    """Whether the policy noun is read in another sense or has an owner (round 27 review): an agent
    "by" phrase on it or on the noun it complements ("the appeal of that decision by X's
    government"), the object of "as" ("as the measure of success") or of a verb that makes it
    ("a threat of jail for making this decision": whoever makes it), or a "to" clause with no object of
    its own, the doer's own step ("defended the decision to step down")."""
    preps = words["policy_other_sense"]
    if any(c.dep_ == "prep" and c.lower_ in preps["agent"] for n in (noun, noun.head) for c in n.children):
        return True
    if noun.head.dep_ == "prep" and noun.head.lower_ in preps["role"] or noun.head.lemma_.lower() in preps["made"]:
        return True
    return any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ in preps["infinitive"] for a in c.children) and
               not any(a.dep_ in ("dobj", "ccomp", "xcomp") for a in c.children) for c in noun.children)


def _walked(token, marks) -> bool:
    """A dependency followed down to the act's object: ``WALK_DEPS``, and a "for X to be done"
    clause ("called for the bill to be withdrawn"), never another adverbial clause."""
    return token.dep_ in WALK_DEPS | OBJECT_DEPS or \
        token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in token.children)


def one_country_story(index, country: str, words: dict, least: int | None = None) -> bool:
    """Whether the article's located actor mentions are, by ``story_share``, the country's, and at
    least ``least`` (default ``story_mentions``) of them."""
    seen = {(m.start, m.end): m.actor.country for found in index.by_token.values() for m in found
            if (m.start, m.end) not in index.placed}
    counts = Counter(seen.values())
    total = sum(counts.values())
    least = words["story_mentions"] if least is None else least
    return total >= least and counts[country] >= words["story_share"] * total


def _named_side(token, noun, src: list[Participant], index) -> bool:
    """Whether the sentence names a person or body (a mention with a sector, resolved or not) outside
    the doer's and the policy noun's words and not the doer's own side: the act is done to it, found
    by a later rule ("condemned the plans, accusing Prime Minister Keir Starmer of ...": round 27
    review; "the plans to close hospitals" names no side)."""
    sent = token.sent
    own = {(p.country, p.sector) for p in src}
    inside = range(noun.left_edge.i, noun.right_edge.i + 1)
    words = [i for i in range(sent.start, sent.end) if i not in inside]
    found = [m for i in words for m in index.by_token.get(i, ())]
    found += [index.unresolved[i] for i in words if i in index.unresolved]
    return any(m.actor is not None and m.actor.sector and (m.actor.country, m.actor.sector) not in own and
               not any(p.start <= m.start < p.end or m.start <= p.start < m.end for p in src) for m in found)
