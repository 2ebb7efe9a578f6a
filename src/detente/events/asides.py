"""Actors a sentence names beside the act, not as its sides (issue 13, round 18, branch e52; tests
in ``tests/events/test_disputes_e52.py``).

``dash_clause``: a clause the parse hung on the trigger that stands before it across a dash ("Greece
and Italy want the budget cut - the Commission has urged an increase") is a sentence of its own, not
the trigger's complement: its subject is not the one asked (as ``targets._other_sentence`` already
says for a semicolon). A complement clause of a verb of saying or asking follows its verb; one
before it across a dash is another statement.

``manner_place``: a place joined by a hyphen to a manner word ("a Madrid-style bombing could happen
here", "Soviet-era rules") names what the thing is like, not a side of the act: it is no target read
from the sentence (``context_targets``'s one foreign country) and no home side.
"""

from __future__ import annotations

from functools import lru_cache

from detente.events.lexicon import semantics_file
from detente.events.marks import opened_by
from detente.events.venues import course_venue, locative_object
from detente.nlp import columns, doc_text

DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
"""Tokens of a dash between clauses (a hyphen inside a word is no token of its own)."""


def dash_clause(clause, token) -> bool:
    """True when ``clause`` (a child clause of the trigger ``token``) ends before the trigger and a
    dash stands between them."""
    if clause.i >= token.i:
        return False
    end = max(t.i for t in clause.subtree)
    return end < token.i and any(t.text in DASHES and t.whitespace_ and t.i > 0 and
                                 t.doc[t.i - 1].whitespace_ for t in token.doc[end + 1:token.i])


@lru_cache(maxsize=1)
def _manner_words() -> frozenset[str]:
    """``asides.manner_words`` of ``semantics.yaml``."""
    return frozenset(semantics_file()["asides"]["manner_words"])


def manner_place(token) -> bool:
    """True for a place token written with a hyphen before a manner word ("Madrid-style")."""
    doc = token.doc
    if token.ent_type_ not in ("GPE", "LOC", "FAC", "NORP") or token.i + 2 >= len(doc):
        return False
    idx, length, i = columns(doc).idx, columns(doc).length, token.i  # no Token for the next words
    return doc_text(doc)[idx[i + 1]:idx[i + 1] + length[i + 1]] == "-" and \
        idx[i] + length[i] == idx[i + 1] and idx[i + 1] + length[i + 1] == idx[i + 2] and \
        columns(doc).lower[i + 2] in _manner_words()  # no space on either side of the hyphen


CONTRASTING = frozenset({"but", "yet"})
"""Conjunctions of a coordinated clause told as a contrast ("... but X said"); a clause added with
"and" may go on telling the same act ("said the airstrike killed civilians and that ...")."""


def _contrasted(verb) -> bool:
    """True when the coordinated clause of ``verb`` is joined by a contrasting conjunction."""
    head = verb.head
    return any(c.dep_ == "cc" and c.lower_ in CONTRASTING and head.i < c.i < verb.i for c in head.children) or \
        any(c.dep_ == "cc" and c.lower_ in CONTRASTING for c in verb.children)


def aside_clause(token, trigger) -> bool:
    """True for a word of a clause told beside the trigger's act, not inside it: an adverbial
    clause marked as a contrast or a concession ("while saying he admired X's leadership, he
    criticised ...", "will open the proceedings, although his speech will be pre-empted by X"), or a
    clause with a subject of its own coordinated by "but" ("Unions oppose the plans but X said ...") -- when
    the trigger is not inside that clause. Its actors do their own acts: no side of this one read
    from the sentence (``context_targets``), and the one the act is done to is not known
    (``recall15.home_side`` gives none)."""
    current = token
    while current.head.i != current.i:
        if current.i == trigger.i:
            return False
        if current.pos_ in ("VERB", "AUX") and current.head.i != current.i:
            inside = any(t.i == trigger.i for t in current.subtree)
            if not inside and current.dep_ == "advcl" and \
                    opened_by(current, "concessive"):
                return True
            if not inside and current.dep_ == "conj" and _contrasted(current) and \
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
                return True
        current = current.head
    return False


def fronted(head, trigger) -> bool:
    """True for the object of a preposition that stands before the trigger's subject at the head of
    the sentence ("To a packed audience in Leeds, X accused Y", "At the summit, X urged Y"): a setting
    of the clause, not an argument of the act -- the trigger's own objects follow it."""
    if head.dep_ not in ("pobj", "pcomp") or head.head.head.i != trigger.i:
        return False
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and head.head.i < subject.left_edge.i < trigger.i


def own_venue(token, trigger) -> bool:
    """True for a place named as where the trigger's own gathering is held -- the object of
    "in"/"at" on the trigger or on the light verb a nominal trigger is the object of ("EU leaders
    are holding talks in Brussels", "the summit in Lima"): the venue, not a partner read from the
    sentence (``venues.venue`` leaves the trigger's own phrase to the other rules; the target rules
    still read a partner the parse attaches)."""
    if token.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    obj = locative_object(token)
    if obj is None:
        return False
    holder = obj.head.head
    return holder.i == trigger.i or (trigger.dep_ in ("dobj", "nsubjpass") and holder.i == trigger.head.i) or \
        (trigger.dep_ == "nsubj" and holder.i == trigger.head.i and course_venue(holder))  # "the summit
    # begins in Washington" (round 25, e71)
