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

from detente.nlp import entities
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


class DescriptionRules:
    """Speaker rule that names a definite description by the person just named."""

    def described_again(self, base: Speaker, head, recent, sentence: int) -> Speaker | None:
        """A definite description headed by a person noun (``person_nouns`` or a person role
        of the role table: "the England captain", "the feminist writer and broadcaster")
        that nothing else named: the speaker of the sentence just before, else the person
        who is the subject of one of the ``DESCRIPTION_WINDOW`` sentences before, when no
        other person is named (outside quotes) between that person and the description
        (rule ``definite>described-again``); None otherwise."""
        from detente.quotes.describe import role_words

        if head.pos_ != "NOUN" or head.tag_ != "NN" or not any(
                c.lower_ == "the" and c.dep_ == "det" for c in head.children):
            return None
        lemma = head.lemma_.lower()
        role = role_words().get(lemma)
        if lemma not in PERSON_NOUNS and (role is None or role.kind != "person"):
            return None
        if recent is not None and recent.speaker.name and sentence - recent.sentence <= 1 \
                and len(recent.speaker.name.split()) > 1:
            last = recent.speaker
            return replace(base, name=last.name, actor=base.actor or last.actor,
                           mention=last.mention,
                           rule=f"definite>described-again:speaker{_plus(base)}")
        person = self._subject_before(head)
        if person is None:
            return None
        index = self.mention_at(person.start_char, person.end_char)
        actor = base.actor
        if actor is None and index is not None:
            actor = self.mentions[index].actor
        return replace(base, name=person.text, actor=actor, mention=index,
                       rule=f"definite>described-again:subject{_plus(base)}")

    def _subject_before(self, head):
        """The latest PERSON entity of two words or more before ``head``, outside quotes and
        in the ``DESCRIPTION_WINDOW`` sentences before its own, when it heads its sentence's
        subject; None when another person stands nearer or it is not a subject."""
        doc = head.doc
        first = head.sent.start
        for _ in range(DESCRIPTION_WINDOW):
            if first > 0:
                first = doc[first - 1].sent.start
        for ent in reversed(entities(doc)):
            if ent.end > head.i or any(s <= ent.start_char < e for s, e in self.quoted):
                continue
            if ent.label_ != "PERSON":
                continue
            if ent.start < first or ent.start >= head.sent.start:
                return None  # a person named in the description's own sentence, or too far
            if len(ent.text.split()) < 2 or ent.root.dep_ not in ("nsubj", "nsubjpass"):
                return None
            return ent
        return None


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
