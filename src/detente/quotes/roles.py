"""Speakers known only by a role noun: "The actress recalled" after "Actress Denise Crosby",
"The Wooster professor added" right after a quote of the study's co-author, "the company
noted" after "Hasbro hosted a panel". The actors stage links the role nouns its tables know
("the archbishop"); these rules name the ones it leaves unnamed.

``RoleRules`` is mixed into ``speakers.SpeakerResolver``; its methods read the resolver's
``doc`` and ``quoted`` (character ranges).
"""

from __future__ import annotations

import re
from dataclasses import replace

from detente.nlp import columns, entities, span_at, span_of
from detente.records import Speaker
from detente.resources import word_list

CONTINUING = word_list("quotes", "vocabulary.yaml", "continuing_cues")
GENERIC_BODIES = word_list("quotes", "vocabulary.yaml", "generic_bodies")
COMMERCIAL_BODIES = word_list("quotes", "vocabulary.yaml", "commercial_bodies")
COMMERCIAL_SECTOR_WORDS = word_list("quotes", "vocabulary.yaml", "commercial_sectors")
COMMERCIAL_SECTORS = frozenset(s.upper() for s in COMMERCIAL_SECTOR_WORDS)
"""The only sectors a commercial body noun ("the company", "the broadcaster") names again."""
UNSORTED_NAME_WORDS = word_list("quotes", "vocabulary.yaml", "name_words_without_sector")
UNSORTED_NAME_SECTOR_WORDS = word_list("quotes", "vocabulary.yaml", "name_sectors_not_given")
UNSORTED_NAME_SECTORS = frozenset(s.upper() for s in UNSORTED_NAME_SECTOR_WORDS)
"""A name's last word gives no sector when it is a membership word ("Alibaba Group", "Western
Union") or a military one ("Airbus Helicopters", "The Salvation Army", "the New York Jets")."""
MULTI_SEAT = word_list("actors", "vocabulary.yaml", "multi_seat_offices")
"""Role nouns many hold at once: only "the Ohio governor" is one seat told apart by its place."""
ROLE_WINDOW = 12
"""How many sentences back a role noun looks for the person it titles."""
CONTINUE_WINDOW = 3
"""How many sentences after the last speaker's cue "the real estate mogul added" still
continues them (the quote before may run over two or three sentences)."""
PARTY_MEMBERS = word_list("quotes", "vocabulary.yaml", "party_members")
MEMBER_WINDOW = 2
"""How many sentences after the last speaker's cue "the Arizona Republican asked" names them."""
BODY_WINDOW = 5
"""How many sentences back "the company" looks for the organisation it names."""
PARTY_NOUN = "party"
"""The body noun that names a party again ("the party said"), by the party named before."""


