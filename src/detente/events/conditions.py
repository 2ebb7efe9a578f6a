"""Obligations told only on a condition, meetings and visits that were not held, and agreements that are the act agreed (issue 13,
round 21, branch e60; tested in ``tests/events/test_round21_e60.py`` on made-up sentences).

- A conditional obligation (``conditional_need``): "French forces should be ready to deploy if the
  UN decides on action" -- what must happen when a condition is met is no demand; "Iran must stop
  if it wants talks" (a condition on the addressee's own wish) stays one.
- A visit put off (``put_off_visit``): "postponed a state visit", "delayed his visit to China" --
  CAMEO's 160 (PETRARCH2's ``postpone * VISIT``) is no SANCTION of the conventions (expelling or
  recalling diplomats, closing missions, cutting ties, suspending talks or aid), and the visit was
  not held; a cancelled visit stays a sanction (``verb:cancel+visit``).
- A meeting to come (``meeting_to_come``): a meeting noun as the object of an infinitive of holding
  or arranging ("agreed to hold a third summit", "worked to arrange a meeting between X and Y") was
  not held: under a verb of agreeing, deciding or planning it is a scheduled meeting (AGREE with
  mode intend, as "the planned trip"), under any other verb ("worked / tried / sought to arrange")
  no act at all. A meeting noun that only modifies another ("a summit meeting") is that meeting,
  no second one.
- An agreed sanction (``agreed_sanction``): "the European Union agreed (to) new sanctions against
  Iran" -- the members' agreement is the decision to impose them, which the conventions code as the
  act (as ``moods.decided`` does for "decided to expel"), not as an AGREE with the sanctioned.
"""

from __future__ import annotations

from detente.events import semantics as sem
from detente.events.lexicon import Lexicon

WISH_VERBS = frozenset({"want", "wish", "hope", "seek", "desire", "expect", "intend", "plan"})
"""The condition of an obligation on its addressee's own wish keeps the demand ("must stop if it wants talks")."""

PUTTING_OFF = frozenset({"postpone", "delay", "defer"})
"""Verbs of putting an act off."""

VISIT_NOUNS = frozenset({"visit", "trip", "tour", "summit", "conference", "mission"})
"""Gatherings and journeys whose putting off is neither held nor a sanction."""

HOLDING_VERBS = frozenset({"hold", "arrange", "organise", "organize", "schedule", "host", "convene", "stage"})
"""Verbs whose object meeting is held (or to be held) by their subject."""

MEETING_NOUNS = frozenset({"summit", "meeting", "talks", "talk", "conference", "visit", "negotiation", "negotiations"})
"""Meeting nouns a holding verb can take."""

SCHEDULING_HEADS = frozenset({"agree", "decide", "plan", "promise", "pledge", "vow", "consent", "resolve", "intend"})
"""Verbs under which an infinitive of holding a meeting schedules it (AGREE, intended)."""

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


def meeting_to_come(token, type_: str | None) -> str | None:
    """``planned`` for a CONSULT meeting noun held by an infinitive under a scheduling verb ("agreed to
    hold a summit"), ``unasserted`` under another verb ("worked to arrange a meeting") or as the
    modifier of another meeting noun ("a summit meeting"), else None."""
    if type_ != "CONSULT" or token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in MEETING_NOUNS:
        return None
    if token.dep_ == "compound" and token.head.lemma_.lower() in MEETING_NOUNS:
        return "unasserted"  # "the summit meeting": one meeting, coded once by its head
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in HOLDING_VERBS or verb.dep_ not in ("xcomp", "advcl"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return "planned" if verb.head.lemma_.lower() in SCHEDULING_HEADS else "unasserted"
