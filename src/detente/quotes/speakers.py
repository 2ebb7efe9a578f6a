"""Who said it: the subject of a cue, resolved to a named speaker.

The subject comes from the dependency parse (``subjects.py``: climbing from a participle such as
``emphasising`` to the verb it hangs on). A pronoun or a description is resolved through the
actors stage's coreference (``Mention.antecedent``); a pronoun the actors stage left
unresolved falls back to the speaker of the latest quote nearby, then to the nearest
person named before it, which is how news text uses ``he said``. What only the article's
context fixes about the speaker's actor (its main country, a private person) is filled in by
``context.py``. The fallbacks for a pronoun the actors stage left unresolved are in
``fallback.py`` (``FallbackRules``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from detente.nlp import doc_text, entities, span_of
from detente.quotes.affiliation import affiliated_person, body_kind
from detente.quotes.anaphora import DescriptionRules, played_role
from detente.quotes.antecedents import AntecedentRules
from detente.quotes.bodies import BodyRules
from detente.quotes.descriptiontokens import related_only
from detente.quotes.fallback import FallbackRules
from detente.quotes.names import gender_of
from detente.quotes.partynames import party_word_subject
from detente.quotes.roles import RoleRules
from detente.quotes.rolewords import role_words
from detente.quotes.speakertokens import (
    BODY_HEADS,
    Recent,
    _earlier_person,
    _entity_text,
    _in_own_adjunct,
    _name_tail,
    _org_modifier,
    _other_gender,
    _proper_name,
    _relative_antecedent,
    _unpossessed,
    birth_name,
)
from detente.quotes.statements import document_words, statement_source
from detente.quotes.subjects import speaker_span
from detente.records import Actor, Mention, Speaker

RELATIVE = frozenset({"who", "which", "that", "whom"})
PERSONAL = frozenset({"he", "she", "they", "him", "her", "them", "i", "we", "it"})
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
TITLE_GAP = re.compile(r"^\)?(\s+(?:for|of|to|on)(?:\s+(?:the\s+)?[A-Z][\w.-]*){1,3})?\s*$")
"""What may stand between a title and the name it precedes ("for Iran", "(MP)")."""
BEFORE_WINDOW = 200
"""Characters before a mention that the title tests look at (a title and its place are short)."""
PLACE_OF_TITLE = re.compile(r"[A-Z][\w.-]*\s+(?:for|of|to|in|at)\s+(?:the\s+)?$")
"""A capitalised title word and the preposition before its place ("Ambassador to ")."""


class SpeakerResolver(BodyRules, RoleRules, DescriptionRules, AntecedentRules, FallbackRules):
    """Resolves speaker tokens of one article against its mentions."""

    def __init__(self, doc, mentions: list[Mention], quoted: list[tuple[int, int]]):
        self.doc = doc
        self.mentions = mentions
        self.quoted = quoted
        self._by_start = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self._places = frozenset(e.text for e in entities(doc) if e.label_ in ("GPE", "NORP"))
        self._title_objects = self._places | frozenset(  # "Ambassador to the United Nations"
            e.text for e in entities(doc) if e.label_ == "ORG")

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

    def _own_full_name(self, found: int, root: int) -> int:
        """The root of a name's chain, or the first full name (two words or more, a PERSON,
        ending in the name's last word) on the way to it when the root names somebody else
        ("Casicas" > "the current bishop, Allan Casicas" > "the bishop" > "Bishop Emeritus
        Dinualdo Gutierrez": Allan Casicas)."""
        words = self.mentions[found].text.split()
        if not words or not words[-1][:1].isupper():
            return root
        surname = words[-1]
        if surname in self._person_named(root).split():
            return root
        seen, index = {found}, found
        while True:
            m = self.mentions[index]
            if index != found and m.label == "PERSON" and len(m.text.split()) >= 2 \
                    and m.text.split()[-1] == surname:
                return index
            nxt = m.antecedent
            if nxt is None or nxt in seen or not 0 <= nxt < len(self.mentions):
                return root
            seen.add(nxt)
            index = nxt

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
        person = affiliated_person(subject)
        if person is not None:  # "Friends of the Earth's Tom Reed said", "Tom Reed, Harbour
            inner = self._speaker(person, recent, sentence)  # Traders Association said"
            (left, _), (_, right) = speaker_span(subject), speaker_span(person)
            span = self.doc[min(left, person.left_edge.i):max(right, person.i + 1)]
            return replace(inner, text=span.text, start=span.start_char, end=span.end_char,
                           actor=self._body_actor(subject, inner),
                           rule=f"{inner.rule or 'subject'}+affiliated")
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
        appos = self._appos_person(head, found)
        if appos is not None:  # "Angela Merkel's spokesperson, Steffen Seibert, said"
            return self._role_and_name(base, found, appos)
        member = self.party_member(base, head, recent, sentence) \
            or self.described_person(base, head, sentence)
        if member is not None:
            return member
        if found is not None:
            named = self._from_mention(base, found, subject)
            if named is not None and named.name is not None \
                    and self.mentions[found].label == "PRON":
                named = self.reporter_over_reported(named, head, recent) or named
            if named is not None and named.name is None:
                named = self.speaker_over_role(named, head, recent, sentence) \
                    or self.pronoun_role_holder(named, head) or named
            if named is not None and named.name is None:
                named = self._definite_body(named, head) or named
            elif named is not None and named.name.lower() == f"the {head.lower_}" \
                    and head.lower_ in BODY_HEADS:  # "The Department issued a statement"
                named = self._definite_body(named, head, proper=True) or named
            if named is not None and named.name is None:  # "The actress recalled"
                named = self._definite_role(named, head, recent, sentence) \
                    or self.described_again(named, head, recent, sentence) or named
            if named is not None and named.name is None and head.ent_type_ in ("ORG", "GPE"):
                named = replace(named, name=_entity_text(head),  # "the WHO's website said"
                                rule=f"{named.rule}+entity")
            if named is not None and named.name is None and _org_modifier(head) is not None:
                named = replace(named, name=_org_modifier(head),  # "the Atlantic Council
                                rule=f"{named.rule}+org-modifier")  # think tank said"
            if named is not None:
                return named
        else:
            body = self._person_body(base, subject)
            if body is not None:
                return body
            person = self._beside(subject, -1, "PERSON", lambda i: not self._aside(i, subject))
            if person is not None:  # "said UCL astronomer Angelos Tsiaras", "Huber's partner
                # Erick Rowan"
                named = self._from_mention(base, person, subject)
                if named is not None:
                    return replace(named, rule=f"{named.rule}+name-beside")
        low = head.lower_
        clause = head.head  # "who is running ... and who worked the crowd": the second
        while clause.dep_ == "conj" and clause.head.dep_ in ("relcl", "conj"):  # clause is
            clause = clause.head  # a conjunct of the first (round 20)
        if low in RELATIVE and clause.dep_ == "relcl":
            antecedent = _relative_antecedent(head) if clause.i == head.head.i else clause.head
            if antecedent.lower_ in document_words():  # "a statement which said", "the
                # caption which reads" (round 22)
                antecedent = statement_source(antecedent) or antecedent
            inner = self.speaker(antecedent, recent, sentence)
            start = base.start
            if antecedent.i < head.i and antecedent.sent == head.sent:  # round 20: the span
                # runs from the antecedent's phrase to the pronoun ("a 70-year-old academic
                # named Eric Kingson, who"): both name the speaker
                start = self.doc[speaker_span(antecedent)[0]].idx
            return replace(inner, text=doc_text(self.doc)[start:base.end], start=start, end=base.end,
                           rule=f"relative>{inner.rule}")
        if head.tag_ in ("PRP", "WP") and low in PERSONAL | RELATIVE:
            return self._pronoun_fallback(base, head, recent, sentence)
        if head.ent_type_ in NAMED_LABELS:
            return replace(base, name=self.expand(_entity_text(head)), rule="entity")
        earlier = _earlier_person(head) if head.is_title else None
        if earlier is not None and _proper_name(head) == head.text:
            # "Fallows remarked" after "Chris Fallows": the surname names the earlier person
            return replace(base, name=earlier, rule="surname>entity")
        if head.pos_ == "PROPN" and (head.is_title or (head.is_upper and len(head) > 1)):
            # a name the tagger missed: "B Shiva Parvathi", "the CBCP"
            return replace(base, name=self.expand(_proper_name(head) + _name_tail(head)),
                           rule="proper-noun" if head.is_title else "acronym")  # an acronym
            # is a body; "A Department for Work and Pensions spokeswoman said": the body
        party = party_word_subject(base, head, self.mentions)  # "Labour say"
        if party is not None:
            return party
        if _org_modifier(head) is not None:
            return replace(base, name=_org_modifier(head), rule="org-modifier")
        return self._definite_body(base, head) \
            or self._definite_role(base, head, recent, sentence) \
            or self.described_again(base, head, recent, sentence) or base

    def _body_actor(self, body, person: Speaker) -> Actor | None:
        """The actor of the body a person is named with, under the person's name, when the
        person's own actor gives no sector but a private person's ("Tom Reed, Harbour
        Traders Association": the association's); else the person's."""
        own = person.actor
        if own is not None and own.sector not in (None, "CVL"):
            return own
        found = self.mention_at(body.idx, body.idx + len(body))
        actor = self.mentions[self._root(found)].actor if found is not None else None
        if actor is None or not (actor.country or actor.sector):
            kind = body_kind(body)  # a body no table knows: its name's words (round 31)
            if kind is None:
                return own
            entry = f"{own.entry}+affiliated:{kind[1]}" if own and own.entry \
                else f"affiliated:{kind[1]}"
            return Actor(own.country if own else None, kind[0], name=person.name, entry=entry)
        return replace(actor, name=person.name)

    def _appos_person(self, head, found: int | None) -> int | None:
        """The person named in apposition to a common noun that heads the subject (a role the
        actors stage may have read as the person it is of: "Merkel's spokesperson, Steffen
        Seibert"), as a mention index; None otherwise."""
        if found is None or head.ent_type_ == "PERSON" or not (head.pos_ == "NOUN" or (
                head.pos_ == "PROPN" and any(c.dep_ == "det" for c in head.children))):
            return None  # "a Republican, Mark Amodei, said": a member named beside
        appos = next((c for c in head.children if c.dep_ == "appos"
                      and c.ent_type_ == "PERSON"), None)
        person = self.mention_at(appos.idx, appos.idx + len(appos)) if appos is not None \
            else None
        return person if person is not None and person != found \
            and self.mentions[person].label == "PERSON" else None

    def _from_mention(self, base: Speaker, found: int, subject) -> Speaker | None:
        """The speaker named by the mention at the cue or by its antecedent; None when the
        mention is an unresolved pronoun, or a pronoun outside quotes resolved to a name
        inside one (a name quoted is not who speaks)."""
        own = self.mentions[found]
        if own.label == "ROLE":  # "The Senate Minority Leader, Chuck Schumer, said"; "Merkel's
            person = self._beside(subject, found, "PERSON",  # spokesperson, Steffen Seibert"
                                  lambda i: not self._aside(i, subject))
            if person is not None:
                return self._role_and_name(base, found, person)
        index = self._root(found)
        root = index
        if own.label != "PRON" and index != found:
            index = self._own_full_name(found, index)  # "Casicas" is Allan Casicas, not the
            # bishop his role's definite description was linked to
        mention = self.mentions[index]
        if mention.label == "PRON" and index == found:
            return None
        if own.label == "PRON" and _in_own_adjunct(subject, mention.start):
            return None  # "Attacking Roe's record, he said": he is not Roe
        if index != found and self._quoted(mention) and not self._quoted(own):
            return None
        if own.label == "PRON" and index != found and self._unfit_chain(found, index, subject):
            return None  # "he" > "The regulator" in a quote; "Mr Blair had been "hurt", he
            # added"; "became an MP. He said"; a place: look again
        if own.label == "PRON" and index != found and _other_gender(
                self._fuller_name(self._person_named(index)), self.doc[subject.i]):
            return None  # "he" linked to "Helen Linde" (or to "Senator Linde" after
            # "Senator Helen Linde"): the link is wrong, look again
        if own.label == "PRON" and index != found and mention.label == "PERSON":
            span = span_of(self.doc, mention)
            if span is not None and len(span) and played_role(span):
                return None  # "she" linked to "the character of Nora Blake": look again
        actor = mention.actor or own.actor
        named = mention.label in NAMED_LABELS or (actor is not None and actor.name)
        name = (actor.name if actor and actor.name else _unpossessed(mention.text)) \
            if named else None
        given = self._named_before_birth(index)
        given = given if given != index and name == mention.text else None
        if given is not None:  # a chain ending at a birth name: the name the article uses
            name = self.mentions[given].text
        rule = "mention" if index == found else (own.rule or "coref")
        rule = f"{rule}+given-name" if given is not None else rule
        rule = f"{rule}+own-name" if index != root and given is None else rule
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
            person = self._beside(subject, found, "PERSON", lambda i: not self._aside(i, subject))
            if person is not None:
                other = self.mentions[person]
                name = other.actor.name if other.actor and other.actor.name else other.text
                if other.actor is not None and other.actor.country:
                    actor = other.actor
                index, rule = person, f"{rule}+name-beside"
            elif own.label == "PRON" and index != found:
                person = self._named_role(index)
                if person is not None:  # "a Norwegian student, Hanna Berg. ... she said"
                    other = self.mentions[person]
                    name = other.actor.name if other.actor and other.actor.name else other.text
                    actor = other.actor or actor
                    index, rule = person, f"{rule}+role-named"
        elif actor is None and mention.label == "PERSON":
            role = self._beside(subject, found, "ROLE", lambda i: not related_only(
                self.doc, self.mentions[i].start, self.mentions[i].end))
            if role is not None and self.mentions[role].actor is not None:
                got = self.mentions[role].actor
                actor = Actor(got.country, got.sector, name=name,
                              entry=f"role-beside>{got.entry}")
                rule = f"{rule}+role-beside"
        if actor is None and mention.label in ("PERSON", "ORG"):
            body = self._body_named_before(mention)
            if body is not None:  # "software company Blue Hat ... Blue Hat said": the
                actor, rule = body, f"{rule}+body-before"  # tagger's person is the body
        if name is None and mention.label == "ROLE" and self._body_name(subject):
            name, rule = self._body_name(subject), f"{rule}+body-name"  # "Toronto Police"
        if mention.label == "GPE" and index == found:
            person = self._surname_a_country(own)
            body = self._named_after_country(own, base.text) if person is None else None
            if person is not None:  # "Nikki Holland of the agency": a person, not the state
                name, actor, rule = person, None, f"{rule}+surname-a-country"
            elif body is not None:
                name, actor, rule = body[0], body[1] or actor, f"{rule}+org-name"
        if name is None and actor is None:
            return None
        return replace(base, name=name, actor=actor, mention=index, rule=rule)

    def _body_named_before(self, person: Mention) -> Actor | None:
        """The actor of an earlier organisation mention of the same name ("software company
        Blue Hat", an ORG with a sector) for a later mention of that name with no actor (the
        tagger read it as a person, or the tables know no such body); None when an earlier
        mention of it is a person."""
        words = person.text.removeprefix("the ").strip()
        for i in self._by_start:
            m = self.mentions[i]
            if m.start >= person.start:
                break
            if not (m.text == words or m.text.endswith(" " + words)):
                continue
            if m.label == "PERSON":
                return None
            if m.label == "ORG" and m.actor is not None and m.actor.sector is not None:
                return replace(m.actor, name=m.actor.name or words)
        return None

    def _fuller_name(self, name: str | None) -> str | None:
        """A name whose gender its words do not mark ("Senator Linde") as the article names
        that person in full elsewhere ("Senator Helen Linde"), when that fuller name marks
        it; the name unchanged otherwise."""
        words = (name or "").split()
        if not words or gender_of(name) is not None:
            return name
        for m in self.mentions:
            if m.label == "PERSON" and m.text.split()[-1:] == words[-1:] \
                    and len(m.text.split()) > 1:
                got = gender_of(m.text) or gender_of(" ".join(m.text.split()[1:]))
                if got is not None:
                    return {"m": "Mr", "f": "Ms"}[got] + " " + words[-1]
        return name

    def _person_named(self, index: int) -> str:
        """The name a mention gives: its actor's name or its text, or for a role the person
        named in apposition to it ("Ana Ruiz, the mayor")."""
        mention = self.mentions[index]
        if mention.label == "ROLE":
            person = self._named_role(index)
            if person is not None:
                mention = self.mentions[person]
        return mention.actor.name if mention.actor is not None and mention.actor.name \
            else mention.text

    def _named_role(self, role: int) -> int | None:
        """The person named in apposition to a role mention (the actors stage links the name
        to the role: "a Norwegian student, Hanna Berg"), as a mention index; None when the
        role names no one or more than one person."""
        named = [i for i, m in enumerate(self.mentions) if m.antecedent == role
                 and m.label == "PERSON" and (m.rule or "").startswith("apposition>")]
        return named[0] if len(named) == 1 else None

    def _surname_a_country(self, own: Mention) -> str | None:
        """A person's name the tagger took for a body because its surname is a country's
        ("Nikki Holland of the UK's National Crime Agency"): an ORG entity of two or three
        capitalised words closing on the country mention, none of them a role or body word,
        right before "of" (a person of a body); the name, or None."""
        ent = next((e for e in self._doc_ents() if e.label_ == "ORG"
                    and e.start_char <= own.start and own.end == e.end_char), None)
        if ent is None or not 2 <= len(ent) <= 3:
            return None
        text = doc_text(self.doc)
        if not text[ent.end_char:ent.end_char + 4] == " of ":
            return None
        words = list(ent)[:-1]
        if not all(t.is_title and t.is_alpha and t.lower_ not in role_words()
                   and t.lower_ != "the" for t in words):
            return None
        return ent.text

    def _named_after_country(self, own: Mention, said: str) -> tuple[str, Actor | None] | None:
        """A body whose name holds a country's ("Sustainable Australia", a party; "Air
        France"): the organisation entity the country mention lies in (or is), with the actor of an earlier
        role phrase that holds the same name ("the Sustainable Australia party": AUS PTY);
        None when the country is not inside a longer organisation name."""
        ent = next((e for e in self._doc_ents() if e.label_ == "ORG" and (
            e.start_char <= own.start and own.end <= e.end_char  # the same name tagged
            or e.text == said and own.text in said)), None)  # elsewhere: "Sustainable Australia"
        if ent is None:
            return None
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        if len(name.split()) < 2:  # the tagger's ORG for a bare country
            return None
        role = next((m for m in self.mentions if m.label == "ROLE" and m.end <= own.start
                     and name in m.text and m.actor is not None and m.actor.sector), None)
        actor = replace(role.actor, name=name) if role is not None else None
        return name, actor

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
        before = self._text_before(m.start)
        if before.endswith(",") or self._after_titled_place(before) \
                or self._titled_place_in(person):
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

    def _text_before(self, start: int) -> str:
        """The ``BEFORE_WINDOW`` characters of the article before offset ``start``, right-stripped:
        what the title tests read (a copy of the whole text before every mention made them
        quadratic in the article's length)."""
        return doc_text(self.doc)[max(0, start - BEFORE_WINDOW):start].rstrip()

    def _after_titled_place(self, before: str) -> bool:
        """True when ``before`` ends in a title's place ("US Ambassador to Germany" before
        "Richard Grenell"): the name follows its title, it is not the preposition's object."""
        for place in self._title_objects:
            if before.endswith(place) and PLACE_OF_TITLE.search(before[:-len(place)]):
                return True
        return False

    def _titled_place_in(self, person: int) -> bool:
        """True when a person mention opens with the place of the title before it ("US
        Ambassador to" + "Germany Richard Grenell", a span the tagger ran together)."""
        m = self.mentions[person]
        before = self._text_before(m.start)
        return PLACE_OF_TITLE.search(before + " ") is not None and any(
            m.text.startswith(place + " ") for place in self._title_objects)

    def _role_and_name(self, base: Speaker, role: int, person: int) -> Speaker:
        """The person named beside a role: their own actor, else the role's country and
        sector under their name (rule ``role+name-beside``)."""
        index = self._root(person)
        own = self.mentions[person]
        other = self.mentions[index] if self.mentions[index].label == "PERSON" \
            and not (own.actor is not None and own.actor.name) else own
        actor = other.actor
        name = actor.name if actor is not None and actor.name else self.mentions[person].text
        got = self.mentions[role].actor
        if got is not None and got.country and self._titled_place_in(person):
            actor = None  # "Germany Richard Grenell" after "US Ambassador to": the role's
        if got is not None and got.country and (actor is None or not actor.sector):
            country = actor.country if actor is not None and actor.country else got.country
            actor = Actor(country, got.sector, name=name, entry=f"role-beside>{got.entry}")
        return replace(base, name=name, actor=actor, mention=person, rule="role+name-beside")

    def _beside(self, subject, found: int, label: str, accept=None) -> int | None:
        """A mention with ``label`` in the subject's own phrase: the person named beside an
        unnamed role ("MP Penny Sharpe", "the prosecutor general of Tehran, Ali Alghasi
        Mehr"), or the role beside a name no dictionary knows ("US Special Representative
        for Iran Brian Hook"); the first one ``accept`` (an index test) takes, if given."""
        first = self.doc[speaker_span(subject)[0]].idx
        last = self.doc[subject.right_edge.i]
        text = doc_text(self.doc)
        end = last.idx + len(last)
        for i in self._by_start:
            m = self.mentions[i]
            if i == found or m.label != label:
                continue
            placed = (first <= m.start and m.end <= end) or (
                # the parser cut the title off: "Special Representative for Iran"
                label == "ROLE" and m.end <= first and TITLE_GAP.match(text[m.end:first])) or (
                # "Member of parliament (MP) Kevin Conolly" with "Member" the subject
                label == "PERSON" and m.start >= end and self._only_titles(end, m.start))
            if placed and (accept is None or accept(i)):
                return i
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

    def _named_before_birth(self, index: int) -> int:
        """The person mention a birth name is predicated of ("Kit Roe was born Peter Roe":
        "Kit Roe", the name the article goes by), when mention ``index`` is a birth name
        (``birth_name``) and that person is named earlier in its sentence; ``index``
        otherwise."""
        mention = self.mentions[index]
        if mention.label != "PERSON":
            return index
        span = span_of(self.doc, mention)
        if span is None or not len(span) or not birth_name(span):
            return index
        start = self.doc[span.start].sent.start_char
        return next((j for j in range(index - 1, -1, -1)
                     if self.mentions[j].label == "PERSON"
                     and start <= self.mentions[j].start < mention.start), index)
