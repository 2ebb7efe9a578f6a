"""Bodies as speakers: a definite description of a body named before ("the commission"), a
body named after a person ("the Biden campaign"), a body the actors stage read as a role
("Toronto Police"), and a spokesperson, who speaks for the body they are of ("Kremlin
spokesman Dmitry Peskov", "a spokesperson for the ministry", and the same person named again).

``BodyRules`` is mixed into ``speakers.SpeakerResolver``; its methods read the resolver's
``doc``, ``mentions``, ``quoted`` (character ranges) and lookups.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from detente.actors.descriptions import SPEAKS_FOR
from detente.nlp import columns, doc_text, entities
from detente.quotes.acronyms import defined
from detente.quotes.employers import companies
from detente.quotes.portfolio import party_portfolio
from detente.records import Actor, Speaker
from detente.resources import word_list

PERSON_BODIES = word_list("quotes", "vocabulary.yaml", "person_bodies")
PARTY_BODIES = word_list("quotes", "vocabulary.yaml", "person_bodies_party")
GOVERNMENT_BODIES = word_list("quotes", "vocabulary.yaml", "person_bodies_government")
REPORTS = word_list("quotes", "vocabulary.yaml", "reporting_before")
"""Verbs of a sentence that tells what a news source reported ("The Times reported that ...")."""
BODY_OF_PERSON = {**{w: None for w in PERSON_BODIES}, **{w: "PTY" for w in PARTY_BODIES},
                  **{w: "GOV" for w in GOVERNMENT_BODIES}}
"""Nouns of a body a person's name can name ("the Biden campaign"), with the body's sector
(None: none fixed)."""


class BodyRules:
    """Speaker rules that name a body; mixed into the speaker resolver."""

    def _definite_body(self, base: Speaker, head, proper: bool = False) -> Speaker | None:
        """A definite description of a body ("the commission", "the ministry"; with
        ``proper``, a capitalised one the tagger took for a name: "The Department") is the
        latest organisation named before it whose head word it repeats ("The United States
        Commission on Presidential Debates"); rule ``definite>entity``. With no such entity,
        a bare "the committee" is the body a phrase with its head word and a name before it
        named in the sentences just before ("the Commons transport committee", which the
        tagger leaves no entity: ``DescriptionRules.named_by_last_word``, as for "it"), rule
        ``definite>named-body`` (round 30, q63)."""
        if head.pos_ not in (("NOUN", "PROPN") if proper else ("NOUN",)) \
                or not any(c.lower_ == "the" and c.dep_ == "det" for c in head.children):
            return None
        ent = self._earlier_org(head)
        if ent is not None:
            index = self.mention_at(ent.start_char, ent.end_char)
            mention = self.mentions[self._root(index)] if index is not None else None
            actor = mention.actor if mention is not None and mention.actor else base.actor
            return replace(base, name=ent.text, actor=actor, mention=index,
                           rule=f"definite>entity{'+' + base.rule if base.rule else ''}")
        span = self.named_by_last_word(head) if not proper else None
        if span is not None:  # "the Commons transport committee ... The committee said"
            index = self.mention_at(span.start_char, span.end_char)
            mention = self.mentions[self._root(index)] if index is not None else None
            actor = mention.actor if mention is not None and mention.actor else base.actor
            return replace(base, name=span.text, actor=actor, mention=index,
                           rule=f"definite>named-body{'+' + base.rule if base.rule else ''}")
        return None

    def _earlier_org(self, head):
        """The latest organisation entity outside quotes before ``head`` whose head word is
        ``head``'s ("the commission" -> "The United States Commission on ..."), or None.
        The entities are indexed by head word once per article (a lookup, not a scan)."""
        if getattr(self, "_orgs", None) is None:
            self._orgs: dict[str, list] = {}
            for ent in entities(self.doc):
                if ent.label_ == "ORG" and not self._in_quote(ent.start_char):
                    self._orgs.setdefault(ent.root.lemma_.lower(), []).append(ent)
        found = self._orgs.get(head.lemma_.lower(), [])
        before = found[:bisect_right([e.end for e in found], head.i)]
        if not before:
            return None
        counts: dict[str, int] = {}
        for ent in before:
            key = _bare(ent.text)
            counts[key] = counts.get(key, 0) + 1
        top = max(counts.values())  # the body most named so far ("the court" of the
        return next(e for e in reversed(before) if counts[_bare(e.text)] == top)  # article)

    def _in_quote(self, char: int) -> bool:
        """True when the character offset lies inside a quoted span (a bisection)."""
        if getattr(self, "_quote_starts", None) is None:
            self._quote_spans = sorted(self.quoted)
            self._quote_starts = [s for s, _ in self._quote_spans]
        at = bisect_right(self._quote_starts, char)
        return at > 0 and char < self._quote_spans[at - 1][1]

    def _ent_at(self, i: int):
        """The entity token ``i`` is part of, or None (a token-to-entity map built once)."""
        if getattr(self, "_ents", None) is None:
            self._ents = {j: ent for ent in entities(self.doc) for j in range(ent.start, ent.end)}
        return self._ents.get(i)

    def _modifier(self, person: int, subject) -> bool:
        """True when the person's name modifies the subject, a common noun before which it
        stands ("the Biden campaign", "Trump's lawyer")."""
        if subject.pos_ != "NOUN":
            return False
        m = self.mentions[person]
        return any(m.start <= t.idx < m.end and t.dep_ in ("compound", "poss")
                   and t.head.i == subject.i for t in subject.lefts)

    def _person_body(self, base: Speaker, subject) -> Speaker | None:
        """A body named after a person ("the Biden campaign", "the Trump administration"):
        the phrase names it, under the person's country (rule ``person-body``)."""
        sector = BODY_OF_PERSON.get(subject.lemma_.lower(), "")
        if sector == "":
            return None
        person = self._beside(subject, -1, "PERSON")
        if person is None or not self._modifier(person, subject):
            return None
        root = self.mentions[self._root(person)]
        country = root.actor.country if root.actor is not None else None
        words = [t for t in self.doc[self.span_of(subject)[0]:subject.i + 1]
                 if not (t.dep_ == "det" or t.is_punct or t.tag_ == "POS")]
        name = " ".join(t.text for t in words)
        actor = Actor(country, sector or None, name=name, entry=f"person-body:{subject.lemma_}")
        return replace(base, name=name, actor=actor if country else None, mention=person,
                       rule="person-body")

    def _body_name(self, subject) -> str | None:
        """The proper name of a body the actors stage read as a role ("Toronto Police",
        "Philippine Coast Guard"): the subject's phrase, every word capitalised and one
        of them tagged a place, nationality or organisation (here or elsewhere in the
        article); None otherwise (an unfilled office, "the Vice President", is no name)."""
        left, right = self.span_of(subject)
        words = [t for t in self.doc[left:right]
                 if not (t.is_punct or t.is_space or t.tag_ == "POS"
                         or (t.i == left and t.dep_ == "det"))]
        if len(words) < 2 or not all(t.is_title or t.is_upper or t.is_stop for t in words):
            return None
        if not any(t.ent_type_ in ("GPE", "NORP", "ORG") or t.text in self._places
                   for t in words):
            return None
        return self.doc[words[0].i:words[-1].i + 1].text

    def _for_body(self, speaker: Speaker, subject) -> Speaker:
        """A spokesperson speaks for the body they are of: "Kremlin spokesman Dmitry
        Peskov", "a spokesperson for the Foreign Ministry", "its spokesman, Tomasz Kubiak",
        and the same person named again later ("Peskov said"). Rule ``spokesperson>body``."""
        body = None
        for token in (subject, *subject.children, subject.head):
            if token.lower_ in SPOKES and (token.i == subject.i or token.head.i == subject.i
                                           or subject.dep_ == "appos"):
                if speaker.name and (token.i != subject.i or _named_spokesperson(token)) \
                        and party_portfolio(token, _body_word):  # a front-bench politician
                    party = self._spoken_for(token)  # with the party's country and sector
                    actor = party[1] if party is not None and party[1] is not None \
                        else speaker.actor
                    return replace(speaker, actor=replace(actor, name=speaker.name)
                                   if actor is not None else None,
                                   rule=f"{speaker.rule or 'subject'}+portfolio-spokesperson")
                body = self._spoken_for(token)
                break
        if body is None and speaker.name:
            body = self._spokespeople().get(speaker.name.split()[-1])
            body = body if body is not None and body[2] < subject.i else None
        if body is None and speaker.name is None and subject.lower_ in OFFICIALS:
            body = self._official_of(subject)  # "An official from TfL stated"
        if body is None and speaker.name is None and subject.lower_ in SPOKES:
            body = self._clause_body(subject)
        if body is None and speaker.name is None and subject.lower_ in ("he", "she"):
            body = self.antecedent_body(speaker)  # "A spokesman for X said ... he said"
        before = ""
        if body is None:  # "The X board met. A spokesman said: ...", "..., said spokesman Y"
            body = self._body_before(subject)
            before = "+body-before" if body is not None else ""
        if body is None:
            return self._common_body(speaker, subject)
        name, actor, at = body
        name = self.expand(name)
        actor = actor if actor is not None else _unknown_body(speaker.actor, name)
        actor = _campaign(self.doc[at], actor, speaker.actor) or actor
        forced = _force_named(actor, name)
        suffix = "+force-name" if forced is not actor else ""
        actor = forced
        if actor is not None:
            actor = replace(actor, name=name)
        return replace(speaker, name=name, actor=actor,
                       rule=f"spokesperson>body{before}+{speaker.rule or 'subject'}{suffix}")

    def _common_body(self, speaker: Speaker, subject) -> Speaker:
        """A spokesperson of a body named by a common noun ("police spokesman Charles
        Owino", "an army spokesperson") speaks with that body's sector (COP, MIL), not the
        spokesperson's own (GOV); rule ``+spokesperson-sector``."""
        from detente.quotes.describe import political_campaign, role_words

        actor = speaker.actor
        token = next((t for t in (subject, *subject.children, subject.head)
                      if t.lower_ in SPOKES), None)
        if token is None or actor is None:
            return speaker
        for mod in self.doc[token.left_edge.i:token.i]:
            role = role_words().get(mod.lower_)
            sector = "PTY" if political_campaign(mod) else role.sector if role else None
            if mod.pos_ == "NOUN" and role is not None and role.kind == "body" \
                    and sector and sector != actor.sector:
                return replace(speaker, actor=replace(actor, sector=sector, code=None,
                                                      entry=f"{actor.entry}+body:{mod.lower_}"),
                               rule=f"{speaker.rule}+spokesperson-sector")
        return speaker

    def expand(self, name: str) -> str:
        """A body's acronym spelled out where the article defines it ("TfL" after "Transport
        for London (TfL)"); the name unchanged otherwise."""
        if not ACRONYM.fullmatch(name):
            return name
        text = doc_text(self.doc)
        spelled = defined(text, name)  # the run of its last words that spells it
        if spelled is not None:
            return text[spelled[0]:spelled[1]]
        found = re.search(r"((?:[A-Z][\w'&.-]*\s+(?:(?:of|for|and|the|on)\s+)*)+)\(\s*"
                          + re.escape(name) + r"\s*\)", text)
        if found:  # a sentence's last word before the name is not part of it
            return re.split(r"(?<=[a-z])[.!?]\s+", found.group(1).strip())[-1]
        for after in re.finditer(re.escape(name) + r"\s*\(\s*([A-Z][\w'&. -]*?)\s*\)", text):
            if _initials(after.group(1)) == name.upper():  # "AEW (All Elite Wrestling)"
                return after.group(1)
        return name

    def _body_before(self, subject) -> tuple[str, Actor | None, int] | None:
        """A spokesperson with no body of their own ("a spokeswoman", "spokesman Y": no
        modifier, "for"/"of" or possessive) speaks for the organisation that is the subject
        of the sentence right before (round 26, BBC tune: three articles). Not when that
        sentence tells what a news source reported, names a second party outside its subject
        (a passive's agent aside), or its subject is a news outlet or one bare word no actor or
        company is known for (a surname the tagger took for an organisation); not from inside
        a quote of more sentences than are gone back over (round 26 merge review)."""
        token = next((t for t in (subject, *subject.children) if t.lower_ in SPOKES
                      and (t.i == subject.i or t.dep_ in ("compound", "appos"))), None)
        if token is None or any(c.dep_ not in ("det", "punct", "appos", "compound")
                                or c.dep_ == "compound" and c.i < token.i
                                for c in token.children):
            return None
        before = token.sent
        for _ in range(4):  # back over the quote's own sentences ('"A. B," said spokesman Y')
            if before.start == 0:
                return None
            before = self.doc[before.start - 1].sent
            if not self._in_quote(before.root.idx):
                break
        else:
            return None  # still inside the quote: no sentence of the narrator found
        head = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")),
                    None)
        if head is None or head.pos_ == "PRON":
            return None
        labels = {self.mentions[self._root(i)].label for i in (
            self.mention_at(t.idx, t.idx + len(t)) for t in self.doc[head.left_edge.i:head.i + 1])
            if i is not None}
        if "ORG" not in labels and head.ent_type_ != "ORG" and not (
                head.pos_ == "PROPN" and not head.ent_type_ and not labels & NOT_BODIES):
            return None  # "The X alliance", "The X Association": an organisation named
        if before.root.lemma_ in REPORTS:
            return None  # "The Times reported ...": the outlet has no spokesperson here
        own = {t.i for t in head.subtree} | {t.i for c in before if c.dep_ == "agent" or (
            c.lower_ == "by" and c.dep_ == "prep" and head.dep_ == "nsubjpass")
                                             for t in c.subtree}  # "fined by the EU": the actor
        if any(t.i not in own and (t.ent_type_ in ("ORG", "PERSON", "NORP")
                                   or t.pos_ == "PROPN" and not t.ent_type_) for t in before):
            return None  # "The EU fined Apple.": whose spokesperson is not told
        found = self._body_at(head, head.left_edge.i)
        if found is None or found[1] is not None and found[1].sector == "MED":
            return None  # a news outlet
        if found[1] is None and " " not in found[0] and head.left_edge.lower_ != "the" \
                and found[0] not in companies():
            return None  # one bare word no actor or company is known for ("Assange"): a surname
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if found[0] == head.text and of is not None and all(
                t.pos_ == "PROPN" for t in of.subtree if t.i != of.i):  # "The ministry of defence"
            return self.doc[head.i:head.right_edge.i + 1].text, found[1], found[2]
        return found

    def _clause_body(self, token) -> tuple[str, Actor | None, int] | None:
        """A spokesperson no body is named for, inside a sentence whose main subject is a
        body ("The Elysee defended the plan, with a spokesperson saying: ..."),
        speaks for that body."""
        node, subject = token.head, None
        for _ in range(8):  # up from the spokesperson's own verb to the clause it hangs on
            if node.head.i == node.i:
                break
            node = node.head
            subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i < token.i),
                           None)
            if subject is not None:
                break
        index = self.mention_at(subject.idx, subject.idx + len(subject)) \
            if subject is not None else None
        if index is None or self.mentions[index].label not in ("ORG", "GPE"):
            return None
        return self._body_at(subject, subject.left_edge.i)

    def _official_of(self, token) -> tuple[str, Actor | None, int] | None:
        """The body an unnamed official is of ("an official from TfL", "a UN official"),
        as for a spokesperson; None for a country's officials ("a US official"), who speak
        for no one body."""
        body = self._spoken_for(token)
        if body is None or body[0] in self._places or (
                body[1] is not None and body[1].sector == "GOV" and body[1].country
                and body[0] == body[1].country):
            return None
        return body

    def _spokespeople(self) -> dict[str, tuple[str, Actor | None, int]]:
        """``{surname: (body, actor, token)}`` of every spokesperson the article names, read
        once per article (one pass over its tokens)."""
        if getattr(self, "_spokes_cache", None) is None:
            found: dict[str, tuple[str, Actor | None, int]] = {}
            lower = columns(self.doc).lower
            for token in (self.doc[i] for i, word in enumerate(lower) if word in SPOKES):
                person = _named_spokesperson(token)
                if person is not None and party_portfolio(token, _body_word):
                    continue  # "Liberal Democrat health spokesman Tom Reed": his own name
                body = self._spoken_for(token) if person is not None else None
                if body is not None:
                    actor = body[1]
                    if actor is None:  # the body's code is the person's ("Houthi": YEM REB)
                        own = self.mention_at(person.idx, person.idx + len(person))
                        actor = self.mentions[own].actor if own is not None else None
                    found.setdefault(person.text, (body[0], actor, person.i))
            self._spokes_cache = found
        return self._spokes_cache

    def _spoken_for(self, token) -> tuple[str, Actor | None, int] | None:
        """The body a spokesperson token is of: the object of "for"/"of", a possessive
        ("its spokesman", "the ministry's spokesman") or the words before it ("Kremlin
        spokesman", "Chinese foreign ministry spokesman", "Houthi military spokesperson");
        None when none is named or the one spoken for is a person."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                return self._body_at(obj, obj.left_edge.i) if obj is not None else None
            if child.dep_ == "poss":  # "Iran's foreign ministry spokesman": the ministry
                nouns = [t for t in self.doc[child.i + 1:token.i] if t.pos_ in ("NOUN", "PROPN")
                         and t.dep_ in ("compound", "nmod") and t.head.i > t.i]
                if nouns and nouns[-1].pos_ == "NOUN" and not _body_word(nouns[-1]):
                    nouns = []  # "the Green Party's health spokeswoman": the party's
                return self._body_at(nouns[-1] if nouns else child, child.left_edge.i)
        mods = [t for t in self.doc[token.left_edge.i:token.i]
                if t.dep_ in ("compound", "amod", "nmod", "npadvmod") and t.head.i > t.i]
        if not mods:
            return None
        last = mods[-1]
        named = [t for t in mods if t.ent_type_ in BODY_LABELS or t.pos_ == "PROPN"]
        if last.pos_ == "NOUN" and named and not _body_word(last) and last.i > named[-1].i:
            # "Liberal Democrat home affairs spokesman": a portfolio of the party named
            return self._body_at(named[-1], min(named[0].i, named[-1].left_edge.i))
        if last.pos_ == "NOUN":  # "a foreign ministry spokesman": the phrase is the body
            return self._body_at(last, mods[0].i)
        named = [t for t in mods if t.ent_type_ in BODY_LABELS or t.pos_ == "PROPN"]
        if not named:
            return None
        end, at = named[0], {t.i for t in named}
        while end.i + 1 in at:  # "Liberal Democrat spokesman": the whole run of name words
            end = self.doc[end.i + 1]
        return self._body_at(_hyphen_run_end(end), named[0].i)

    def _body_at(self, token, first: int) -> tuple[str, Actor | None, int] | None:
        """Name and actor of the body ``token`` heads (words from ``first``); None for a
        person or a pronoun with no named antecedent."""
        index = self.mention_at(token.idx, token.idx + len(token))
        if index is not None and not (self.doc[first].idx <= self.mentions[index].start
                                      and self.mentions[index].end <= token.idx + len(token)):
            if _of_person(self.mentions[index], token):
                return None  # "Trump's spokesman Jason Miller": a person's spokesperson
            index = None  # a mention running past the body's words: the spokesperson's own
        mention = self.mentions[self._root(index)] if index is not None else None
        if mention is not None and mention.label == "PERSON":
            return None  # "a spokesman for Boris Johnson"
        actor = mention.actor if mention is not None else None
        if token.pos_ == "PRON":
            name = actor.name if actor is not None and actor.name else None
            return (name or _proper(mention), actor, token.i) if name or _proper(mention) \
                else None
        ent = self._ent_at(token.i)
        if ent is not None and ent.label_ == "PERSON" and all(
                t.tag_ == "POS" or t.is_punct for t in self.doc[token.i + 1:ent.end]):
            return None  # "Angela Merkel's spokesperson": the spokesperson of a person
        if ent is not None and ent.label_ in BODY_LABELS and ent.start >= first:
            words = [t for t in self.doc[first:ent.end] if t.dep_ != "det"
                     and not t.is_punct and t.tag_ != "POS"]  # "Iran's" + "foreign ministry"
        else:
            words = [t for t in self.doc[first:token.i + 1] if t.dep_ != "det"
                     and not t.is_punct and t.tag_ != "POS"]
        if not words:
            return None
        if not any(t.pos_ == "PROPN" or t.ent_type_ in BODY_LABELS for t in words):
            ent = self._earlier_org(token)  # "a hospital spokesperson": no name unless one
            if ent is None:  # was given before ("the Royal Free Hospital")
                return None
            words = [t for t in ent if t.dep_ != "det"]
        name = self.doc[words[0].i:words[-1].i + 1].text
        return name, actor, token.i


def _hyphen_run_end(token):
    """The last word of a name the tokenizer split at its hyphens ("Sea-Eye spokesperson":
    "Eye" for "Sea"), so the body keeps its whole name; ``token`` itself otherwise."""
    doc = token.doc
    while token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
            and not doc[token.i + 1].whitespace_ and not token.whitespace_ \
            and doc[token.i + 2].pos_ == "PROPN":
        token = doc[token.i + 2]
    return token


GOVERNMENT_WORDS = word_list("quotes", "vocabulary.yaml", "government_body_words")


def _unknown_body(actor: Actor | None, name: str) -> Actor | None:
    """The actor of a body no table knows that a spokesperson speaks for: the spokesperson's
    own actor ("role:spokesman": GOV) only when the body's name holds a word of government
    ("the Environment Agency", "the State Fire Service"); else its country alone, so the
    body's name gives the sector ("Japan Airlines": BUS by "Airlines") or none does ("a
    Twitter spokesperson" is no government)."""
    if actor is None or any(w.lower() in GOVERNMENT_WORDS for w in re.findall(r"[\w']+", name)):
        return actor
    entry = (actor.entry or "").split("+")
    if actor.sector != "GOV" or not entry[0].startswith("role:") \
            or entry[0].removeprefix("role:") not in SPOKES \
            or any(e.startswith(("org:", "seat:")) for e in entry):  # the body's own sector, or a
        return actor  # seat of government the actors stage read ("a Kremlin spokesman": GOV): keep it
    if actor.country is None:
        return None
    new = replace(actor, sector=None, code=None, entry="+".join(entry[1:]) or None)
    new.__post_init__()
    return new


