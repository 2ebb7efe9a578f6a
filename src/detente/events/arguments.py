"""Who did it and to whom: sources and targets read off the dependency parse.

The actors stage has already found and resolved the mentions; this module only decides which
mentions fill which role of a trigger. An argument is a dependency subtree (the subject, the
object, a prepositional object, a possessor); its actors are the resolved mentions closest to the
subtree's head, so "Moscow's ambassador to the United States" is Russia, not the United States,
and "Hungarian and Romanian officials" is both countries (conjuncts are as close as the head).

Who a predicate's subject is (voice, control, coordination) is ``voice.py``; its objects
``verb_objects.py``; steps taken to do something ``steps.py`` (moved out in round 34, issue 13).
Their public names are imported here too, so ``from detente.events.arguments import subject_head``
keeps working; new code imports them from their own modules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from detente.events.kin import kin_owner
from detente.events.steps import (
    STEP_FRAMES,
    STEP_NOUNS,
    STEP_VERBS,
    asserted_step,
    step_object,
    steps_taken,
)
from detente.events.verb_objects import (
    between_heads,
    object_heads,
    repeated_prepositions,
    shared_objects,
    stranded_object,
)
from detente.events.voice import (
    PASSIVE_SUBJECTS,
    SUBJECTS,
    active_by,
    agentless_passive,
    antecedent,
    apposed_place,
    headline_passive,
    passive_marks,
    reduced_passive,
    reporter_conjunct,
    rootless_predicate,
    shared_conjunct,
    shared_passive_subject,
    subject_head,
)
from detente.nlp import columns, span_of
from detente.records import Actor, Mention, Participant

__all__ = [  # this module's own names, then those it keeps importable from voice, verb_objects, steps
    "CLAUSE_BOUNDARIES", "SOURCE_PREPOSITIONS", "Actors", "MentionIndex", "actors_under", "is_place_name",
    "participant", "subject_actors", "unnamed_doer",
    "PASSIVE_SUBJECTS", "SUBJECTS", "active_by", "agentless_passive", "antecedent", "apposed_place",
    "headline_passive", "passive_marks", "reduced_passive", "reporter_conjunct", "rootless_predicate",
    "shared_conjunct", "shared_passive_subject", "subject_head",
    "between_heads", "object_heads", "repeated_prepositions", "shared_objects", "stranded_object",
    "STEP_FRAMES", "STEP_NOUNS", "STEP_VERBS", "asserted_step", "step_object", "steps_taken",
]

CLAUSE_BOUNDARIES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "punct", "cc", "mark",
                               "parataxis", "dep", "prep_blocked"})
"""Relations that start another clause: an argument's actors are not looked for past them."""


@dataclass(frozen=True)
class Actors:
    """Mentions of one argument, with the token that headed it."""

    head: object
    mentions: tuple[Mention, ...]


class MentionIndex:
    """Resolved mentions of one article, keyed by the spaCy token indexes they cover.

    Only mentions whose actor has a country (or IGO code) count: an event needs located actors.
    """

    def __init__(self, doc, mentions: Iterable[Mention], relational: frozenset[str] = frozenset(),
                 documents: frozenset[str] = frozenset(), named_after: frozenset[str] = frozenset(),
                 kin: frozenset[str] = frozenset()):
        self.relational = relational
        """Nouns whose ``of`` complement is another party ("opponents of X"): not walked into."""
        self.kin = kin
        """Kin nouns whose possessor or ``of`` object is another person ("the minister's brother"):
        not walked into for a doer (round 30, e88)."""
        self.by_token: dict[int, list[Mention]] = {}
        self.speakers = None
        """The article's quote speakers (``events.speech.Speakers``), set by the stage."""
        self.unresolved: dict[int, Mention] = {}
        """Tokens of mentions the actors stage could not resolve ("demonstrators", a misspelt
        name): not participants, but evidence that someone else takes part."""
        self.placed: dict[tuple[int, int], str] = {}
        """Offsets of mentions placed by the events stage (``events.homes``), with the rule."""
        self.story: dict[int, tuple[str, str]] = {}
        """Per sentence (by its first token), the country its story is in (``events.homes``)."""
        self.spans: set[tuple[int, int]] = {(m.start, m.end) for m in mentions if m.actor is not None}
        """Offsets of every mention, resolved or not: a side that is someone, not a thing."""
        lower = columns(doc).lower  # the span's last word and token indexes without a Token each
        for mention in mentions:
            span = span_of(doc, mention)
            if span is None or lower[span.end - 1] in documents or (_personal(mention) and (
                    lower[span.end - 1] in named_after or _named_after(span, named_after))):
                continue  # "the United States Constitution": a document, no actor
            if mention.actor is None or not mention.actor.country:
                self.unresolved.update((i, mention) for i in range(span.start, span.end))
                continue
            for i in range(span.start, span.end):
                self.by_token.setdefault(i, []).append(mention)

    def place(self, mentions: Iterable[Mention]) -> None:
        """Add mentions the events stage placed itself (``events.homes``): located from now on."""
        for mention in mentions:
            self.placed[(mention.start, mention.end)] = mention.actor.entry.split(">")[0]
            for i in [i for i, m in self.unresolved.items() if m.start == mention.start and m.end == mention.end]:
                del self.unresolved[i]
                self.by_token.setdefault(i, []).append(mention)

    def __bool__(self) -> bool:
        return bool(self.by_token)

    def at(self, token) -> list[Mention]:
        return self.by_token.get(token.i, [])


