"""What a miss is, read off the parse and the lexicon: the labels ``explain`` records and
``evaluate events`` counts the misses by.

- **Why a word is no trigger** (``word_status``): ``not in lexicon``, ``other part of speech``,
  ``in a name``, ``complement missing`` or ``unmatched``; the types its entries could have coded
  (``entry_types``) and the complements its entries wanted and did not find
  (``unmet_requirements``).
- **What stands in the doer's place** of a trigger with no source: the kind of its subject for a
  candidate (``subject_kind``: pronoun, name, noun, passive with no agent ...), and for a gold
  trigger the kind of mention there (``source_mention``: resolved actor, pronoun, an unresolved
  name by its entity label, a state body, a crowd or armed group ...).

Moved unchanged from ``explain``, which records the fates these labels describe.
"""

from __future__ import annotations

from detente.events.arguments import subject_head
from detente.events.fast import verb_lemmas
from detente.events.lexicon import POS_OF_SPACY, load_lexicon
from detente.events.relaxed import KINDS
from detente.events.triggers import NAME_ENTITIES, in_name, predicate_noun

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "who", "which", "that"})


def subject_kind(cand) -> str:
    """What stands where the doer of a trigger with no source would be: ``pronoun``, ``name``
    (a proper noun or entity the actors stage left unresolved), ``noun`` (a common noun: "the
    group", "officials"), ``passive, no agent``, ``noun act, no doer`` (a nominal trigger with no
    possessor or adjective actor) or ``none`` (no subject: an infinitive, a participle)."""
    token = cand.token
    if cand.entry.pos == "noun":
        own = [c for c in token.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        return _head_kind(own[0]) if own else "noun act, no doer"
    source, passive = subject_head(token)
    if source is None:
        return "passive, no agent" if passive is not None else "none"
    return _head_kind(source)


def _head_kind(head) -> str:
    if head.lower_ in PRONOUNS or head.tag_ in ("PRP", "PRP$", "WP", "WDT"):
        return "pronoun"
    if head.pos_ == "PROPN" or head.ent_type_:
        return "name"
    return "noun"


def word_status(token, lexicon) -> str:
    """Why a word that is no candidate is none: ``not in lexicon`` (no entry for any of its
    lemmas), ``other part of speech`` (entries for another one), ``in a name``, ``complement
    missing`` (every entry of its part of speech requires a complement) or ``unmatched``."""
    pos = POS_OF_SPACY.get(token.pos_)
    lemmas = {token.lemma_.lower(), token.lower_, *verb_lemmas(token)}
    entries = [e for p in ("verb", "noun", "adj") for lemma in lemmas for e in lexicon.triggers.get((p, lemma), ())]
    if not entries:
        return "not in lexicon"
    own = [e for e in entries if e.pos == pos or pos == "noun" and e.pos == "verb" and predicate_noun(token)]
    if not own:
        return "other part of speech"
    if token.pos_ == "PROPN" and token.ent_type_ in NAME_ENTITIES or in_name(token):
        return "in a name"
    return "complement missing" if all(e.requires is not None for e in own) else "unmatched"


def entry_types(token, lexicon) -> frozenset[str]:
    """The types of every lexicon entry a word could match by its lemmas and part of speech (as
    ``word_status`` looks them up; intent and setting entries carry no type and are left out)."""
    pos = POS_OF_SPACY.get(token.pos_)
    lemmas = {token.lemma_.lower(), token.lower_, *verb_lemmas(token)}
    poses = (pos, "verb") if pos == "noun" and predicate_noun(token) else (pos,)
    return frozenset(e.type for p in poses for lemma in lemmas for e in lexicon.triggers.get((p, lemma), ())
                     if e.type)


REQUIREMENT_KINDS = KINDS
"""Requirement relations (``triggers.tsv``) by kind; every other relation names a preposition."""


def unmet_requirements(token, lexicon) -> frozenset[tuple[str, str, str]]:
    """For each lexicon entry of a word's own part of speech that wants a complement: (type, kind,
    state) -- kind from ``REQUIREMENT_KINDS`` (a named preposition is ``preposition``), state
    ``other word`` when the word has a complement of that kind whose words the entry does not list
    ("suspended its cooperation" for an entry that lists ties and relations), else ``absent``."""
    from detente.events.triggers import PREPOSITION_ALIASES

    pos = POS_OF_SPACY.get(token.pos_)
    lemmas = {token.lemma_.lower(), token.lower_, *verb_lemmas(token)}
    poses = (pos, "verb") if pos == "noun" and predicate_noun(token) else (pos,)
    out = set()
    for entry in (e for p in poses for lemma in lemmas for e in lexicon.triggers.get((p, lemma), ())):
        if entry.requires is None or not entry.type:
            continue
        rel = entry.requires.relation
        kind = REQUIREMENT_KINDS.get(rel, "preposition")
        deps = {"object": ("dobj", "nsubjpass", "dative"), "particle": ("prt",), "clause": (rel,),
                "modifier": ("compound", "amod")}.get(kind)
        if kind == "preposition":
            wanted = PREPOSITION_ALIASES.get(rel, rel)
            present = any(c.dep_ == "prep" and (rel == "prep" or c.lower_ == wanted) for c in token.children)
        else:
            present = deps is not None and any(c.dep_ in deps for c in token.children)
        out.add((entry.type, kind, "other word" if present else "absent"))
    return frozenset(out)


MENTION_ENTITIES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place",
                    "NORP": "nationality or group", "ROLE": "role"}
