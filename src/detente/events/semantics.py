"""Semantics that change the code: negation, speculation, conditionals, intent and future.

"did not agree" is no agreement; "will not accept refugees" is a refusal (REJECT); "could attack"
is speculation, not an attack; "will visit" is an offer to meet (AGREE, mode intend); "if war
starts" makes what follows hypothetical. Each test here reads the dependency parse around the
trigger's predicate, with the word lists of ``semantics.yaml``.
"""

from __future__ import annotations

from detente.events.arguments import reporter_conjunct, steps_taken
from detente.events.lexicon import Lexicon
from detente.events.marks import opened_by
from detente.nlp import children, columns, has_mark, up_from


def predicate(token):
    """The verb that carries tense, modality and negation for a trigger token.

    A verb is its own predicate; "ready"/"willing" (acomp) use their copula; a noun that is the
    object of a light verb ("held talks", "imposed sanctions") uses that verb.
    """
    if token.pos_ in ("VERB", "AUX"):
        return token
    if token.dep_ in ("acomp", "dobj", "nsubjpass", "attr", "oprd", "nsubj"):
        return token.head
    return None


def is_negated(token, lexicon: Lexicon) -> bool:
    """True for "did not agree", "will not accept", "no invitations", "not willing", "failed to
    agree"."""
    words = lexicon.words["negation"]
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in words):
            return True
    pred = predicate(token) or token
    if pred.i != token.i and any(c.dep_ == "neg" for c in pred.children):
        return True
    if failed(pred, lexicon) or (pred.i == token.i and carried_negation(pred, lexicon)):
        return True
    if pred.dep_ == "conj" and (_joined_by_nor(pred) or any(c.dep_ == "cc" and c.lower_ == "nor" for c in pred.children)) \
            or any(c.dep_ == "preconj" and c.lower_ == "neither" for c in pred.children):
        return True  # "has not detected a launch, nor received reports", "neither attacked nor ...": e85
    subject = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and any(c.lower_ in ("no", "neither") for c in subject.children
                                   if c.dep_ in ("det", "preconj")):
        return True
    return False


def _joined_by_nor(pred) -> bool:
    """True for a conjunct whose nearest conjunction before it is "nor" ("did not attack X nor threaten
    it"); a later conjunct joined by "but" or "and" ("..., but it expelled the ambassador") is not."""
    cc = max((c for c in pred.head.children if c.dep_ == "cc" and c.i < pred.i), key=lambda c: c.i, default=None)
    return cc is not None and cc.lower_ == "nor"


def failed(pred, lexicon: Lexicon) -> bool:
    """"failed to agree", "fails to provide support": the infinitive of a failure verb (itself
    not negated -- "did not fail to act" is rare enough to leave) did not happen."""
    return pred.dep_ == "xcomp" and pred.head.lemma_.lower() in lexicon.words["failure_verbs"] and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children)


def carried_negation(pred, lexicon: Lexicon) -> bool:
    """Negation that sits off the trigger's verb (issue 13 round 22, branch e63): "no longer
    recognized the ceasefire" (``no`` hangs from the adverb ``longer``, one of ``negated_adverbs``),
    and the infinitive of a negated verb that carries its negation to the act ("won't help free him",
    "did not manage to reach a deal", "did not try to stop them": one of ``negation_carriers``;
    "did not hesitate to strike" is no such verb)."""
    words = lexicon.words["negation"]
    if any(c.dep_ == "advmod" and c.lower_ in lexicon.words["negated_adverbs"] and
           any(n.dep_ == "neg" or n.lower_ in words for n in c.children) for c in pred.children):
        return True
    head = pred.head
    return pred.dep_ == "xcomp" and head.i != pred.i and head.lemma_.lower() in lexicon.words["negation_carriers"] \
        and any(c.dep_ == "neg" for c in head.children) and not _focused(head, lexicon)


def _focused(head, lexicon: Lexicon) -> bool:
    """"didn't just try to seize Kyiv": a focus adverb between the negation and its verb narrows the
    negation to the adverb ("simply did not try" still negates)."""
    negs = [c.i for c in head.children if c.dep_ == "neg"]
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.words["negation_focus"] and min(negs) < c.i < head.i
               for c in head.children)


