"""The people an act was done to, and the place that gives them a country (issue 13, round 15).

- **People acted on, not the place they were at** (``placed_people``): "fired tear gas at
  opposition supporters in Nairobi" -> the supporters, in Kenya; "fired at thousands of protesters
  outside parliament in Tbilisi" -> the protesters, not parliament.
- **Unplaced people at the place of the act's time clause** (``clause_place_people``): "two bombers
  killed 12 people when they blew themselves up in Baghdad" -> the people, in Iraq.
- **A state act on the source's own people at a foreign place** (``state_act_place``): "Britain
  denounced the detention of two British nationals in Iran" -> the state of Iran.
- **The victims a main clause names** for an attack told in its time clause (``clause_victims``):
  "two Palestinian children were killed when the Israeli military shelled a crowd" -> the children.

Moved unchanged from ``attach``; figures: docs/accuracy/events.md, issue 13 round 15.
"""

from __future__ import annotations

from dataclasses import replace

from detente.events.arguments import MentionIndex, actors_under
from detente.events.marks import opened_by
from detente.events.triggers import Candidate
from detente.nlp import doc_text, span_of
from detente.records import Actor, Mention, Participant

CROWD_WORDS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "crowd", "crowds",
                         "group", "groups", "scores"})
"""Counts and crowds whose ``of`` object is the people ("thousands of protesters outside parliament")."""


def placed_people(cand: Candidate, found: list[Mention], index: MentionIndex, person_nouns: frozenset[str],
                  locative: frozenset[str]) -> list[Mention]:
    """People acted on, not the place they were at (round 15): in "police fired tear gas at opposition
    supporters in Nairobi" or "fired at thousands of protesters outside parliament in Tbilisi" the
    parse reaches the place (or the building) through the people's locative phrase; the people are the
    target, placed in that place's country (a mention of the people's words, the place's country, the
    people's sector when the actors stage typed them)."""
    out = []
    for mention in found:
        span = span_of(cand.token.doc, mention)
        people = _people_at(span.root, cand.token, index, person_nouns, locative) if span is not None else None
        if people is None:
            out.append(mention)
            continue
        typed = index.unresolved.get(people.i)
        if typed is not None and (typed.actor is None or not typed.actor.sector):
            typed = None
        first = typed.start if typed is not None else min(
            t.idx for t in people.subtree if t.i <= people.i and not (t.dep_ == "prep" or t.head.dep_ == "prep"))
        end = people.idx + len(people)
        text = doc_text(cand.token.doc)[first:end]
        sector = typed.actor.sector if typed is not None else None
        placed = Mention(text=text, start=first, end=end, sentence=mention.sentence, label="ROLE",
                         actor=Actor(country=mention.actor.country, sector=sector,
                                     entry=f"role:{people.lemma_.lower()}+at:{mention.actor.entry}"),
                         rule="events:placed_people")
        if all((m.start, m.end) != (placed.start, placed.end) for m in out):
            out.append(placed)
    return out


def _people_at(token, trigger, index: MentionIndex, person_nouns: frozenset[str], locative: frozenset[str]):
    """The people noun whose locative phrase holds ``token`` on the way up to the trigger, else None."""
    current = token
    for _ in range(8):
        if current.i == trigger.i or current.head.i == current.i:
            return None
        if current.dep_ == "pobj" and current.head.lower_ in locative and current.head.dep_ == "prep":
            noun = current.head.head
            while noun.dep_ == "pobj" and noun.head.lower_ in locative and noun.head.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head.head  # "outside parliament in Tbilisi": up to the people
            if noun.lemma_.lower() in CROWD_WORDS or noun.lower_ in CROWD_WORDS:  # "thousands of protesters outside X"
                noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj"), noun)
            if noun.i != trigger.i and _people_noun(noun, index, person_nouns):
                return noun
        current = current.head
    return None


def _people_noun(noun, index: MentionIndex, person_nouns: frozenset[str]) -> bool:
    typed = index.unresolved.get(noun.i)
    if typed is not None and typed.actor is not None and typed.actor.sector in ("CVL", "OPP", "EDU", "LAB", "REF"):
        return True
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in person_nouns and not index.at(noun)


