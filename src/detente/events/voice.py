"""Who a predicate's subject is: active or passive voice, control and coordination.

Moved unchanged out of ``arguments.py`` (round 34, issue 13), which was at the module size limit.
``subject_head`` gives a predicate's doer and, for a passive, the one acted on, climbing control
("prompting Russia to recall"), coordination and relative clauses; the helpers tell a passive from
an active clause where the parse hides it (headline passives "Two soldiers killed", reduced
passives "When asked", participle conjuncts "was shot and killed", an active "by telephone").
"""

from __future__ import annotations

from detente.events.steps import step_noun, step_object

SUBJECTS = ("nsubj", "csubj", "expl")


PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")


CLIMB = frozenset({"xcomp", "conj", "advcl", "acomp", "relcl", "acl", "ccomp", "pcomp", "prep", "pobj"})
"""Relations through which a trigger without its own subject inherits its head's subject."""


MEANS_VERBS = frozenset({"use", "employ"})
"""Verbs whose object is a means, not the doer of their infinitive: in "police used tear gas to
disperse the crowd" the police disperse it (no object control; round 8)."""


LOCATIVE_HEADS = frozenset({"in", "at", "near", "outside", "inside"})


def apposed_place(token) -> bool:
    """True for a subject the parser split off a place after its comma: "a bomb at a club in
    Lima, Peru kills 36" -- Peru names where Lima is (round 13, ``events/unseen.py``). Only a
    proper noun with another subject before it, after a located proper noun ("in Lima,")."""
    doc, i = token.doc, token.i
    if token.dep_ != "nsubj" or token.pos_ != "PROPN" or i < 2 or doc[i - 1].text != ",":
        return False
    place = doc[i - 2]
    if place.pos_ != "PROPN" or place.dep_ != "pobj" or place.head.lower_ not in LOCATIVE_HEADS:
        return False
    return any(c.dep_ == "nsubj" and c.i < place.i for c in token.head.children)


def active_by(verb, passive_marks=PASSIVE_SUBJECTS) -> bool:
    """Whether a ``by`` child the parser calls the verb's passive agent is a plain preposition of an
    active clause ("the leaders spoke by telephone"): the verb has an active subject and none of
    ``passive_marks`` among its children.

    The callers differ in what marks a clause passive, and each keeps its own: ``subject_head``
    takes the passive subjects (``PASSIVE_SUBJECTS``, nominal or clausal) it reads the clause by,
    while ``triggers`` reading a requirement's "by" object also takes a passive auxiliary
    (``("nsubjpass", "auxpass")``), so that a "by" phrase after "was" stays an agent there even
    when the parser misses the passive subject."""
    children = list(verb.children)
    return any(c.dep_ == "nsubj" for c in children) and not any(c.dep_ in passive_marks for c in children)


