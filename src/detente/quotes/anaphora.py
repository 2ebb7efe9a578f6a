"""Words that point back at a quote or a person named before (issue 14, round 13).

- ``referred_back``: a statement noun after a quote that names the quote already given ("...
  "..." Backlash from the statement led her to apologise"): it introduces no quote, so it
  never attributes the quote before it.
- ``DescriptionRules.described_again``: a speaker named only by a definite description that
  no table or earlier title links ("the world champion said" after "Olympic swimmer Jane
  Doyle has no plans to retire"; "The feminist writer said" after "Greer said"): news text
  names its person again by a description, so the description is that person.

``DescriptionRules`` is mixed into ``speakers.SpeakerResolver``; it reads the resolver's
``doc``, ``quoted`` (character ranges) and ``mention_at``.
"""

from __future__ import annotations

from dataclasses import replace

from detente.nlp import entities, span_of
from detente.records import Speaker
from detente.resources import word_list

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
PERSON_NOUNS = word_list("quotes", "vocabulary.yaml", "person_nouns")
DESCRIPTION_WINDOW = 2
"""How many sentences back the person a description names again may stand."""


def referred_back(doc, cue) -> bool:
    """A noun cue in a prepositional phrase with a definite or demonstrative determiner
    ("from the statement", "after these remarks"): it names words given before."""
    noun = doc[cue.head]
    return cue.entry.kind == "noun" and noun.dep_ == "pobj" and any(
        c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE or c.tag_ == "PRP$")
        for c in noun.children)


def split_before_quote(doc, before) -> bool:
    """The parser ended the sentence ``before`` at a quote's opening mark although no
    punctuation closes it ("he told radio host Tom Barnes | "if you ..."): its last word is a
    word, so the quote continues that sentence and its cue may stand there."""
    last = next((t for t in reversed(doc[before.start:before.end])
                 if not (t.is_space or t.is_quote)), None)
    return last is not None and not last.is_punct and before.end < len(doc) and any(
        t.is_quote for t in doc[last.i + 1:before.end + 1])


