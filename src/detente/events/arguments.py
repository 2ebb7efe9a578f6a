"""Who did it and to whom: sources and targets read off the dependency parse.

The actors stage has already found and resolved the mentions; this module only decides which
mentions fill which role of a trigger. An argument is a dependency subtree (the subject, the
object, a prepositional object, a possessor); its actors are the resolved mentions closest to the
subtree's head, so "Moscow's ambassador to the United States" is Russia, not the United States,
and "Hungarian and Romanian officials" is both countries (conjuncts are as close as the head).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from detente.events.kin import kin_owner
from detente.nlp import columns
from detente.records import Actor, Mention, Participant

CLAUSE_BOUNDARIES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "punct", "cc", "mark",
                               "parataxis", "dep", "prep_blocked"})
"""Relations that start another clause: an argument's actors are not looked for past them."""

SUBJECTS = ("nsubj", "csubj", "expl")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
CLIMB = frozenset({"xcomp", "conj", "advcl", "acomp", "relcl", "acl", "ccomp", "pcomp", "prep", "pobj"})
"""Relations through which a trigger without its own subject inherits its head's subject."""


@dataclass(frozen=True)
class Actors:
    """Mentions of one argument, with the token that headed it."""

    head: object
    mentions: tuple[Mention, ...]


class MentionIndex:
    """Resolved mentions of one article, keyed by the spaCy token indexes they cover.

    Only mentions whose actor has a country (or IGO code) count: an event needs located actors.
    """

    def __init__(self, doc, mentions: Iterable[Mention], relational: frozenset[str] = frozenset(),
                 documents: frozenset[str] = frozenset(), named_after: frozenset[str] = frozenset(),
                 kin: frozenset[str] = frozenset()):
        self.relational = relational
        """Nouns whose ``of`` complement is another party ("opponents of X"): not walked into."""
        self.kin = kin
        """Kin nouns whose possessor or ``of`` object is another person ("the minister's brother"):
        not walked into for a doer (round 30, e88)."""
        self.by_token: dict[int, list[Mention]] = {}
        self.speakers = None
        """The article's quote speakers (``events.speech.Speakers``), set by the stage."""
        self.unresolved: dict[int, Mention] = {}
        """Tokens of mentions the actors stage could not resolve ("demonstrators", a misspelt
        name): not participants, but evidence that someone else takes part."""
        self.placed: dict[tuple[int, int], str] = {}
        """Offsets of mentions placed by the events stage (``events.homes``), with the rule."""
        self.story: dict[int, tuple[str, str]] = {}
        """Per sentence (by its first token), the country its story is in (``events.homes``)."""
        self.spans: set[tuple[int, int]] = {(m.start, m.end) for m in mentions if m.actor is not None}
        """Offsets of every mention, resolved or not: a side that is someone, not a thing."""
        lower = columns(doc).lower  # the span's last word and token indexes without a Token each
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or lower[span.end - 1] in documents or (_personal(mention) and (
                    lower[span.end - 1] in named_after or _named_after(span, named_after))):
                continue  # "the United States Constitution": a document, no actor
            if mention.actor is None or not mention.actor.country:
                self.unresolved.update((i, mention) for i in range(span.start, span.end))
                continue
            for i in range(span.start, span.end):
                self.by_token.setdefault(i, []).append(mention)

    def place(self, mentions: Iterable[Mention]) -> None:
        """Add mentions the events stage placed itself (``events.homes``): located from now on."""
        for mention in mentions:
            self.placed[(mention.start, mention.end)] = mention.actor.entry.split(">")[0]
            for i in [i for i, m in self.unresolved.items() if m.start == mention.start and m.end == mention.end]:
                del self.unresolved[i]
                self.by_token.setdefault(i, []).append(mention)

    def __bool__(self) -> bool:
        return bool(self.by_token)

    def at(self, token) -> list[Mention]:
        return self.by_token.get(token.i, [])


def _personal(mention: Mention) -> bool:
    """A mention resolved through a person's name (a person, or "rebels in Queen Elizabeth ...")."""
    return mention.label == "PERSON" or "roster:" in ((mention.actor.entry or "") if mention.actor else "")


def _named_after(span, nouns: frozenset[str]) -> bool:
    """A name the mention only begins: a capitalised word after it is a place's noun ("Queen
    Elizabeth National" in "Queen Elizabeth National Park")."""
    doc, end = span.doc, span.end
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ in ("PROPN", "NOUN", "ADJ"):
        if doc[end].lower_ in nouns:
            return True
        end += 1
    return False


