"""Restrictions told with no doer (issue 13 round 21, branch e59).

"A nationwide lockdown begins as the president says ...", "A curfew was imposed on the capital", "it
was agreed a partial lockdown would be instated": a state's restriction on its people (a curfew, a
lockdown, a quarantine, a state of emergency) told as starting or imposed, with no doer named, is the
act of the government of the country it is in (:func:`story_restriction`, rule suffix ``~state~restriction``).
"""

from __future__ import annotations

from detente.actors.tables import COUNTRY_CODES
from detente.events.arguments import MentionIndex, unnamed_doer
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate
from detente.records import Actor, Mention

PLACE_LABELS = ("GPE", "LOC", "FAC")


def story_restriction(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The government that imposed a restriction the sentence names no doer of: a restriction noun
    (``semantics.yaml story_restriction.nouns``) that is the subject of a verb of starting ("begins",
    "takes effect", "comes into force") or the passive subject of a verb of imposing ("was imposed",
    "would be instated", "was put in place"; ``starting_verbs``, ``effect_verbs``, ``imposing_verbs``,
    ``placing_verbs``) with no agent. Not "began to ease", "took a heavy toll", "went unheeded", "was
    put on hold". The country is ``_state_of``'s. "The lockdown ended" or "a curfew was lifted" is another act; "police enforced the
    curfew" names its doer. The doer is named by no words: an empty span at the trigger."""
    words = lexicon.semantics["story_restriction"]
    token = cand.token
    if cand.entry.pos != "noun" or cand.entry.type != "COERCE" or token.lemma_.lower() not in words["nouns"]:
        return []
    verb = token.head
    lemma = verb.lemma_.lower()
    if token.dep_ == "nsubj":
        told = (lemma in words["starting_verbs"] and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)) \
            or (lemma in words["effect_verbs"] and _into_effect(verb, words["effect_nouns"]))
    elif token.dep_ == "nsubjpass":
        told = (lemma in words["imposing_verbs"] or (lemma in words["placing_verbs"] and _in_place(verb))) \
            and not any(c.dep_ == "agent" for c in verb.children)
    else:
        told = False
    if not told or any(c.dep_ == "neg" for c in verb.children):
        return []
    found = _state_of(token.sent, index)
    if found is None:
        return []
    country, entry = found
    return [unnamed_doer(token, Actor(country=country, sector="GOV", entry=f"state:{entry}"))]


def _into_effect(verb, nouns) -> bool:
    """"takes effect" (object), "comes / goes into force" ("into" and its object)."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in nouns:
            return True
        if child.dep_ == "prep" and child.lower_ == "into" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in child.children):
            return True
    return False


def _in_place(verb) -> bool:
    """"was put in place"."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "place"
                                                          for g in c.children) for c in verb.children)


def _state_of(sentence, index: MentionIndex) -> tuple[str, str] | None:
    """The country whose government imposed the restriction: the one state the sentence names as a
    place ("in Argentina", "the capital" resolved), when every actor the sentence names is of that
    country; else the story's country (``homes.story_countries``) when the sentence names no actor of
    another. None otherwise: "after French tourists were attacked" or "as the WHO warns" name another
    side, and the story's state stays unsaid."""
    mentions = [m for t in sentence for m in index.at(t) if m.actor.country]
    named = {m.actor.country for m in mentions}
    places = {m.actor.country for m in mentions if m.label in PLACE_LABELS and m.actor.country in COUNTRY_CODES}
    if len(places) == 1 and named <= places:
        return next(iter(places)), "sentence"
    story = index.story.get(sentence.start)
    if story is not None and named <= {story[0]}:
        return story
    return None
