"""Who said it: the subject of a cue, resolved to a named speaker.

The subject comes from the dependency parse (``subjects.py``: climbing from a participle such as
``emphasising`` to the verb it hangs on). A pronoun or a description is resolved through the
actors stage's coreference (``Mention.antecedent``); a pronoun the actors stage left
unresolved falls back to the speaker of the latest quote nearby, then to the nearest
person named before it, which is how news text uses ``he said``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from detente.nlp import doc_text
from detente.quotes.bodies import BodyRules
from detente.quotes.subjects import speaker_span, statement_source, statement_words
from detente.records import Actor, Mention, Speaker

RELATIVE = frozenset({"who", "which", "that", "whom"})
PERSONAL = frozenset({"he", "she", "they", "him", "her", "them", "i", "we", "it"})
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
RECENT_SENTENCES = 3
TITLE_GAP = re.compile(r"^\)?(\s+(?:for|of|to|on)(?:\s+(?:the\s+)?[A-Z][\w.-]*){1,3})?\s*$")
"""What may stand between a title and the name it precedes ("for Iran", "(MP)")."""


@dataclass(frozen=True)
class Recent:
    """The latest attributed speaker before a cue, with the sentence it spoke in."""

    speaker: Speaker
    sentence: int


class SpeakerResolver(BodyRules):
    """Resolves speaker tokens of one article against its mentions."""

    def __init__(self, doc, mentions: list[Mention], quoted: list[tuple[int, int]]):
        self.doc = doc
        self.mentions = mentions
        self.quoted = quoted
        self._by_start = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self._places = frozenset(e.text for e in doc.ents if e.label_ in ("GPE", "NORP"))

    def span_of(self, subject) -> tuple[int, int]:
        return speaker_span(subject)

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

    def _root(self, index: int) -> int:
        seen = {index}
        while self.mentions[index].antecedent is not None \
                and self.mentions[index].antecedent not in seen \
                and 0 <= self.mentions[index].antecedent < len(self.mentions):
            index = self.mentions[index].antecedent
            seen.add(index)
        return index

    def named_in(self, speaker: Speaker) -> Speaker:
        """A speaker line ("—John Hickenlooper", "Gerald F. Seib, The Wall Street Journal:")
        resolved through the first person or organisation mention inside it."""
        comma = doc_text(self.doc).find(",", speaker.start, speaker.end)
        end = comma if comma > speaker.start else speaker.end  # "Name, Outlet": not the outlet
        for i in self._by_start:
            m = self.mentions[i]
            if speaker.start <= m.start and m.end <= end and m.label in NAMED_LABELS:
                root = self.mentions[self._root(i)]
                actor = root.actor or m.actor
                name = actor.name if actor is not None and actor.name else speaker.name
                return replace(speaker, name=name, actor=actor, mention=i,
                               rule=f"{speaker.rule}+mention")
        return speaker

    def _quoted(self, mention: Mention) -> bool:
        return any(s <= mention.start < e for s, e in self.quoted)

    def speaker(self, subject, recent: Recent | None, sentence: int) -> Speaker:
        """The Speaker for a subject token, named through coreference when possible; its
        ``rule`` and ``mention`` say how. A spokesperson speaks for their body."""
        return self._for_body(self._speaker(subject, recent, sentence), subject)

    def _speaker(self, subject, recent: Recent | None, sentence: int) -> Speaker:
        left, right = speaker_span(subject)
        span = self.doc[left:right]
        head = self.doc[subject.i]
        found = self.mention_at(head.idx, head.idx + len(head))
        base = Speaker(text=span.text, start=span.start_char, end=span.end_char)
        if head.pos_ in ("NUM", "PRON", "DET") and head.lower_ in ("one", "another", "some"):
            named = next((c for c in head.children if c.dep_ == "appos"), None)
            if named is not None:  # "One of these groups, the Syrian Democratic Forces, said"
                inner = self._speaker(named, recent, sentence)
                if inner.name:
                    return replace(inner, text=base.text, start=base.start, end=base.end,
                                   rule=f"appos>{inner.rule}")
        if found is not None:
            named = self._from_mention(base, found, subject)
            if named is not None and named.name is None:
                named = self._definite_body(named, head) or named
            if named is not None and named.name is None and head.ent_type_ in ("ORG", "GPE"):
                named = replace(named, name=_entity_text(head),  # "the WHO's website said"
                                rule=f"{named.rule}+entity")
            if named is not None:
                return named
        else:
            body = self._person_body(base, subject)
            if body is not None:
                return body
            person = self._beside(subject, -1, "PERSON")
            if person is not None and not self._aside(person, subject):
                # "said UCL astronomer Angelos Tsiaras"
                named = self._from_mention(base, person, subject)
                if named is not None:
                    return replace(named, rule=f"{named.rule}+name-beside")
        low = head.lower_
        if low in RELATIVE and head.head.dep_ == "relcl":
            antecedent = head.head.head
            if antecedent.lower_ in statement_words():  # "a statement which said"
                antecedent = statement_source(antecedent) or antecedent
            inner = self.speaker(antecedent, recent, sentence)
            return replace(inner, text=base.text, start=base.start, end=base.end,
                           rule=f"relative>{inner.rule}")
        if head.tag_ in ("PRP", "WP") and low in PERSONAL | RELATIVE:
            return self._pronoun_fallback(base, head, recent, sentence)
        if head.ent_type_ in NAMED_LABELS:
            return replace(base, name=_entity_text(head), rule="entity")
        if head.pos_ == "PROPN" and head.is_title:  # a name the tagger missed: "B Shiva Parvathi"
            return replace(base, name=_proper_name(head), rule="proper-noun")
        earlier = _earlier_person(head) if head.is_title else None
        if earlier is not None:  # "Fallows remarked" after "Chris Fallows", tagged a noun
            return replace(base, name=earlier, rule="surname>entity")
        return self._definite_body(base, head) or base

    def _from_mention(self, base: Speaker, found: int, subject) -> Speaker | None:
        """The speaker named by the mention at the cue or by its antecedent; None when the
        mention is an unresolved pronoun, or a pronoun outside quotes resolved to a name
        inside one (a name quoted is not who speaks)."""
        own = self.mentions[found]
        if own.label == "ROLE":  # "The Senate Minority Leader, Chuck Schumer, said"
            person = self._beside(subject, found, "PERSON")
            if person is not None and not self._aside(person, subject):
                return self._role_and_name(base, found, person)
        index = self._root(found)
        mention = self.mentions[index]
        if mention.label == "PRON" and index == found:
            return None
        if index != found and self._quoted(mention) and not self._quoted(own):
            return None
        actor = mention.actor or own.actor
        named = mention.label in NAMED_LABELS or (actor is not None and actor.name)
        name = (actor.name if actor and actor.name else mention.text) if named else None
        rule = "mention" if index == found else (own.rule or "coref")
        if own.label == "PRON" and mention.label != "PERSON":
            person = self._person_in_chain(found)  # "she" > "Emily Spanton" > "a tourist"
            if person is not None:
                own = person
        if own.label == "PERSON" and (name is None or mention.label != "PERSON"):
            # a name in apposition to a role, or a person of a body ("Mariela Belski" of
            # Amnesty International): the person speaks, under the body's actor
            name = own.actor.name if own.actor is not None and own.actor.name else own.text
            actor = own.actor if own.actor is not None and own.actor.country else actor
        if name is None and mention.label == "ROLE":
            person = self._beside(subject, found, "PERSON")
            if person is not None and not self._aside(person, subject):
                other = self.mentions[person]
                name = other.actor.name if other.actor and other.actor.name else other.text
                if other.actor is not None and other.actor.country:
                    actor = other.actor
                index, rule = person, f"{rule}+name-beside"
        elif actor is None and mention.label == "PERSON":
            role = self._beside(subject, found, "ROLE")
            if role is not None and self.mentions[role].actor is not None:
                got = self.mentions[role].actor
                actor = Actor(got.country, got.sector, name=name,
                              entry=f"role-beside>{got.entry}")
                rule = f"{rule}+role-beside"
        if name is None and mention.label == "ROLE" and self._body_name(subject):
            name, rule = self._body_name(subject), f"{rule}+body-name"  # "Toronto Police"
        if name is None and actor is None:
            return None
        return replace(base, name=name, actor=actor, mention=index, rule=rule)

    def _person_in_chain(self, index: int) -> Mention | None:
        """The first person on a pronoun's way to its root antecedent: a pronoun linked to a
        name that is itself linked to the role in apposition to it speaks as that name."""
        seen = {index}
        while self.mentions[index].antecedent is not None:
            index = self.mentions[index].antecedent
            if index in seen or not 0 <= index < len(self.mentions):
                return None
            seen.add(index)
            if self.mentions[index].label == "PERSON":
                return self.mentions[index]
        return None

    def _aside(self, person: int, subject) -> bool:
        """The person named in the subject's phrase is not who speaks: reached through a
        preposition, or a modifier of a common noun ("Trump's lawyer", "the Biden
        campaign")."""
        return self._through_preposition(person, subject) or self._modifier(person, subject)

    def _through_preposition(self, person: int, subject) -> bool:
        """True when the person's words hang on the subject through a preposition ("a
        spokesman for Boris Johnson": Johnson is not who speaks); a name set off by a comma
        is in apposition however the parser hung it ("the director of Amnesty
        International, Mariela Belski")."""
        m = self.mentions[person]
        if doc_text(self.doc)[:m.start].rstrip().endswith(","):
            return False
        token = next((t for t in self.doc[subject.left_edge.i:subject.right_edge.i + 1]
                      if m.start <= t.idx < m.end), None)
        steps = 0
        while token is not None and token.i != subject.i and token.head.i != token.i \
                and steps < 12:
            if token.dep_ in ("pobj", "prep"):
                return True
            token, steps = token.head, steps + 1
        return False

    def _role_and_name(self, base: Speaker, role: int, person: int) -> Speaker:
        """The person named beside a role: their own actor, else the role's country and
        sector under their name (rule ``role+name-beside``)."""
        index = self._root(person)
        other = self.mentions[index] if self.mentions[index].label == "PERSON" \
            else self.mentions[person]
        actor = other.actor
        name = actor.name if actor is not None and actor.name else self.mentions[person].text
        got = self.mentions[role].actor
        if got is not None and got.country and (actor is None or not actor.sector):
            country = actor.country if actor is not None and actor.country else got.country
            actor = Actor(country, got.sector, name=name, entry=f"role-beside>{got.entry}")
        return replace(base, name=name, actor=actor, mention=person, rule="role+name-beside")

    def _beside(self, subject, found: int, label: str) -> int | None:
        """A mention with ``label`` in the subject's own phrase: the person named beside an
        unnamed role ("MP Penny Sharpe", "the prosecutor general of Tehran, Ali Alghasi
        Mehr"), or the role beside a name no dictionary knows ("US Special Representative
        for Iran Brian Hook")."""
        first = self.doc[speaker_span(subject)[0]].idx
        last = self.doc[subject.right_edge.i]
        text = doc_text(self.doc)
        for i in self._by_start:
            m = self.mentions[i]
            if i == found or m.label != label:
                continue
            if first <= m.start and m.end <= last.idx + len(last):
                return i
            if label == "ROLE" and m.end <= first and TITLE_GAP.match(text[m.end:first]):
                return i  # the parser cut the title off: "Special Representative for Iran"
            end = last.idx + len(last)
            if label == "PERSON" and m.start >= end and self._only_titles(end, m.start):
                return i  # "Member of parliament (MP) Kevin Conolly" with "Member" the subject
        return None

    def _only_titles(self, start: int, end: int) -> bool:
        """Nothing but role mentions, brackets and spaces between ``start`` and ``end``."""
        if end - start > 40:
            return False
        chars = list(doc_text(self.doc)[start:end])
        for m in self.mentions:
            if m.label == "ROLE" and start <= m.start and m.end <= end:
                chars[m.start - start:m.end - start] = " " * (m.end - m.start)
        return all(c in " ()-,\u00a0" for c in chars)

    def _pronoun_fallback(self, base: Speaker, head, recent: Recent | None,
                          sentence: int) -> Speaker:
        if recent is not None and sentence - recent.sentence <= RECENT_SENTENCES \
                and recent.speaker.name:
            last = recent.speaker
            return replace(base, name=last.name, actor=last.actor, mention=last.mention,
                           rule="recent-speaker")
        person = self._person_before(head)
        if person is not None:
            return replace(base, name=person, rule="person-before")
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


def _proper_name(token) -> str:
    """The proper nouns compounded with ``token`` ("B Shiva Parvathi")."""
    words = [c for c in token.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
    first = min([token.i, *(c.left_edge.i for c in words)])
    return token.doc[first:token.i + 1].text


def _earlier_person(token) -> str | None:
    """The latest PERSON entity before ``token`` whose last word is the token's text."""
    for ent in reversed(token.doc.ents):
        if ent.end <= token.i and ent.label_ == "PERSON" and len(ent) > 1 \
                and ent[-1].text == token.text:
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
    lead = span.text.split(",")[0].strip()  # "Name, Outlet": the outlet does not speak
    names = [e for e in span.ents if e.label_ in ("PERSON", "ORG")
             and e.start_char < span.start_char + len(lead) + 1]
    name = names[0].text if names else lead
    return Speaker(span.text, name or None, None, span.start_char, span.end_char, rule="colon")


BODY_SECTORS = frozenset({"IGO", "NGO"})
PRIVATE_SECTOR = "CVL"
"""Sector of a named person no dictionary gives an office: a private person (CAMEO's
civilians), as the gold conventions code lawyers, analysts and witnesses."""


def main_country(mentions: list[Mention]) -> str | None:
    """The country the article's mentions name most (ties: the first named), leaving out
    pronouns, international bodies and armed groups with codes of their own (``IS``)."""
    counts: dict[str, int] = {}
    for m in mentions:
        actor = m.actor
        if actor is not None and actor.country and m.label != "PRON" \
                and actor.sector not in BODY_SECTORS and is_country(actor.country):
            counts[actor.country] = counts.get(actor.country, 0) + 1
    return max(counts, key=counts.get) if counts else None


def complete(speaker: Speaker, mentions: list[Mention], country: str | None,
             bodies: frozenset[str]) -> Speaker:
    """Fill what the text fixes only by context: a speaker with a sector but no country
    takes the article's main country ("the Coast Guard"); a named person with no office
    is a private person of that country (or of the body whose code they carry: an IGO
    official). The rule records it (``+context:main-country``, ``+person:CVL``)."""
    actor = speaker.actor
    person = speaker.rule in ("person-before", "proper-noun") or (
        speaker.mention is not None and mentions[speaker.mention].label == "PERSON")
    if actor is None:
        if not (person and speaker.name and country):
            return speaker
        actor = Actor(country, PRIVATE_SECTOR, name=speaker.name, entry="person:CVL")
        return replace(speaker, actor=actor, rule=f"{speaker.rule}+context:main-country")
    if actor.country is None and actor.sector is not None and country:
        actor = replace(actor, country=country, code=None)
        actor.__post_init__()
        return replace(speaker, actor=actor, rule=f"{speaker.rule}+context:main-country")
    if actor.country and actor.sector is None and person:
        sector = "IGO" if actor.country in bodies or not is_country(actor.country) \
            else PRIVATE_SECTOR
        actor = replace(actor, sector=sector, code=None)
        actor.__post_init__()
        return replace(speaker, actor=actor, rule=f"{speaker.rule}+person:{sector}")
    return speaker


@lru_cache(maxsize=512)
def is_country(code: str) -> bool:
    """True for an ISO 3166 alpha-3 code (``UN``, ``NATO`` and ``INTERPOL`` are bodies)."""
    import pycountry

    return len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None


def body_codes(mentions: list[Mention]) -> frozenset[str]:
    """Codes the article's mentions give international bodies (``UN``, ``INTERPOL``)."""
    return frozenset(m.actor.country for m in mentions if m.actor is not None
                     and m.actor.country and m.actor.sector in BODY_SECTORS)
