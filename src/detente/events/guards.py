"""Precision guards of issue 13 round 10: word senses and readings that assert no act.

Each guard reads the parse around a trigger with word lists of ``semantics.yaml``:

- ``conjunction_sense``: "provided (that) they follow the rules", "providing they close at ten"
  -- a participle used as a conjunction of condition gives nothing;
- ``document_content``: "passes a bill providing job quotas" -- what a document provides is its
  content, not an act of aid;
- ``lone_session``: "the cabinet met on Sunday", "the Senate was set to meet", "the Security
  Council will hold an emergency meeting on Syria" -- a deliberative body meeting as itself
  consults no one;
- ``natural_warning``: "warned that heavy rains would hit the coast" -- a warning of a natural
  hazard threatens no one;
- ``preparation``: "the army prepared to resume shelling the rebels' villages" -- readying
  an attack is a military posture (PLOVER MOBILIZE, CAMEO 15), not a threat said to anyone;
- ``grounds``: "was arrested for insulting the president", "impeached for obstructing justice"
  -- the act a legal act is grounded on is alleged, not asserted: it is not coded on its own, and
  its object is not the one arrested;
- ``dateline_end``: "KABUL (AP) — Taliban fighters attacked ..." -- the wire dateline names
  where the story was filed; its capital is never an actor of the story's acts;
- ``inverted_condition``: "Had Israel attacked Iran, the US would have intervened", "Were Russia
  to invade ..." -- a clause opened by an inverted auxiliary is a condition, no act;
- ``refused_comment``: "declined to comment", "refused to say whether ..." -- not saying is no
  refusal of a proposal (REJECT);
- ``opinion_agreement``: "agreed that more must be done" -- agreeing with a proposition, with no
  partner named, is an opinion, not an agreement; so is a subjectless "while accepting that ..."
  whose clause's subject is the one who accepts (round 29);
- ``unaffirmed_commitment``: "analysts doubt Washington's commitment to Taiwan", "France's
  commitment to Mali ended" -- a commitment to a side is an act only when a verb of affirming it
  takes it as its object ("reaffirmed its commitment to NATO"; round 31 review mend, f73).
"""

from __future__ import annotations

from detente.events.lexicon import Lexicon
from detente.nlp import up_from
from detente.places.toponyms import DATELINE

CLAUSAL = ("ccomp", "pcomp", "advcl")


def conjunction_sense(token, lexicon: Lexicon) -> bool:
    """True for a conjunction participle ("provided", "providing") that opens a condition clause
    (a clause with its own subject, or a ``that``) and takes no object of its own."""
    if token.lower_ not in lexicon.semantics["conjunction_participles"]:
        return False
    if any(c.dep_ in ("dobj", "dative") for c in token.children):
        return False  # "provided food to the refugees, that ..." keeps its object
    if any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in token.children):
        return False
    if token.dep_ == "mark":
        return True
    return any(c.dep_ in CLAUSAL and any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
               for c in token.children)


