"""Laying an act at someone's door is an accusation (issue 13, round 12).

"Kyiv said Russia was responsible for the attack", "the minister said the United States was
behind the coup attempt", "Iran holds the United States responsible for the killing": the
speaker accuses the one named as the act's author (ACCUSE 112, like "blamed"). The act itself is
coded where it is told (a nominal act's doer "behind" it is read by ``doers.noun_sources``); this
gives the accusation, a row of its own, from the speaker (the subject of a speaking verb above the
clause, or of "hold") to the subject of "be responsible for / be behind". Not negated ("said
Russia was not behind the attack"), and "behind" only with an act the lexicon knows as its object
("behind the bombing", not "behind bars").

Issue 13, round 19b (branch e56): three more wordings of authorship laid at someone's door in a
clause a speaker's verb governs (``authorship_claims``): "said Ugandan soldiers were involved in the
attack" (a passive "involve" with an act or a harm after "in"), "said the crash was Iran's doing" (a
possessor of "doing"), and "claimed violent protesters were sent by the government" (a passive verb
of instigation, ``semantics.yaml blame``, whose agent after "by" is the one accused, with an act or a
hostile doer -- a noun of ``blame.hostile_nouns`` or one an adjective of ``blame.hostile_modifiers``
qualifies -- as its subject: "the aid was sent by Turkey" is no accusation).
"""

from __future__ import annotations

from collections.abc import Iterator

from detente.events.arguments import MentionIndex, actors_under, subject_head
from detente.events.lexicon import Lexicon
from detente.events.rules import speaking_actors
from detente.events.triggers import Coding, match
from detente.nlp import columns

HOLD_VERBS = frozenset({"hold"})
"""Verbs whose object is held responsible ("holds Washington responsible for ...")."""


def responsibility_claims(sentence, lexicon: Lexicon, index: MentionIndex) -> Iterator[tuple]:
    """``(coding, sources, targets, span)`` of each accusation of authorship in the sentence."""
    doc, cols = sentence.doc, columns(sentence.doc)
    for i in range(sentence.start, sentence.end):
        if cols.lemma[i] != "responsible" and cols.lower[i] != "behind":
            continue  # no other word makes a blaming clause: no Token built for it
        token = doc[i]
        clause = _blaming_clause(token, lexicon, index)
        if clause is None or any(c.dep_ == "neg" for c in (*clause.children, *token.children)):
            continue
        accused_head = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        accused = actors_under(accused_head, index) if accused_head is not None else []
        if token.dep_ == "ccomp" and clause is token:  # "holds the United States responsible"
            holder, _ = subject_head(token.head)
            sources = actors_under(holder, index) if holder is not None else []
        else:
            sources = speaking_actors(clause, lexicon.words["wrongdoing_speakers"], index, include_self=False)
        if (claim := _accusation(token, sources, accused)) is not None:
            yield claim


def authorship_claims(sentence, lexicon: Lexicon, index: MentionIndex) -> Iterator[tuple]:
    """``(coding, sources, targets, span)`` of "X said Y was involved in / was behind by instigation
    / was Y's doing" (module docstring, round 19b): the speaker accuses the one named the author."""
    doc, cols = sentence.doc, columns(sentence.doc)
    words = lexicon.semantics["blame"]
    instigation = frozenset(words["instigation_verbs"])
    for i in range(sentence.start, sentence.end):
        if cols.lemma[i] != "involve" and cols.lower[i] != "doing" and cols.lemma[i] not in instigation:
            continue
        token = doc[i]
        accused_heads, clause = _authored(token, lexicon, index, words, instigation)
        if clause is None or clause.dep_ not in ("ccomp", "conj") or \
                any(c.dep_ == "neg" for c in (*clause.children, *token.children)):
            continue
        accused = [m for h in accused_heads for m in actors_under(h, index)]
        sources = speaking_actors(clause, lexicon.words["wrongdoing_speakers"], index, include_self=False)
        if (claim := _accusation(token, sources, accused)) is not None:
            yield claim