def _force_named(actor: Actor | None, name: str) -> Actor | None:
    """A body whose name is that of police or armed forces ("the Freedonian National
    Police": COP) keeps that sector over the spokesperson's own role's; the actor unchanged
    otherwise (entry suffix ``+force-name:<sector>``)."""
    from detente.quotes.context import _force_sector

    forced = _force_sector(name)
    if forced is None or actor is None or actor.sector == forced \
            or not any(f"role:{w}" in (actor.entry or "") for w in SPOKES):
        return actor
    new = replace(actor, sector=forced, code=None, entry=f"{actor.entry}+force-name:{forced}")
    new.__post_init__()
    return new


def _campaign(token, actor: Actor | None, own: Actor | None) -> Actor | None:
    """A spokesperson of a candidate's campaign ("a spokeswoman for the Smith campaign")
    speaks for a party body: PTY, with the country known so far (the campaign's, else the
    spokesperson's own); None for any other body."""
    from detente.quotes.describe import political_campaign

    if not political_campaign(token):
        return None
    country = next((a.country for a in (actor, own) if a is not None and a.country), None)
    return Actor(country, "PTY", entry="campaign:political")


def _body_word(token) -> bool:
    """A common noun that names a body ("ministry", "police", "office"), not a portfolio
    ("health", "foreign affairs")."""
    from detente.quotes.describe import role_words

    role = role_words().get(token.lemma_.lower()) or role_words().get(token.lower_)
    return role is not None and role.kind == "body"


