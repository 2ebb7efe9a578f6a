"""The destinations of a journey told by the clause that carries its traveller (issue 13, round 31, e93;
tests in ``tests/events/test_round31_e93.py``).

A tour, trip or visit is often named first and its countries listed after, in a clause whose verb
carries the traveller there: "departs on a tour of the region that will take him to Kenya, Ghana
and Senegal", "a trip which brings her to Chile and Peru". The clause's "to" objects are the
journey's targets, one row for the list (rule suffix ``~journey``); a clause of the future ("will
take him to") puts the visits ahead, so the journey is coded as its future ("~future": a scheduled
visit is AGREE in the conventions), whatever the tense of the departure. The clause may hang on the
noun (its relative clause) or, in a parse that misreads it, on the verb the noun is the object of,
when its subject is a relative pronoun ("began a tour on Monday which will take her to X").

A delegation going to a country is a visit too (``verb:head+delegation`` and its kin in triggers.tsv): its
doer is the one who leads it when the delegation itself names no country ("a delegation led by the
Chinese foreign minister arrived in Nairobi": :func:`delegation_leaders`, rule suffix ``~led``), and a
delegation arriving in its own country visits no one (:func:`home_arrival`). A delegation that goes
somewhere for a meeting ("flew to Vienna for talks with the IAEA", "arrived in Doha to meet US envoys",
"arrived in Copenhagen for the climate summit") meets its partner there, not the host: the meeting is
the row, coded on its own (``triggers.link_inner`` does not nest it), and the journey gives none
(:func:`meeting_purpose`; round 31 review mend, f73).

Words in ``semantics.yaml`` ``journeys``: the journey nouns (``venues.journey_nouns``), the carrying
verbs, the delegation entries and the verbs of leading.
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex, actors_under, object_heads
from detente.events.lexicon import Lexicon
from detente.events.relatives import RELATIVE_PRONOUNS
from detente.events.triggers import Candidate
from detente.records import Mention

__all__ = ["carrying_clauses", "delegation_leaders", "destinations", "home_arrival", "journey_ahead",
           "meeting_purpose"]


DESTINATION_PREPS = frozenset({"of", "in"})
"""Prepositions walked into under a destination ("to the capital of Kenya"); not "with", "near" ("took him to
the border with Pakistan": the border is his, the neighbour is no destination; round 31 review mend, f73)."""


def carrying_clauses(cand: Candidate, lexicon: Lexicon) -> list:
    """The clauses that carry the traveller of the journey noun ``cand`` to its destinations: a
    relative clause of a carrying verb on the noun, or one the parse hung on the noun's verb whose
    subject is a relative pronoun; only clauses with a "to" phrase and not negated."""
    token, words = cand.token, lexicon.semantics["journeys"]
    if cand.entry.pos != "noun" or token.lower_ not in lexicon.semantics["venues"]["journey_nouns"]:
        return []
    nouns = [token] + [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]  # "a tour of the region that will take him to"
    clauses = [c for noun in nouns for c in noun.children if c.dep_ == "relcl"]
    if token.dep_ in ("dobj", "pobj"):
        verb = token.head.head if token.dep_ == "pobj" else token.head
        clauses += [c for c in verb.children if c.dep_ in ("relcl", "advcl") and c.i > token.i and any(
            s.dep_ == "nsubj" and s.tag_ in RELATIVE_PRONOUNS for s in c.children)]
    return [c for c in clauses if c.lemma_.lower() in words["carrying_verbs"] and
            not any(k.dep_ == "neg" for k in c.children) and
            any(p.dep_ == "prep" and p.lower_ == "to" for p in c.children)]


def destinations(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The actors the journey's carrying clause names after "to" ("that will take him to Kenya,
    Ghana and Senegal": the three countries), not under its "with" or "near" phrase unless the "to"
    object is a meeting ("took him to meetings with Saudi officials"; second review, r31g); [] when no such clause."""
    meetings = lexicon.semantics["journeys"]["meeting_nouns"]
    return [m for clause in carrying_clauses(cand, lexicon)
            for h in object_heads(clause, ("to",), direct=False)
            for m in actors_under(h, index, prepositions=DESTINATION_PREPS | (
                {"with"} if h.lemma_.lower() in meetings or h.lower_ in meetings else set()))]


def journey_ahead(cand: Candidate, lexicon: Lexicon) -> bool:
    """True when the clause that lists the journey's destinations is in the future ("will take
    him to"): the visits lie ahead."""
    future = lexicon.words["future"]
    return any(a.dep_ == "aux" and a.lower_ in future
               for clause in carrying_clauses(cand, lexicon) for a in clause.children)


def delegation_leaders(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The leader of a delegation that is the subject of a delegation entry, by the agent of its
    participle of leading ("a delegation led by the Chinese foreign minister", "envoys headed by X")."""
    words = lexicon.semantics["journeys"]
    if cand.entry.id not in words["delegation_entries"]:
        return []
    return [m for s in cand.token.children if s.dep_ == "nsubj"
            for acl in s.children if acl.dep_ == "acl" and acl.lemma_.lower() in words["leading_verbs"]
            for agent in acl.children if agent.dep_ == "agent" for m in actors_under(agent, index)]


def home_arrival(cand: Candidate, sources: list[Mention], targets: list[Mention], lexicon: Lexicon) -> bool:
    """True for a delegation entry whose every target is of the delegation's own country ("the Kenyan
    delegation arrived in Nairobi"): a return home, no visit."""
    if cand.entry.id not in lexicon.semantics["journeys"]["delegation_entries"]:
        return False
    own = {m.actor.country for m in sources if m.actor and m.actor.country}
    return bool(own) and all(m.actor is not None and m.actor.country in own for m in targets)


def meeting_purpose(cand: Candidate, lexicon: Lexicon) -> bool:
    """True for a delegation entry whose journey has a meeting as its purpose: a "for" phrase of a
    meeting noun ("for talks with", "for the next round of talks", "for the climate summit") on the
    verb or its place, or a to-infinitive of meeting ("to meet US envoys", "to negotiate", "to attend
    the summit")."""
    words = lexicon.semantics["journeys"]
    if cand.entry.id not in words["delegation_entries"]:
        return False
    token = cand.token
    places = [o for p in token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for head in (token, *places):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            for noun in (o for o in prep.children if o.dep_ == "pobj"):
                nouns = [noun] + [n for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                                  for n in p.children if n.dep_ == "pobj"]
                if any(n.lemma_.lower() in words["meeting_nouns"] or n.lower_ in words["meeting_nouns"]
                       for n in nouns):
                    return True
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in words["meeting_verbs"] and
               any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and _meets(c, words)
               for c in token.children)


def _meets(verb, words) -> bool:
    """True for a verb of meeting that is one: "attend" only with a meeting as object ("to attend the
    summit", not "to attend the funeral", a visit; second review, r31g)."""
    if verb.lemma_.lower() != "attend":
        return True
    return any(o.dep_ == "dobj" and (o.lemma_.lower() in words["meeting_nouns"] or o.lower_ in words["meeting_nouns"])
               for o in verb.children)
