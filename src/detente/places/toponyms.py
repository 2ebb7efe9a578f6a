"""Finding toponyms in a parse: spaCy's GPE/LOC/FAC entities, demonyms, and our own patterns.

Besides the named entities, two patterns catch what the small spaCy model misses or splits:
a proper noun after a locative preposition that the gazetteer knows as a country, division or
sizeable city ("talks in Geneva" when NER missed it), and "X, Y" containers ("Geneva,
Switzerland"; "Gainesville, Ga."), which are linked so resolution can use them. Countries and
capitals that act or speak ("Moscow said", "Washington's concerns") are metonyms.

>>> from detente.nlp import parse
>>> from detente.places.gazetteer import load_gazetteer
>>> doc = next(parse(["Talks were held in Geneva, Switzerland."]))
>>> [(t.text, t.container) for t in find_toponyms(doc, load_gazetteer())]
[('Geneva', 1), ('Switzerland', None)]
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from detente.nlp import columns, doc_text, entities, span_of
from detente.places.gazetteer import ADMIN1, CAPITAL, CITY, COUNTRY, Gazetteer, normalize
from detente.places.resolve import Toponym, candidates_for
from detente.places.words import WORDS

PLACE_LABELS = ("GPE", "LOC", "FAC")
LOCATIVE_PREPS = frozenset(WORDS["toponym_prepositions"])
MISLABEL_MIN_POPULATION = 10_000
"""A city name tagged ORG by spaCy is taken as a place from this population up."""
PERSON_MIN_POPULATION = 100_000
"""... and one tagged PERSON (or opening an ORG name) from this one ("Alexandria", not "Clinton")."""
PATTERN_MIN_POPULATION = 100_000
"""A city found only by the preposition pattern must be at least this big (fewer false names)."""
CONTAINER_GAP = re.compile(r"^\s*,\s*$")
DATELINE = re.compile(r"^\s*([A-Z][A-Za-z.'’ -]{1,40}?)(?:,\s*([A-Z][A-Za-z. ]{1,25}?))?\s*"
                      r"(?:\([^)]{1,40}\))?\s*(?:—|–|--| - )")
"""A wire dateline at the start of an article: "KYIV (Reuters) - ", "LONDON, Ky. -- "."""
STATE_AFTER_COMMA = re.compile(r",\s*([A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]{0,3}\.)?|[A-Z]{2}\b)")
"""", Ky." / ", W. Va." / ", N.Y." / ", TX" right after a place name."""
STANCE_NOUNS = frozenset(WORDS["stance_nouns"])
"""Heads of a possessive country or capital that make it an actor ("Washington's concerns")."""
LOCATIVE_VERBS = frozenset(WORDS["locative_verbs"])
"""Verbs whose subject place is still a place ("Geneva lies on the lake")."""


def _strip(span):
    """The span without a leading "the" or a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    cols, text = columns(doc), doc_text(doc)  # no Token per word
    while start < end and cols.lower[start] == "the":
        start += 1
    while end > start and (cols.tag[end - 1] == "POS" or
                           text[cols.idx[end - 1]:cols.idx[end - 1] + cols.length[end - 1]] in ("'s", "’s")):
        end -= 1
    if start == span.start and end == span.end > start:
        return span  # nothing to strip (most names): no new Span
    return Span(doc, start, end) if end > start else None


def _known_place(gaz: Gazetteer, text: str, *, min_population: int | None) -> bool:
    """A primary gazetteer name of a country or division (or, with ``min_population``, of a
    capital or a city that big) -- a name worth taking back from ORG/PERSON. Answers are kept
    per gazetteer (``_KNOWN_PLACES``): organisation and person names recur across articles."""
    if _KNOWN_PLACES[0] is not gaz or len(_KNOWN_PLACES[1]) >= _MAX_KNOWN_PLACES:
        _KNOWN_PLACES[:] = [gaz, {}]
    known = _KNOWN_PLACES[1]
    key = (text, min_population)
    if key not in known:
        known[key] = _gazetteer_place(gaz, text, min_population=min_population)
    return known[key]



