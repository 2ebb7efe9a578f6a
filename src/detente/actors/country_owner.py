"""A body owned by "the country": "<country> held a vote ... the country's election commission".

A role phrase the tables resolve to a sector but no country ("election commission", "the
government", "leadership") may be owned by an anaphor of a state: "the country's election
commission", "the nation's leadership", "the government of that country". A coder reads that
owner as the country the text has just named, as "Kenya's electoral commission" names Kenya's
(issue 14, round 36, a69: the tune halves' round9 wcep-2003-11-22-001 "the country's
leadership", round12 wcep-2019-06-12-020 "the government of that country").

``place_owned`` gives such a phrase the one country named in the text before the owner, read
backwards sentence by sentence from the owner's own sentence: the first stretch that names any
country decides, and only when it names exactly one (two countries just named: no guess, a wrong
country costs more than none). At most ``LOOKBACK`` sentences back; international bodies are no
country. The entry gains ``+owner:<code>``. A phrase with a country of its own, a person, a
pronoun, "a country's" (no anaphor) or an owner with words of its own ("the neighbouring
country's", "the host nation's") is left alone.
"""

from __future__ import annotations

from detente.actors.phrases import Phrase
from detente.actors.tables import is_country
from detente.records import Actor
from detente.resources import word_list

__all__ = ["place_owned"]

STATE_ANAPHORS = word_list("actors", "vocabulary.yaml", "state_anaphors")
"""Nouns that name a state already named when "the" / "that" / "this" is their only modifier."""
ANAPHOR_DETERMINERS = frozenset({"the", "that", "this"})
LOOKBACK = 3
"""Sentences before the owner's own that may name its country."""
STATE_SECTORS = frozenset({None, "", "GOV"})
"""Sectors of a doer that is the state itself: it does not act on "the country's" government (a church,
a party or the people of a country do)."""


def _anaphor(token) -> bool:
    """``token`` is "the country" / "that nation": a noun of ``STATE_ANAPHORS`` whose only left
    dependent is one of ``ANAPHOR_DETERMINERS`` (not "a country", "the neighbouring country")."""
    left = [c for c in token.children if c.i < token.i]
    return token.lower_ in STATE_ANAPHORS and token.tag_ == "NN" and len(left) == 1 \
        and left[0].dep_ == "det" and left[0].lower_ in ANAPHOR_DETERMINERS


def owned_token(token):
    """The noun ``token`` ("the country") owns -- "the country's <noun>" or "<noun> of the
    country" -- or None."""
    if not _anaphor(token):
        return None
    if token.dep_ == "poss" and any(c.dep_ == "case" for c in token.children):
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.dep_ == "prep":
        return token.head.head
    return None


def _countries(phrases: list[Phrase], low: int, high: int, states: bool = False) -> set[str]:
    """The states named by phrases that start in tokens ``low:high`` (no pronoun: it names what
    it stands for, which an earlier phrase names already); with ``states`` only the phrases that
    are a state or its government ("the United States", "Paris"), not a body of its people."""
    return {p.actor.country for p in phrases if low <= p.start < high and p.actor is not None
            and p.actor.country and is_country(p.actor.country) and p.kind != "pron"
            and (not states or p.actor.sector in STATE_SECTORS)}


def doer_countries(phrases: list[Phrase], owned) -> set[str]:
    """The states named by the subject of the verb that governs ``owned`` when it is the state or its
    government ("The United States urged the country's leaders"): a country does not act on its own government, so "the country" is
    another one (``referents.state_organ`` decides when no other is named). Empty when ``owned``
    is in that subject itself."""
    verb = next((a for a in owned.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return set()
    found: set[str] = set()
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        low, high = subject.left_edge.i, subject.right_edge.i + 1
        if not low <= owned.i < high:
            found |= _countries(phrases, low, high, states=True)
    return found


def named_before(doc, phrases: list[Phrase], at: int, doers: frozenset[str] = frozenset()) -> str | None:
    """The one country the text names just before token ``at``: the part of its sentence before
    it, then up to ``LOOKBACK`` earlier sentences; the first that names any decides (None when
    it names several, or none names any). The ``doers`` (``doer_countries``) are never it."""
    sentences = list(doc.sents)
    own = next(k for k, s in enumerate(sentences) if s.start <= at < s.end)
    stretches = [(sentences[own].start, at)] + [(sentences[k].start, sentences[k].end)
                                                for k in range(own - 1, max(-1, own - 1 - LOOKBACK), -1)]
    for low, high in stretches:
        found = _countries(phrases, low, high) - doers
        if found:
            return next(iter(found)) if len(found) == 1 else None
    return None


def place_owned(doc, phrases: list[Phrase]) -> None:
    """Give each unplaced role phrase owned by "the country" the country named before (see the
    module text); ``phrases`` are changed in place."""
    by_token = {i: p for p in phrases for i in range(p.start, p.end)}
    for token in doc:
        owned = owned_token(token)
        phrase = by_token.get(owned.i) if owned is not None else None
        if phrase is None or phrase.anchor != owned.i or phrase.label != "ROLE" \
                or phrase.kind == "pron" or phrase.actor is None or phrase.actor.country \
                or not phrase.actor.sector:
            continue
        country = named_before(doc, phrases, min(token.i, phrase.start),
                               frozenset(doer_countries(phrases, owned)))
        if country is None:
            continue
        rule = f"{phrase.rule or phrase.actor.entry}+owner:{country}"
        phrase.actor = Actor(country, phrase.actor.sector, name=phrase.actor.name, entry=rule)
        phrase.rule = rule
