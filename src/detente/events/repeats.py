"""One act told twice in an article is one row.

A later sentence often names an act already told with a definite noun: "Tsikhanouskaya held a
rally in Minsk. ... 18,000 people attended the rally." The second mention points back to the
first (gold conventions: ``repeat_of``), so it gives no second row. Within a sentence,
``coder.deduplicate`` already keeps one row per type and sources.
"""

from __future__ import annotations

from detente.events.precision import retold_attack
from detente.nlp import span_at
from detente.records import Event

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
"""Determiners that make a noun point back to something already told."""


def trigger_noun(event: Event, doc):
    """The head noun of a nominal trigger ("rally", "the attack"), or None for a verbal one."""
    if not event.rule.startswith("noun:"):
        return None
    span = span_at(doc, event.trigger_start, event.trigger_end)
    if span is None or span.root.pos_ not in ("NOUN", "PROPN"):
        return None
    return span.root


def definite(token) -> bool:
    """"the rally", "this attack", "Trump's phone call" -- not "a rally", "rallies"."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in token.children)


def drop_repeats(events: list[Event], doc) -> list[Event]:
    """Events without later definite mentions of an act an earlier sentence already coded: same
    type, same trigger noun, a source country in common and no new target country."""
    kept: list[Event] = []
    told: dict[tuple[str, str], list[Event]] = {}
    for event in events:  # in sentence order, as the stage appends them
        if retold_attack(event, kept, doc):
            continue  # "... fired rockets at the airport. The rockets hit fuel tanks": told again
        noun = trigger_noun(event, doc)
        if noun is None:
            kept.append(event)
            continue
        key = (event.type, noun.lemma_.lower())
        if definite(noun) and any(_same_act(event, earlier) for earlier in told.get(key, ())):
            continue
        told.setdefault(key, []).append(event)
        kept.append(event)
    return kept


def _same_act(later: Event, earlier: Event) -> bool:
    sources = {p.country for p in later.source}
    targets = {p.country for p in later.target}
    return earlier.sentence < later.sentence and bool(sources & {p.country for p in earlier.source}) and \
        targets <= {p.country for p in earlier.target}
