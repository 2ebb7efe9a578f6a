"""Who issued a statement: the source of a statement, tweet or letter ("a statement from the
ministry", "X released a statement", "The warning came from Tom Reyes"), the nouns that carry
someone's words (``statement_words``), and whether a token stands outside the quotes. Split
from ``subjects.py``, which finds the subject of a cue and traces a statement subject here.
"""

from __future__ import annotations

from functools import lru_cache

from detente.resources import word_list


def outside_quotes(token, quoted: list[tuple[int, int]]) -> bool:
    return not any(a <= token.i < b for a, b in quoted)


SOURCE_PREPOSITIONS = frozenset({"from", "by", "of"})


def aux_borne(verb) -> list:
    """The verb's children, then the children its auxiliaries carry before them: the parser
    hangs the subject on the auxiliary when a comma-set adjunct stands between it and the
    verb ("The ministry has, in a statement, urged ...": "ministry" under "has"; round 21)."""
    kids = list(verb.children)
    return kids + [c for a in kids if a.dep_ == "aux" and a.i < verb.i
                   for c in a.children if c.i < a.i]


@lru_cache(maxsize=1)
def statement_words() -> frozenset[str]:
    """Nouns that carry someone's words ("statement", "tweet", "press release"): the noun
    cues of ``data/cues.tsv``."""
    from detente.quotes.cues import read_cues
    from detente.resources import data_path

    return frozenset(read_cues(data_path("quotes", "cues.tsv")).nouns)


AUTHORING_VERBS = word_list("quotes", "vocabulary.yaml", "authoring")
NOT_ISSUING = word_list("quotes", "vocabulary.yaml", "not_issuing")
AUTHORED_DOCUMENTS = word_list("quotes", "vocabulary.yaml", "authored_documents")


def document_words() -> frozenset[str]:
    """``statement_words`` and the documents that carry their author's words without being a
    speech cue (``authored_documents``: "a memo posted by X", "the caption which reads"):
    nouns traced to their author (``statement_source``) when they stand where a speaker
    goes. Issue 14 round 22."""
    return statement_words() | AUTHORED_DOCUMENTS


ANSWERING_VERBS = word_list("quotes", "vocabulary.yaml", "answering")
MEDIUM_NOUNS = word_list("quotes", "vocabulary.yaml", "medium_nouns")
ISSUE_VERBS_DEPS = frozenset({"acl"})
ISSUE_DEPS = frozenset({"dobj", "attr", "nsubjpass"})


def statement_source(noun, quoted=(), depth: int = 0):
    """Who issued a statement, tweet or letter: "a statement from the ministry", "the
    ministry's statement", "a White House statement", "X released a statement"; "the
    statement" again is the one named before ("... read the statement"). A statement someone
    answers ("Bolsonaro opposed Macron's statement: "..."") is followed by the answer: the
    one who answers speaks. A document that is no cue (``authored_documents``: a report, a
    study, a note) names its author only explicitly (``_document_author``)."""
    if noun.lower_ in AUTHORED_DOCUMENTS and noun.lower_ not in statement_words():
        return _document_author(noun)
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "through", "via") \
            and noun.head.head.pos_ in ("VERB", "AUX"):  # "X has, in a statement, called on"
        found = next((c for c in aux_borne(noun.head.head) if c.dep_ == "nsubj"
                      and outside_quotes(c, quoted)), None)
        if found is not None:
            return found
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ANSWERING_VERBS:
        found = next((c for c in noun.head.children if c.dep_ == "nsubj"
                      and outside_quotes(c, quoted)), None)
        if found is not None:
            return found
    found = _named_issuer(noun, SOURCE_PREPOSITIONS, lambda verb: verb not in NOT_ISSUING)
    if found is not None:  # not "a letter seen by Reuters"
        return found
    found = _arrived_from(noun)
    if found is not None:
        return found
    if noun.dep_ in ISSUE_DEPS or noun.dep_ == "appos":
        verb = noun.head if noun.dep_ != "appos" else noun.head.head
        found = next((c for c in verb.children if c.dep_ == "nsubj" and outside_quotes(c, quoted)
                      and c.i < verb.i), None)
        if found is not None:
            return _whole_source(found, quoted, depth) or found
    if depth == 0 and any(c.lower_ == "the" for c in noun.children):
        earlier = [t for t in noun.doc[max(0, noun.i - 200):noun.i] if t.lower_ == noun.lower_]
        if earlier:
            return statement_source(earlier[-1], quoted, depth + 1)
    return None


def _named_issuer(noun, prepositions, issuing):
    """The issuer a document's own phrase names: the object of one of ``prepositions`` ("a
    statement from the ministry"), a possessive or proper-noun compound ("the ministry's
    statement", "a White House statement"), or the "by"-agent of a participle whose lemma
    ``issuing`` accepts ("a decree signed by the Pope"); the first in the phrase, or None."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            return child
        if child.dep_ in ISSUE_VERBS_DEPS and issuing(child.lemma_.lower()):
            found = _agent(child)
            if found is not None:
                return found
    return None


def _agent(verb):
    """The object of the verb's "by"-agent ("signed by the Pope": the Pope), or None."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


AUTHOR_PREPOSITIONS = frozenset({"from", "by"})


def _document_author(noun):
    """The author a document that is no speech cue names explicitly (round 22, branch qm22):
    "the ministry's report", "a UN report", "a report from (by) the ministry", the "by"-agent
    of an authoring participle ("a report published by X", ``authoring``), or the subject of
    an authoring verb it is the object of ("X released a study that says", "X added a caption
    which reads"). Not the one who answers, finds, obtains, funds or commissions it, not "a
    survey of 1,000 Americans", not an earlier mention of the same word: None then, and the
    document stays the speaker."""
    found = _named_issuer(noun, AUTHOR_PREPOSITIONS, lambda verb: verb in AUTHORING_VERBS)
    if found is not None:
        return found
    verb = noun.head
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in AUTHORING_VERBS:
        return _agent(verb)  # "The report was written by X"
    if noun.dep_ == "dobj" and verb.lemma_.lower() in AUTHORING_VERBS:
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return None


PARTITIVES = word_list("quotes", "vocabulary.yaml", "partitives")


def _whole_source(part, quoted, depth: int):
    """The issuer of the statement a part of it stands for ("Part of Jo Roe's tweet included
    the line, "..."": Jo Roe); None when ``part`` is no partitive of a statement."""
    if part.lower_ not in PARTITIVES or depth > 1:
        return None
    of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None or whole.lower_ not in statement_words() | MEDIUM_NOUNS:
        return None
    return statement_source(whole, quoted, depth + 1)


ARRIVING_VERBS = frozenset({"come"})
"""Verbs a statement is the subject of, whose "from" phrase names who issued it."""


def _arrived_from(noun):
    """Who a statement, warning or message came from, or was made by, when the noun is the
    verb's subject ("The warning came from Tom Reyes", "The remarks were made by the
    mayor"): the object of "from" or of the agent "by"; None otherwise."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in ARRIVING_VERBS:
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    elif noun.dep_ == "nsubjpass":
        preps = [c for c in verb.children if c.dep_ == "agent"]
    else:
        return None
    return next((o for p in preps for o in p.children if o.dep_ == "pobj"), None)
