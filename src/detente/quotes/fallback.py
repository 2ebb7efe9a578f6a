"""Who a pronoun the actors stage left unresolved stands for: ``FallbackRules``.

A mixin of ``speakers.SpeakerResolver`` (it reads the resolver's ``doc``, ``mentions`` and
``quoted``, and calls its ``body_subject_before`` and ``_with_actor``): the subject of the
sentence before, the speaker of the latest quote nearby, the nearest person named before
it, or the person the article names most often, which is how news text uses ``he said``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from detente.actors.tables import first_names
from detente.nlp import entities
from detente.quotes.anaphora import played_role, previous_subject
from detente.quotes.antecedents import in_own_complement
from detente.quotes.speakertokens import (
    IMPERSONAL,
    Recent,
    _entity_text,
    _in_own_adjunct,
    _other_gender,
    _proper_name,
    birth_name,
)
from detente.records import Speaker

RECENT_SENTENCES = 3
BODY_RULES = frozenset({"body-name", "body-phrase", "recent-speaker:body"})
"""Rule steps that name a body the actors stage read as a role (``bodies.BodyRules``), and
a pronoun that took up such a body (round 21)."""


class FallbackRules:
    """Pronoun fallbacks of ``SpeakerResolver``: what a pronoun with no antecedent refers to."""

    def _pronoun_fallback(self, base: Speaker, head, recent: Recent | None,
                          sentence: int) -> Speaker:
        if recent is not None and recent.speaker.start is not None \
                and _in_own_adjunct(head, recent.speaker.start):
            recent = None  # "Asked by Tom Reed about ..., she said": the asker, named in her
            # own fronted adjunct, is not who answers
        body = self.body_subject_before(head)
        if body is not None:  # "NASA interrupted its coverage ... It also credited him, noting"
            return replace(base, name=body[0], actor=body[1], mention=body[2],
                           rule="previous-subject:body")
        named = self._previous_subject(head)
        if named is not None and head.lower_ in ("he", "she") \
                and not _other_gender(named, head) and (
                    recent is None or sentence - recent.sentence >= 2):
            # "US voice actor Alexis Tipton marveled ... . Then, she looked at the role as ..."
            return self._with_actor(replace(base, name=named, rule="previous-subject"), head)
        impersonal = head.lower_ in IMPERSONAL  # "it" and "they" are no one person
        if recent is not None and sentence - recent.sentence - self._same_pronoun_run(head) \
                <= RECENT_SENTENCES \
                and recent.speaker.name and not (impersonal and self._a_person(recent.speaker)) \
                and not _other_gender(recent.speaker.name, head):
            last = recent.speaker
            body = BODY_RULES & set((last.rule or "").split("+"))
            return replace(base, name=last.name, actor=last.actor, mention=last.mention,
                           rule="recent-speaker:body" if body else "recent-speaker")
        if recent is not None and sentence - recent.sentence <= 1 \
                and not _other_gender(recent.speaker.name, head):
            # "The head of the investigators told the court "...". She also said": the
            # unnamed speaker just quoted, not a name further back
            return replace(base, actor=recent.speaker.actor, rule="recent-speaker:unnamed")
        person = self._person_before(head) if not impersonal else None
        if person is not None:
            return self._with_actor(replace(base, name=person, rule="person-before"), head)
        if head.lower_ in ("he", "she") and recent is None:
            person = self._main_person()
            gender = first_names().get(person.split()[0].lower()) if person else None
            if person is not None and gender != {"he": "f", "she": "m"}[head.lower_]:
                # "..., he recalled" with the tagger missing the name
                named = next((i for i in range(len(self.mentions) - 1, -1, -1)
                              if self.mentions[i].label == "PERSON"
                              and self.mentions[i].text == person
                              and self.mentions[i].start < head.idx), None)
                return self._with_actor(replace(base, name=person, mention=named,
                                                rule="main-person"), head)  # nearby
        return base

    def _same_pronoun_run(self, head) -> int:
        """How many sentences right before ``head``'s have the same personal pronoun as their
        subject ("And he stressed ... . He finished ..."): a run of them goes on about one
        person, so the recent speaker they follow is reached over the run (round 33); only
        "he" and "she", outside quotes, at most ``RECENT_SENTENCES``."""
        if head.lower_ not in ("he", "she"):
            return 0
        run, start = 0, head.sent.start
        while run < RECENT_SENTENCES and start > 0:
            before = self.doc[start - 1].sent
            subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ != head.lower_ \
                    or any(s <= subject.idx < e for s, e in self.quoted):
                break
            run, start = run + 1, before.start
        return run

    def _a_person(self, speaker: Speaker) -> bool:
        """The speaker is one named person: a name opening with a given name the tables know
        ("Robin Cook"), or one the roster or a person's role resolved; a club or paper the
        tagger took for a person ("Borussia Dortmund") is not, nor a body the actors stage
        read as a role ("The Emergencies Ministry": rule ``body-name`` or ``body-phrase``),
        which "it" may take up (round 21)."""
        words = (speaker.name or "").split()
        entry = speaker.actor.entry if speaker.actor is not None else None
        if BODY_RULES & set((speaker.rule or "").split("+")):
            return False
        return (len(words) > 1 and words[0].lower() in first_names()) or (
            entry or "").startswith(("roster:", "office:", "apposition>", "role:"))

    def _previous_subject(self, head) -> str | None:
        """The name that is the subject of the sentence right before ``head``'s, in the same
        paragraph and outside quotes (a person the tagger missed included: a title-case
        proper noun); None otherwise."""
        subject = previous_subject(self.doc, head, self.quoted)
        if subject is None:
            return None
        if subject.ent_type_ == "PERSON":
            return _entity_text(subject)
        if subject.pos_ == "PROPN" and subject.is_title and not subject.ent_type_:
            return _proper_name(subject)
        if subject.pos_ == "PROPN" and subject.ent_type_ in ("ORG", "GPE"):
            # "Bloomberg endorsed ..." after "Michael Bloomberg": a surname the tagger
            # took for a company is the person the article named in full
            tails = (re.split(r",| and | of ", m.text)[-1].strip() for m in self.mentions
                     if m.label == "PERSON" and m.start < subject.idx)
            return next((t for t in tails if len(t.split()) > 1
                         and t.split()[-1] == subject.text), None)
        return None

    def _main_person(self) -> str | None:
        """The person the article names most often outside quotes (counted by surname; at
        least three times and more than any other), by their fullest name; None when no
        one stands out. A birth name ("was born Jane Ann Roe") is no name the article
        calls them by (``birth_name``)."""
        counts: dict[str, int] = {}
        full: dict[str, str] = {}
        for ent in self._doc_ents():
            if ent.label_ != "PERSON" or any(s <= ent.start_char < e for s, e in self.quoted) \
                    or birth_name(ent):
                continue
            last = ent[-1].text
            counts[last] = counts.get(last, 0) + 1
            if len(ent.text) > len(full.get(last, "")):
                full[last] = ent.text
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < 3 or (len(ranked) > 1 and ranked[1] == ranked[0]):
            return None
        return full[max(counts, key=counts.get)]

    def _doc_ents(self) -> tuple:
        """The document's entities, built once (``Doc.ents`` makes every ``Span`` anew)."""
        if getattr(self, "_ents_cache", None) is None:
            self._ents_cache = entities(self.doc)
        return self._ents_cache

    def _person_before(self, head) -> str | None:
        """Nearest PERSON entity before ``head`` in the last sentences, outside quotes; in
        that person's sentence a person who is a clause's subject comes first ("X accepted
        responsibility for the murder of Y. ..., he said": X, not Y)."""
        limit = head.sent.start
        for _ in range(RECENT_SENTENCES):
            if limit > 0:
                limit = self.doc[limit - 1].sent.start
        nearest = None
        for ent in reversed(self._doc_ents()):
            if ent.start >= head.i or ent.label_ != "PERSON" \
                    or _in_own_adjunct(head, ent.start_char) or played_role(ent) \
                    or in_own_complement(head, ent.start_char):
                continue
            if nearest is not None and ent.sent.start != nearest.sent.start:
                break
            if ent.start < limit:
                break
            if not any(s <= ent.start_char < e for s, e in self.quoted) \
                    and not _other_gender(ent.text, head):
                if _a_subject(ent):
                    return ent.text
                nearest = nearest or ent
        return nearest.text if nearest is not None else None


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _a_subject(ent) -> bool:
    """A name that is a clause's subject, or a title or apposition of one."""
    root = ent.root
    return root.dep_ in SUBJECT_DEPS \
        or (root.dep_ in ("appos", "compound") and root.head.dep_ in SUBJECT_DEPS)
