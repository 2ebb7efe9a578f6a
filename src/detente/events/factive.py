"""Acts told as the object of a reaction are acts too (issue 13, round 12).

"Turkey condemned Israel's attack on Gaza", "the EU criticised China's crackdown on protesters",
"Germany welcomed Russia's release of the journalist": the condemnation or the welcome is one row,
and the act it answers is told as a fact -- one condemns or welcomes what happened -- so it is a
row of its own (ASSAULT ISR -> PSE, COERCE CHN -> ..., RETREAT RUS -> ...), coded like any nominal
act (its doer from the possessor, a ``by`` agent or a modifier; no doer, no row). Only for
reactions that presuppose their object (criticism, condemnation, praise, welcome: ACCUSE and
SUPPORT), never for allegations ("accused Russia of the attack", "blamed Kyiv for the strike":
the act is what is claimed), nor for demands, offers, threats and refusals (``nonfactual_inner``),
nor when the reaction is negated or only intended.
"""

from __future__ import annotations

from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate, Coding

FACTIVE_TYPES = frozenset({"ACCUSE", "SUPPORT"})
"""Reaction types whose nominal object is an act that happened."""
ALLEGING_LEMMAS = frozenset({"accuse", "allege", "blame", "charge", "implicate", "claim", "suspect",
                             "investigate", "probe", "sue", "indict", "impeach", "prosecute", "question"})
"""Verbs whose object act is alleged, not presupposed."""


def factive_objects(cand: Candidate, coding: Coding, lexicon: Lexicon) -> list[Candidate]:
    """The nominal act triggers a coded reaction takes as its object, to be coded on their own."""
    if coding.type not in FACTIVE_TYPES or coding.mode == "intend" or coding.negated:
        return []
    if cand.entry.pos != "verb" or cand.token.lemma_.lower() in ALLEGING_LEMMAS:
        return []
    return [c for c in cand.inner if c.entry.pos == "noun" and c.token.head.i == cand.token.i
            and c.token.dep_ in ("dobj", "nsubjpass") and c.entry.type
            and c.entry.type not in FACTIVE_TYPES]


CAUSATIVE_PARTICIPLES = frozenset({"prompt", "spark", "trigger", "provoke", "force", "cause", "lead", "draw",
                                   "elicit"})
"""Participles that tell what an act set off ("..., prompting Japan to protest", "..., sparking
protests in Georgia"): the act they introduce is another doer's, and it happened."""


FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
"""Acts of force: an attack's participle clause of the other kind is a further act of the same doer
("opened fire ..., arresting 12"); other participles of another type are left to the act."""


def consequences(cand: Candidate, coding: Coding) -> list[Candidate]:
    """Inner triggers that an act set off, told in a participle clause after it: the infinitive
    whose subject the participle's object is ("prompting Japan to protest") or the participle's
    nominal object ("sparking protests"); and the participle acts of force of the other kind the
    same doer went on to do ("police opened fire on demonstrators, killing one and arresting 12":
    the arrests). They are acts of their own, coded apart from the act (whose inner triggers are
    otherwise parts of it: "launched missiles at Kyiv, killing 12 people")."""
    if coding.mode == "intend" or coding.negated:
        return []
    out = []
    for inner in cand.inner:
        token = inner.token
        if _participle_act(token, cand.token) and inner.entry.type in FORCE_TYPES and coding.type in FORCE_TYPES \
                and inner.entry.type != coding.type and inner.entry.role == "event":
            out.append(inner)
            continue
        if token.dep_ not in ("xcomp", "dobj"):
            continue
        participle = token.head
        if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.head.i != cand.token.i or \
                participle.lemma_.lower() not in CAUSATIVE_PARTICIPLES:
            continue
        if token.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in participle.children):
            continue  # "forcing to ..." with no one forced: not another doer's act
        out.append(inner)
    return out


def _participle_act(token, outer) -> bool:
    """A present participle clause of the outer verb ("..., arresting 12"), or a participle joined
    to one ("killing one person and arresting 12")."""
    if token.tag_ != "VBG":
        return False
    if token.dep_ == "conj" and token.head.tag_ == "VBG":
        token = token.head
    return token.dep_ == "advcl" and token.head.i == outer.i and \
        not any(c.dep_ in ("mark", "aux") for c in token.children)  # not "after arresting", "to ..."
