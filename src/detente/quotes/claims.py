"""Quotes inside the content clause of a noun of speech that names its author (issue 14, round
31, q65): "Ana Verde said a claim by Tom Reed that the mayor acts like a "tin-pot dictator"
shows ...", "dismissed Tom Reed's accusation that she was "a liar"". The quoted words are
the claim's, so its author speaks -- not the subject of the verb that reports the claim.

The noun is one of ``claim_nouns`` (vocabulary.yaml) with a clause that hangs on it with "that",
or one of ``call_nouns`` with what it asks for (an infinitive or a "for" phrase: "a call by X to
publish the "full text"", "X's demand for a "total ban""); the author is the object of "by" or
"from" on the noun, its possessor or a body named right before it, and is a name (a
pronoun's "his claim that" is left to the verb's speaker, who is mostly the same person).
"""

from __future__ import annotations

from functools import lru_cache

from detente.actors.tables import first_names
from detente.quotes.cues import CueEntry, read_cues
from detente.resources import data_path, word_list

CLAIM_NOUNS = word_list("quotes", "vocabulary.yaml", "claim_nouns")
CALL_NOUNS = word_list("quotes", "vocabulary.yaml", "call_nouns")
CHARACTERISING = word_list("quotes", "vocabulary.yaml", "characterising")
RESTATING_VERBS = word_list("quotes", "vocabulary.yaml", "restating_verbs")
OWN_POSSESSIVES = frozenset({"his", "her", "its", "their"})
PRONOUN_GENDERS = {"his": "m", "her": "f"}
CLAIM_ENTRY = CueEntry("claim by X", "phrase", "source")
"""The built-in cue of a quote inside a named author's claim: the author speaks."""
AGENT_PREPOSITIONS = frozenset({"by", "from"})
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
MAX_CLIMB = 12
SAYING = frozenset({"say", "tell"})
RELATIVES = frozenset({"which", "that", "what"})
CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})
"""How the parser hangs a content clause on its noun (at times as a relative clause)."""


def claim_author(doc, first: int, last: int) -> tuple[int, int, int] | None:
    """``(noun, author_start, author_end)`` token indices of the noun of speech whose "that"
    clause holds the quote ``[first, last)`` and of its named author; None otherwise."""
    node, steps = doc[first], 0
    while first <= node.head.i < last and node.head.i != node.i and steps < MAX_CLIMB:
        node, steps = node.head, steps + 1  # the quote's own head
    while node.head.i != node.i and steps < MAX_CLIMB:
        if not first <= node.i < last and _a_speech_verb(node) and not _asked_act(node):
            return None  # "his claim that the minister had told him it was "dead"": the minister's
        if node.head.pos_ == "NOUN" and (
                (node.dep_ in CLAUSE_DEPS and node.head.lower_ in CLAIM_NOUNS
                 and (_content_clause(node) or _bare_content_clause(node, node.head)))
                or (node.head.lower_ in CALL_NOUNS and _what_is_called_for(node)
                    and _asks_the_quote(node, first, last))):
            author = _author(node.head)
            return (node.head.i, *author) if author is not None else None
        noun = _claim_before(node)
        if noun is not None:  # "rounded on Green claims she had run the port as a "fiefdom""
            author = _author(noun)
            return (noun.i, *author) if author is not None else None
        node, steps = node.head, steps + 1
    return None


@lru_cache(maxsize=1)
def _speech_verb_forms() -> frozenset[str]:
    return frozenset(read_cues(data_path("quotes", "cues.tsv")).verbs)


def _a_speech_verb(token) -> bool:
    """A verb of speech inside the claim's clause (a form of ``cues.tsv`` or a
    ``characterising`` verb: "told", "described ... as", "called her"): it reports someone
    else's words, whose the quote is (review r31d). Cue forms other than say and tell count
    only with a name or a personal pronoun for subject, or none."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    if lemma in SAYING or lemma in CHARACTERISING:
        return True
    if token.lower_ not in _speech_verb_forms():
        return False
    # An evidential cue ("reveal", "confirm", "suggest") speaks only with a speaker for its
    # subject: "his claim that the figures revealed "fraud"" is still his (review r31f, bug 6).
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or (subject.pos_ == "PRON" and subject.lower_ not in RELATIVES) \
        or subject.pos_ == "PROPN" or subject.ent_type_ in NAME_LABELS


def _asked_act(node) -> bool:
    """The infinitive a call asks for ("a call from X to report a "suspicious package""): the
    act asked for, not someone else's words."""
    return node.head.lower_ in CALL_NOUNS and node.dep_ != "prep" and _what_is_called_for(node)