def document_content(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for an act of a ``document_content_types`` type told as what a document does ("a bill
    providing job reservations", "a law providing subsidies"): the document's content."""
    if type_ not in lexicon.semantics["document_content_types"]:
        return False
    return token.dep_ == "acl" and token.head.lemma_.lower() in lexicon.words["document_nouns"]


def lone_session(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for "met"/"meet" whose subject is a deliberative body with no partner named (no
    ``with`` object, no object, no joint subject): the cabinet's or the Senate's own session; a
    pronoun subject of a clause the body itself reports is the body ("the Senate announced it would
    meet on Monday"); plural "they" is others (round 31 review, f71)."""
    if type_ not in ("CONSULT", "AGREE"):
        return False
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in lexicon.semantics["session_nouns"] and token.dep_ == "dobj":
        verb = token.head  # "the Security Council will hold an emergency meeting on Syria"
        if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children):
            return False
    elif token.pos_ in ("VERB", "AUX") and lemma in lexicon.semantics["session_verbs"]:
        verb = token
    else:
        return False
    if any(c.dep_ in ("dobj", "dative") and c.i != token.i or (c.dep_ == "prep" and c.lower_ in ("with", "between"))
           for c in verb.children):
        return False
    subject = _subject(verb)
    if subject is not None and subject.lower_ == "it" and verb.dep_ == "ccomp" and verb.head.i != verb.i:
        subject = _subject(verb.head) or subject  # "the Senate announced it would meet on Monday" (round 31, e92)
    if subject is None or subject.conjuncts:
        return False
    return subject.lemma_.lower() in lexicon.semantics["session_bodies"]


def _subject(token):
    """The subject of a verb, of the verb it is the complement of ("was set to meet"), or of the
    verb it is coordinated with."""
    current = token
    for _ in range(3):
        subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if current.dep_ not in ("xcomp", "conj") or current.head.i == current.i:
            return None
        current = current.head
    return None


def preparation(lemma: str, inner_type: str | None, lexicon: Lexicon) -> str | None:
    """The CAMEO code of MOBILIZE for a verb of preparation over an attack ("prepared to resume
    shelling", "is preparing to attack"), else None (``preparation_verbs``, ``preparation_code``)."""
    spec = lexicon.semantics["preparation"]
    if lemma not in spec["verbs"] or inner_type not in spec["inner_types"]:
        return None
    return str(spec["code"])


def grounds(token, lexicon: Lexicon) -> bool:
    """True when ``token`` is a gerund a legal act is grounded on: the object of "for", "of",
    "with" or "over" (or a gerund coordinated with one) on a verb of ``grounds.verbs`` ("arrested
    for insulting", "charged with attacking", "impeached for lying and obstructing justice")."""
    spec = lexicon.semantics["grounds"]
    if token.tag_ != "VBG":
        return False
    while token.dep_ == "conj" and token.head.i != token.i and token.head.tag_ == "VBG":
        token = token.head
    prep = token.head
    wrapper = prep.head  # "sanctioned for their involvement in killing X" (round 15): a part in the act
    if token.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep" and prep.lower_ in ("in", "of") and \
            wrapper.lemma_.lower() in spec["part_nouns"] and wrapper.dep_ == "pobj":
        token, prep = wrapper, wrapper.head
    if not (token.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep" and prep.lower_ in spec["prepositions"]):
        return False
    if prep.head.lemma_.lower() in spec["verbs"]:
        return True
    if prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in spec.get("charge_nouns", ()):
        return True  # "a felony of obstructing justice", "on charges of attacking" (round 19)
    # "announced sanctions on X for ...": the legal act as the object of the verb the reason hangs on
    return token is wrapper and any(c.dep_ == "dobj" and c.lemma_.lower() in spec["verbs"] for c in prep.head.children)


def dateline_end(text: str) -> int:
    """The end offset of a wire dateline that opens the text ("KABUL (AP) — ", "Nairobi (Reuters)
    - ", "MOSUL, Iraq -- "), else 0. A dateline needs its place in capitals or an agency in
    brackets: a plain opening "Russia - ..." is a sentence, not a dateline."""
    found = DATELINE.match(text)
    if found is None:
        return 0
    place = found.group(1).strip()
    if not (place.isupper() and len(place) > 2) and "(" not in found.group(0):
        return 0
    return found.end()


INVERTED = frozenset({"had", "were", "should"})


def inverted_condition(token) -> bool:
    """True inside a clause opened by an inverted auxiliary before its subject ("Had Israel
    attacked Iran, ...", "Were Russia to invade Ukraine, ...", "Should talks fail, ..."): a
    condition, as an if-clause is."""
    for current in up_from(token if token.pos_ in ("VERB", "AUX") else token.head, 6):
        if current.dep_ == "advcl":
            first = current.doc[current.left_edge.i]
            subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if first.lower_ in INVERTED and first.head.i == current.i and first.dep_ in ("aux", "auxpass") \
                    and subject is not None and first.i < subject.i:
                return True
    return False


def refused_comment(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for a refusal whose infinitive is a verb of saying ("declined to comment", "refused to
    say whether he would attack"): no proposal, demand or invitation was refused."""
    if type_ != "REJECT":
        return False
    words = lexicon.semantics["comment_verbs"]
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in words for c in token.children)


def natural_warning(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for a warning (THREATEN) whose clause is about a natural hazard ("warned that heavy
    rains would hit the coast", "warned of floods"): no one is threatened."""
    if type_ != "THREATEN":
        return False
    hazards = lexicon.words["non_agents"] | lexicon.words["emergency_causes"]
    for child in token.children:
        if child.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in hazards
                                         for c in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and \
                any(c.dep_ == "pobj" and c.lemma_.lower() in hazards for c in child.children):
            return True
    return False


def opinion_agreement(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for "agree"/"concur" with a that-clause, one subject and no "with" partner ("the
    president agreed that more must be done"): an opinion shared, no act agreed; joint subjects
    agree with each other ("France and Germany agree that disputes should be arbitrated")."""
    if type_ != "AGREE" or token.lemma_.lower() not in lexicon.semantics["opinion_agree_verbs"]:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "to", "on") or c.dep_ in ("xcomp", "dobj") for c in token.children):
        return False
    subject = _subject(token) or _participle_subject(token)
    if subject is None or subject.conjuncts:
        return False  # "France and Germany agree that ...": they agree with each other
    return any(c.dep_ == "ccomp" for c in token.children)


def _participle_subject(token):
    """The subject of the clause a subjectless -ing adverbial hangs on ("While accepting that reforms
    are needed, the minister criticised ...": the minister), else None (round 29, e86)."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.head.i == token.i:
        return None
    return next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def unaffirmed_commitment(entry_id: str, token, lexicon: Lexicon) -> bool:
    """True for an entry that needs a verb of affirming (``semantics.yaml`` ``affirmed_nouns``) when
    its noun is not that verb's object (active or passive) nor the subject of its that-clause
    ("reaffirmed that its commitment was unshakeable"): "doubt X's commitment to Taiwan"."""
    spec = lexicon.semantics["affirmed_nouns"]
    if entry_id not in spec["entries"]:
        return False
    noun = token
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "reaffirmed its friendship and its commitment to X"
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in spec["verbs"]:
        return False
    clause = noun.head  # "reaffirmed that Britain's commitment to Nato was unshakeable" (second review, r31g)
    return not (noun.dep_ == "nsubj" and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in spec["verbs"])
