"""The doer of a speech participle whose object is a pronoun bound by the clause it hangs on.

"The board warned it could take a decade before the depot was "safe to use", describing it as
"a wreck"": the parser hangs "describing" on "was", whose subject is the depot, but "it" (the
participle's object) is the depot, and nothing describes itself as "it" (that would be
"itself"). A pronoun object of the same kind as the head clause's subject
tells that the participle belongs higher up: its doer is the subject of the speech verb that
reports the clause ("warned": the committee).
"""

from __future__ import annotations

from detente.quotes.subjects import speech_verb_forms

PRONOUN_KINDS = {"it": "thing", "him": "person", "her": "person", "them": "plural"}
UP = ("advcl", "ccomp", "xcomp", "conj")
"""Dependencies climbed from the participle's head to the clause that reports it."""


def _kind(subject) -> str:
    if subject.tag_ in ("NNS", "NNPS") or subject.lower_ == "they":
        return "plural"
    if subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she"):
        return "person"
    return "thing"


def _subject(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def bound_participle_doer(doc, cue, subject):
    """The subject that does a participle cue (``VBG`` in an adverbial clause) whose object is a
    pronoun of the same kind as ``subject`` (the head clause's subject, which the pronoun then
    stands for): the subject of the nearest speech verb above whose reported clause holds it;
    None when the cue is no such participle or no speech verb reports it.

    >>> from detente.nlp import parse
    >>> from detente.quotes.cues import Cue, CueEntry
    >>> doc = next(parse(['The board warned the agency was weak, describing it as "a mess".']))
    >>> bound_participle_doer(doc, Cue(CueEntry("describe", "verb", "object"), 8, 9, 8),
    ...                       doc[4]).text
    'board'
    """
    verb = doc[cue.head]
    if subject is None or verb.tag_ != "VBG" or verb.dep_ != "advcl" \
            or subject.i > verb.i or _subject(verb) is not None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or PRONOUN_KINDS.get(obj.lower_) != _kind(subject) \
            or _subject(verb.head) is None or _subject(verb.head).i != subject.i:
        return None
    clause = verb.head
    if any(c.dep_ in ("dobj", "dative") for c in clause.children):
        return None  # "confronted a protester, calling him": the pronoun is the object's
    for _ in range(6):
        if clause.dep_ not in UP or clause.head.i == clause.i:
            return None
        clause = clause.head
        above = _subject(clause)
        if clause.lower_ in speech_verb_forms() and above is not None and above.i < verb.i:
            return above
    return None