def _mislabelled(span, label: str, gaz: Gazetteer) -> Toponym | None:
    """A place the small model tagged ORG or PERSON: the whole name ("Gainesville" as ORG), or
    a country or state opening an organisation's name ("Ohio Department of Transportation")."""
    least = MISLABEL_MIN_POPULATION if label == "ORG" else PERSON_MIN_POPULATION
    if _known_place(gaz, span.text, min_population=least):
        return Toponym(span.text, span.start_char, span.end_char, rule=f"gazetteer:{label}")
    if label != "ORG":
        return None
    for size in (3, 2, 1):
        if size >= len(span):
            continue
        if columns(span.doc).pos[span.start + size - 1] != "PROPN":
            continue
        head = Span(span.doc, span.start, span.start + size)
        if _known_place(gaz, head.text, min_population=PERSON_MIN_POPULATION):
            return Toponym(head.text, head.start_char, head.end_char, rule="gazetteer:ORG-prefix")
    return None


def _entity_toponyms(doc, gaz: Gazetteer) -> list[Toponym]:
    found = []
    for ent in entities(doc):
        span = _strip(ent)
        if span is None:
            continue
        if ent.label_ in PLACE_LABELS:
            found.append(Toponym(span.text, span.start_char, span.end_char, rule=f"ner:{ent.label_}"))
        elif ent.label_ == "NORP" and normalize(span.text) in gaz.demonyms:
            found.append(Toponym(span.text, span.start_char, span.end_char, rule="demonym"))
        elif ent.label_ in ("ORG", "PERSON"):
            rescued = _mislabelled(span, ent.label_, gaz)
            if rescued:
                found.append(rescued)
    return found


def _pattern_toponyms(doc, gaz: Gazetteer, taken: set[int]) -> list[Toponym]:
    """Proper nouns after a locative preposition that NER left unlabelled."""
    found = []
    lower = columns(doc).lower  # compared without building a Token per word
    for i in (k for k in range(len(lower) - 1) if lower[k] in LOCATIVE_PREPS):
        nxt = doc[i + 1]
        if nxt.i in taken or nxt.ent_type_ or nxt.pos_ != "PROPN" or not nxt.is_title:
            continue
        end = nxt.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
            end += 1
        span = doc[nxt.i:end]
        if any(_pattern_worthy(gaz, c.entry) for c in gaz.lookup(span.text) if c.primary):
            found.append(Toponym(span.text, span.start_char, span.end_char, rule="pattern:preposition"))
    return found


def _pattern_worthy(gaz: Gazetteer, entry: int) -> bool:
    feature = gaz.feature[entry]
    if feature in (COUNTRY, ADMIN1, CAPITAL):
        return True
    return feature == CITY and int(gaz.population[entry]) >= PATTERN_MIN_POPULATION


