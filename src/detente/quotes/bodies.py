"""Bodies as speakers: a definite description of a body named before ("the commission"), a
body named after a person ("the Biden campaign"), a body the actors stage read as a role
("Toronto Police"), and a spokesperson, who speaks for the body they are of ("Kremlin
spokesman Dmitry Peskov", "a spokesperson for the ministry", and the same person named again).

``BodyRules`` is mixed into ``speakers.SpeakerResolver``; its methods read the resolver's
``doc``, ``mentions``, ``quoted`` (character ranges) and lookups.
"""

from __future__ import annotations

from dataclasses import replace

from detente.records import Actor, Speaker
from detente.resources import word_list

BODY_OF_PERSON = {
    **{w: None for w in word_list("quotes", "vocabulary.yaml", "person_bodies")},
    **{w: "PTY" for w in word_list("quotes", "vocabulary.yaml", "person_bodies_party")},
    **{w: "GOV" for w in word_list("quotes", "vocabulary.yaml", "person_bodies_government")},
}
"""Nouns of a body a person's name can name ("the Biden campaign"), with the body's sector
(None: none fixed)."""


class BodyRules:
    """Speaker rules that name a body; mixed into the speaker resolver."""

    def _definite_body(self, base: Speaker, head) -> Speaker | None:
        """A definite description of a body ("the commission", "the ministry") is the
        latest organisation named before it whose head word it repeats ("The United States
        Commission on Presidential Debates"); rule ``definite>entity``."""
        if head.pos_ != "NOUN" or not any(c.lower_ == "the" and c.dep_ == "det"
                                          for c in head.children):
            return None
        lemma = head.lemma_.lower()
        for ent in reversed(self.doc.ents):
            if ent.end > head.i or ent.label_ != "ORG" or ent.root.lemma_.lower() != lemma \
                    or any(s <= ent.start_char < e for s, e in self.quoted):
                continue
            index = self.mention_at(ent.start_char, ent.end_char)
            mention = self.mentions[self._root(index)] if index is not None else None
            actor = mention.actor if mention is not None and mention.actor else base.actor
            return replace(base, name=ent.text, actor=actor, mention=index,
                           rule=f"definite>entity{'+' + base.rule if base.rule else ''}")
        return None

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
                 if not (t.dep_ == "det" or t.is_punct)]
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
                 if not (t.is_punct or t.is_space or (t.i == left and t.dep_ == "det"))]
        if len(words) < 2 or not all(t.is_title or t.is_upper or t.is_stop for t in words):
            return None
        if not any(t.ent_type_ in ("GPE", "NORP", "ORG") or t.text in self._places
                   for t in words):
            return None
        return self.doc[words[0].i:words[-1].i + 1].text
