"""Which of the mentions the argument rules found become a row's participants: a target on the
source's own side (itself, its own agent: "its ambassador") is dropped, a domestic act between
sectors is kept ("police arrested protesters"), two named people are never one side."""

from __future__ import annotations

from detente.events.arguments import participant
from detente.events.attach import coordinated_with
from detente.events.lexicon import own_possessors
from detente.records import Actor, Mention, Participant

POSTED_PREPS = ("to", "in", "at", "from")
"""Prepositions of an own agent's post: "its ambassador to X", "their troops in X"."""


COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "several", "few",
                    "remaining", "last", "entire", "whole"})
"""Words of number or extent a possessive may stand before its noun with ("its six fighter jets",
"their remaining troops"; round 30, e88); so may any word with a digit ("its 3,000 troops", "its
seven F-16 jets")."""


def own_agent(target: Mention, text: str) -> bool:
    """"its ambassador", "their own troops", "its six fighter jets": the mention (or the word
    before it, past counts) is possessed."""
    own = own_possessors()  # semantics.yaml
    if target.text.split()[:1] and target.text.split()[0].lower() in own:
        return True
    for word in reversed(text[max(0, target.start - 40):target.start].split()[-4:]):
        if word.lower() in own:
            return True
        if not (any(c.isdigit() for c in word) or word.lower() in COUNTS):  # "3,000", "F-16"
            return False
    return False


def same_side(target: Mention, sources: list[Participant], text: str = "") -> bool:
    """A target of a source's own country that is the source itself (same sector), its own agent
    ("the United States recalled its ambassador"), or an unknown sector facing an unknown sector,
    is not a target; a domestic act between sectors is ("police arrested protesters", "the
    opposition criticised the government": same country, different sectors)."""
    a = target.actor
    own = own_agent(target, text)
    return any(p.country == a.country and (own or (p.sector == a.sector and not two_people(p, a)))
               for p in sources)


def two_people(source: Participant, target: Actor) -> bool:
    """A named person the source is not ("Senator X criticised Governor Y", "Senate President
    Rivera Schatz opposed Pierluisi"): never the same side, whatever their sectors."""
    if not target.name or target.sector in (None, "CVL"):
        return False
    surname = target.name.replace("-", " ").split()[-1].lower()
    return source.name != target.name and surname not in source.text.lower()


def participants(sources: list[Mention], targets: list[Mention],
                 text: str = "") -> tuple[list[Participant], list[Participant]]:
    """Participants; targets on the sources' side are dropped, and so are targets of the sources'
    country when a foreign target exists ("Russia recalled Antonov to Washington")."""
    src = [participant(m) for m in sources]
    tgt, kept = [], set()
    for m in targets:
        key = (m.actor.country, m.actor.sector)
        if key not in kept and not same_side(m, src, text):
            kept.add(key)
            tgt.append(participant(m))
    own = {p.country for p in src}
    if any(p.country not in own for p in tgt):
        foreign = [p for p in tgt if p.country not in own]  # "the PKK and the YPG": both conjuncts stay
        tgt = [p for p in tgt if p.country not in own or coordinated_with(p, foreign, text)]
    return src, tgt
