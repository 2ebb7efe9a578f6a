"""Whom a reaction named as the setting of a clause answers (issue 13, round 12).

"The prime minister resigned after criticism from his party's MPs", "the minister stepped down
following accusations from lawmakers", "the government withdrew the bill amid calls from the
opposition": the criticism, accusation or call is aimed at the doer of the clause it is the
setting of; so is a protest when that doer is the state ("the government will review the policy
following protests by students"). ``partners.despite_targets`` reads the concessive settings ("despite", "amid") for a
foreign doer only; this reads the settings of time too ("after", "following") and keeps a doer of
the reaction's own country -- a domestic reaction (the opposition against its government, a
party's members against their leader) is a row as well -- as long as the doer is not one of the
reaction's own sources (rule suffix ``~answered``).

A reaction a verb says was drawn ("Iran's seizure of a tanker drew condemnation from London") has
the ``from`` object as its doer (:func:`drawn_sources`) and the drawing verb's subject as the one it
answers (:func:`drawn_targets`, rule suffix ``~drawn``); moved here from ``context.py``.
"""

from __future__ import annotations

from detente.events.arguments import (
    MentionIndex,
    actors_under,
    object_heads,
    participant,
    subject_head,
)
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate
from detente.records import Mention, Participant

SETTING_PREPOSITIONS = frozenset({"after", "following", "amid", "amidst", "despite", "notwithstanding"})
"""Prepositions that make a nominal reaction the setting of the clause it hangs from."""
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})
"""Doers a protest named as a clause's setting is aimed at: the authorities ("the government
dropped the plan after protests by students"), not a private doer."""


def answered_targets(cand: Candidate, src: list[Participant], index: MentionIndex,
                     lexicon: Lexicon) -> list[Participant]:
    """The subject of the clause a nominal reaction (accusation, demand, rejection) is the setting
    of, other than the reaction's own sources: "X resigned after criticism from Y" -> X."""
    token = cand.token
    protest = cand.entry.type == "PROTEST"
    if cand.entry.pos != "noun" or cand.entry.type not in lexicon.words["reaction_types"] | {"REJECT", "PROTEST"}:
        return []
    if token.dep_ not in ("pobj", "dobj") or token.head.lower_ not in SETTING_PREPOSITIONS or \
            (token.dep_ == "dobj" and token.head.tag_ != "VBG"):  # "following protests" parsed as a verb
        return []
    own = {(p.start, p.end) for p in src}
    for head in _clause_doers(token.head.head):
        found = [m for m in actors_under(head, index)
                 if m.actor.country and not any(m.start < end and start < m.end for start, end in own)
                 and (not protest or m.actor.sector in STATE_SECTORS)]
        if found:
            return [participant(m) for m in found]
    return []


def _clause_doers(token, clauses: int = 2):
    """The subjects (or passive subjects) of the nearest ``clauses`` clauses at or above ``token``
    that have one, nearest first: the parse may hang the setting on a noun of the clause ("...
    in universities following protests"), and a pronoun subject the actors stage left unresolved
    gives way to the reporting clause's ("the government announces it will review ...")."""
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX"):
            subject, passive = subject_head(token)
            if subject is not None or passive is not None:
                yield subject if subject is not None else passive
                clauses -= 1
                if not clauses:
                    return
        if token.head.i == token.i:
            return
        token = token.head


PROVOKING_PARTICIPLES = frozenset({"prompt", "spark", "trigger", "provoke", "draw", "elicit"})
"""Participles after an act that introduce the reaction it set off (``factive.consequences``)."""


def provoked_targets(cand: Candidate, src: list[Participant], index: MentionIndex,
                     lexicon: Lexicon) -> list[Participant]:
    """Whom a reaction an act set off answers: the act's doer, in "China sent warships, prompting
    Japan to protest" (Japan protests to China) or "Russia closed the border, sparking protests"
    (rule suffix ``~provoked``); for reactions and protests only."""
    if cand.entry.type not in lexicon.words["reaction_types"] | {"REJECT", "PROTEST"}:
        return []
    token = cand.token
    participle = token.head
    if token.dep_ not in ("xcomp", "dobj") or participle.dep_ != "advcl" or participle.tag_ != "VBG" or \
            participle.lemma_.lower() not in PROVOKING_PARTICIPLES:
        return []
    subject, _ = subject_head(participle.head)
    own = {p.country for p in src}
    found = actors_under(subject, index) if subject is not None else []
    return [participant(m) for m in found if m.actor.country and m.actor.country not in own]


def _drawing_verb(cand: Candidate, lexicon: Lexicon):
    """The verb a reaction noun is the object of when that verb says what drew it ("the seizure drew
    condemnation from London", "the plan sparked criticism from the opposition"), else None."""
    token = cand.token
    if cand.entry.pos != "noun" or cand.entry.type not in lexicon.words["reaction_types"] | {"REJECT", "SUPPORT"}:
        return None
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in lexicon.words["drawing_verbs"]:
        return None
    return token.head


def drawn_sources(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Who reacted: the ``from`` object of the drawing verb ("drew condemnation from London")."""
    verb = _drawing_verb(cand, lexicon)
    return [] if verb is None else [m for h in object_heads(verb, ("from",), direct=False) for m in actors_under(h, index)]


def drawn_targets(cand: Candidate, src: list[Participant], index: MentionIndex, lexicon: Lexicon) -> list[Participant]:
    """Whom a drawn reaction answers: the doer of the drawing verb's subject ("Iran's seizure of a
    tanker drew condemnation from London" -> IRN; rule suffix ``~drawn``)."""
    verb = _drawing_verb(cand, lexicon)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    own = {p.country for p in src}
    found = actors_under(subject, index) if subject is not None else []
    return [participant(m) for m in found if m.actor.country not in own]
