"""A person named with the body they are of, where the parse makes the body the subject
(issue 14, round 30, q63).

- ``"Friends of the Earth's Tom Reed said"``: a body whose name holds "of" or "on" and ends
  in a possessive before a person's name; the parser hangs the name on the preposition, so
  the subject is the body's first word ("Friends") and the name is the object of "of".
- ``"Tom Reed, Harbour Traders Association said"``: a name and, after a comma with no "of"
  or "the", the body the person is of; the parser gives the verb two subjects and the
  speaker rules took the nearer, the body.

A person's title with "of" ("The Prince of Wales's Ann Marsh") is no body: not read so; nor is
a group of a body's people ("Allies of Labour's Ana Verde said": the allies speak; round 31).
In both the person speaks (gold/quotes/NOTES.md: officials quoted in their own name are
persons), as in "Tom Reed of the Harbour Traders Association said". A body no table knows
gives the person the sector its own name's words give (``body_kind``: "Hotel Association"
BUS, "Clean Rivers Alliance" NGO; round 31, q66), as it does in "Tom Reed of ...".
"""

from __future__ import annotations

from detente.actors.parties import PEERAGE_TITLES
from detente.actors.tables import first_names
from detente.nlp import entities
from detente.resources import word_list

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NAME_PREPOSITIONS = frozenset({"of", "on"})
"""Prepositions inside a body's name ("Friends of the Earth", "War on Want")."""


def affiliated_person(subject):
    """The token of the person a cue's subject names with their body (see the module), or
    None."""
    if subject.dep_ not in SUBJECT_DEPS or subject.ent_type_ == "PERSON":
        return None
    for prep in () if _a_title(subject) else subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in NAME_PREPOSITIONS:
            continue
        name = next((c for c in prep.children if c.dep_ == "pobj"), None)
        owner = next((c for c in name.children if c.dep_ == "poss"
                      and any(g.dep_ == "case" for g in c.children)), None) \
            if name is not None and _a_name(name) else None
        if owner is not None and not _a_body_of_its_own(owner, subject):
            return name
    if subject.ent_type_ != "ORG" or subject.i == 0:
        return None
    left = subject.left_edge.i
    comma = subject.doc[left - 1] if left > 0 else None
    if comma is None or comma.text != ",":
        return None
    person = next((c for c in subject.head.children if c.dep_ in SUBJECT_DEPS
                   and c.i < left and c.ent_type_ == "PERSON" and c.i + 1 == comma.i), None)
    return person


NAMED_BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})
RELATION_WORDS = word_list("quotes", "vocabulary.yaml", "relation_nouns")
UNSORTED_NAME_WORDS = word_list("quotes", "vocabulary.yaml", "name_words_without_sector")
"""Membership words that end the names of bodies of any kind ("Group", "Union"): no sector
(review r31d; as ``roles`` reads a name's last word)."""


def _a_body_of_its_own(owner, subject) -> bool:
    """The possessor is a body named on its own, its name not running back to the subject
    ("Allies of Labour's Ana Verde", "Critics of the Green Party's Tom Reed": the allies and the
    critics speak, a group of the body's people; round 31, q65), unlike a body whose name the
    subject opens ("Friends of the Earth's", "War on Waste's": the tagger gives the possessor
    no body entity of its own). Only a plural group noun is such a group: an office "of" a place
    names the body the person holds it in ("The Mayor of London's Ana Verde": Ana Verde speaks;
    review r30f, r31d)."""
    if owner.ent_type_ not in NAMED_BODY_LABELS or not _a_group_noun(subject):
        return False
    entity = next((e for e in owner.doc.ents if e.start <= owner.i < e.end), None)
    return entity is not None and entity.start > subject.i


def _a_group_noun(subject) -> bool:
    """A plural noun ("allies", "critics", "supporters") or a relation noun of
    ``relation_nouns`` ("friends" as the tagger may read it): people, not an office."""
    return subject.tag_ in ("NNS", "NNPS") or subject.lower_ in RELATION_WORDS \
        or subject.lemma_.lower() in RELATION_WORDS


ROYAL_TITLES = frozenset({"prince", "princess", "king", "queen", "duke", "duchess", "emperor", "empress"})
"""Royal titles named "of" a place ("The Prince of Wales"), as peerage titles are."""


def _a_title(token) -> bool:
    """A person's title, not a body's name ("The Prince of Wales's Ann Marsh": a title with
    "of" is no body; review r30c): a peerage or royal title only -- an office "of" a body names
    the body ("The Director of Public Prosecutions' Ann Marsh": Ann Marsh; review r30f)."""
    return token.lower_ in PEERAGE_TITLES or token.lower_ in ROYAL_TITLES


def _a_name(token) -> bool:
    """A person's name: a PERSON entity, or proper nouns opening with a given name the tables
    know (the tagger reads some names as products or works)."""
    if token.ent_type_ == "PERSON":
        return True
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ == "compound"]
    return token.pos_ == "PROPN" and bool(words) and words[0].pos_ == "PROPN" \
        and words[0].lower_ in first_names() and token.ent_type_ not in ("ORG", "GPE")


def body_kind(body) -> tuple[str, str] | None:
    """(sector, evidence) of a body no table knows by the words of its own name (the tagged
    organisation the token ``body`` is in): a trade association, a faith body or a lower-case
    kind noun (``bodynames.name_kind``), else the body word that ends the name ("Clean Rivers
    Alliance": NGO, ``body_ngo``); None when no word of the name gives a kind, or the last is a
    membership word of any kind of body ("Hargreave Group"; ``name_words_without_sector``).

    >>> import spacy; nlp = spacy.blank("en"); doc = nlp("Clean Rivers Alliance")
    >>> doc.ents = [doc.char_span(0, 21, label="ORG")]
    >>> body_kind(doc[2])
    ('NGO', 'name:alliance')
    """
    from detente.quotes.bodynames import name_kind
    from detente.quotes.rolewords import role_words

    ent = next((e for e in entities(body.doc) if e.start <= body.i < e.end), None)
    words = [t for t in (ent if ent is not None else (body,)) if not t.is_punct]
    if not words:
        return None
    if (kind := name_kind(body.doc, words)) is not None:
        return kind
    last = words[-1]
    if last.lower_ in UNSORTED_NAME_WORDS:  # "Hargreave Group": a firm as often as a campaign
        return None
    role = role_words().get(last.lemma_.lower()) or role_words().get(last.lower_)
    if role is None or role.kind != "body" or not role.sector or not last.is_title:
        return None
    return role.sector, f"name:{role.phrase}"