def clause_place_people(cand: Candidate, src: list[Participant], index: MentionIndex,
                        person_nouns: frozenset[str], locative: frozenset[str]) -> list[Participant]:
    """Unplaced people an act was done to, at the place its time clause names (round 15): "two
    bombers killed 12 people when they blew themselves up in Baghdad" -> the people, in Iraq. Only
    one located country other than the source's in that clause's locative phrases."""
    token = cand.token
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if cand.entry.pos != "verb" or obj is None or index.at(obj) or not _people_noun(obj, index, person_nouns):
        return []
    own = {p.country for p in src}
    clauses = [c for c in token.children if c.dep_ == "advcl" and opened_by(c, "time_clause", ("advmod", "mark"))]
    places = _foreign_places((p for c in clauses for p in c.children if p.dep_ == "prep" and p.lower_ in locative),
                             index, own)
    if len(places) != 1:
        return []
    typed = index.unresolved.get(obj.i)
    sector = typed.actor.sector if typed is not None and typed.actor is not None else None
    first = min(t.idx for t in obj.subtree if t.i <= obj.i)
    end = obj.idx + len(obj)
    return [Participant(text=doc_text(token.doc)[first:end], country=next(iter(places)), sector=sector,
                        start=first, end=end)]


REACTING_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "PROTEST"})
"""Reactions to an act: their other side is the act's doer (a protest "against the arrest of ..."
becomes a diplomatic ACCUSE later, ``~diplomatic``)."""

STATE_ACT_TYPES = frozenset({"COERCE", "RETREAT"})
"""Nominal acts only a state does to people it holds: a detention, a trial, a release."""

STATE_ACT_NOUNS = frozenset({"execution", "hanging", "jailing", "sentencing"})
"""State acts whose noun the lexicon types otherwise or not at all (an execution is ASSAULT)."""


def state_act_place(cand: Candidate, sources: list[Mention], targets: list[Mention], index: MentionIndex,
                    act_types) -> list[Mention]:
    """The state where a criticised detention, trial or execution of the source's own people took
    place (round 15): in "Britain denounced the detention of two British nationals in Iran" the
    British nationals are the source's own; the one denounced is Iran, the place of the detention.
    ``act_types(lemma)`` gives the types of a nominal trigger. Only when the act names no doer and
    every target found is of the source's country; the act's phrases must name one other country."""
    if cand.entry.type not in REACTING_TYPES or not sources:
        return targets
    own = {m.actor.country for m in sources}
    if any(m.actor.country not in own for m in targets):
        return targets
    token = cand.token
    acts = [c for c in token.children if c.dep_ == "dobj"]
    acts += [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "against", "over")
             for o in p.children if o.dep_ == "pobj"]
    for act in acts:
        if act.pos_ != "NOUN" or not (act_types(act.lemma_.lower()) & STATE_ACT_TYPES or
                                      act.lemma_.lower() in STATE_ACT_NOUNS):
            continue
        if any(c.dep_ == "poss" for c in act.children) or any(
                t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by") for t in act.subtree):
            continue  # "Iran's detention of ...", "the arrest of X by Y": the doer is named
        places = _foreign_places((t for t in act.subtree if t.dep_ == "prep" and t.lower_ in ("in", "at")),
                                 index, own)
        if len(places) == 1:  # the state of the place, not its people
            return [replace(m, actor=replace(m.actor, sector="GOV", code=None)) for m in places.values()]
    return targets


HARM_VERBS = frozenset({"kill", "wound", "injure", "die", "hurt"})
"""Verbs of a main clause that names the victims of the attack its time clause tells."""


def clause_victims(cand: Candidate, src: list[Participant], index: MentionIndex) -> list[Mention]:
    """The victims the main clause names for an attack told in its time clause (round 15): "two
    Palestinian children were killed when the Israeli military shelled a crowd" -> the children;
    "five Pakistani soldiers died when Indian troops fired across the border" -> the soldiers. Only
    victims of another country than the attackers'."""
    token = cand.token
    if cand.entry.type != "ASSAULT" or token.dep_ != "advcl" or token.head.lemma_.lower() not in HARM_VERBS:
        return []
    if not opened_by(token, "time_clause", ("advmod", "mark")):
        return []
    own = {p.country for p in src}
    return [m for s in token.head.children if s.dep_ in ("nsubj", "nsubjpass")
            for m in actors_under(s, index) if m.actor.country not in own]


def _foreign_places(preps, index: MentionIndex, own: set[str]) -> dict[str, Mention]:
    """Per state (a three-letter country) other than ``own``, the first located mention under the
    objects of ``preps``, in their order."""
    places: dict[str, Mention] = {}
    for prep in preps:
        for head in (o for o in prep.children if o.dep_ == "pobj"):
            for m in actors_under(head, index):
                if m.actor.country not in own and len(m.actor.country) == 3:
                    places.setdefault(m.actor.country, m)
    return places
