"""Nominal acts the sentence does not assert as held, and refusals of what is no proposal (issue 13,
round 15; tested in ``tests/events/test_round15_e45.py`` on made-up sentences).

- An ended act (``ended``): a ceasefire or a drill named as the object of an ending verb
  ("declared war, ending the truce", "halted its naval drills") is no new ceasefire or drill, and a
  meeting that was called off, cancelled or postponed was not held; an ended meeting ("ended his
  visit") took place, and an act noun of another type ("ended its offensive") is left.
- A topic (``topic``): a ceasefire or drill noun as the modifier of talks or a proposal ("ceasefire
  talks", "a truce proposal") names what is talked about, not a ceasefire ("a mediation effort" is a
  mediation: consultations are left).
- A denied claim (``denied``): a refusal whose object is criticism, a claim or an accusation
  ("rejected the criticism", "dismissed their claims") denies a claim, which the
  conventions do not code as REJECT (REJECT refuses a proposal, demand, order or invitation).
- A stance (``stance``, issue 13 round 22, branch e63): opposing a state of affairs ("opposes the
  police state", "have opposed the construction efforts", "opposed globalisation") is an opinion held,
  no refusal of a proposal, demand, order or invitation. The REJECT stays when what is opposed is a
  proposal or a decision ("opposed the bill", "the plan", "impeachment proceedings"), an act (an event
  noun of the lexicon: "the deployment", "the war"), a doing ("opposed sending troops") or someone (a
  name, a pronoun, an actor the article resolves: "opposed the government", "opposed it")."""

from __future__ import annotations

from detente.events.lexicon import Lexicon


def _spec(lexicon: Lexicon) -> dict:
    return lexicon.semantics["unheld"]


def _phrase_head(token):
    """The head noun of the phrase a compound noun modifies ("ceasefire talks" -> talks)."""
    current = token
    while current.dep_ in ("compound", "nmod", "amod") and current.head.i != current.i:
        current = current.head
    return current


def ended(token, type_: str, lexicon: Lexicon) -> bool:
    """True for a nominal act of an ending-sensitive type that is the object of an ending verb."""
    spec = _spec(lexicon)
    if type_ not in spec["ended_types"] or token.pos_ not in ("NOUN", "PROPN"):
        return False
    head = _phrase_head(token)
    if head.dep_ not in ("dobj", "nsubjpass", "pobj"):
        return False
    verb = head.head
    if head.dep_ == "pobj":  # "put an end to the truce", "withdrew from the talks"
        verb = verb.head if verb.lower_ in ("to", "from") else None
        return verb is not None and type_ in spec["ending_types"] and verb.lemma_.lower() in ("put", "bring") \
            and any(c.dep_ == "dobj" and c.lower_ == "end" for c in verb.children)
    lemma = verb.lemma_.lower()
    if lemma in spec["cancel_verbs"] or (lemma in spec["ending_verbs"] and type_ in spec["ending_types"]):
        return True
    return lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def topic(token, type_: str, lexicon: Lexicon) -> bool:
    """True for an ending-sensitive nominal act that modifies talks or a proposal."""
    spec = _spec(lexicon)
    if type_ not in spec["topic_types"] or token.pos_ not in ("NOUN", "PROPN"):
        return False
    heads = set(spec["topic_heads"])
    if token.dep_ in ("compound", "nmod", "amod"):
        head = _phrase_head(token)
        return head.i != token.i and head.lemma_.lower() in heads
    # "ceasefire talks" misread as a subject and its verb: the next word is the head noun
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and token.dep_ == "nsubj" and following.i == token.head.i and \
        following.lower_.endswith("s") and following.lower_[:-1] in heads


def denied(cand, type_: str, lexicon: Lexicon) -> bool:
    """True for a REJECT whose object (or inner nominal trigger) is a claim noun."""
    if type_ != "REJECT":
        return False
    claims = set(_spec(lexicon)["claim_nouns"])
    token = cand.token
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.pos_ in ("NOUN", "PROPN"):
        objects = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"]
    objects += [inner.token for inner in cand.inner if inner.token.pos_ in ("NOUN", "PROPN")]
    return bool(objects) and all((o.lemma_.lower() in claims or o.lower_ in claims) and not _demanding(o)
                                 for o in objects)


def _demanding(noun) -> bool:
    """A claim against someone or for something is a suit or a demand ("a claim against the tobacco firms
    was thrown out", "a claim for compensation"): refusing it is a REJECT."""
    return any(c.dep_ == "prep" and c.lower_ in ("against", "for") for c in noun.children)


def stance(cand, type_: str, lexicon: Lexicon, index=None) -> bool:
    """True for a REJECT of a stance verb ("oppose") whose every object is a state of affairs: no
    proposal, decision or act noun, no doing, no one (see the module's classes)."""
    spec = _spec(lexicon)
    token = cand.token
    if type_ != "REJECT" or cand.inner or token.pos_ != "VERB" or token.lemma_.lower() not in spec["stance_verbs"]:
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [c for o in objects for c in o.conjuncts]
    return bool(objects) and not any(_opposable(o, spec, lexicon, index) for o in objects)


def _opposable(noun, spec: dict, lexicon: Lexicon, index) -> bool:
    """True when what is opposed can be refused: a proposal or decision noun, an act noun of the
    lexicon (or one modifying it: "impeachment proceedings"), a doing, or someone."""
    if noun.pos_ in ("PROPN", "PRON", "VERB") or noun.tag_ == "VBG" or index is None:
        return True  # with no mention index no one can be ruled out: keep the REJECT
    for word in _named_in(noun):  # someone named in what is opposed: "the admission of Ukraine", "a Kurdish region"
        if word.ent_type_ in spec["stance_actor_entities"] or index.at(word) or word.i in index.unresolved:
            return True  # "opposed the government", "opposed Turkey's entry into the EU"
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN"))]
    return any(w.lemma_.lower() in spec["opposable_nouns"] or ("noun", w.lemma_.lower()) in lexicon.triggers
               for w in words)


OWNER_DEPS = ("poss", "compound", "amod", "nmod", "appos", "conj")
"""The relations through which a noun phrase names whose act or thing it is (lead's mend at the
round-22 merge): not a place it happened in ("the rise in violence in Gaza") nor a relative clause."""


def _named_in(noun) -> list:
    """The noun and the words that say whose it is: owners, modifiers and ``of``-objects, recursively."""
    found, frontier = [], [noun]
    while frontier:
        word = frontier.pop()
        found.append(word)
        for child in word.children:
            if child.dep_ in OWNER_DEPS:
                frontier.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                frontier.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def unheld(cand, type_: str, lexicon: Lexicon, index=None) -> bool:
    """True when the candidate asserts no act of ``type_`` (see the module's classes)."""
    return ended(cand.token, type_, lexicon) or topic(cand.token, type_, lexicon) or \
        denied(cand, type_, lexicon) or stance(cand, type_, lexicon, index)
