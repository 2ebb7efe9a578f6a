"""Unknown names placed by what stands beside them, before coreference (issue 13, round 17).

Coreference (``coref.link_references``) lets an unknown *person* take the actor of the role
phrase it stands in apposition to ("Moscow's ambassador, Anatoly Antonov"), and later mentions
of its name take it too. Two kinds of unknown name stayed unplaced, with every later mention:

- an **organisation** in apposition to a role phrase for a body ("the Civic Alliance, a
  Kenyan opposition party") takes the role's actor, with its own name;
- a **person** in apposition to a noun of membership that is no role phrase of its own, whose
  ``of``/``for`` object is a resolved body ("Jan Novak, a member of the Czech Social Party")
  takes the body's country and sector. Not an outsider's noun ("a critic of the government").

And a **person's name that a dictionary lists under a body** ("Hassan Nasrallah" under his
movement, as the Phoenix dictionaries list leaders) is coded as the body but is a person: one
the parser calls a person, whose first word is a known given name, is a person for coreference
("..., he said" takes it; ``people_of_bodies``).

Run before ``coref.link_acronyms``, so an acronym defined after such a name ("(CA)") stands for
it too, and before ``link_references``, whose name links ("the Civic Alliance" again, "Novak")
then reach the later mentions.
"""

from __future__ import annotations

from detente.actors.coref import _apposition
from detente.actors.phrases import Phrase
from detente.actors.surnames import atom_text
from detente.records import Actor
from detente.resources import word_list

MEMBERSHIP_NOUNS = frozenset(word_list("actors", "vocabulary.yaml", "membership_nouns"))
BODY_PREPOSITIONS = frozenset({"of", "for"})


def adopt_appositions(doc, phrases: list[Phrase]) -> None:
    """Place unknown organisation and person names by their appositions (module docstring);
    the phrases are changed in place."""
    for k, phrase in enumerate(phrases):
        if phrase.actor is not None or not phrase.atoms:
            continue
        if phrase.label == "ORG" and phrase.kind != "person":
            _organisation(doc, phrases, k)
        elif phrase.label == "PERSON" and phrase.kind == "person":
            _member(doc, phrases, k)


def _organisation(doc, phrases: list[Phrase], k: int) -> None:
    j = _apposition(doc, phrases, k)
    if j is None:
        return
    role = phrases[j]
    if role.label != "ROLE" or role.kind == "person" or role.actor is None or not role.actor.country:
        return  # "the Civic Alliance, a Kenyan opposition leader": no body
    _adopt(doc, phrases[k], role, "body-apposition")


def _member(doc, phrases: list[Phrase], k: int) -> None:
    phrase = phrases[k]

    def covered(i: int) -> bool:  # asked of apposed words only (few): no set of every phrase's tokens
        return any(p.start <= i < p.end for p in phrases)

    nouns = [c for i in range(phrase.start, phrase.end) for c in doc[i].children
             if c.dep_ == "appos" and not covered(c.i)]
    anchor = doc[phrase.anchor]
    if anchor.dep_ == "appos" and not covered(anchor.head.i):
        nouns.append(anchor.head)
    for noun in nouns:
        if noun.lemma_.lower() not in MEMBERSHIP_NOUNS and noun.lower_ not in MEMBERSHIP_NOUNS:
            continue
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in BODY_PREPOSITIONS):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            body = next((p for p in phrases if obj is not None and p.start <= obj.i < p.end), None)
            if body is not None and body.kind not in ("person", "pron") and body.actor is not None \
                    and body.actor.country:
                _adopt(doc, phrase, body, "member")
                return


def _adopt(doc, phrase: Phrase, source: Phrase, how: str) -> None:
    phrase.actor = Actor(source.actor.country, source.actor.sector, name=atom_text(doc, phrase),
                         entry=f"{how}>{source.rule}")
    phrase.rule = phrase.actor.entry


def people_of_bodies(doc, phrases: list[Phrase], first_names: dict) -> None:
    """A name resolved through an organisation's entry that is a person's name (module
    docstring) becomes a person for coreference: kind ``person`` and the given name's gender;
    its actor stays the body's."""
    for phrase in phrases:
        if phrase.kind != "group" or phrase.actor is None or not (phrase.rule or "").startswith("org:"):
            continue
        atom = next((a for a in phrase.atoms if a.kind == "org" and a.start <= phrase.anchor < a.end), None)
        if atom is None or not 2 <= atom.end - atom.start <= 6:
            continue
        ends = (doc[atom.start], doc[atom.end - 1])  # "Ayman al-Zawahiri": particles between
        if all(t.pos_ == "PROPN" and t.is_title and t.ent_type_ == "PERSON" for t in ends) \
                and ends[0].lower_ in first_names:
            phrase.kind = "person"
            phrase.gender = first_names[ends[0].lower_]
