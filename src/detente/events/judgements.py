"""Condemnation told as a judgement in reported speech (issue 13 round 18, branch e54).

"The council said the inspector's comments were irresponsible", "the Tories say the plan is
misguided", "law lords were simply wrong, he said": a speaker who reports a condemning judgement
of someone's act or words criticises its owner (ACCUSE 111). The judgement is an adjective of
``semantics.yaml judgements.adjectives`` (the lexicon's ``adj:...+judged`` entries), the predicate
of a copula ("were", "is") whose clause is the object of a reporting verb; the doer is the
reporting verb's subject, the target the actors in the copula's subject. Anywhere else ("the wrong
man", "it would be wrong to", "said it was not wrong") the adjective codes nothing
(:func:`unjudged`, a word-sense guard of ``coder.decide``).

Issue 13 round 26 (branch e73): a judgement given as the label a speaker puts on an act or an actor
("the Tories described the plan as naive", "he called the scheme absurd", "a report branded the law
as a shambles") is the same criticism: the labelling verb's subject -> the actors of its object. The
word is an adjective of the list, or a condemning noun (``judgements.nouns``) heading the "as"
phrase; a claim or story so labelled ("described the reports as a hoax") is a denial, no event.

Issue 13 round 30 (branch e90): a condemning noun as a predicate -- "said the plan was a betrayal",
"called the move a mistake" -- is the same judgement; its target is read only from the judged phrase's
owner, "by" or "of" ("the talks with Iran were a failure" judges no Iran). A negated saying verb
("did not say the plan was reckless") reports no judgement."""

from __future__ import annotations

from functools import lru_cache

from detente.events.arguments import MentionIndex, actors_under, subject_head
from detente.events.lexicon import semantics_file
from detente.records import Mention

__all__ = ["armed_fire", "judged_clause", "judgement_sides", "unjudged"]


@lru_cache(maxsize=1)
def _spec() -> dict[str, frozenset[str]]:
    spec = semantics_file()["judgements"]
    return {k: frozenset(v) for k, v in spec.items()}


def _word(token) -> str:
    """The judgement word of ``token``: its lemma, with "ill-" when an "ill" modifies it ("ill-advised")."""
    ill = any(c.lower_ == "ill" for c in token.children)
    return f"ill-{token.lower_}" if ill else token.lemma_.lower()


def _judgement_word(token) -> bool:
    """An adjective (or participle) of the judgement list, or a noun of the label nouns ("insulted"
    is a verb of its own, no label)."""
    if token.pos_ in ("ADJ", "VERB"):
        return _word(token) in _spec()["adjectives"]
    return token.pos_ == "NOUN" and _word(token) in _spec()["nouns"]


def judged_clause(token):
    """``(judged head, reporting or labelling verb)`` when ``token`` is a judgement word predicated of
    a subject in a clause a reporting verb governs -- an adjective after a copula ("the plan was
    misguided"), or a passive participle ("the money is misdirected") --, or the label a labelling
    verb puts on its object ("described the plan as naive"), asserted (no negation, no modal), else None."""
    spec = _spec()
    if not _judgement_word(token):
        return None
    if (labelled := _labelled(token)) is not None:
        return labelled
    if token.pos_ == "NOUN" and token.dep_ == "attr" and token.head.lemma_.lower() in spec["copulas"]:
        cop = token.head  # "said the plan was a betrayal" (round 30, e90)
        if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            return None  # "was no betrayal"
    elif _word(token) not in spec["adjectives"]:
        return None
    elif token.pos_ == "ADJ" and token.dep_ == "acomp" and token.head.lemma_.lower() in spec["copulas"]:
        cop = token.head  # "the comments were irresponsible"
    elif token.pos_ == "VERB" and token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
        cop = token  # "it was misdirected": the participle heads its clause
    else:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in cop.children):
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in spec["modals"]) for c in (*cop.children, *token.children)):
        return None  # "said it was not wrong", "said it would be wrong to"
    verb = cop.head
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not say the plan was reckless", "never said" (round 30, e90)
    if cop.dep_ == "ccomp" and verb.pos_ == "VERB" and verb.lemma_.lower() in spec["saying_verbs"]:
        return _subject(cop), verb
    return None