class RoleRules:
    """Speaker rules that name a definite role noun; mixed into the speaker resolver."""

    def _definite_role(self, base: Speaker, head, recent, sentence: int) -> Speaker | None:
        """A definite singular common noun left unnamed ("The actress", "the company"):
        the person titled with the same noun before ("Actress Denise Crosby", "Jo Smith,
        a nurse"), else the last speaker when the cue continues ("The professor added"),
        else for a generic body noun the organisation named just before; None otherwise."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or not any(
                c.lower_ == "the" and c.dep_ == "det" for c in head.children):
            return None
        person = self._titled_person(head)
        if person is not None:
            named = replace(base, name=person, rule=f"definite>titled-person{_plus(base)}")
            got = self._with_actor(named, head)
            country = base.actor.country if base.actor is not None else None
            own = bool(country) and _own_place(head)  # "The president of Turkey"
            if got is named:  # no actor of the person's own
                if not own:
                    return got
            elif not country or got.actor is None or got.actor.country == country:
                return got
            elif not own:
                return named  # the role's own country stands over the person's
            # a role with its own "of <place>" takes no person of another or unknown country
        if recent is not None and recent.speaker.name \
                and sentence - recent.sentence <= CONTINUE_WINDOW \
                and head.head.lemma_.lower() in CONTINUING:
            last = recent.speaker
            return replace(base, name=last.name, actor=last.actor, mention=last.mention,
                           rule=f"definite>recent-speaker{_plus(base)}")
        described = self._described_speaker(base, head, recent, sentence)
        if described is not None:
            return described
        if head.lemma_.lower() == PARTY_NOUN and all(c.dep_ == "det" for c in head.children):
            party = self._party_before(head)
            if party is not None:
                index, name = party
                return replace(base, name=name, actor=self.mentions[index].actor or base.actor,
                               mention=index, rule=f"definite>party-before{_plus(base)}")
        if head.lemma_.lower() in GENERIC_BODIES:
            org = self._org_before(head, head.lemma_.lower())
            if org is not None:
                return replace(base, name=org, rule=f"definite>org-before{_plus(base)}")
        return None

    def pronoun_role_holder(self, named: Speaker, head) -> Speaker | None:
        """"he"/"she" whose chain ended in a definite role noun the actors stage left unnamed
        ("Party leader Jo Roe ... a friend of the party leader ... He replies"): the person
        that role noun titled before (``_titled_person``), when no name of theirs marks the
        other gender; the person's own mention and actor when known (rule
        ``coref>titled-person``); None otherwise."""
        from detente.quotes.speakertokens import _other_gender

        if head.lower_ not in ("he", "she") or named.mention is None \
                or not 0 <= named.mention < len(self.mentions):
            return None
        role = self.mentions[named.mention]
        span = span_of(self.doc, role)
        if role.label != "ROLE" or span is None or not len(span):
            return None
        noun = span.root
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not any(
                c.lower_ == "the" and c.dep_ == "det" for c in noun.children):
            return None
        person = self._titled_person(noun)
        if person is None or _other_gender(self._fuller_name(person), head):
            return None
        found = self.named_actor(person, head)
        index, actor = found if found is not None else (named.mention, named.actor)
        return replace(named, name=person, actor=actor or named.actor, mention=index,
                       rule=f"coref>titled-person{_plus(named)}")

    def _described_speaker(self, base: Speaker, head, recent, sentence: int
                           ) -> Speaker | None:
        """"The fisheries minister said ..." right after "..., Jane Roe has said": a
        person role naming the person who spoke in the sentence before, whose office no
        table knows; they speak, with the role's sector (rule ``definite>described-speaker``)."""
        from detente.quotes.describe import role_words

        role = role_words().get(head.lemma_.lower())
        last = recent.speaker if recent is not None else None
        if role is None or role.kind != "person" or not role.sector or last is None \
                or not last.name or len(last.name.split()) < 2 \
                or sentence - recent.sentence > 1 or (last.actor is not None and last.actor.sector
                                                     not in (None, "CVL")):
            return None
        actor = base.actor if base.actor is not None and base.actor.sector == role.sector \
            else None
        if actor is None:
            return None
        actor = replace(actor, name=last.name, country=actor.country or (
            last.actor.country if last.actor is not None else None), code=None)
        actor.__post_init__()
        return replace(base, name=last.name, actor=actor, mention=last.mention,
                       rule=f"definite>described-speaker{_plus(base)}")

    def party_member(self, base: Speaker, head, recent, sentence: int) -> Speaker | None:
        """A party member named by the party word alone ("the Arizona Republican asked",
        "the Labour veteran"): the speaker of the sentences just before, when a person is
        named there; None otherwise."""
        if head.lower_ not in PARTY_MEMBERS or not any(
                c.lower_ == "the" and c.dep_ == "det" for c in head.children):
            return None
        if recent is None or not recent.speaker.name or sentence - recent.sentence > \
                MEMBER_WINDOW or " " not in recent.speaker.name.strip():
            return None
        last = recent.speaker
        return replace(base, name=last.name, actor=last.actor, mention=last.mention,
                       rule=f"definite>party-member{_plus(base)}")

    def described_person(self, base: Speaker, head, sentence: int) -> Speaker | None:
        """A person named by a definite nationality or age alone ("the Kenyan said", "the
        29-year-old told reporters"): the latest person named outside quotes in the same or
        the ``MEMBER_WINDOW`` sentences before (rule ``definite>person-before``); the
        nationality's actor stays when the person has none of their own."""
        if not any(c.lower_ == "the" and c.dep_ == "det" for c in head.children):
            return None
        age = head.lower_ == "old" and any(t.lower_ == "year" for t in head.subtree)
        nationality = head.ent_type_ == "NORP" and head.tag_ in ("NNP", "NN", "JJ") \
            and not head.text.endswith("s")  # "the Kenyan", not "the Kenyans"
        if not (age or nationality):
            return None
        first = _sentences_back(head, MEMBER_WINDOW)
        for ent in reversed(entities(head.doc)):
            if ent.end > head.i or ent.start < first or ent.label_ != "PERSON" \
                    or self._in_quote(ent.start_char) or len(ent.text.split()) < 2:
                continue
            index = self.mention_at(ent.start_char, ent.end_char)
            actor = base.actor
            if index is not None and self.mentions[index].actor is not None \
                    and self.mentions[index].actor.country:
                actor = self.mentions[index].actor
            return replace(base, name=ent.text, actor=actor, mention=index,
                           rule=f"definite>person-before{_plus(base)}")
        return None

    def _titled_person(self, head) -> str | None:
        """The latest person before ``head`` (outside quotes, within ``ROLE_WINDOW``
        sentences) titled with ``head``'s noun: "Actress Denise Crosby" (a compound of the
        name), "Denise Crosby, an actress" or "the actress, Denise Crosby" (apposition).
        A role noun qualified by a name ("the Tory leader", ``_qualifier``) looks further
        back, to the article's start, for a title written with the same words."""
        doc, lemma = head.doc, head.lemma_.lower()
        places = _seat_places(head) if lemma in MULTI_SEAT else set()  # not "the England coach"
        window = _sentences_back(head, ROLE_WINDOW)
        qualifier = _qualifier(head)
        first = 0 if qualifier else window
        lemmas = columns(doc).lemma  # ``token.lemma_.lower()``: a Token only where it matches
        for i in range(head.sent.start - 1, first - 1, -1):
            if lemmas[i] != lemma:
                continue
            token = doc[i]
            if self._in_quote(token.idx) or not places <= _seat_places(token):
                continue  # "the Ohio governor" is not "Governor <name>" of another state
            if other_portfolio(token, head):
                continue  # "Prime Minister <name>" is not "the foreign minister"
            if qualifier and (_other_title(token, head) or i < window
                              and [t.lower_ for t in doc[max(0, i - len(qualifier)):i]]
                              != qualifier):
                continue  # "Scottish Tory leader", "Former Labour leader": another title
            for cand in (token.head, *token.children, token.head.head):
                if cand.ent_type_ == "PERSON" and cand.i != token.i and (
                        token.dep_ in ("compound", "appos") or cand.dep_ == "appos"):
                    return _person_text(cand)
        return None

    def _party_before(self, head) -> tuple[int, str] | None:
        """(mention index, name) of the latest party named as a body outside quotes in the
        ``BODY_WINDOW`` sentences before ``head`` ("The Liberal Democrats unveiled a plan. The
        party said ..."): a mention the actors stage read as a party (entry ``party:``), which
        the tagger labels now ORG, now NORP, so ``_org_before`` misses it."""
        first = head.doc[_sentences_back(head, BODY_WINDOW)].idx
        for index in range(len(self.mentions) - 1, -1, -1):
            m = self.mentions[index]
            if m.start >= head.idx or m.start < first or self._quoted(m) or m.actor is None \
                    or m.label == "PRON" or not (m.actor.entry or "").startswith("party:"):
                continue
            span = span_of(self.doc, m)
            if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
                continue  # "The SNP attacked Labour. The party said": the subject's party
            name = re.sub(r"^[Tt]he |(?:'s|'|’s|’)$", "", m.text)
            return index, name
        return None

    def _org_before(self, head, noun: str | None = None) -> str | None:
        """The latest organisation entity outside quotes in ``BODY_WINDOW`` sentences
        before ``head`` ("Hasbro hosted a panel. ... the company noted") that the body noun
        ``noun`` can name (``can_name``: "the company" passes over the Senate or a foundation's
        fund named in between)."""
        first = _sentences_back(head, BODY_WINDOW)
        for ent in reversed(entities(head.doc)):
            if ent.end > head.i or ent.start < first:
                continue
            if ent.label_ == "ORG" and not self._in_quote(ent.start_char) \
                    and self.can_name(noun, ent):
                return ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        return None

    def can_name(self, noun: str | None, ent) -> bool:
        """Whether the generic body noun ``noun`` can name the organisation entity ``ent``:
        a non-commercial noun ("the group", "the organisation", "the charity") any one (an armed
        group, the PLO); a commercial noun (``commercial_bodies``) only one whose sector -- its
        actor's (from the actors stage; not a countryless reading of a word of its name,
        "Western Union" role:union), else the one its name's last word gives ("... Brothers
        Fund": NGO) -- is unknown or business-like (``commercial_sectors``)."""
        if noun is None or noun not in COMMERCIAL_BODIES or any(t.lemma_.lower() == noun for t in ent):
            return True  # "the Carlyle Group ... the group"
        index = self.mention_at(ent.start_char, ent.end_char)
        actor = self.mentions[index].actor if index is not None else None
        coded = actor is not None and actor.sector and (
            actor.country or not (actor.entry or "").startswith("role:"))
        sectors = {actor.sector} if coded else _name_sectors(ent)  # "Western Union": role:union
        return not sectors or bool(sectors & COMMERCIAL_SECTORS)