MODAL_CHAIN = ("xcomp", "advcl", "conj")
"""Relations through which a clause shares its head clause's modality ("must ensure ... to allow")."""


def auxiliaries(token) -> set[str]:
    """Lower-case auxiliaries of the trigger's predicate and of the clauses it depends on
    through complements, purpose clauses and coordination ("will", "would", "could", "must")."""
    pred = predicate(token) or token
    found: set[str] = set()
    kids, cols = children(token.doc), columns(token.doc)  # the children's words without a Token each
    for _ in range(3):
        found |= {cols.lower[k] for k in kids[pred.i] if cols.dep[k] in ("aux", "auxpass")}
        if found or pred.dep_ not in MODAL_CHAIN or pred.head.i == pred.i or reporter_conjunct(pred):
            return found  # "said B will ..., and praised Y": the praise shares no "will" (round 28, e83)
        pred = pred.head
    return found


def is_reported(token, lexicon: Lexicon) -> bool:
    """True when the trigger's clause is the content of a reporting verb ("said they would...")."""
    current = predicate(token) or token
    for _ in range(4):
        if current.dep_ == "ccomp" and current.head.lemma_.lower() in lexicon.words["reporting"]:
            return True
        if current.dep_ not in ("conj", "xcomp", "ccomp") or current.head.i == current.i or \
                reporter_conjunct(current):
            return False
        current = current.head
    return False


def is_speculative(token, lexicon: Lexicon) -> bool:
    """"could attack", "might impose": speculation (but "would" in reported speech is future)."""
    pred = predicate(token) or token
    if pred.dep_ == "xcomp" and pred.head.lemma_.lower() in lexicon.words["obligation_verbs"]:
        return True  # "Ukraine has to withdraw": an obligation, not the act
    auxes = auxiliaries(token)
    speculative = auxes & lexicon.words["speculative"]
    if not speculative or auxes & lexicon.words["future"]:
        return False
    if speculative == {"would"} and is_reported(token, lexicon):
        return False
    return True


def is_future(token, lexicon: Lexicon) -> bool:
    """"will visit", "'ll provide", and "would" in reported speech ("said they would hold talks").
    The object of a participle that works as a time preposition ("talks will continue following a
    meeting between X and Y": the meeting came first) keeps no tense of the clause above it."""
    if anterior_object(token, lexicon):
        return False
    auxes = auxiliaries(token)
    if auxes & lexicon.words["future"]:
        return True
    return "would" in auxes and is_reported(token, lexicon)


def anterior_object(token, lexicon: Lexicon) -> bool:
    """True for the object of a participle the parser reads as a verb where it works as a time
    preposition of what came before ("following a meeting", ``semantics.yaml`` anterior_participles;
    issue 13 round 24)."""
    head = token.head
    return token.dep_ == "dobj" and head.tag_ == "VBG" and head.i != token.i and \
        head.lower_ in lexicon.semantics.get("anterior_participles", ())


def is_hypothetical(token, lexicon: Lexicon) -> bool:
    """True inside an if/unless clause ("if war starts in Iraq"), or an until-clause in the present
    tense, a condition still to be met ("the war won't end until Armenian forces withdraw", "until
    their demands are met"; a past one tells what happened: "fighting went on until the troops withdrew")."""
    for current in up_from(token, 8):
        if current.dep_ == "advcl" and has_mark(current, lexicon.words["condition_marks"]):
            return True
        if current.dep_ == "advcl" and present_tense(current) and \
                opened_by(current, "open_condition"):
            return True
    return False


