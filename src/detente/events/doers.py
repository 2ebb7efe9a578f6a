"""Doers the parse leaves implicit: the holder of a document that acts, the state behind a passive
act of coercion, and the owner of troops that "were deployed".

Each is a general construction of news English, not of one sentence:

- "he has evidence that implicates Israel", "Congress passed a bill that sanctions Russia": the
  relative clause's subject is the document; its holder does the act (:func:`carrier_holder`).
- "Opposition leader X was arrested", "an officer is demoted": a passive act of coercion with no
  agent and no place is done by the state of the one it is done to (rule suffix ``~state``);
  the gold conventions code the unnamed doer "from context when the text fixes it", and for
  arrests, detentions, sentences and demotions of a country's own people the text does.
- "The Brazilian military is deployed to the border": the passive subject of a movement verb is
  the mover, not its target (rule suffix ``~mover``).
- "X is expelled from the Labour Party": the body one is expelled or suspended from is the doer
  of the sanction (rule suffix ``~from``).
"""

from __future__ import annotations

from dataclasses import replace

from detente.events.arguments import (
    SOURCE_PREPOSITIONS,
    MentionIndex,
    actors_under,
    object_heads,
    subject_head,
)
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate, Coding
from detente.records import Actor, Mention

BODY_SECTORS = frozenset({"PTY", "LEG", "IGO", "GOV", "OPP"})
"""Sectors of a body that expels or suspends its members."""


def carrier_holder(token, head, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The holder of a document or proof whose relative clause does the act: "he has evidence that
    implicates Israel", "Congress passed a bill that sanctions Russia" -- the one who has, passes
    or issues it (the subject of the verb the noun is the object of)."""
    if token.dep_ != "relcl" or head.lemma_.lower() not in lexicon.words["carrier_nouns"] or head.dep_ != "dobj":
        return []
    holder, _ = subject_head(head.head)
    return actors_under(holder, index, prepositions=SOURCE_PREPOSITIONS) if holder is not None else []


def _agentless_passive(cand: Candidate):
    """The passive subject of a verbal trigger that names no agent, else None."""
    if cand.entry.pos != "verb":
        return None
    head, passive = subject_head(cand.token)
    return passive if head is None and passive is not None and passive.head.i == cand.token.i else None


def passive_doers(cand: Candidate, coding: Coding, index: MentionIndex,
                  lexicon: Lexicon) -> tuple[list[Mention], str] | None:
    """``(sources, rule suffix)`` for an agentless passive the doer of which the text fixes, else None."""
    subject = _agentless_passive(cand)
    if subject is None:
        return None
    done_to = actors_under(subject, index)
    countries = {m.actor.country for m in done_to if m.actor.country}
    if len(countries) != 1:
        return None
    if coding.type == "SANCTION" and (bodies := _bodies_from(cand.token, countries, index)):
        return bodies, "~from"  # "Corbyn is expelled from the Labour Party": the party expels
    if coding.type in lexicon.words["mover_types"] and cand.token.lemma_.lower() in lexicon.words["mover_verbs"]:
        movers = [m for m in done_to if m.actor.sector in ("MIL", "COP")]
        return (movers, "~mover") if movers else None
    state = lexicon.semantics["state_doers"].get(coding.type)
    if subject.lemma_.lower() in lexicon.semantics["state_bodies"]:
        return None  # "the US government is shut down": the state does not act on itself
    done_to = [m for m in done_to if m.actor.sector in lexicon.semantics["state_subjects"]]
    if state is None or not done_to or _named_elsewhere(cand.token, countries, index):
        return None  # citizens and journalists are often held abroad: their state is no safe doer
    doer = done_to[0]
    return [replace(doer, actor=Actor(country=doer.actor.country, sector=state,
                                      entry=f"state:{doer.actor.entry or doer.text}"))], "~state"


def _bodies_from(token, countries: set[str], index: MentionIndex) -> list[Mention]:
    """The party or body after "from" ("expelled from the Labour Party"); one the actors stage left
    without a country is the expelled member's own (a party expels its own members)."""
    found = []
    for head in object_heads(token, ("from",), direct=False):
        mention = (actors_under(head, index) or [index.unresolved.get(head.i)])[0]
        if mention is None or mention.actor is None or mention.actor.sector not in BODY_SECTORS:
            continue
        if not mention.actor.country:
            mention = replace(mention, actor=replace(mention.actor, country=next(iter(countries))))
        found.append(mention)
    return found


def _named_elsewhere(token, countries: set[str], index: MentionIndex) -> bool:
    """True when the sentence names another country than the one acted on ("two Americans were
    arrested in Iran": the arresting state is not theirs)."""
    named = {m.actor.country for t in token.sent for m in index.at(t) if m.actor and m.actor.country}
    return bool(named - countries)