def _personal(mention: Mention) -> bool:
    """A mention resolved through a person's name (a person, or "rebels in Queen Elizabeth ...")."""
    return mention.label == "PERSON" or "roster:" in ((mention.actor.entry or "") if mention.actor else "")


def _named_after(span, nouns: frozenset[str]) -> bool:
    """A name the mention only begins: a capitalised word after it is a place's noun ("Queen
    Elizabeth National" in "Queen Elizabeth National Park")."""
    doc, end = span.doc, span.end
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ in ("PROPN", "NOUN", "ADJ"):
        if doc[end].lower_ in nouns:
            return True
        end += 1
    return False


SOURCE_PREPOSITIONS = frozenset({"of", "in", "from", "at", "for", "within", "throughout", "across"})
"""Prepositions through which a subject reaches its actor ("officials of Hungary", "soldiers
from Gondor"); not "on"/"about" ("term limits on members of Congress" is not Congress)."""


def actors_under(head, index: MentionIndex, *, max_depth: int = 4,
                 prepositions: frozenset[str] | None = None, possessors: bool = True,
                 kin_owners: bool = True) -> list[Mention]:
    """Resolved mentions closest to ``head`` in its subtree (conjuncts count as the same depth).

    A breadth-first walk stops at clause boundaries (and at prepositions outside
    ``prepositions``, when given); among the mentions found, those at the smallest depth win,
    longest first, one per actor. ``possessors=False`` passes over possessive pronouns
    ("his commitment to the Zambian people": the people, not "his"); ``kin_owners=False`` (a doer)
    passes over the owner of a kin noun ("the minister's brother": not the minister).
    """
    found: dict[int, list[Mention]] = {}
    frontier = [(head, 0)]
    seen = {head.i}
    while frontier:
        token, depth = frontier.pop(0)
        for mention in index.at(token):
            if not possessors and depth and token.dep_ == "poss" and token.pos_ == "PRON":
                continue
            if depth and token.dep_ == "compound" and is_place_name(mention):
                continue  # "the Kabul car bombing": a capital modifying a noun is a place
            found.setdefault(depth, []).append(mention)
        for child in token.children:
            if child.i in seen or child.dep_ in CLAUSE_BOUNDARIES or _clause(child):
                continue
            if depth >= max_depth and child.dep_ not in ("conj", "appos"):
                continue
            if prepositions is not None and child.dep_ == "prep" and child.lower_ not in prepositions:
                continue
            if child.dep_ == "prep" and child.lower_ == "of" and token.lemma_.lower() in index.relational:
                continue
            if not kin_owners and kin_owner(child, index.kin):
                continue  # "the minister's brother", "the wife of the president": another person (e88)
            seen.add(child.i)
            frontier.append((child, depth if child.dep_ in ("conj", "appos") else depth + 1))
    if not found:
        return []
    return _distinct(found[min(found)])


def subject_actors(verb, index: MentionIndex) -> list[Actor]:
    """The actors of a predicate's subject: its head as ``subject_head`` finds it (climbing control
    and coordination: "Russia seeks to expand its freedom" -> Russia), read as any argument's
    (``actors_under``); none for a passive's or a clause without a subject."""
    head, _ = subject_head(verb)
    return [m.actor for m in actors_under(head, index)] if head is not None else []


def _clause(token) -> bool:
    """A prepositional clause with its own subject ("at 14:00, in what the police declared a
    terrorist attack"): its subject acts in that clause, it is no argument of the phrase above."""
    return token.dep_ == "pcomp" and any(c.dep_ in SUBJECTS for c in token.children)


def is_place_name(mention: Mention) -> bool:
    """A capital resolved as a metonym by the actors stage (entry ``capital:...``): before an
    event noun it names the place ("the Madrid attacks", "a Kabul car bombing"), not the actor."""
    return bool(mention.actor and (mention.actor.entry or "").startswith("capital:"))


def _merge_adjacent(mentions: list[Mention]) -> list[Mention]:
    """"US President" + "Joe Biden" side by side with the same actor are one participant (the named one)."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = kept[-1] if kept else None
        if prev is not None and m.start <= prev.end + 1 and (prev.actor.country, prev.actor.sector) == (
                m.actor.country, m.actor.sector):
            if (m.actor.name and not prev.actor.name) or (m.end - m.start) > (prev.end - prev.start):
                kept[-1] = m
            continue
        kept.append(m)
    return kept


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """One mention per actor, the longest text of each; in text order."""
    best: dict[tuple, Mention] = {}
    for m in _merge_adjacent(mentions):
        a = m.actor
        key = (a.country, a.sector, a.name)
        if key not in best or (m.end - m.start) > (best[key].end - best[key].start):
            best[key] = m
    return sorted(best.values(), key=lambda m: m.start)


def participant(mention: Mention) -> Participant:
    """The event participant for a resolved mention (country, sector, code, name copied)."""
    actor = mention.actor
    return Participant(
        text=mention.text, country=actor.country, sector=actor.sector, code=actor.code,
        name=actor.name, start=mention.start, end=mention.end,
    )


def unnamed_doer(token, actor: Actor, sentence: int = 0) -> Mention:
    """A side the text names by no words (a story's state, an agentless passive's doer): an empty
    span at the trigger ``token``, carrying ``actor``."""
    return Mention(text="", start=token.idx, end=token.idx, sentence=sentence, label="ROLE", actor=actor)
