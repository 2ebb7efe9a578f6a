"""Whom a reaction named as the setting of a clause answers (issue 13, round 12).

"The prime minister resigned after criticism from his party's MPs", "the minister stepped down
following accusations from lawmakers", "the government withdrew the bill amid calls from the
opposition": the criticism, accusation or call is aimed at the doer of the clause it is the
setting of. ``context.despite_targets`` reads the concessive settings ("despite", "amid") for a
foreign doer only; this reads the settings of time too ("after", "following") and keeps a doer of
the reaction's own country -- a domestic reaction (the opposition against its government, a
party's members against their leader) is a row as well -- as long as the doer is not one of the
reaction's own sources (rule suffix ``~answered``).
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex, actors_under, participant, subject_head
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate
from detente.records import Participant

SETTING_PREPOSITIONS = frozenset({"after", "following", "amid", "amidst", "despite", "notwithstanding"})
"""Prepositions that make a nominal reaction the setting of the clause it hangs from."""


def answered_targets(cand: Candidate, src: list[Participant], index: MentionIndex,
                     lexicon: Lexicon) -> list[Participant]:
    """The subject of the clause a nominal reaction (accusation, demand, rejection) is the setting
    of, other than the reaction's own sources: "X resigned after criticism from Y" -> X."""
    token = cand.token
    if cand.entry.pos != "noun" or cand.entry.type not in lexicon.words["reaction_types"] | {"REJECT"}:
        return []
    if token.dep_ != "pobj" or token.head.lower_ not in SETTING_PREPOSITIONS:
        return []
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subject, passive = subject_head(verb)
    head = subject if subject is not None else passive
    found = actors_under(head, index) if head is not None else []
    own = {(p.start, p.end) for p in src}
    return [participant(m) for m in found
            if m.actor.country and not any(m.start < end and start < m.end for start, end in own)]