def present_tense(verb) -> bool:
    """A clause in the present tense: its verb, or the first auxiliary of a passive or perfect
    ("until their demands are met", "until the troops have left"), is a present form."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return (auxes[0] if auxes else verb).tag_ in ("VBP", "VBZ", "VB")


def is_unasserted_purpose(token, lexicon: Lexicon) -> bool:
    """An infinitive naming what something needs, is made for or cannot do: "the majority required
    to impeach an official", "functionalities designed to restrict users" -- no act took place;
    and an infinitive of purpose ("appoints attorneys to defend him", "were paying bounties to
    kill soldiers"), unless its verb decides the act ("votes to expel him")."""
    pred = predicate(token) or token
    if pred.dep_ not in ("xcomp", "advcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                                for c in pred.children):
        return False
    if pred.dep_ == "advcl" and pred.head.pos_ == "VERB" and steps_taken(pred.head, asserted=False):
        return False  # "took steps to widen freedoms": the steps widen them (round 28, e81); their mode: light_steps (e85)
    if pred.dep_ == "advcl" and pred.head.pos_ == "VERB" and \
            pred.head.lemma_.lower() not in lexicon.words["decision_heads"]:
        return True  # a purpose: "paying bounties to the Taliban to kill soldiers", "amend the code to punish"
    return pred.head.lemma_.lower() in lexicon.words["nonfactual_heads"]


def noun_modality(token, lexicon: Lexicon) -> str | None:
    """What a modifier makes of a nominal act: ``speculative`` ("a possible attack"),
    ``cancelled`` ("the cancelled summit", "a visit, which was postponed", "the visit was
    called off": the act as the subject of a passive cancel verb), ``planned`` ("the
    planned trip", "upcoming talks"), else None."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in lexicon.words["noun_cancelled"]:
        return "cancelled"  # "the president's visit to Uganda was cancelled" (round 10)
    words = [child.lower_ if child.dep_ in ("amod", "compound") else (
        child.lemma_.lower() if child.dep_ in ("relcl", "acl") else None) for child in token.children]
    for kind in ("speculative", "cancelled", "planned"):  # "the planned trip, which was cancelled"
        if any(word is not None and word in lexicon.words[f"noun_{kind}"] for word in words):
            return kind
    return None


def has_condition(token, lexicon: Lexicon) -> bool:
    """True when ``token``'s clause (or the clause it is reported in) carries an if/unless clause."""
    marks = lexicon.words["condition_marks"]
    for current in up_from(token, 3):
        for child in current.children:
            if child.dep_ == "advcl" and has_mark(child, marks):
                return True
    return False


def _preposition(token) -> str:
    """The preposition a ``pobj`` hangs from, two-word ones included ("because of")."""
    if token.lower_ == "of" and token.head.lower_ in ("because", "instead"):
        return token.head.lower_
    return token.lower_


def is_background(token, lexicon: Lexicon) -> bool:
    """True for the setting of an event rather than the event: "after two days of fighting",
    "following the invasions", "after crowds trashed its embassy", "before allowing aid convoys",
    and relative clauses ("Macedonia, which is preparing an offensive")."""
    for current in up_from(token, 6):
        if current.dep_ == "relcl" and lexicon.semantics.get("background_relative_clauses"):
            return True
        if current.dep_ == "advcl" and has_mark(current, lexicon.words["background_marks"]):
            return True
        if current.dep_ in ("pobj", "pcomp") and _preposition(current.head) in lexicon.words["background_preps"]:
            # "amid ongoing demonstrations against X", "ten people died after protests": told now
            return not _ongoing_setting(current, token, lexicon) and not (
                current.dep_ == "pobj" and _casualty_cause(current, token, lexicon))  # a noun, not "after being shot"
        if current.dep_ == "dobj" and current.head.dep_ == "prep" and \
                current.head.lower_ in lexicon.words["background_preps"]:
            # "following Turkish airstrikes" parsed as a verb taking an object; not "die following attacks"
            return not _casualty_cause(current, token, lexicon)
    return False


def casualty_cause(token, lexicon: Lexicon) -> bool:
    """The nominal act ``token`` is what people died or were hurt in, named after "after" /
    "following" (:func:`_casualty_cause`): a crowd act so named is told as happening, as the
    subject of its clause is ("ten people are dead after protests"; ``coder``'s story-crowd rule)."""
    noun = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
    return (noun.dep_ == "pobj" or (noun.dep_ == "dobj" and noun.head.dep_ == "prep")) and \
        _casualty_cause(noun, token, lexicon)


def _casualty_cause(noun, token, lexicon: Lexicon) -> bool:
    """An act named as what people died or were hurt in, after "after" / "following" ("40 people
    die following a wave of attacks", "ten people are dead after protests"; semantics
    ``casualty_causes``, issue 13 round 30): the harm is the act's outcome, told as news, so the act
    is no setting. ``noun`` is the preposition's object: the trigger itself or a noun that counts
    or spans it ("a series of attacks", "two days of clashes")."""
    words = lexicon.semantics["casualty_causes"]
    if noun.head.lower_ not in words["preps"]:
        return False
    if noun.i != token.i and not (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i == noun.i
                                  and noun.lemma_.lower() in lexicon.semantics["series_nouns"]):
        return False
    verb = noun.head.head
    if verb.lemma_.lower() in words["harm_verbs"] and verb.pos_ == "VERB":
        return True
    return verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in words["casualty_words"]
                                               for c in verb.children)


def _ongoing_setting(noun, token, lexicon: Lexicon) -> bool:
    """A nominal act of the setting itself told as still going on ("amid ongoing demonstrations
    against President X", "amid continuing protests"): the act is current, not the background of
    another (semantics ``ongoing_words``, round 20). Only the trigger itself, after "amid"."""
    return noun.i == token.i and _preposition(noun.head) in ("amid", "amidst") and \
        any(c.dep_ == "amod" and c.lower_ in lexicon.semantics["ongoing_words"] for c in noun.children)


OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "mark"})
"""Children that make a verb a clause of its own (a subject, an auxiliary, a subordinator)."""