SOURCE_PREPOSITIONS = frozenset({"of", "in", "from", "at", "for", "within", "throughout", "across"})
"""Prepositions through which a subject reaches its actor ("officials of Hungary", "soldiers
from Gondor"); not "on"/"about" ("term limits on members of Congress" is not Congress)."""


def actors_under(head, index: MentionIndex, *, max_depth: int = 4,
                 prepositions: frozenset[str] | None = None, possessors: bool = True,
                 kin_owners: bool = True) -> list[Mention]:
    """Resolved mentions closest to ``head`` in its subtree (conjuncts count as the same depth).

    A breadth-first walk stops at clause boundaries (and at prepositions outside
    ``prepositions``, when given); among the mentions found, those at the smallest depth win,
    longest first, one per actor. ``possessors=False`` passes over possessive pronouns
    ("his commitment to the Zambian people": the people, not "his"); ``kin_owners=False`` (a doer)
    passes over the owner of a kin noun ("the minister's brother": not the minister).
    """
    found: dict[int, list[Mention]] = {}
    frontier = [(head, 0)]
    seen = {head.i}
    while frontier:
        token, depth = frontier.pop(0)
        for mention in index.at(token):
            if not possessors and depth and token.dep_ == "poss" and token.pos_ == "PRON":
                continue
            if depth and token.dep_ == "compound" and is_place_name(mention):
                continue  # "the Kabul car bombing": a capital modifying a noun is a place
            found.setdefault(depth, []).append(mention)
        for child in token.children:
            if child.i in seen or child.dep_ in CLAUSE_BOUNDARIES or _clause(child):
                continue
            if depth >= max_depth and child.dep_ not in ("conj", "appos"):
                continue
            if prepositions is not None and child.dep_ == "prep" and child.lower_ not in prepositions:
                continue
            if child.dep_ == "prep" and child.lower_ == "of" and token.lemma_.lower() in index.relational:
                continue
            if not kin_owners and kin_owner(child, index.kin):
                continue  # "the minister's brother", "the wife of the president": another person (e88)
            seen.add(child.i)
            frontier.append((child, depth if child.dep_ in ("conj", "appos") else depth + 1))
    if not found:
        return []
    return _distinct(found[min(found)])


def _clause(token) -> bool:
    """A prepositional clause with its own subject ("at 14:00, in what the police declared a
    terrorist attack"): its subject acts in that clause, it is no argument of the phrase above."""
    return token.dep_ == "pcomp" and any(c.dep_ in SUBJECTS for c in token.children)


def is_place_name(mention: Mention) -> bool:
    """A capital resolved as a metonym by the actors stage (entry ``capital:...``): before an
    event noun it names the place ("the Madrid attacks", "a Kabul car bombing"), not the actor."""
    return bool(mention.actor and (mention.actor.entry or "").startswith("capital:"))


def _merge_adjacent(mentions: list[Mention]) -> list[Mention]:
    """"US President" + "Joe Biden" side by side with the same actor are one participant (the named one)."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = kept[-1] if kept else None
        if prev is not None and m.start <= prev.end + 1 and (prev.actor.country, prev.actor.sector) == (
                m.actor.country, m.actor.sector):
            if (m.actor.name and not prev.actor.name) or (m.end - m.start) > (prev.end - prev.start):
                kept[-1] = m
            continue
        kept.append(m)
    return kept


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """One mention per actor, the longest text of each; in text order."""
    best: dict[tuple, Mention] = {}
    for m in _merge_adjacent(mentions):
        a = m.actor
        key = (a.country, a.sector, a.name)
        if key not in best or (m.end - m.start) > (best[key].end - best[key].start):
            best[key] = m
    return sorted(best.values(), key=lambda m: m.start)


MEANS_VERBS = frozenset({"use", "employ"})
"""Verbs whose object is a means, not the doer of their infinitive: in "police used tear gas to
disperse the crowd" the police disperse it (no object control; round 8)."""


STEP_NOUNS = frozenset({"step", "measure", "action", "effort", "move"})
"""Nouns that, as the object of a ``STEP_VERBS`` verb, carry out their to-infinitive: "the
president took steps to widen freedoms" -- the president widens them (round 28, e81); "made efforts
to mediate", "made a move to expel" (round 29, e85; their mode: ``events/light_steps.py``)."""
STEP_VERBS = frozenset({"take", "adopt", "make"})


UNTAKEN_STEP_DETS = frozenset({"no", "any"})
"""Determiners of a step noun that was not taken: "took no action", "has not taken any steps"."""
STEP_FRAMES = frozenset({"xcomp", "advcl", "pcomp", "ccomp", "csubj"})


