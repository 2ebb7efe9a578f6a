"""Where an event happened: the place in its clause, else the article's dateline, else none.

An event's place is not every place its sentence names. "Putin accused Kyiv of breaking the
ceasefire with rebels in eastern Ukraine" happened wherever Putin spoke, not in Kyiv (a
metonym) nor necessarily in Ukraine. We take a place only when the dependency path from it
reaches the event's trigger (or the verb governing a noun trigger) through a locative
preposition ("talks in Geneva", "an attack on a village near Aleppo") or as a modifier of the
trigger ("the Geneva summit"), and without passing through another verb.

>>> from detente.places.locate import LOCATIVE_PREPS
>>> "near" in LOCATIVE_PREPS
True
"""

from __future__ import annotations

from detente.nlp import span_at, span_of
from detente.places.toponyms import DATELINE
from detente.places.words import WORDS
from detente.records import Event, Location, Place

LOCATIVE_PREPS = frozenset(WORDS["site_prepositions"])
"""Prepositions that put an event somewhere (``on`` for "on the border", "on Crimea")."""
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
NOUN_LINKS = frozenset({"pobj", "compound", "nmod", "amod", "poss", "npadvmod"})
"""Dependencies walked upward from a place name to the word its phrase attaches to (plus
``conj`` and ``appos`` between proper nouns: "in Geneva and Vienna")."""
TOPIC_PREPS = frozenset(WORDS["topic_prepositions"])
"""Prepositions that make the place a topic, goal or origin rather than the event's site."""
MAX_PATH = 8
NOT_A_SITE = frozenset({"demonym"})


def _trigger_anchors(doc, event: Event) -> set[int]:
    """Token ids an event's place may attach to: the trigger, and the verb governing a noun
    trigger ("held talks" -> held)."""
    span = span_at(doc, event.trigger_start, event.trigger_end)
    if span is None:
        return set()
    root = span.root
    anchors = {t.i for t in span} | {root.i}
    if root.pos_ in ("NOUN", "PROPN") and root.head.pos_ in ("VERB", "AUX"):
        anchors.add(root.head.i)
    return anchors


def _attachment(doc, place: Place, anchors: set[int]) -> str | None:
    """``prep`` or ``modifier`` when the place attaches to the anchors, else None.

    A possessive is the event's agent, not its site ("Turkey's apology"). The place's own
    preposition must be locative, and none on the way may make it a topic:
    "concerns about troops near Ukraine" does not put the concerns in Ukraine; "met for talks
    in Geneva" does put the meeting there."""
    span = span_of(doc, place)
    if span is None:
        return None
    tok, through_prep = span.root, False
    for _ in range(MAX_PATH):
        if tok.i in anchors and tok.i != span.root.i:
            if not through_prep and span.root.dep_ == "poss":
                return None
            return "prep" if through_prep else "modifier"
        if tok.dep_ == "prep":
            own = not through_prep
            if (own and tok.lower_ not in LOCATIVE_PREPS) or tok.lower_ in TOPIC_PREPS:
                return None
            through_prep = True
        elif tok.dep_ in ("conj", "appos") and tok.pos_ == "PROPN":
            pass
        elif tok.dep_ not in NOUN_LINKS:
            return None
        if tok.head.i == tok.i or (tok.head.pos_ in ("VERB", "AUX") and tok.head.i not in anchors):
            return None
        tok = tok.head
    return None


def dateline_place(text: str, places: list[Place]) -> Place | None:
    """The resolved place of a wire dateline at the start of the article, if there is one
    (the first place of "LONDON, Ky. (AP) -- ", so the town, not its state)."""
    match = DATELINE.match(text)
    if not match:
        return None
    for place in places:
        if place.start < match.end() and place.lat is not None and not place.metonym:
            return place
    return None


def _location(place: Place) -> Location:
    return Location(name=place.name or place.text, country=place.country, lat=place.lat,
                    lon=place.lon, geonames_id=place.geonames_id)


def locate_event(doc, event: Event, places: list[Place], dateline: Place | None) -> tuple[Location | None, str]:
    """The event's location and the rule that chose it (``clause:prep``, ``clause:modifier``,
    ``dateline`` or ``none``)."""
    anchors = _trigger_anchors(doc, event)
    found = []
    for place in places:
        if place.sentence != event.sentence or place.metonym or place.lat is None \
                or place.feature in NOT_A_SITE:
            continue
        how = _attachment(doc, place, anchors)
        if how:
            found.append((how != "prep", place.start, place, how))
    if found:
        _, _, place, how = min(found, key=lambda f: (f[0], f[1]))
        return _location(place), f"clause:{how}"
    if dateline is not None:
        return _location(dateline), "dateline"
    return None, "none"