def previous_subject(doc, head, quoted):
    """The subject of the sentence right before ``head``'s, in the same paragraph and outside the
    ``quoted`` character spans; None at the text's or a paragraph's first sentence, for a sentence
    without a subject, or for a quoted one."""
    start = head.sent.start
    if start == 0 or "\n" in doc[start - 1].text:
        return None
    before = doc[start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or any(s <= subject.idx < e for s, e in quoted):
        return None
    return subject


class DescriptionRules:
    """Speaker rule that names a definite description by the person just named."""

    def described_again(self, base: Speaker, head, recent, sentence: int) -> Speaker | None:
        """A definite description headed by a person noun (``person_nouns`` or a person role
        of the role table: "the England captain", "the feminist writer and broadcaster")
        that nothing else named: the speaker of the sentence just before, else the one person
        named in the ``DESCRIPTION_WINDOW`` sentences before (``_subject_before``; rule
        ``definite>described-again``); None otherwise."""
        from detente.quotes.describe import role_words

        abbreviation = head.is_upper and head.tag_ == "NNP"  # "The MP said", "the MEP"
        if not (abbreviation or (head.pos_ == "NOUN" and head.tag_ == "NN")) or not any(
                c.lower_ == "the" and c.dep_ == "det" for c in head.children):
            return None
        lemma = head.lower_ if abbreviation else head.lemma_.lower()
        role = role_words().get(lemma)
        if lemma not in PERSON_NOUNS and (role is None or role.kind != "person"):
            return None
        from detente.quotes.roles import name_title, other_office

        def another_office(start, end) -> bool:  # "President <name>" / "the defence minister"
            title = name_title(head.doc, start, end) if start is not None else None
            return title is not None and other_office(title, head)

        if recent is not None and recent.speaker.name and sentence - recent.sentence <= 1 \
                and len(recent.speaker.name.split()) > 1 \
                and not another_office(recent.speaker.start, recent.speaker.end) \
                and (not recent.speaker.text.lower().startswith(("the ", "a ", "an "))
                     or recent.speaker.start == base.start) \
                and not _other_gender(lemma, recent.speaker.name):
            last = recent.speaker
            return replace(base, name=last.name, actor=base.actor or last.actor,
                           mention=last.mention,
                           rule=f"definite>described-again:speaker{_plus(base)}")
        person = self._subject_before(head)
        if person is None:
            return None
        index = self.mention_at(person.start_char, person.end_char)
        if index is not None and another_office(self.mentions[index].start,
                                                self.mentions[index].end):
            return None
        actor = base.actor
        if actor is None and index is not None:
            actor = self.mentions[index].actor
        return replace(base, name=person.text, actor=actor, mention=index,
                       rule=f"definite>described-again:subject{_plus(base)}")

    def body_subject_before(self, head):
        """(name, actor, mention index) of the organisation that is the subject of the
        sentence right before an unresolved "it" in the same paragraph ("NASA interrupted its
        coverage to mourn him. It also credited him ..., noting "...""), or that a bare
        "the committee" subject names again (``_named_by_last_word``); None otherwise."""
        subject = previous_subject(self.doc, head, self.quoted) if head.lower_ == "it" else None
        if subject is None:
            return None
        if subject.ent_type_ == "ORG":
            ent = next((e for e in entities(self.doc) if e.start <= subject.i < e.end), None)
        else:  # "The committee reached its view ... It warned"
            ent = _named_by_last_word(subject, self._in_quote)
        if ent is None:
            return None
        index = self.mention_at(ent.start_char, ent.end_char)
        actor = self.mentions[index].actor if index is not None else None
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        return name, actor, index

    def named_by_last_word(self, noun):
        """The body a bare "the committee" names again (``_named_by_last_word``), for
        ``BodyRules._definite_body`` (round 30, q63), or None."""
        return _named_by_last_word(noun, self._in_quote)

    def antecedent_body(self, speaker: Speaker):
        """The body a pronoun's antecedent spokesperson is of ("A spokesman for the Harbour
        Traders Association said ... "...," he said"): ``(name, actor, token)`` as
        ``_spoken_for`` gives it; None when the antecedent is no spokesperson of a body."""
        from detente.quotes.bodies import SPOKES

        if speaker.mention is None or not 0 <= speaker.mention < len(self.mentions):
            return None
        mention = self.mentions[speaker.mention]
        if mention.label != "ROLE" or speaker.start is None or mention.start >= speaker.start:
            return None
        span = span_of(self.doc, mention)
        word = next((t for t in span if t.lower_ in SPOKES), None) if span is not None else None
        return self._spoken_for(word) if word is not None else None

    def _subject_before(self, head):
        """The one person named (PERSON entities outside quotes, by surname) in the
        ``DESCRIPTION_WINDOW`` sentences before ``head``'s own, by their fullest name of two
        words or more, when a mention of them is a subject; None when no one or two people
        are named there, or someone is named in ``head``'s own sentence."""
        doc = head.doc
        first = head.sent.start
        for _ in range(DESCRIPTION_WINDOW):
            if first > 0:
                first = doc[first - 1].sent.start
        people = [ent for ent in entities(doc) if ent.label_ == "PERSON"
                  and first <= ent.start < head.i
                  and not any(s <= ent.start_char < e for s, e in self.quoted)]
        if not people or any(ent.start >= head.sent.start for ent in people) \
                or len({ent[-1].lower_ for ent in people}) > 1:
            return None  # no one, someone in the description's own sentence, or two people
        named = max(people, key=len)
        if len(named.text.split()) < 2 or _other_gender(head.lemma_.lower(), named.text) \
                or not any(
                ent.root.dep_ in ("nsubj", "nsubjpass") for ent in people):
            return None
        return named


FEMALE_NOUNS = frozenset({"mother", "wife", "actress", "businesswoman", "sister", "daughter",
                          "woman", "girl", "grandmother", "chairwoman", "spokeswoman", "aunt",
                          "widow", "congresswoman", "queen", "princess"})
MALE_NOUNS = frozenset({"father", "husband", "businessman", "brother", "son", "man", "boy",
                        "grandfather", "chairman", "spokesman", "uncle", "widower",
                        "congressman", "king", "prince"})


def _other_gender(noun: str, name: str) -> bool:
    """A gendered person noun ("the mother") and a name that marks the other gender."""
    from detente.quotes.names import gender_of

    gender = gender_of(name)
    return (noun in FEMALE_NOUNS and gender == "m") or (noun in MALE_NOUNS and gender == "f")


def _plus(base: Speaker) -> str:
    return f"+{base.rule}" if base.rule else ""


def owned_role_name(subject):
    """The name in apposition to a possessed role that the parser made a conjunct of the
    subject ("said Elm University, Avon's chancellor, Jo Tan": the body's name holds a comma,
    so "chancellor" became a conjunct of "Elm University" and "Jo Tan" its apposition): the
    name speaks; None otherwise."""
    from detente.quotes.describe import role_words

    if subject is None or subject.pos_ != "PROPN":
        return None
    for conj in subject.children:
        if conj.dep_ != "conj" or conj.pos_ != "NOUN":
            continue
        lemma = conj.lemma_.lower()
        role = role_words().get(lemma)
        if lemma not in PERSON_NOUNS and role is None:
            continue
        if not any(c.dep_ == "poss" for c in conj.children):
            continue
        name = next((c for c in conj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is not None:
            return name
    return None


PRONOUNS = frozenset({"he", "she", "him", "her"})


def naming_words(found: Speaker, mentions: list) -> tuple[str, int | None]:
    """The words that named a speaker and where they start: for a personal pronoun the
    mention it was resolved to ("He told the radio" after "Dr Fox accused ...": "Dr Fox"),
    else the speaker's own words. A table's namesake of that mention (a foreign president
    called Fox) is then checked as for a surname at the cue."""
    if found.text.lower() in PRONOUNS and found.mention is not None \
            and 0 <= found.mention < len(mentions) \
            and mentions[found.mention].start < (found.start or 0):
        mention = mentions[found.mention]
        return mention.text, mention.start
    return found.text, found.start


ROLE_PLAYED = word_list("quotes", "vocabulary.yaml", "played_roles")


def played_role(ent) -> bool:
    """A name that is a part someone plays ("the character of Anya Jenkins", "her role as
    Lady Macbeth", "the character, Tom Sawyer"): no one who speaks in the article."""
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("of", "as"):
        return head.head.lemma_.lower() in ROLE_PLAYED
    return root.dep_ == "appos" and head.lemma_.lower() in ROLE_PLAYED



NOUN_POS = frozenset({"NOUN", "PROPN"})
"""Parts of speech of the earlier head word: a noun, or a proper noun in a name ("the Scottish
Executive"); never a verb ("reported" for "the report"; review r30c)."""
TIME_ENTS = frozenset({"DATE", "TIME"})
"""Entity types of a proper noun that names no body: a month or a day ("the March campaign"
is no named campaign; review r30c) -- unless the date has a number, a name's date ("the March 23
Movement": review r30f; ``_numbered``)."""


def _numbered(words) -> bool:
    """True when a date among ``words`` has a number ("March 23")."""
    return any(w.like_num and w.ent_type_ in TIME_ENTS for w in words)

NAMED_AGAIN_WINDOW = 12
NAMED_AGAIN_HOPS = 4
"""How many sentences back "the committee" looks for the body whose name it ends (as
``roles.ROLE_WINDOW`` for a role noun)."""


def _named_by_last_word(noun, in_quote, hops: int = NAMED_AGAIN_HOPS, bare_only: bool = True):
    """The latest body outside quotes, in the ``NAMED_AGAIN_WINDOW`` sentences before
    ``noun``, named by a phrase headed by ``noun``'s word and qualified by a name ("the Commons
    transport committee", "the Child Benefit Agency"), as a span without its determiner: "the
    committee" names it again. Only a bare "the" + common noun, and never a person's title:
    the earlier phrase is skipped when it titles a person's name ("Foreign Minister Jane Roe ...
    The minister ... It said"), while "the Scottish Executive ... The executive ... It said" names
    the body (review r28f). The earlier word must be a noun (not "reported" for "the report") and
    its name no date ("the March campaign"; review r30c), and its own name does not follow it after
    "of" ("the US city of Lakeport": "US" only places it; round 31); None otherwise."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or (
            bare_only and [c.lower_ for c in noun.children] != ["the"]):
        return None
    if noun.lemma_.lower() in PERSON_NOUNS:
        return None  # "it" never names a person again
    doc, lemma = noun.doc, noun.lemma_.lower()
    first = noun.sent.start
    for _ in range(NAMED_AGAIN_WINDOW):
        if first > 0:
            first = doc[first - 1].sent.start
    for i in range(noun.sent.start - 1, first - 1, -1):
        token = doc[i]
        if token.lemma_.lower() != lemma or token.pos_ not in NOUN_POS or in_quote(token.idx) \
                or not any(t.pos_ == "PROPN" and (t.ent_type_ not in TIME_ENTS or _numbered(doc[token.left_edge.i:i]))
                           for t in doc[token.left_edge.i:i]):
            continue  # a verb ("reported" for "the report") or a month ("the March campaign")
        if _titles_person(token):
            continue  # "Foreign Minister Jane Roe": a person's title, no body
        if _named_after_of(token):
            continue  # "the US city of Lakeport": the name follows "of"; "US" only places it
        start = token.left_edge.i
        while start < i and doc[start].dep_ in ("det", "poss", "case"):
            start += 1
        return doc[start:i + 1]
    return _named_before_again(noun, first, in_quote, hops)


def _named_before_again(noun, first: int, in_quote, hops: int):
    """The body an earlier bare "the committee" in the window names, when no phrase naming it
    lies in the window itself: each "the committee" names the same body again, so a long
    article's chain of them reaches back past ``NAMED_AGAIN_WINDOW`` (round 33, at most
    ``NAMED_AGAIN_HOPS`` steps); None otherwise."""
    if hops <= 0:
        return None
    for i in range(noun.sent.start - 1, first - 1, -1):
        token = noun.doc[i]
        if token.lemma_.lower() == noun.lemma_.lower() and not in_quote(token.idx) and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children) \
                and token.dep_ not in ("appos", "attr") and (token.dep_ in ("dobj", "nsubjpass") or any(
                c.dep_ in ("amod", "compound") for c in token.children)):
            return None  # "a new ethics committee" came in between: another body
        if token.lemma_.lower() == noun.lemma_.lower() and token.tag_ == "NN" \
                and not in_quote(token.idx) \
                and [c.lower_ for c in token.children if c.dep_ == "det"] == ["the"] \
                and not any(c.dep_ in ("compound", "amod", "poss") for c in token.children):
            return _named_by_last_word(token, in_quote, hops - 1, bare_only=False)
    return None


def _named_after_of(token) -> bool:
    """True when the noun's own name follows it after "of" ("the US city of Lakeport", "the
    northern town of Ashby"): the words before it only place or describe it (round 31, q65)."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) for c in token.children)


def _titles_person(token) -> bool:
    """True when ``token`` is a title on a person's name: a compound of a PERSON name ("Foreign
    Minister Jane Roe") or in apposition to one ("Jane Roe, the Foreign Minister")."""
    head = token.head if token.dep_ == "compound" else token
    if head.ent_type_ == "PERSON" and head.i != token.i:
        return True
    return token.dep_ == "appos" and token.head.ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)

