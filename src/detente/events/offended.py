"""The side an apology is made to when its own sentence names none (issue 13, round 33).

One apologises to whom one has wronged, and a story tells the wrong first: "Ruritania's foreign
minister insulted Norway on Monday. He later apologised for his remarks" -> the apology is made to
Norway. A light rule, not coreference: the apologiser's side is known (its doer, often a pronoun the
actors stage resolved), and the partner is looked for just before it.

- The latest earlier conflict act (quad 3 or 4, ``WRONG_QUADS``) of the previous ``LOOKBACK``
  sentences whose doer is of the apologiser's country and that was aimed at another country: its
  targets.
- Else the nearest earlier sentence of those that names the apologiser's country (the wrong told
  there): when it names exactly one other located state (an ISO code, never an IGO, not a place
  the events stage located, nor a country inside the apologiser's own phrase: "the Republic of
  China foreign minister" names no other party), that state's last mention; two or more, or none: no partner (a wrong
  antecedent is worse than no row).

Only for apologies (CAMEO ``055``), and only when the apology's own sentence names no other
country (the sentence rules decide then), and never for an apology inside quotation marks (the
speaker's story, not the narrative's). The row's rule says ``~antecedent``; the target keeps the
antecedent's own words and offsets as its evidence.
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex, participant
from detente.events.quoted import inside_quote
from detente.events.triggers import Candidate
from detente.nlp import span_of
from detente.records import Participant

__all__ = ["APOLOGY_CODES", "LOOKBACK", "WRONG_QUADS", "is_apology", "offended_side"]

APOLOGY_CODES = frozenset({"055"})
"""CAMEO codes of an apology (055 "Apologize")."""

WRONG_QUADS = frozenset({3, 4})
"""Quad classes of acts that wrong someone (verbal and material conflict): a meeting or a gift is
not what one apologises for."""

LOOKBACK = 2
"""How many sentences back the wrong apologised for may be told."""


def is_apology(cand: Candidate) -> bool:
    """Whether the trigger's entry is an apology."""
    return cand.entry.cameo in APOLOGY_CODES


def offended_side(cand: Candidate, src: list[Participant], sentence_index: int, earlier: list,
                  index: MentionIndex) -> list[Participant]:
    """The side the apology ``cand`` by ``src`` is made to, from the sentences before it (module
    docstring), else []."""
    own = {p.country for p in src if p.country}
    if not is_apology(cand) or not own or inside_quote(cand.token) or _names_its_matter(cand.token):
        return []
    sentence = cand.token.sent
    if any(m.actor.country not in own for t in sentence for m in index.at(t)):
        return []  # the sentence names another side itself
    for event in reversed(earlier):
        if event.negated or not sentence_index - LOOKBACK <= event.sentence < sentence_index:
            continue
        if event.quad in WRONG_QUADS and {p.country for p in event.source} & own:
            hurt = [p for p in event.target if p.country and p.country not in own and len(p.country) == 3]
            if hurt:
                return hurt
    return _wronged_before(sentence, own, index)


def _wronged_before(sentence, own: set[str], index: MentionIndex) -> list[Participant]:
    """The one other state named in the nearest earlier sentence (of ``LOOKBACK``) that names the
    apologiser's country, else []."""
    doc, start = sentence.doc, sentence.start
    for _ in range(LOOKBACK):
        if start == 0:
            return []
        previous = doc[start - 1].sent
        start = previous.start
        found = [m for t in previous for m in index.at(t) if (m.start, m.end) not in index.placed]
        if not any(m.actor.country in own for m in found):
            continue
        inside = {t.i for m in found if m.actor.country in own and (words := span_of(doc, m))
                  for t in words.root.subtree}
        others = [m for m in found if m.actor.country not in own and len(m.actor.country or "") == 3
                  and not ((words := span_of(doc, m)) and all(t.i in inside for t in words))]
        if any(_place_or_topic(span_of(doc, m)) for m in others):
            return []  # "visited / a dispute with X": X is where or what, not whom it wronged
        if len({m.actor.country for m in others}) != 1:
            return []
        return [participant(others[-1])]
    return []


WRONG_PREPS = frozenset({"of", "in", "at", "on"})
"""A "for" object's phrases that tell the wrong itself ("for the deaths of the soldiers", "for the
incident in Tokyo"), not another matter (review r33e)."""

PLACE_TOPIC_PREPS = frozenset({"to", "in", "into", "with", "from"})
"""Prepositions whose object is a place or a matter ("a visit to X", "troops arrived in X", "the
dispute with X"), never the party an earlier wrong was done to; not "about" / "over" ("insulting remarks
about X" names the side insulted: review r33e)."""

MATTER_MODIFIERS = frozenset({"prep", "acl", "relcl"})


def _place_or_topic(words) -> bool:
    """Whether a mention's words are a preposition's object (``PLACE_TOPIC_PREPS``), or None words."""
    if words is None:
        return True
    root = words.root
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_TOPIC_PREPS


def _names_its_matter(token) -> bool:
    """Whether the apology says what it is for with a phrase of its own ("apologised for comments
    about voters", "for the death of a soldier"): the matter is told, so no earlier act is it."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            if any(c.dep_ in MATTER_MODIFIERS and c.lower_ not in WRONG_PREPS for obj in prep.children if obj.dep_ == "pobj"
                   for c in obj.children):
                return True
    return False