def _accusation(token, sources: list, accused: list) -> tuple | None:
    """The ACCUSE 112 claim of ``sources`` against the ``accused`` who have a country and are not
    the sources themselves, at ``token`` (rule ``blame:<lemma>``), or None when either side is empty."""
    own = {(m.start, m.end) for m in sources}
    accused = [m for m in accused if (m.start, m.end) not in own and m.actor.country]
    if not (sources and accused):
        return None
    return (Coding("ACCUSE", "112", f"blame:{token.lemma_.lower()}"), sources, accused,
            (token.idx, token.idx + len(token)))


def _authored(token, lexicon: Lexicon, index: MentionIndex, words: dict, instigation: frozenset):
    """``(heads of the accused, clause under the speaker)`` for one of ``authorship_claims``'s words,
    or ``([], None)``."""
    if token.lower_ == "doing" and token.pos_ == "NOUN":  # "the crash was Iran's doing"
        owners = [c for c in token.children if c.dep_ == "poss"]
        clause = token.head
        for _ in range(3):  # up through "be" and an adjective ("was likely Iran's doing")
            if clause.dep_ in ("ccomp", "conj"):
                break
            if clause.pos_ not in ("AUX", "ADJ", "VERB") or clause.head.i == clause.i:
                return [], None
            clause = clause.head
        return (owners, clause) if owners else ([], None)
    if token.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in token.children):
        return [], None
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return [], None
    if token.lemma_.lower() == "involve":  # "said Ugandan soldiers were involved in the attack"
        acts = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
                for o in c.children if o.dep_ == "pobj"]
        if any(_hostile_act(o, lexicon, index) or o.lower_ in HARM_NOUNS for o in acts):
            return [subject], token
        return [], None
    agents = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    hostile = subject.lemma_.lower() in words["hostile_nouns"] or any(
        c.dep_ == "amod" and c.lemma_.lower() in words["hostile_modifiers"] for c in subject.children)
    if agents and (hostile or _hostile_act(subject, lexicon, index)):  # "violent protesters were sent by the government"
        return agents, token
    return [], None


def _hostile_act(noun, lexicon: Lexicon, index: MentionIndex) -> bool:
    """A noun naming an act of a hostile type (``blame.hostile_types``: "the attack", "the
    protests"; not "the negotiations", "the aid")."""
    hostile = lexicon.semantics["blame"]["hostile_types"]
    return any((found := match(n, lexicon, index)) is not None and found.entry.type in hostile
               for n in (noun, *(c for c in noun.children if c.dep_ == "compound")))


def _blaming_clause(token, lexicon: Lexicon, index: MentionIndex):
    """The clause whose subject is named the author of an act: the "be" of "was responsible for
    X" / "was behind X", or the word "responsible" itself after "hold". Only these two words can
    open one (``responsibility_claims`` asks about no other word)."""
    lemma = token.lemma_.lower()
    if lemma == "responsible" and token.pos_ == "ADJ":
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in HOLD_VERBS:
            return token if _for_act(token, lexicon, index) else None
        if token.dep_ == "acomp" and token.head.lemma_.lower() == "be" and token.head.dep_ in ("ccomp", "conj"):
            return token.head if _for_act(token, lexicon, index) else None
    if token.lower_ == "behind" and token.dep_ == "prep" and token.head.lemma_.lower() == "be" and \
            token.head.dep_ in ("ccomp", "conj"):
        objects = [o for o in token.children if o.dep_ == "pobj"]
        if any(_act(o, lexicon, index) for o in objects):
            return token.head
    return None


HARM_NOUNS = frozenset({"death", "deaths", "violence", "damage", "crisis", "chaos", "casualties", "unrest",
                        "destruction", "suffering", "disaster", "tragedy", "crimes", "crime", "atrocities"})
"""Harms one is held responsible for besides the acts of the lexicon ("responsible for the deaths")."""


def _for_act(token, lexicon: Lexicon, index: MentionIndex) -> bool:
    """"responsible for" an act or a harm ("for the attack", "for the deaths"; not "responsible
    for security")."""
    return any(_act(o, lexicon, index) or o.lower_ in HARM_NOUNS for c in token.children
               if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj")


def _act(noun, lexicon: Lexicon, index: MentionIndex) -> bool:
    """A noun that names an act the lexicon knows ("the bombing", "the coup attempt")."""
    return match(noun, lexicon, index) is not None or any(
        c.dep_ == "compound" and match(c, lexicon, index) is not None for c in noun.children)

