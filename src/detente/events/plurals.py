"""A plural pronoun that stands for a coordinated subject: "Chile and Peru announced the
withdrawal of their troops" -- the actors stage resolves "their" to one antecedent (Chile), while
the pronoun refers to every conjunct; the events stage widens such a doer to the whole
coordination (round 29, e87)."""

from __future__ import annotations

from detente.events.arguments import MentionIndex
from detente.nlp import span_of
from detente.records import Mention

__all__ = ["PLURAL_PRONOUNS", "plural_doers", "plural_pronoun"]

PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
"""Pronouns whose antecedent may be a coordination of actors."""


def plural_doers(found: list[Mention], doc, index: MentionIndex) -> list[Mention]:
    """``found`` plus the other conjuncts of the coordination a plural pronoun among it refers to.

    >>> # "Chile and Peru announced the withdrawal of their troops": [Chile] -> [Chile, Peru]
    """
    out = list(found)
    countries = {m.actor.country for m in found}
    for mention in found:
        pronoun = plural_pronoun(mention, doc)
        if pronoun is None:
            continue
        for other in _coordinated_antecedents(pronoun, mention, index):
            if other.actor.country not in countries:
                countries.add(other.actor.country)
                out.append(other)
    return out


def plural_pronoun(mention: Mention, doc):
    """The plural pronoun a coreferent mention stands on ("their", "their troops"), or None."""
    if "coref:pronoun" not in (mention.rule or ""):
        return None
    span = span_of(doc, mention)
    if span is None:
        return None
    for token in span:
        if token.lower_ in PLURAL_PRONOUNS:
            return token
        for child in token.children:
            if child.dep_ == "poss" and child.lower_ in PLURAL_PRONOUNS:
                return child
    return None


def _coordinated_antecedents(pronoun, mention: Mention, index: MentionIndex) -> list[Mention]:
    """The actors of the nearest coordination before ``pronoun`` in its sentence that holds the
    pronoun's resolved actor ("Chile, Peru and Bolivia ... their"); [] when there is none."""
    for token in reversed(list(pronoun.doc[pronoun.sent.start:pronoun.i])):
        if not any(m.actor.country == mention.actor.country for m in index.at(token)):
            continue
        group = _conjuncts(token)
        found = [m for t in group for m in index.at(t)]
        if len({m.actor.country for m in found}) > 1:
            return found
    return []


def _conjuncts(token) -> list:
    """Every conjunct of the coordination ``token`` is part of (itself when it has none)."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    out, frontier = [first], [first]
    while frontier:
        for child in frontier.pop().children:
            if child.dep_ == "conj":
                out.append(child)
                frontier.append(child)
    return out
