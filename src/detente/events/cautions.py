"""A warning of a danger is no threat (issue 13, round 20, branch e58).

"Sea levels could rise sharply, the agency is warning ministers", "warned the panel that tying the
hands of regulators could look like meddling", "warned of rising knife crime", "warning: the
problem will only grow": the speaker cautions about a thing, a trend or a course of
action, and threatens no harm of their own (CONVENTIONS: THREATEN is a warning of harm, an
ultimatum). :func:`danger_warning` drops a THREATEN read off a warning verb when everything warned
of is such a danger: the warned clause's subject is no person, actor, pronoun or threat noun, and an
``of``/``about`` object is no threat noun and no actor. A warning with an ultimatum ("warned X to
..., "against"), a clause whose subject is an actor ("warned that Russia would respond", "that
they would retaliate"), a threat noun ("warned of consequences", "that sanctions would follow") or
nothing warned of ("the army warned the rebels") stays a threat. Word lists: ``semantics.yaml
cautions`` (those of :func:`spoken_attack` too: ``speaking_verbs``, ``speaker_nouns``).

:func:`alleging_warning` (round 30, e90): a warning that tells what another side does or did ("warned
that Y's strategy was to ...") is an allegation, ACCUSE 112, not a threat; one that tells a harm the
side is open to ("Y faces consequences if ...", "Y's bases are within range") stays a threat.

:func:`spoken_attack`: a person's "attack" told with their own speaking verb ("the president attacked
foreign farmers, saying ...") is words; ``nonevents.verbal_attack`` recodes it ACCUSE.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from detente.events.arguments import MentionIndex
from detente.events.lexicon import semantics_file
from detente.nlp import has_mark

__all__ = ["alleging_warning", "danger_warning", "spoken_attack"]

_CLAUSE_DEPS = ("ccomp", "parataxis")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


@lru_cache(maxsize=1)
def _spec() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in semantics_file()["cautions"].items() if isinstance(v, list)}


def _names_actor(token, index: MentionIndex | None) -> bool:
    """True when ``token`` or a word of its phrase (compound, possessor, modifier, conjunct)
    is someone: a resolved or unresolved actor mention, a person name, an actor pronoun."""
    spec = _spec()
    heads = [token, *(c for c in token.children if c.dep_ in ("compound", "poss", "conj", "appos", "amod", "nmod"))]
    for t in heads:
        if t.pos_ == "PRON" and t.lower_ in spec["actor_pronouns"]:
            return True
        if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return True
        if index is not None and (index.at(t) or t.i in index.unresolved):
            return True
    return False


def _threat_word(token) -> bool:
    return token.lemma_.lower() in _spec()["threat_nouns"] or token.lower_ in _spec()["threat_nouns"]


def _gerund_phrase(subject) -> bool:
    """True for a bare plural noun led by a gerund the parser took as its modifier ("arming
    rebels", "funding militias"): a course of action, its noun the object of the gerund."""
    return subject.tag_ in ("NNS", "NN") and not any(c.dep_ in ("det", "poss") for c in subject.children) and \
        any(c.dep_ == "amod" and c.tag_ == "VBG" and c.i < subject.i for c in subject.children)


def _clause_is_danger(clause, index: MentionIndex | None) -> bool | None:
    """True when the warned clause's subject is a thing (no actor, no threat noun), False when it is
    someone or a threat, None when it has no subject (unknown)."""
    subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects:
        return None
    if _legal_opinion(clause) and not _announced_conduct(clause, subjects, index):
        return True  # "warned that the war could be illegal": advice on the law, whatever the course
    if any(_threat_word(t) for t in clause.subtree if t.i != clause.i and t.pos_ == "NOUN"):
        return False  # "warned that the move would have serious consequences": a veiled threat
    for subject in subjects:
        if subject.dep_ == "expl":
            return None  # "warned that there would be consequences": read on, not judged here
        if subject.dep_.startswith("csubj") or _gerund_phrase(subject):
            continue  # "tying regulators' hands could look like meddling": a course, not someone
        if _threat_word(subject) or _names_actor(subject, index) or \
                any(_threat_word(c) for c in subject.children if c.dep_ in ("compound", "nmod", "amod")):
            return False  # "a coup d'etat may occur", "military action would follow"
        if any(_threat_word(t) or _names_actor(t, index) for t in subject.subtree if t.dep_ in ("pobj", "conj")):
            return False  # "the threat of sanctions would ...", "Russia and its allies"
    return True


def _legal_opinion(clause) -> bool:
    """True for a warned clause told as to come (a modal or future auxiliary) that judges a course
    unlawful: "the war could be illegal without a second resolution", "the strikes would breach
    international law", "the deal would be a breach of the treaty" -- the warner's reading of the law,
    advice (ANNOTATION: THREATEN is a warning of harm; an opinion is no event). A clause with a second
    verb ("would be illegal and would be met with force") or one asserted now ("the raid was illegal":
    conduct alleged, :func:`alleging_warning`) is not judged here. Word lists: ``cautions.legality_*``,
    ``law_nouns``."""
    spec = _spec()
    if _asserted_now(clause) or any(c.dep_ in ("conj", "advcl") and c.pos_ in ("VERB", "AUX") for c in clause.children):
        return False
    lemma, children = clause.lemma_.lower(), list(clause.children)
    if lemma == "be":
        if any(c.dep_ == "acomp" and c.lower_ in spec["legality_adjectives"] for c in children):
            return True  # "could be illegal"
        nouns = [c for c in children if c.dep_ == "attr"] + \
            [g for c in children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
        return any(n.lemma_.lower() in spec["legality_nouns"] and _of_law(n) for n in nouns)  # "a breach of", "in breach of"
    return lemma in spec["legality_verbs"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in spec["law_nouns"] for c in children)  # "would breach international law"


def _announced_conduct(clause, subjects, index=None) -> bool:
    """True for a warned act verb (not "be") whose subject is a personal pronoun: "warned that it
    would breach its obligations under the deal", "that we will break the rules" tell the warner's
    own course, a threat, not a reading of the law (round 33 review, f82). A thing or a named other
    side as the subject ("the strikes would breach international law", "Israel would violate
    international law by attacking") stays advice; so does "it would be illegal" (the course), and so
    does a pronoun standing for a thing the warner's first verb took ("criticised the plan, warning that
    it would violate international law": review r33e)."""
    return clause.lemma_.lower() != "be" and any(
        s.pos_ == "PRON" and s.lower_ in _spec()["actor_pronouns"] for s in subjects) \
        and not _thing_before(clause.head, index)


def _thing_before(warn, index) -> bool:
    """The warning verb hangs on a first verb ("criticised the plan, warning ...", "condemned the sales
    and warned ...") whose object is a thing no actor mention holds: the clause's pronoun stands for it."""
    lead = warn.head if warn.dep_ in ("conj", "advcl") and warn.head.i != warn.i else None
    return lead is not None and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not (index is not None and index.at(c))
                                    for c in lead.children)


def _of_law(noun) -> bool:
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _spec()["law_nouns"] for g in p.children) for p in noun.children)