def _seat_places(token) -> set[str]:
    """The place names that qualify a role noun ("the Ohio governor", "Florida Senator <name>"):
    its GPE modifiers and the GPE words right before it in its own noun phrase (not "Speaking
    in Madrid, the coach"), lower case."""
    doc = token.doc
    start = min(token.left_edge.i, token.head.left_edge.i) if token.dep_ == "compound" \
        else token.left_edge.i  # "Florida Senator Marco Rubio": the phrase of the name
    near = [t for t in doc[max(start, token.i - 3):token.i] if t.ent_type_ == "GPE"]
    mods = [c for c in token.children if c.ent_type_ == "GPE" and c.i < token.i]
    return {t.lower_ for t in near + mods}


def _own_place(head) -> bool:
    """Whether a role noun names its own place: "the president of Turkey"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in c.children) for c in head.children)


def _modifier_tokens(token) -> list:
    return [t for t in token.doc[token.left_edge.i:token.i]
            if t.dep_ in ("compound", "amod") and t.head.i == token.i]


def _modifiers(token) -> list[str]:
    return [t.lower_ for t in _modifier_tokens(token)]


def _portfolio(token) -> set[str]:
    """The lower-case common words that qualify an office noun in its own phrase ("the
    foreign minister": ``{"foreign"}``; "Prime Minister <name>": ``{"prime"}``)."""
    return {t.lower_ for t in _modifier_tokens(token) if t.ent_type_ not in ("NORP", "GPE")}


def other_portfolio(title, head) -> bool:
    """True when a definite office noun that names its portfolio ("the foreign minister",
    "the interior minister") meets an earlier title ``title`` of the same noun with another
    one ("Prime Minister <name>"): two offices that share a word, not one holder (review r29f,
    bug 2). A cue naming no portfolio ("the minister") or a title naming none ("Minister
    <name>") may be the same office."""
    own, theirs = _portfolio(head), _portfolio(title)
    return bool(own - theirs) and bool(theirs - own)


def other_office(title, head) -> bool:
    """True when the government title ``title`` on an earlier person's name ("President
    <name>", "Prime Minister <name>") is another office than the definite government office
    noun ``head`` naming its portfolio ("the defence minister"): another noun of the role
    table, or the same noun with another portfolio (``other_portfolio``). Only a cue that
    names its portfolio: a bare "the minister" or "the leader" may describe any of them."""
    from detente.quotes.describe import role_words

    if not _portfolio(head):
        return False
    words = role_words()
    mine, theirs = words.get(head.lemma_.lower()), words.get(title.lemma_.lower())
    if mine is None or theirs is None or "GOV" not in (mine.sector, theirs.sector) \
            or mine.sector != theirs.sector:
        return False
    return title.lemma_.lower() != head.lemma_.lower() or other_portfolio(title, head)


def name_title(doc, start: int, end: int):
    """The title noun on a person's name inside the characters ``start``..``end`` ("Minister"
    of "Prime Minister Jane Roe"): the last token before the PERSON name compounding on it;
    None when the name carries no title."""
    span = span_at(doc, start, end)
    if span is None:
        return None
    first = next((t for t in span if t.ent_type_ == "PERSON"), None)
    if first is None or first.i == span.start:
        return None
    title = doc[first.i - 1]
    return title if title.dep_ == "compound" and title.ent_type_ != "PERSON" else None


TITLE_CHANGERS = frozenset({"former", "ex", "deputy", "shadow", "acting", "vice"})
"""Modifiers that make an earlier title another office than the cue's ("Former Labour leader")."""


def _other_title(token, head) -> bool:
    """True when the earlier title ``token`` carries a modifier the cue ``head`` lacks that names
    another holder: a name word ("Liberal Democrat leader", "Scottish Tory leader" for "the Tory
    leader") or a word changing the office ("Former", "deputy"); a plain extra word ("Conservative
    Party leader", "presidential candidate") keeps the same title (review r28f)."""
    own = set(_modifiers(head))
    return any(t.lower_ not in own and (t.lower_ in TITLE_CHANGERS or t.lower_ != "party" and (
        t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG", "LOC")))
               for t in _modifier_tokens(token))


def _qualifier(head) -> list[str]:
    """The words that qualify a definite role noun in its own phrase ("the Tory leader":
    ``["tory"]``; "the leader": none), lower case: a title written with the same words
    before a name names the same holder anywhere earlier in the article."""
    words = [t for t in head.doc[head.left_edge.i:head.i]
             if t.dep_ in ("compound", "amod") and (t.pos_ == "PROPN" or t.ent_type_)]
    return [t.lower_ for t in words] if words and words[-1].i == head.i - 1 else []


def _name_sectors(ent) -> set[str]:
    """The sector the last word of an organisation's name gives, the name's own noun
    (``role_words`` of kind body or name: "... Brothers Fund" NGO, "... Bank" BUS; not
    "Union Pacific"); none from a membership word or a military one (``UNSORTED_NAME_WORDS``,
    ``UNSORTED_NAME_SECTORS``: "Alibaba Group", "Airbus Helicopters")."""
    from detente.quotes.describe import role_words

    last = ent[-1]
    if last.lower_ in UNSORTED_NAME_WORDS or last.lemma_.lower() in UNSORTED_NAME_WORDS:
        return set()
    r = role_words().get(last.lemma_.lower()) or role_words().get(last.lower_)
    return {r.sector} if r is not None and r.kind in ("body", "name") and r.sector \
        and r.sector not in UNSORTED_NAME_SECTORS else set()


def _plus(base: Speaker) -> str:
    return f"+{base.rule}" if base.rule else ""


def _sentences_back(token, count: int) -> int:
    """Index of the first token ``count`` sentences before ``token``'s own."""
    start = token.sent.start
    for _ in range(count):
        if start > 0:
            start = token.doc[start - 1].sent.start
    return start


def _person_text(token) -> str:
    """The PERSON entity ``token`` is part of."""
    for ent in entities(token.doc):
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text