def stranded_agent(verb):
    """The ``by`` phrase the parser hung from a passive verb's gerund complement ("has been
    accused of misusing funds by government officials": the officials accuse), when the passive
    verb has no agent of its own and the ``by`` object is a noun or a name -- not a means told by a
    gerund ("accused of cheating by forging votes"). None otherwise."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "with", "for"):
            continue
        for gerund in prep.children:
            if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG":
                continue
            by = next((c for c in gerund.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if pobj is not None and pobj.tag_ in ("NNS", "NN", "NNP", "NNPS") and pobj.pos_ in ("NOUN", "PROPN") and \
                    not any(c.dep_ == "pcomp" for c in by.children):
                return by
    return None


def subject_head(token):
    """``(source_head, passive_target_head)`` of a predicate, climbing control and coordination.

    "Russia agreed" -> Russia; "prompting Russia to recall" -> Russia (object control);
    "Antonov was recalled by Moscow" -> (Moscow, Antonov); "who attacked" -> the relative's head.
    """
    if reduced_passive(token):
        return None, None  # "When asked about X, the minister said": the minister was asked
    current, previous = token, None
    for _ in range(6):
        children = list(current.children)
        passive = next((c for c in children if c.dep_ in PASSIVE_SUBJECTS), None)
        agent = next((c for c in children if c.dep_ == "agent"), None)
        if agent is not None and active_by(current):
            agent = None  # "the leaders spoke by telephone": an active clause's "by" phrase is no passive agent
        if agent is None and passive is not None:
            agent = stranded_agent(current)  # "was accused of misusing funds by officials"
        if passive is None and current.i == token.i and headline_passive(current):
            passive = next(c for c in children if c.dep_ == "nsubj")  # "Two soldiers killed in an attack"
        if current.i != token.i and passive is not None:
            if _passive_conjunct(previous) or _participle_complement(previous) or \
                    (passive_infinitive(previous) and _conjunct_of(token, previous)):
                by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                return by, passive  # "was shot and killed", "are confirmed to have been killed": the one acted on
            return passive, None
        if passive is not None or agent is not None:
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            return by, passive
        subjects = [c for c in children if c.dep_ in SUBJECTS]  # two only in a misparse: "KABUL (AP) - Taliban
        before = [c for c in subjects if c.i < current.i]        # fighters attacked": the nearest one is the doer
        before = [c for c in before if not apposed_place(c)] or before  # "a bomb in Lima, Peru kills"
        subject = (before[-1] if before else next(iter(subjects), None)) or _compound_subject(current)
        if subject is not None and current.i != token.i and passive_infinitive(previous) and \
                _conjunct_of(token, previous) and not any(c.dep_ in ("dobj", "dative") for c in children):
            return None, subject  # "X appears to have been kidnapped", "X agreed to be questioned": X is acted on
        if subject is not None:
            if subject.tag_ in ("WP", "WDT") and current.dep_ in ("relcl", "acl"):
                return current.head, None
            return subject, None
        if current.dep_ == "xcomp" and current.head.lemma_.lower() not in MEANS_VERBS:
            controller_object = next((c for c in current.head.children if c.dep_ in ("dobj", "dative")), None)
            if controller_object is not None and controller_object.i != token.i and not step_noun(controller_object):
                return controller_object, None  # not "took steps to ease X": the taker eases it (e85)
        if current.dep_ == "acl" and current.tag_ == "VBG":
            return current.head, None
        if current.dep_ == "acl" and current.tag_ in ("VBZ", "VBP") and \
                not any(c.dep_ in ("aux", "auxpass", "mark") for c in children):
            return current.head, None  # "Topic: The Court of X annuls the vote": a finite verb hung on its subject
            # as a modifier (a present tense is never a reduced relative; issue 13 round 23, e65)
        if current.dep_ == "acl" and rootless_predicate(current):
            return current.sent.root, None  # "Doctors from two aid groups donated and delivered goods to X"
        if current.dep_ == "acl" and current.tag_ == "VBN":
            return None, current.head
        if previous is not None and step_object(current, previous, asserted=False):
            current, previous = current.head, current  # "took steps to ease X": who took them eases X
            # (taken or not: events/light_steps.py reads the steps' mode; e85)
            continue
        if current.dep_ not in CLIMB or current.head.i == current.i:
            return None, None
        if reporter_conjunct(current):
            current, previous = current.head.head, current.head  # "X said B will ..., and praised Y": X praised
            continue
        current, previous = current.head, current
    return None, None


MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "wo"})


def reporter_conjunct(verb) -> bool:
    """A simple past verb coordinated onto a reported clause whose verb is a modal's bare infinitive:
    the reporter's own second act, not the clause's ("X insisted B will recover, and praised Y": a past
    tense cannot share "will", so X praised Y; issue 13 round 28, e83). Not a participle sharing a perfect
    or passive ("said it will have left and gone"), not a conjunct with its own subject or auxiliary.

    >>> # "Macron said the deal will hold, and criticised Russia": criticised -> True
    """
    clause = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or clause.dep_ != "ccomp" or clause.tag_ != "VB":
        return False
    if clause.head.i == clause.i or clause.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "mark") for c in verb.children):
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return (any(c.lower_ in MODALS for c in auxiliaries)
            and not any(c.lemma_.lower() in ("have", "be") for c in auxiliaries))


def agentless_passive(cand, conjunct: bool = False):
    """The passive subject of a verbal trigger that names no agent, else None ("X was
    arrested": X; not "X was arrested by police"). With ``conjunct``, also the subject a bare
    participle coordinated with an agentless passive shares ("X was arrested and charged", "are
    detained and charged": X for "charged" too; issue 13 round 24, e67)."""
    if cand.entry.pos != "verb":
        return None
    head, passive = subject_head(cand.token)
    if head is not None or passive is None:
        return None
    if passive.head.i == cand.token.i:
        return passive
    verb = cand.token
    while conjunct and shared_conjunct(verb) and verb.head.i != passive.head.i:
        verb = verb.head  # "were detained, questioned and charged": back along the participles
    return passive if conjunct and shared_conjunct(verb) and verb.head.i == passive.head.i else None


def shared_conjunct(verb) -> bool:
    """A bare participle coordinated with the passive verb before it, with no agent of its own
    ("arrested and charged"): it shares that verb's passive subject."""
    return _passive_conjunct(verb) and not any(c.dep_ == "agent" for c in verb.children)


def passive_marks(cand, sources=()) -> str:
    """Rule suffixes of a state doer: ``~conj`` when it was found through the passive subject a
    coordinated participle shares (``agentless_passive(cand, conjunct=True)``), ``~located`` when
    its story country is where the story happens (``events.located``, entry ``...home:located``)."""
    marks = ""
    if agentless_passive(cand) is None and agentless_passive(cand, conjunct=True) is not None:
        marks += "~conj"
    if any((m.actor.entry or "").endswith("home:located") for m in sources if m.actor):
        marks += "~located"
    return marks


def shared_passive_subject(verb):
    """The passive subject a coordinated passive verb shares with the verb before it, when it has
    no subject and no agent of its own: "Another man, who was arrested on Saturday, was released on
    bail" (the parser hangs "man" on "arrested" only); else None (issue 13 round 19b, e56)."""
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def rootless_predicate(verb) -> bool:
    """A past verb the parser hung as a participle modifier ("acl") in a sentence whose root is a
    noun, i.e. that has no verb of its own ("Doctors from two aid groups donated and delivered goods
    to X", "A Syrian newspaper called on Arabs to unite"): the verb is the sentence's predicate and
    the root's noun phrase its subject -- when the verb (or a verb coordinated with it) takes what
    only an active verb takes (a direct object, a to-clause) and has no ``by`` agent or auxiliary."""
    root = verb.sent.root
    if verb.tag_ not in ("VBN", "VBD") or root.pos_ not in ("NOUN", "PROPN") or verb.i < root.i:
        return False
    if any(c.dep_ in ("agent", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "conj", "advcl", "xcomp", "relcl", "amod")
           for t in verb.sent):
        return False  # a verb with a clause of its own elsewhere: no rootless sentence
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(c.dep_ in ("dobj", "dative") or c.dep_ in ("advcl", "xcomp") and
               any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for v in verbs for c in v.children)


def _passive_conjunct(verb) -> bool:
    """A participle coordinated with a passive verb, with no auxiliary or subject of its own
    ("was shot and killed", "were arrested and jailed"): passive too."""
    return verb is not None and verb.dep_ == "conj" and verb.tag_ == "VBN" and \
        not any(c.dep_ in ("aux", "auxpass", *SUBJECTS, *PASSIVE_SUBJECTS) for c in verb.children)


def _participle_complement(verb) -> bool:
    """A bare participle complement of a passive verb ("were confirmed killed", "was found
    shot", "were reported injured"): the passive subject is the one acted on, not the doer."""
    return verb is not None and verb.dep_ in ("xcomp", "oprd") and verb.tag_ == "VBN" and \
        not any(c.dep_ in ("aux", "auxpass", *SUBJECTS, *PASSIVE_SUBJECTS) for c in verb.children)


def passive_infinitive(verb) -> bool:
    """A passive infinitive complement with no subject of its own ("are confirmed to have been killed",
    "is believed to have been kidnapped", "agreed to be questioned"): the subject it inherits from the verb
    it complements is the one acted on, not the doer (round 35, e107)."""
    return verb is not None and verb.dep_ == "xcomp" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        any(c.dep_ == "auxpass" for c in verb.children) and \
        not any(c.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS) for c in verb.children)


def _conjunct_of(token, verb) -> bool:
    """The candidate is ``verb`` itself or one of its conjuncts ("to have been shot and killed"), not an act
    hung below it ("to have been used to bomb X", "involved in shelling X": the one used or involved does it;
    review r35a finding 1, f93)."""
    while token.i != verb.i:
        if token.dep_ != "conj" or token.head.i == token.i:
            return False
        token = token.head
    return True


HEADLINE_PASSIVE_BLOCKERS = frozenset({"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "attr", "acomp",
                                       "oprd", "nsubjpass", "csubj", "expl"})
"""Children that show a past participle is an active verb or a full passive, not the bare
participle of a headline passive."""


def headline_passive(verb) -> bool:
    """A bare past participle with a subject and no auxiliary or object: the passive of headline
    and news-agency style ("Two soldiers killed in an attack", "Protesters arrested in the capital,
    police said"), where the subject is the one acted on, not the doer. The parser tags such a verb
    VBN (an active past tense is VBD: "Troops killed two rebels"), hangs the subject on it as an
    active one, and finds no object (an active verb with an object is no passive). A conjunct
    ("42 are killed and 84 injured") is left to the verb it is coordinated with."""
    return verb.tag_ == "VBN" and verb.pos_ == "VERB" and verb.dep_ != "conj" and \
        any(c.dep_ == "nsubj" for c in verb.children) and \
        not any(c.dep_ in HEADLINE_PASSIVE_BLOCKERS for c in verb.children) and not _phrasal(verb)


PHRASAL_PARTICLES = frozenset({"on", "upon", "for", "to", "with", "off", "out", "up", "down", "back", "away"})
"""Words right after a verb that make a phrasal verb with an object of its own ("called on X",
"pulled out of"), unless they open a date ("on Monday")."""


def _phrasal(verb) -> bool:
    """True when the verb has a particle, or a preposition right after it that makes a phrasal
    verb ("A spokesman called on X to quit": an active verb the parser tagged VBN)."""
    if any(c.dep_ == "prt" for c in verb.children):
        return True
    after = next((c for c in verb.children if c.i == verb.i + 1 and c.dep_ == "prep"), None)
    if after is None or after.lower_ not in PHRASAL_PARTICLES:
        return False
    return not any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in after.children)


def reduced_passive(verb) -> bool:
    """A bare participle opening an adverbial clause ("When asked about X, ...", "Asked whether
    ..., the minister said"): the main clause's subject is the one acted on, not the doer."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i and \
        not any(c.dep_ in ("aux", "auxpass", *SUBJECTS, *PASSIVE_SUBJECTS) for c in verb.children)


def _compound_subject(verb):
    """The subject the parse hung on a verb as a noun compound: in headline present tense ("The
    Kenyan navy shells the town", "Police arrests ...") the small model reads "navy" as a
    compound of "shells" though it tags "shells" a verb; a noun to the verb's left is its subject."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return None  # a finite verb only: not "(see Rice visit to Blackburn)"
    return next((c for c in verb.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)


def antecedent(token):
    """The noun a relative pronoun stands for: in "the Russian ambassador, who was summoned by the
    Polish ministry" the one summoned is the ambassador (issue 13 round 14); any other token is
    itself."""
    if token is not None and token.tag_ in ("WP", "WDT") and token.head.dep_ in ("relcl", "acl") and \
            token.dep_ in ("nsubjpass", "nsubj"):
        return token.head.head
    return token