def asserted_step(verb, noun) -> bool:
    """True when ``verb`` reports steps actually taken: no negation, no modal or future
    auxiliary ("will/could take steps"), no infinitive or gerund hung on another verb ("failed
    to take", "has yet to take", "refused to take", "is considering taking"), and no "no"/"any"
    on the step noun ("took no action"; review r28a B1)."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to")) for c in verb.children):
        return False
    if verb.dep_ in STEP_FRAMES and verb.tag_ in ("VB", "VBG") and \
            not any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children):
        return False  # "said it is taking steps": a progressive of its own is asserted (review r28e)
    return not any(c.dep_ == "det" and c.lower_ in UNTAKEN_STEP_DETS for c in noun.children)


def _step_noun(noun) -> bool:
    return noun.dep_ == "dobj" and noun.lemma_.lower() in STEP_NOUNS and noun.head.lemma_.lower() in STEP_VERBS


def step_object(noun, infinitive, asserted: bool = True) -> bool:
    """True when ``noun`` is a step noun taken by its verb and ``infinitive`` its "to" clause
    (the parser hangs it as ``acl`` or ``relcl``), the steps asserted as taken (any steps when
    ``asserted`` is False)."""
    return _step_noun(noun) and infinitive.dep_ in ("acl", "relcl") and infinitive.head.i == noun.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children) \
        and (not asserted or asserted_step(noun.head, noun))


def steps_taken(verb, asserted: bool = True) -> bool:
    """True for a step verb with a step noun as its object ("took measures"): its "to" clause,
    when the parser hangs it from the verb, tells what the steps do, not a purpose still unmet.
    Only for steps asserted as taken (``asserted_step``) unless ``asserted`` is False (then
    ``events/light_steps.py`` reads the steps' mode: "will take steps to" intends)."""
    return verb.lemma_.lower() in STEP_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in STEP_NOUNS and (not asserted or asserted_step(verb, c))
        for c in verb.children)


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
            if _passive_conjunct(previous) or _participle_complement(previous):  # "was shot and killed": the one shot was killed too
                by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                return by, passive
            return passive, None
        if passive is not None or agent is not None:
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            return by, passive
        subjects = [c for c in children if c.dep_ in SUBJECTS]  # two only in a misparse: "KABUL (AP) - Taliban
        before = [c for c in subjects if c.i < current.i]        # fighters attacked": the nearest one is the doer
        before = [c for c in before if not apposed_place(c)] or before  # "a bomb in Lima, Peru kills"
        subject = (before[-1] if before else next(iter(subjects), None)) or _compound_subject(current)
        if subject is not None:
            if subject.tag_ in ("WP", "WDT") and current.dep_ in ("relcl", "acl"):
                return current.head, None
            return subject, None
        if current.dep_ == "xcomp" and current.head.lemma_.lower() not in MEANS_VERBS:
            controller_object = next((c for c in current.head.children if c.dep_ in ("dobj", "dative")), None)
            if controller_object is not None and controller_object.i != token.i and not _step_noun(controller_object):
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


def participant(mention: Mention) -> Participant:
    """The event participant for a resolved mention (country, sector, code, name copied)."""
    actor = mention.actor
    return Participant(
        text=mention.text, country=actor.country, sector=actor.sector, code=actor.code,
        name=actor.name, start=mention.start, end=mention.end,
    )


def antecedent(token):
    """The noun a relative pronoun stands for: in "the Russian ambassador, who was summoned by the
    Polish ministry" the one summoned is the ambassador (issue 13 round 14); any other token is
    itself."""
    if token is not None and token.tag_ in ("WP", "WDT") and token.head.dep_ in ("relcl", "acl") and \
            token.dep_ in ("nsubjpass", "nsubj"):
        return token.head.head
    return token


def between_heads(cand, occurrence: frozenset[str] = frozenset()) -> list:
    """Heads of the objects of "between" under a trigger, under the noun a trigger is a compound
    of ("a mediation effort between"), or under the verb of occurring a nominal trigger is the
    subject of ("Clashes broke out between X and Y")."""
    token = cand.token
    heads = [token] + ([token.head] if token.dep_ == "compound" else [])
    if cand.entry.pos == "noun" and token.dep_ == "nsubj" and token.head.lemma_.lower() in occurrence:
        heads.append(token.head)
    return [h for t in heads for h in object_heads(t, ("between",), direct=False)]


def unnamed_doer(token, actor: Actor, sentence: int = 0) -> Mention:
    """A side the text names by no words (a story's state, an agentless passive's doer): an empty
    span at the trigger ``token``, carrying ``actor``."""
    return Mention(text="", start=token.idx, end=token.idx, sentence=sentence, label="ROLE", actor=actor)
