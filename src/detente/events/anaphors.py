"""Doers named by a country anaphor (issue 13, round 32): "the country", "the nation" as the
subject of an act, with no reporter in its own sentence to stand for it (``doers.reporter``).

"North Korea fired two missiles on Monday. The country also threatened Japan" -> North Korea. The
antecedent is the last compatible actor, a state named as a country (an ISO code, never an IGO),
looked for in the words before the anaphor in its own sentence, then sentence by sentence back over
``WINDOW`` sentences (up to a quoted one). The whole window decides (r32a):

- exactly one country named in it: its nearest mention is the doer (its offsets are the row's
  evidence, and the row's rule says ``~antecedent``, ``side_marks.doer_marks``);
- two or more ("Russia invaded Ukraine. The country ...", or "X ... Last year Y promised ... The
  country"): ambiguous, no doer -- a wrong antecedent is worse than an empty side;
- "the neighbour" names another country than the one named: no doer;
- a country the anaphor's own clause names as another party is no candidate ("The country also
  accused France": not France), nor is a place the events stage located an actor by.

Never across a quote boundary: an anaphor inside quotation marks, or an antecedent inside them, is
left alone (the speaker's "the country" may be one the narrative never named).
"""

from __future__ import annotations

from dataclasses import replace

from detente.events.arguments import MentionIndex
from detente.events.quoted import holds_quote_mark
from detente.records import Actor, Mention

__all__ = ["ANAPHOR_RULE", "WINDOW", "referred_country"]

ANAPHOR_RULE = "coref:country-anaphor"
"""Rule prefix of a doer this module supplied (``side_marks.doer_marks`` reads it)."""

WINDOW = 2
"""Sentences back (besides the anaphor's own) where its antecedent may be named."""


def referred_country(head, index: MentionIndex) -> list[Mention]:
    """The antecedent of the country anaphor ``head`` (a bare "the country" subject), as a
    one-mention list, or [] when none or two compatible countries compete (module docstring)."""
    sent = head.sent
    if head.lemma_.lower() in ("neighbour", "neighbor"):
        return []  # "the neighbour" is another country than the one named (r32a)
    if holds_quote_mark(sent):
        return []
    clause = {m.actor.country for t in head.head.subtree if t.i != head.i for m in index.at(t)}
    stretches = [range(sent.start, head.i)]
    doc, start = head.doc, sent.start
    for _ in range(WINDOW):
        if start == 0:
            break
        previous = doc[start - 1].sent
        stretches.append(range(previous.start, previous.end))
        start = previous.start
    nearest, countries = None, set()
    for stretch in stretches:
        if stretch is not stretches[0] and holds_quote_mark(doc[stretch.start:stretch.stop]):
            break
        found = [m for m in _countries(doc, stretch, index) if m.actor.country not in clause]
        own = [m for m in found if not (m.rule or "").startswith("region:")]  # "in Borno state": not the state
        nearest = nearest or ((own or found)[-1] if found else None)
        countries |= {m.actor.country for m in found}
    sector = "GOV" if head.lemma_.lower() == "regime" else None  # "the regime" is its government
    return [_as_state(nearest, sector)] if nearest is not None and len(countries) == 1 else []


def _as_state(mention: Mention, sector: str | None = None) -> Mention:
    """The antecedent as the state it belongs to ("Mali's junta ... The country" is Mali, no
    sector; "the regime" its government, ``sector`` GOV), its rule prefixed with ``ANAPHOR_RULE``
    (the row's ``~antecedent`` mark). A region named ("in Borno state") yields to another mention
    of its country in the same sentence."""
    actor = mention.actor
    if actor.sector != sector:
        actor = Actor(actor.country, sector, code=f"{actor.country}{sector}" if sector else None, entry=actor.entry)
    return replace(mention, actor=actor, rule=f"{ANAPHOR_RULE}>{mention.rule or 'unresolved'}")


def _countries(doc, stretch: range, index: MentionIndex) -> list[Mention]:
    """Located actors of states in ``stretch``, in order, each once: a country or a person or body
    of one (an ISO code, never an IGO), not one the events stage placed."""
    seen, found = set(), []
    for i in stretch:
        for mention in index.at(doc[i]):
            key = (mention.start, mention.end)
            if key in seen or key in index.placed or len(mention.actor.country or "") != 3:
                continue
            seen.add(key)
            found.append(mention)
    return found