def is_imperative(token) -> bool:
    """A command ("take a knife ... and attack the tourists", "Thank you"... not: "Police arrest
    ..."): the trigger's predicate, or the first verb it is coordinated with, is a bare base-form
    verb with no subject or auxiliary, heading a sentence or a clause told as speech. What is
    commanded has not happened."""
    pred = predicate(token) or token
    if pred.tag_ != "VB" or any(c.dep_ in OWN_CLAUSE or (c.dep_ == "dobj" and c.lower_ == "you")
                                for c in pred.children):
        return False  # "Thank you to the emergency services": a formula said, not a command
    first = pred
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
        if first.tag_ in ("VBD", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in first.children):
            return True  # "She was 95, but ask anyone ...": a bare base form beside a finite verb
        if first.tag_ != "VB" or any(c.dep_ in OWN_CLAUSE for c in first.children):
            return False
    return first.dep_ in ("ROOT", "ccomp", "parataxis")


def is_indirect_question(token, lexicon: Lexicon) -> bool:
    """"did not announce whom they would support", "asked whether the army had attacked": a clause
    under a verb that opens with a question word asks about an act, it does not assert one."""
    pred = predicate(token) or token
    for _ in range(3):
        if pred.dep_ in ("ccomp", "xcomp") and pred.head.pos_ in ("VERB", "AUX"):
            return any(c.lower_ in lexicon.words["question_words"] and c.i < pred.i and
                       (c.dep_ == "mark" or c.tag_ in ("WP", "WP$", "WDT")) for c in pred.children)
        if pred.dep_ != "conj" or pred.head.i == pred.i:
            return False
        pred = pred.head
    return False


def asks_question(token, lexicon: Lexicon) -> bool:
    """"asked whether the army had attacked", "asked who ordered it": a request verb whose
    complement is an indirect question asks for an answer, not for an act."""
    return any(c.dep_ == "ccomp" and is_indirect_question(c, lexicon) for c in token.children)


def is_disaster_emergency(token, entry_id: str, lexicon: Lexicon) -> bool:
    """A state of emergency declared over a storm or an epidemic (its clause names one): no
    coercion of anyone."""
    if entry_id not in lexicon.words["emergency_entries"]:
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(o.lemma_.lower() == "emergency" for o in objects):
        return False
    causes = lexicon.words["emergency_causes"]
    return any(t.lower_ in causes or t.lemma_.lower() in causes for t in token.subtree)