"""The kind of an unresolved name in a doer's place, by its spaCy entity label (else ``other``)."""

STATE_NOUNS = frozenset({"police", "army", "military", "ministry", "court", "official", "authority", "minister",
                         "president", "spokesman", "spokeswoman", "spokesperson", "force", "troop", "soldier",
                         "prosecutor", "judge", "officer", "agency", "department", "leader", "premier"})
"""Common nouns of state bodies and office holders, beside the lexicon's ``state_bodies``."""

GROUP_NOUNS = frozenset({"protester", "demonstrator", "rebel", "militant", "fighter", "insurgent", "group",
                         "attacker", "assailant", "terrorist", "extremist", "separatist", "jihadist", "activist"})
"""Common nouns of crowds and armed groups, beside the lexicon's ``crowd_nouns`` and ``unnamed_doers``."""


def source_mention(doc, index, start: int, end: int) -> str:
    """What stands where the doer of the trigger at characters ``start``-``end`` of ``doc`` would
    be (for the misses with no actor or no source; ``index``: the article's ``MentionIndex`` or
    None): ``resolved actor``; ``pronoun``; ``name: person|organisation|place|nationality or
    group|role|other`` (a proper name or a mention the actors stage left unresolved, by its
    entity label, else its mention label); ``noun: state
    body or official`` ("the ministry", "officials"), ``noun: crowd or armed group``
    ("gunmen", "protesters"), ``noun: other``; ``nothing`` (no subject, a passive with no agent, a
    noun act with no possessor); ``trigger not found``."""
    tokens = [t for t in doc if t.idx < end and t.idx + len(t) > start]
    head = next((t for t in tokens if t.pos_ in ("VERB", "NOUN", "ADJ")), tokens[0] if tokens else None)
    if head is None:
        return "trigger not found"
    if head.pos_ == "NOUN":
        own = [c for c in head.children if c.dep_ in ("poss", "compound", "nmod")] or \
            [c for c in head.children if c.dep_ == "amod" and (c.ent_type_ or c.pos_ == "PROPN")]
        doer = own[0] if own else None
    else:
        doer, _ = subject_head(head)
    if doer is None:
        return "nothing"
    return _mention_kind(doer, index)


def _mention_kind(token, index) -> str:
    if index is not None and index.by_token.get(token.i):
        return "resolved actor"
    if token.lower_ in PRONOUNS or token.tag_ in ("PRP", "PRP$", "WP", "WDT"):
        return "pronoun"
    mention = index.unresolved.get(token.i) if index is not None else None
    if mention is not None or token.pos_ == "PROPN" or token.ent_type_:
        label = token.ent_type_ or (mention.label if mention is not None else "")
        return "name: " + MENTION_ENTITIES.get(label, "other")
    lemma = token.lemma_.lower()
    words = load_lexicon().words
    if lemma in STATE_NOUNS or lemma in words.get("state_bodies", ()):
        return "noun: state body or official"
    groups = set(words.get("crowd_nouns", ())) | set(load_lexicon().semantics.get("unnamed_doers", {}))
    if lemma in GROUP_NOUNS or lemma in groups or token.lower_ in groups:
        return "noun: crowd or armed group"
    return "noun: other"
