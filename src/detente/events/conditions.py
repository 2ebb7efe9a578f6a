"""Acts told only as the consequence of a condition, and agreements that are the act agreed (issue 13,
round 21, branch e60; tested in ``tests/events/test_round21_e60.py`` on made-up sentences).

- A conditional offer (``conditional_offer``): "they said they would support the plan if the United
  States asked for it" -- a cooperative act under "would" with an if/unless clause tells what would
  happen, not an act or a promise (``gold/CONVENTIONS.md``: hypotheticals are no events). "Would" in
  reported speech otherwise reads as a future ("said they would hold talks": an intent), and a
  conflictual act under the same condition stays a threat (``intents.conditional_threat``).
- A conditional obligation (``conditional_need``): "French forces should be ready to deploy if the
  UN decides on action" -- what must happen when a condition is met is no demand; "Iran must stop
  if it wants talks" (a condition on the addressee's own wish) stays one.
- A visit put off (``put_off_visit``): "postponed a state visit", "delayed his visit to China" --
  CAMEO's 160 (PETRARCH2's ``postpone * VISIT``) is no SANCTION of the conventions (expelling or
  recalling diplomats, closing missions, cutting ties, suspending talks or aid), and the visit was
  not held; a cancelled visit stays a sanction (``verb:cancel+visit``).
- An agreed sanction (``agreed_sanction``): "the European Union agreed (to) new sanctions against
  Iran" -- the members' agreement is the decision to impose them, which the conventions code as the
  act (as ``moods.decided`` does for "decided to expel"), not as an AGREE with the sanctioned.
"""

from __future__ import annotations

from detente.events import semantics as sem
from detente.events.lexicon import Lexicon

COOPERATIVE_QUAD = 2
"""Quads 1 and 2 (verbal and material cooperation) are offers when promised; 3 and 4 threats."""

WISH_VERBS = frozenset({"want", "wish", "hope", "seek", "desire", "expect", "intend", "plan"})
"""The condition of an obligation on its addressee's own wish keeps the demand ("must stop if it wants talks")."""

PUTTING_OFF = frozenset({"postpone", "delay", "defer"})
"""Verbs of putting an act off."""

VISIT_NOUNS = frozenset({"visit", "trip", "tour", "summit", "conference", "mission"})
"""Gatherings and journeys whose putting off is neither held nor a sanction."""

AGREEING_LEMMAS = frozenset({"agree", "approve", "endorse", "back"})
"""Verbs whose agreed act is the decision itself when that act is a sanction."""


def _conditions(token, lexicon: Lexicon) -> list:
    """The if/unless clauses of ``token``'s clause or the clauses above it (up to three heads)."""
    marks = lexicon.words["condition_marks"]
    found, current = [], token
    for _ in range(3):
        found += [c for c in current.children if c.dep_ == "advcl" and
                  any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]
        if found or current.head.i == current.i:
            break
        current = current.head
    return found


def conditional_offer(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for a cooperative act under "would" whose clause carries an if/unless condition."""
    if not type_ or lexicon.quads.get(type_, 0) > COOPERATIVE_QUAD:
        return False
    if "would" not in sem.auxiliaries(token):
        return False
    return bool(_conditions(token, lexicon))


def conditional_need(verb, lexicon: Lexicon) -> bool:
    """True for an obligation ("should", "must", "has to") whose verb carries an if/unless clause
    that is not about the addressee's own wish."""
    conditions = _conditions(verb, lexicon)
    below = [c for c in verb.children if c.dep_ in ("acomp", "xcomp")]
    for _ in range(2):  # "should be prepared to fight if ...": the condition hangs from the complement
        conditions += [c for b in below for c in b.children if c.dep_ == "advcl" and
                       any(m.dep_ == "mark" and m.lower_ in lexicon.words["condition_marks"] for m in c.children)]
        below = [c for b in below for c in b.children if c.dep_ in ("acomp", "xcomp")]
    return bool(conditions) and not any(c.lemma_.lower() in WISH_VERBS for c in conditions)


def agreed_sanction(cand, lexicon: Lexicon) -> bool:
    """True for an asserted agreeing verb ("agreed", "agrees", "approved") whose agreed act is a
    sanction, with no partner of the agreement named ("agreed with Britain on sanctions" stays an
    agreement between them)."""
    token, inner = cand.token, (cand.inner[0] if cand.inner else None)
    if inner is None or inner.entry.type != "SANCTION" or token.lemma_.lower() not in AGREEING_LEMMAS:
        return False
    if token.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or sem.is_negated(token, lexicon):
        return False
    if any(c.dep_ == "aux" and c.lower_ not in ("has", "have", "had") for c in token.children):
        return False  # "will agree", "could agree": not decided
    return not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)


def put_off_visit(cand) -> bool:
    """True for a SANCTION by a putting-off verb whose object is a visit, trip, summit or conference."""
    entry, token = cand.entry, cand.token
    if entry.type != "SANCTION" or token.lemma_.lower() not in PUTTING_OFF:
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in VISIT_NOUNS for o in objects)
