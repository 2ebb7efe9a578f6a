"""Who said it: the subject of a cue, resolved to a named speaker.

The subject comes from the dependency parse (climbing from a participle such as
``emphasising`` to the verb it hangs on). A pronoun or a description is resolved through the
actors stage's coreference (``Mention.antecedent``); a pronoun the actors stage left
unresolved falls back to the speaker of the latest quote nearby, then to the nearest
person named before it, which is how news text uses ``he said``.
"""

from __future__ import annotations

from dataclasses import dataclass

from detente.quotes.cues import Cue
from detente.records import Mention, Speaker

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "ccomp", "pcomp"})
SPAN_DEPS = frozenset({"compound", "flat", "conj", "cc", "poss", "case"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
PERSONAL = frozenset({"he", "she", "they", "him", "her", "them", "i", "we", "it"})
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
RECENT_SENTENCES = 3


@dataclass(frozen=True)
class Recent:
    """The latest attributed speaker before a cue, with the sentence it spoke in."""

    speaker: Speaker
    sentence: int


def _outside(token, quoted: list[tuple[int, int]]) -> bool:
    return not any(a <= token.i < b for a, b in quoted)


def _inverted_subject(verb, quoted: list[tuple[int, int]]):
    """A noun right before the verb, when the parser took a word of the quote as subject
    (``"Amazing," Abedin responded``)."""
    for child in verb.lefts:
        if child.pos_ in ("PROPN", "NOUN", "PRON") and _outside(child, quoted) \
                and child.right_edge.i >= verb.i - 2:
            return child
    return None


def subject_of(doc, cue: Cue, quoted: list[tuple[int, int]] = ()):
    """Token heading the speaker: the cue's subject, the agent of a passive, or the object of
    ``according to``; None when the parse gives none. Words inside ``quoted`` token ranges
    are never the speaker.

    >>> from detente.nlp import parse
    >>> doc = next(parse(["Biden told journalists the talks went well."]))
    >>> from detente.quotes.cues import Cue, CueEntry
    >>> subject_of(doc, Cue(CueEntry("tell", "verb", "clause"), 1, 2, 1)).text
    'Biden'
    """
    if cue.entry.kind == "phrase":
        last = doc[cue.end - 1]
        return next((c for c in last.children if c.dep_ == "pobj"), None)
    found = _climb_to_subject(doc[cue.head], quoted)
    return found if found is not None else _after_quote_subject(doc[cue.head], quoted)


def _after_quote_subject(verb, quoted: list[tuple[int, int]]):
    """``"...," responded campaign chairman John Podesta`` when the parser gave the name no
    subject role: the noun right after a cue that directly follows a quote."""
    if not any(b <= verb.i <= b + 2 for _, b in quoted):
        return None
    for child in verb.rights:
        if child.pos_ in ("PROPN", "NOUN") and child.left_edge.i <= verb.i + 1:
            return child
    return None


def _climb_to_subject(verb, quoted: list[tuple[int, int]]):
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            outside = [c for c in subjects if _outside(c, quoted)]
            return outside[0] if outside else _inverted_subject(verb, quoted)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head
            continue
        if verb.dep_ not in CLIMB_DEPS or verb.head is verb:
            return None
        verb = verb.head
    return None


def speaker_span(subject) -> tuple[int, int]:
    """Token range of the speaker phrase: modifiers to the left, names and conjuncts to the right."""
    left = subject.left_edge.i
    while left < subject.i and (subject.doc[left].is_punct or subject.doc[left].is_space):
        left += 1
    right = subject.i
    for child in subject.rights:
        if child.dep_ in SPAN_DEPS:
            right = max(right, child.right_edge.i if child.dep_ == "conj" else child.i)
    return left, right + 1


class SpeakerResolver:
    """Resolves speaker tokens of one article against its mentions."""

    def __init__(self, doc, mentions: list[Mention], quoted: list[tuple[int, int]]):
        self.doc = doc
        self.mentions = mentions
        self.quoted = quoted
        self._by_start = sorted(range(len(mentions)), key=lambda i: mentions[i].start)

    def mention_at(self, start: int, end: int) -> int | None:
        """Index of the mention covering the character range (the shortest), or None."""
        best = None
        for i in self._by_start:
            m = self.mentions[i]
            if m.start >= end:
                break
            if m.end > start and (best is None or m.end - m.start < self.mentions[best].end
                                  - self.mentions[best].start):
                best = i
        return best

    def _root(self, index: int) -> Mention:
        seen = {index}
        mention = self.mentions[index]
        while mention.antecedent is not None and mention.antecedent not in seen \
                and 0 <= mention.antecedent < len(self.mentions):
            seen.add(mention.antecedent)
            mention = self.mentions[mention.antecedent]
        return mention

    def speaker(self, subject, recent: Recent | None, sentence: int) -> Speaker:
        """The Speaker for a subject token, named through coreference when possible."""
        left, right = speaker_span(subject)
        span = self.doc[left:right]
        head = self.doc[subject.i]
        found = self.mention_at(head.idx, head.idx + len(head))
        mention = self._root(found) if found is not None else None
        base = Speaker(text=span.text, start=span.start_char, end=span.end_char)
        if mention is not None and (mention.label != "PRON" or mention is not self.mentions[found]):
            actor = mention.actor or self.mentions[found].actor
            named = mention.label in NAMED_LABELS or (actor is not None and actor.name)
            name = (actor.name if actor and actor.name else mention.text) if named else None
            if name is not None or actor is not None:
                return Speaker(base.text, name, actor, base.start, base.end)
        low = head.lower_
        if low in RELATIVE and head.head.dep_ == "relcl":
            inner = self.speaker(head.head.head, recent, sentence)
            return Speaker(base.text, inner.name, inner.actor, base.start, base.end)
        if head.tag_ in ("PRP", "WP") and low in PERSONAL | RELATIVE:
            return self._pronoun_fallback(base, head, recent, sentence)
        if head.ent_type_ in NAMED_LABELS:
            return Speaker(base.text, _entity_text(head), None, base.start, base.end)
        return base

    def _pronoun_fallback(self, base: Speaker, head, recent: Recent | None,
                          sentence: int) -> Speaker:
        if recent is not None and sentence - recent.sentence <= RECENT_SENTENCES \
                and recent.speaker.name:
            return Speaker(base.text, recent.speaker.name, recent.speaker.actor,
                           base.start, base.end)
        person = self._person_before(head)
        if person is not None:
            return Speaker(base.text, person, None, base.start, base.end)
        return base

    def _person_before(self, head) -> str | None:
        """Nearest PERSON entity before ``head`` in the last sentences, outside quotes."""
        limit = head.sent.start
        for _ in range(RECENT_SENTENCES):
            if limit > 0:
                limit = self.doc[limit - 1].sent.start
        for ent in reversed(self.doc.ents):
            if ent.start >= head.i or ent.label_ != "PERSON":
                continue
            if ent.start < limit:
                return None
            if not any(s <= ent.start_char < e for s, e in self.quoted):
                return ent.text
        return None


def _entity_text(token) -> str:
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text


def colon_speaker(doc, first: int, last: int) -> Speaker:
    """The speaker of a ``Name, Outlet: "..."`` line: the words before the colon, named by
    their first person or organisation."""
    span = doc[first:last]
    names = [e for e in span.ents if e.label_ in ("PERSON", "ORG")]
    name = names[0].text if names else span.text.split(",")[0].strip()
    return Speaker(span.text, name or None, None, span.start_char, span.end_char)
