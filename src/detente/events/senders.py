"""Who investigates when a body is set up or sent to investigate (issue 13, round 17).

"The African Union appointed a commission to investigate the massacre", "the EU dispatched a
fact-finding mission to investigate abuses", "Kenya deployed investigators to probe the attack":
the investigation is launched by whoever set up or sent the body (``moods.investigating_body``
keeps the purpose infinitive as an act). The infinitive's own subject is the body -- a common
noun no actor resolves -- or none (a relative infinitive), so the doer is the subject (or the
``by`` agent) of the verb that set the body up or sent it. A body that names its own actor ("sent
UN experts to investigate") is the doer already and this is not reached.
"""

from __future__ import annotations

from detente.events import moods
from detente.events.arguments import actors_under, subject_head
from detente.events.lexicon import Lexicon
from detente.records import Mention


def investigation_senders(cand, index, lexicon: Lexicon) -> list[Mention]:
    """The actors that set up or sent the investigating body whose purpose ``cand`` is (empty
    when ``cand`` is no such purpose or the body names its own actor)."""
    token = cand.token
    if cand.entry.pos != "verb" or not moods.investigating_body(token, lexicon):
        return []
    relative = token.dep_ in ("acl", "relcl")
    verb = token.head.head if relative else token.head
    bodies = [token.head] if relative else [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(actors_under(body, index) for body in bodies):
        return []  # "sent UN experts to investigate": the experts' own actor
    head, _ = subject_head(verb)
    return actors_under(head, index) if head is not None else []