def _of_person(mention, token) -> bool:
    """The spokesperson's own mention took its country from the person ``token`` names
    (``role:spokesman+roster:donald-trump``), so the one spoken for is a person."""
    entry = mention.actor.entry if mention.actor is not None else None
    return bool(entry) and token.dep_ == "poss" and "+roster:" in entry


def _bare(name: str) -> str:
    """A body's name without a leading article ("the Court of Session")."""
    return name[4:] if name.lower().startswith("the ") else name


ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,4}")
"""A short name with a capital after the first letter ("TfL", "BTP", "UNICEF")."""


def _proper(mention) -> str | None:
    """A mention's text when it is a proper name (every word capitalised, "the" aside):
    "The State Fire Brigade" -> "State Fire Brigade"."""
    if mention is None:
        return None
    words = mention.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words) if len(words) > 1 and all(w[:1].isupper() for w in words) else None


NOT_BODIES = frozenset({"PERSON", "GPE", "NORP", "LOC"})
"""Mention labels of a sentence subject that is no body a spokesperson can speak for."""
SPOKES = frozenset(w for w in SPEAKS_FOR if " " not in w)
"""One-word roles that speak for the body they are of (the actors stage's ``speaks_for``)."""
OFFICIALS = word_list("quotes", "vocabulary.yaml", "body_officials")
"""Roles that speak for the body they are of only when unnamed ("an official from TfL"); a
named official speaks in their own name, as the gold conventions code them."""
BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})


def _named_spokesperson(token):
    """The person a spokesperson token names: "Kremlin spokesman Dmitry Peskov", "its
    spokesman, Tomasz Kubiak", "Dmitry Peskov, the Kremlin spokesman"; None otherwise."""
    if token.dep_ == "compound" and token.head.ent_type_ == "PERSON":
        return token.head
    if token.dep_ == "appos" and token.head.ent_type_ == "PERSON":
        return token.head
    return next((c for c in token.children if c.dep_ == "appos"
                 and c.ent_type_ == "PERSON"), None)


def _initials(name: str) -> str:
    """The capitals a name's words open with, short words left out ("All Elite Wrestling":
    "AEW", "Transport for London": "TL")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())