def _asks_the_quote(node, first: int, last: int) -> bool:
    """The quote is inside what a "for" phrase asks for -- its object ("a call for a "total
    ban"", "appeal for "calm and patience"", "a call for a ban on "junk food" adverts"; review
    r31f, bug 7) -- not only an adjective on the object's head ("China's demand for "clean"
    coal": the economic sense, nobody asks; review r31d). Infinitives pass."""
    if node.dep_ != "prep":
        return True
    asked = next((c for c in node.children if c.dep_ == "pobj"), None)
    if asked is None or first <= asked.i < last:
        return True
    beside = {t.i for c in asked.children if c.dep_ == "amod" for t in c.subtree}
    return any(first <= t.i < last and t.i not in beside for t in asked.subtree)


def _content_clause(clause) -> bool:
    """A "that" clause with "that" as its conjunction, not a relative pronoun filling a gap
    ("the claim that he made"): "that" is the clause's marker (the parser may tag it an object
    while tagging it a conjunction)."""
    return any(c.lower_ == "that" and c.i < clause.i and (
        c.dep_ == "mark" or (c.pos_ == "SCONJ" and clause.dep_ != "relcl")) for c in clause.children)


COMPLETE_DEPS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative"})
"""What a clause's verb has when no object is missing from it: the mark of a content clause
rather than a relative clause with its "that" left out ("the claims he made")."""


def _bare_content_clause(clause, noun) -> bool:
    """A content clause with its "that" left out ("Labour suggestions a vote for them would be
    wasted", "Tory claims he had misled MPs"), told from a relative clause without "that" ("the
    claims he made last week"): it opens right after the noun, has a subject of its own that is
    no relative pronoun, and its verb lacks nothing -- a passive subject or an object or
    complement (issue 14, round 34, q72)."""
    if clause.pos_ not in ("VERB", "AUX") or clause.left_edge.i != noun.i + 1:
        return False
    if any(c.lower_ == "that" or c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children):
        return False  # "dismissed the claims as the committee heard evidence": no content
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in RELATIVES or subject.tag_ in ("WDT", "WP"):
        return False
    return subject.dep_ == "nsubjpass" or any(c.dep_ in COMPLETE_DEPS for c in clause.children)


def _claim_before(clause):
    """The claim noun a clause without "that" belongs to when the parser hung the clause on the
    verb instead ("rounded on Green claims she had run the port as ...": "run" a complement of
    "rounded"; "waved away Green suggestions a new road would mean ...": "mean" an adverbial
    clause of "waved"): the noun is the verb's object or the object of its preposition, right before the
    clause, and the clause passes ``_bare_content_clause``."""
    if clause.dep_ not in ("ccomp", "advcl") or clause.left_edge.i == 0:
        return None
    noun = clause.doc[clause.left_edge.i - 1]
    if noun.lower_ not in CLAIM_NOUNS or noun.pos_ != "NOUN":
        return None
    verb = clause.head
    held = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or held.i != verb.i:
        return None
    return noun if _bare_content_clause(clause, noun) else None


def _what_is_called_for(node) -> bool:
    """What a call or demand asks: an infinitive ("a call by X to publish the "full text"") or a
    "for" phrase ("X's demand for a "total ban"")."""
    if node.dep_ in ("acl", "xcomp", "relcl"):
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    return node.dep_ == "prep" and node.lower_ == "for"


def _author(noun) -> tuple[int, int] | None:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in AGENT_PREPOSITIONS:
            name = next((g for g in child.children if g.dep_ == "pobj"), None)
            if name is not None and _a_name(name):
                return _name_span(name)
        if child.dep_ == "poss" and _a_name(child):
            return child.left_edge.i, child.i + 1
        if child.dep_ == "poss" and child.lower_ in OWN_POSSESSIVES:
            return _own_claimant(noun, child.lower_)
        if child.dep_ == "compound" and child.ent_type_ in NAME_LABELS and child.i + 1 == noun.i:
            return child.left_edge.i, child.i + 1  # "Greenpeace demands for a ..."
    return None


def _own_claimant(noun, possessive: str) -> tuple[int, int] | None:
    """The named subject of a verb that restates its own claim or call ("Ana Verde repeated her
    call for a "..."", "renewed his claim that"; ``restating_verbs``): the possessive is the
    subject's own -- unless "his" or "her" marks the other gender than the subject's given name
    ("Ana Verde repeated his call": someone else's; review r31d). Another verb ("dismissed his
    claim") leaves the possessor unknown."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in RESTATING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _a_name(subject):
        return None
    marked = PRONOUN_GENDERS.get(possessive)
    if marked is not None and first_names().get(subject.doc[subject.left_edge.i].lower_,
                                                 marked) != marked:
        return None
    return subject.left_edge.i, subject.i + 1


def _name_span(name) -> tuple[int, int]:
    """The author's tokens: the person's name when the phrase names one after its titles ("a call
    by former Green MP Ana Verde": Ana Verde, not the party), else the whole phrase."""
    if name.ent_type_ == "PERSON":
        entity = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
        if entity is not None:
            return entity.start, entity.end
    return name.left_edge.i, name.i + 1


def _a_name(token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in NAME_LABELS
