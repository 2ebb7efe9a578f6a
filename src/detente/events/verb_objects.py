"""A predicate's objects: direct and dative objects and those of given prepositions.

Moved unchanged out of ``arguments.py`` (round 34, issue 13), which was at the module size limit.
``object_heads`` reads them off the parse, with the repairs the parse needs: a preposition
coordinated with a repeat of itself ("against Russia and against Iran", ``repeated_prepositions``),
a preposition whose object the parser made a clause's subject (``stranded_object``), an object
shared by coordinated verbs (``shared_objects``); ``between_heads`` the sides "between" names.
"""

from __future__ import annotations

from collections.abc import Iterable


def object_heads(token, prepositions: Iterable[str], *, direct: bool = True) -> list:
    """Direct/dative objects (unless ``direct=False``) and objects of the given prepositions."""
    preps = set(prepositions)
    heads = []
    for child in token.children:
        if direct and child.dep_ in ("dobj", "dative"):
            heads.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ in preps:
            heads.extend(c for p in repeated_prepositions(child, preps) for c in p.children if c.dep_ in ("pobj", "pcomp"))
            if (stranded := stranded_object(child)) is not None:
                heads.append(stranded)  # "granted asylum to five officers holed up in ..."
        elif child.dep_ == "prep" and child.lower_ == "out" and "of" in preps:  # "pulled out of Gaza": out -> of
            heads.extend(c for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                         for c in p.children if c.dep_ in ("pobj", "pcomp"))
    if direct and not any(c.dep_ in ("dobj", "dative") for c in token.children):
        heads += shared_objects(token)
    return heads


def repeated_prepositions(prep, prepositions) -> list:
    """A preposition and those coordinated with it that repeat one of ``prepositions``: "sanctions
    against Russia and against Iran" -- the parse hangs the second "against" as a conjunct of the first,
    so its object is a second object of the same act (round 29, e87)."""
    out, frontier = [prep], [prep]
    while frontier:
        for c in frontier.pop().children:
            if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in prepositions:
                out.append(c)
                frontier.append(c)
    return out


def stranded_object(prep):
    """The object of a preposition the parser left without one, because it made the noun phrase
    after it the subject of a clause that follows ("granted asylum to five officers holed up in a
    residence": "officers" as the subject of "holed"); None when the preposition has its object.
    The noun phrase starts right after the preposition and is the subject of another verb than the
    one the preposition hangs from ("On Monday inspector Bell accused ...": Bell is the accuser)."""
    if prep.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    for token in prep.doc[prep.i + 1:prep.sent.end]:
        if token.dep_ == "nsubj" and token.left_edge.i == prep.i + 1 and token.head.pos_ == "VERB" and \
                token.head.i > token.i and token.pos_ in ("NOUN", "PROPN") and token.head.i != prep.head.i:
            return token
        if token.dep_ == "nsubj" or token.pos_ == "VERB":
            return None
    return None


def shared_objects(verb) -> list:
    """The object a verb shares with the verb coordinated right after it: "used tear gas to injure
    and arrest several people" -- those injured are the people arrested (a conjoined verb with its
    own subject is another clause, and one after other words another predicate; round 8)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []  # "X was arrested and waived extradition": the arrested one waived it
    return [o for conj in verb.children if conj.dep_ == "conj" and conj.pos_ == "VERB" and
            all(t.dep_ in ("cc", "advmod", "punct") for t in verb.doc[verb.i + 1: conj.i]) and
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
            for o in conj.children if o.dep_ == "dobj"]


def between_heads(cand, occurrence: frozenset[str] = frozenset()) -> list:
    """Heads of the objects of "between" under a trigger, under the noun a trigger is a compound
    of ("a mediation effort between"), or under the verb of occurring a nominal trigger is the
    subject of ("Clashes broke out between X and Y")."""
    token = cand.token
    heads = [token] + ([token.head] if token.dep_ == "compound" else [])
    if cand.entry.pos == "noun" and token.dep_ == "nsubj" and token.head.lemma_.lower() in occurrence:
        heads.append(token.head)
    return [h for t in heads for h in object_heads(t, ("between",), direct=False)]
