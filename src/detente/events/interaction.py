"""Whether a coded row is an interaction between actors, and one row per act of a sentence.

Split out of ``coder.py`` (round 29) so the coder stays under the module size limit: the checks the coder runs on
a row's sides once source and target are read (:func:`interacting`, :func:`home_places_of`, :func:`someone`) and
the per-sentence merge of rows of one type and sources (:func:`deduplicate`).
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex
from detente.events.lexicon import Lexicon
from detente.records import Event, Participant


def home_places_of(places: set[tuple], src: list[Participant]) -> set[tuple]:
    """The places of the sources' own countries: where a domestic act happened, no other side."""
    return {key for key in places if key[0] in {p.country for p in src}}


def interacting(type_: str, src: list[Participant], tgt: list[Participant], others: set[tuple],
                lexicon: Lexicon) -> bool:
    """An event is an interaction between actors: it has a target, or several source countries
    act together ("Jordan and Britain agreed"), or the sentence names another actor, resolved
    or not (a target the parse did not attach, "demonstrators") -- unless the type is one a lone actor performs
    (protests, mobilisations, concessions, retreats, whose target is often implicit)."""
    if tgt or type_ not in lexicon.words["need_target"]:
        return True
    if len({p.country for p in src}) > 1 and lexicon.quads[type_] <= 2:
        return True  # "Jordan and Britain agreed": each other's partner (see pairs_of)
    others = others - {(p.country, p.sector) for p in src}
    if lexicon.semantics.get("untargeted") == "unnamed":
        # no other side named: "the attack, reportedly by the Taliban" is complete; a named unattached actor is unsafe
        return not any(country for country, _ in others)
    return bool(others)


def someone(targets: list[Participant], index: MentionIndex, lexicon: Lexicon) -> bool:
    """True when a target is an actor or people ("protesters", "a journalist"), not a thing ("seized 126 skins")."""
    return any((p.start, p.end) in index.spans or _singular(p.text.lower().split()[-1]) in
               lexicon.words["person_nouns"] for p in targets if p.text)


IRREGULAR_PLURALS = {"men": "man", "women": "woman", "children": "child", "policemen": "policeman"}
"""Plural person nouns an "s" does not end ("State police arrested both men"; round 19)."""


def _singular(word: str) -> str:
    return IRREGULAR_PLURALS.get(word) or word.rstrip("s")


def deduplicate(events: list[Event]) -> list[Event]:
    """One event per type and sources in a sentence, the one with most targets (one CONSULT of a summit)."""
    best: dict[tuple, Event] = {}
    for event in events:
        key = (event.type, frozenset(p.country for p in event.source))
        targets = {p.country for p in event.target}
        if key in best and not targets <= {p.country for p in best[key].target}:
            if {p.country for p in best[key].target} <= targets:
                best[key] = event
            else:
                best[(*key, frozenset(targets))] = event
        elif key not in best:
            best[key] = event
    return sorted(best.values(), key=lambda e: (e.start, e.trigger_start))