def link_containers(text: str, toponyms: list[Toponym]) -> None:
    """Mark "X, Y" pairs: Y is X's container when only a comma separates them."""
    ordered = sorted(range(len(toponyms)), key=lambda i: toponyms[i].start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        first, second = toponyms[a], toponyms[b]
        if second.start > first.end and CONTAINER_GAP.match(text[first.end:second.start]):
            first.container = b


def _state_abbreviations(text: str, gaz: Gazetteer, found: list[Toponym]) -> list[Toponym]:
    """A division abbreviation after a place and a comma ("Gainesville, Ga.", "Sarnia, Ont."),
    which the small model rarely tags: it becomes the place's container."""
    out = []
    taken = {(t.start, t.end) for t in found}
    for top in found:
        match = STATE_AFTER_COMMA.match(text, top.end)
        if not match:
            continue
        start, end = match.span(1)
        if any(s < end and start < e for s, e in taken):
            continue
        postal = len(match.group(1)) == 2
        if any((cand.primary or postal) and gaz.feature[cand.entry] == ADMIN1
               for cand in gaz.lookup(match.group(1))):
            out.append(Toponym(match.group(1), start, end, rule="pattern:state-abbreviation"))
            taken.add((start, end))
    return out


def _misfire(gaz: Gazetteer, top: Toponym) -> bool:
    """A one-word GPE that no gazetteer name matches: on the development halves four in five of
    these were people or organisations ("Saakashvili", "Farrin"), not unknown places."""
    return top.rule == "ner:GPE" and len(top.text.split()) == 1 and not candidates_for(gaz, top.text)


def _dateline_toponyms(text: str, gaz: Gazetteer, found: list[Toponym]) -> list[Toponym]:
    """The place (and its state) of a wire dateline, when NER did not tag it ("KYIV")."""
    match = DATELINE.match(text)
    if not match:
        return []
    out = []
    for group in (1, 2):
        start, end = match.span(group)
        if start < 0 or any(t.start < end and start < t.end for t in found):
            continue
        if gaz.lookup(match.group(group)):
            out.append(Toponym(match.group(group), start, end, rule="pattern:dateline"))
    return out


def find_toponyms(doc, gaz: Gazetteer, exclude: list[tuple[int, int]] | tuple = ()) -> list[Toponym]:
    """Toponyms of a parsed article, in text order, with containers linked; names overlapping
    an ``exclude`` span (people found by the actors stage) are left out."""
    text = doc_text(doc)
    found = [t for t in _entity_toponyms(doc, gaz)
             if not any(s < t.end and t.start < e for s, e in exclude) and not _misfire(gaz, t)]
    found += _dateline_toponyms(text, gaz, found)
    found += _state_abbreviations(text, gaz, found)
    taken = {t.i for top in found for t in span_of(doc, top)}
    found += _pattern_toponyms(doc, gaz, taken)
    found.sort(key=lambda t: t.start)
    link_containers(text, found)
    return found


def is_metonym(doc, top: Toponym, gaz: Gazetteer) -> bool:
    """True when a country or capital stands for its government: subject of an action or speech
    verb ("Moscow said"), agent of a passive ("denied by Moscow"), or possessor of a stance or
    an official ("Washington's concerns", "Moscow's ambassador")."""
    if top.entry is None or gaz.feature[top.entry] not in (COUNTRY, CAPITAL):
        return False
    span = span_of(doc, top)
    if span is None:
        return False
    head = span.root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    governor = head.head
    if head.dep_ == "pobj" and governor.dep_ == "agent":
        return True
    if head.dep_ in ("nsubj", "nsubjpass") and governor.pos_ in ("VERB", "AUX"):
        return (governor.lemma_ or governor.lower_) not in LOCATIVE_VERBS \
            and governor.lower_ not in LOCATIVE_VERBS
    if head.dep_ == "poss" or (head.i + 1 < len(doc) and doc[head.i + 1].tag_ == "POS"):
        noun = (governor.lemma_ or governor.lower_).lower()
        return noun in STANCE_NOUNS or noun.removesuffix("s") in STANCE_NOUNS
    return False


_KNOWN_PLACES: list = [None, {}]
_MAX_KNOWN_PLACES = 50_000


def _gazetteer_place(gaz: Gazetteer, text: str, *, min_population: int | None) -> bool:
    """``_known_place`` worked out from the gazetteer."""
    if normalize(text) in gaz.demonyms:
        return False
    for cand in gaz.lookup(text):
        if not cand.primary:
            continue
        feature = gaz.feature[cand.entry]
        if feature in (COUNTRY, ADMIN1):
            return True
        if min_population is not None and (feature == CAPITAL or (
                feature == CITY and int(gaz.population[cand.entry]) >= min_population)):
            return True
    return False