def danger_warning(token, type_: str | None, index: MentionIndex | None = None) -> bool:
    """True for a THREATEN read off a warning verb whose every warned content is a danger (see the
    module): no threat of harm by anyone."""
    spec = _spec()
    if type_ != "THREATEN" or token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in spec["warning_verbs"]:
        return False
    children = list(token.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "against") for c in children):
        return False  # "warned X to withdraw", "warned against any attack": an ultimatum
    verdicts: list[bool] = []
    for child in children:
        if child.dep_ in _CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
            verdicts.append(_clause_is_danger(child, index))
        elif child.dep_ == "prep" and child.lower_ in ("of", "about"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                verdicts.append(not (_threat_word(pobj) or _names_actor(pobj, index) or
                                     any(_threat_word(c) for c in pobj.subtree if c.dep_ in ("pobj", "conj", "compound"))))
    if not verdicts and token.dep_ in _CLAUSE_DEPS and token.head.i != token.i and token.head.pos_ in ("VERB", "AUX"):
        verdicts.append(_clause_is_danger(token.head, index))  # "sea levels could rise, the agency warned"
    return bool(verdicts) and all(v is True for v in verdicts)


def alleging_warning(cand, coding, targets):
    """The THREATEN coding of a warning whose warned clause tells what another side does or did --
    asserted, with no modal or future ("warned that Y's strategy was to weaken Europe", "warned that Y
    was trying to ...", "warning that Y had broken its word") -- recoded as the allegation it is
    (ACCUSE 112, ``~alleged``; the THREATEN / ACCUSE boundary: a threat is harm to come, an allegation a
    statement of the target's conduct), when every target stands in that clause's subject (itself, its
    owner or modifier). An ultimatum ("warned Y to ..., against ...") and a harm to come ("warned that Y
    would respond") keep THREATEN (issue 13 round 30, e90); every other coding is returned unchanged."""
    token = cand.token
    if coding is None or coding.type != "THREATEN" or token.pos_ != "VERB" or \
            token.lemma_.lower() not in _spec()["warning_verbs"] or not targets:
        return coding
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "against") for c in token.children):
        return coding
    clauses = [c for c in token.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if len(clauses) != 1 or not _asserted_now(clauses[0]) or _exposure(clauses[0]):
        return coding
    subjects = [c for c in clauses[0].children if c.dep_ in ("nsubj", "nsubjpass")]
    spans = [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge)) for s in subjects]
    if not spans or not all(any(a <= m.start and m.end <= b for a, b in spans) for m in targets):
        return coding
    return replace(coding, type="ACCUSE", cameo=str(semantics_file()["cautions"]["alleging_code"]), rule=coding.rule + "~alleged")