def _labelled(token):
    """``(object, labelling verb)`` when ``token`` is the label of a labelling verb's object: an
    adjective or a noun heading its "as" phrase ("described the ban as ridiculous", "branded the law
    as a shambles"), an adjective of that noun ("as a reckless gamble"), or its object predicate
    ("called the plan absurd"), or a participle parsed as an "as" clause ("as misguided"); conjuncts
    count ("as naive and unworkable"). Asserted only."""
    spec = _spec()
    node = token
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ == "amod" and node.head.pos_ == "NOUN" and node.head.dep_ == "pobj":
        node = node.head  # "as a reckless gamble": the adjective of the label noun
    if node.dep_ in ("amod", "pobj", "acomp", "attr") and node.head.lower_ == "as" and node.head.dep_ == "prep":
        verb = node.head.head
    elif node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in node.children):
        verb = node.head  # "described the plan as misguided": the participle parsed as a clause
    elif node.dep_ == "oprd" and token.pos_ in ("ADJ", "NOUN"):
        verb = node.head  # "called the plan absurd", "called the plan a betrayal"
    else:
        return None
    if verb.pos_ != "VERB" or not _labelling(verb):
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in spec["modals"]) for c in verb.children):
        return None  # "did not describe it as illegal", "would call it absurd"
    judged = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (judged, verb) if judged is not None and judged.i < node.i else None


def unjudged(token, type_: str | None, index: MentionIndex | None = None) -> bool:
    """True for a judgement word that is no reported judgement of someone: not in a saying verb's
    clause ("the wrong man"), an extraposed judgement ("said it was wrong to suggest that ..."), or
    a judged subject that is neither an actor (with ``index``) nor a thing one did or said ("said the
    situation was unacceptable"), or a claim judged ("the accusations are baseless": a denial)."""
    if type_ != "ACCUSE" or not _judgement_word(token):
        return False
    found = judged_clause(token)
    if found is None:
        return True
    judged = found[0]
    if judged.lower_ in _spec()["expletives"] or judged.lemma_.lower() in _spec()["denied_things"] or \
            judged.lower_ in _spec()["denied_things"]:
        return True  # "it was wrong to ...", "this is unacceptable"; "the accusations are unacceptable": a denial
    if _labelling(found[1]) or token.pos_ == "NOUN":  # a noun: only a side the judged phrase names (round 30)
        return index is None or not _judged_actors(judged, found[1], index, token)
    if judged.lemma_.lower() in _spec()["judged_things"] or judged.pos_ == "PROPN":
        return False
    return index is None or not actors_under(judged, index)


def _subject(predicate):
    return next(c for c in predicate.children if c.dep_ in ("nsubj", "nsubjpass"))


def judgement_sides(token, index: MentionIndex) -> tuple[list[Mention], list[Mention]] | None:
    """``(sources, targets)`` of a reported judgement: the reporting verb's subject, the actors in
    the judged subject ("the inspector's comments": the inspector); None when ``token`` is none."""
    found = judged_clause(token)
    if found is None:
        return None
    judged, verb = found
    speaker, _ = subject_head(verb)
    sources = actors_under(speaker, index) if speaker is not None else []
    return sources, [m for m in _judged_actors(judged, verb, index, token) if m not in sources]


def _labelling(verb) -> bool:
    return verb.lemma_.lower() in _spec()["labelling_verbs"]


def _judged_actors(judged, verb, index: MentionIndex, token=None) -> list[Mention]:
    """The actors of what is judged; under a labelling verb or a condemning noun ("said the talks with
    Iran were a failure" judges no Iran) only through "by" / "of" (``label_prepositions``: "the
    flooding in Pakistan" is no side's act)."""
    narrow = _labelling(verb) or (token is not None and token.pos_ == "NOUN")
    preps = _spec()["label_prepositions"] if narrow else None
    return actors_under(judged, index, prepositions=preps)


def armed_fire(token, entry_id: str, index: MentionIndex | None, spec: dict) -> bool:
    """True for "came under fire" in a sentence with an armed side or a word of violence ("troops came
    under fire from insurgents"): shooting, not criticism (``spec`` is ``semantics.yaml precision``)."""
    if entry_id != "verb:come+under+fire":
        return False
    sentence = token.sent
    own = {t.i for p in token.children if p.dep_ == "prep" and p.lower_ == "under" for t in p.children}
    if any(t.lemma_.lower() in spec["violence_words"] for t in sentence if t.i not in own):
        return True
    armed = set(spec["armed_sectors"])
    return index is not None and any(m.actor.sector in armed for t in sentence for m in index.at(t))