def _asserted_now(clause) -> bool:
    """True for a clause told as a fact, in the present or the past: a finite verb or copula with no
    modal, future or conditional auxiliary ("was", "is trying", "had broken"; not "would", "could",
    "is going to")."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _spec()["future_auxiliaries"] or a.tag_ == "MD" for a in aux):
        return False
    if clause.lower_ == "going" or any(c.lower_ == "going" for c in clause.children):
        return False
    finite = [t for t in (clause, *aux) if t.tag_ in ("VBD", "VBZ", "VBP")]
    return bool(finite)


def _exposure(clause) -> bool:
    """True for a warned clause that tells a harm the subject is open to, not what it does: a
    condition ("faces consequences if it attacks", "unless"), a verb of exposure ("faces sanctions",
    "risks a war"), or a bare "be" of a place or state ("are within range of its missiles", "are at
    risk", "is a legitimate target"; not "was to weaken", not "is responsible", not "were in breach of
    the ceasefire" or "was behind the attack": conduct alleged, review r30e). A veiled threat or a
    danger, kept THREATEN (round 30 review, f67)."""
    spec, marks = _spec(), frozenset(semantics_file()["conditional"]["marks"])
    if any(c.dep_ == "advcl" and has_mark(c, marks) for c in clause.children):
        return True
    lemma = clause.lemma_.lower()
    if lemma in spec["exposure_verbs"]:
        return True
    if lemma != "be" or any(c.dep_ in ("xcomp", "acomp") for c in clause.children):
        return False
    nouns = spec["exposure_nouns"]  # "are within range", "at risk", "a target"; not "in breach", "behind the attack"
    return any(c.dep_ == "prep" and (c.lower_ == "within" or any(
        g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in c.children)) for c in clause.children) or \
        any(c.dep_ == "attr" and c.lemma_.lower() in nouns for c in clause.children)


def _speaker_subject(token) -> bool:
    """True when the verb's subject is a person: a person's name or a speaker's title ("Robert
    Mugabe", "the opposition leader"), not a state, a force or an armed group."""
    spec = _spec()
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    def person(s) -> bool:
        titled = any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in spec["speaker_nouns"] for c in s.children)
        return s.ent_type_ == "PERSON" or s.lemma_.lower() in spec["speaker_nouns"] or titled or \
            (s.pos_ == "PRON" and s.lower_ in ("he", "she"))
    return bool(subjects) and all(person(s) for s in subjects)


def spoken_attack(token) -> bool:
    """True for an "attack" told with the attacker's own speaking verb hanging on it, by a person
    who speaks ("the president attacked foreign farmers, saying they had stolen the land", "the
    leader attacked the minister, calling him a liar"): words, not arms. A state's or
    an armed group's attack keeps its reasons ("Russia attacked Ukraine, saying it defended its
    people"). Read by ``nonevents.verbal_attack`` beside its grounds ("for taking money")."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "attack" or not _speaker_subject(token):
        return False
    return any(c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in _spec()["speaking_verbs"]
               for c in token.children)
