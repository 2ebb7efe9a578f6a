"""Finding trigger words in a parsed sentence, and how the triggers nest.

A trigger is a token whose ``(pos, lemma)`` is in the lexicon and whose required complement
(``obj=ties``, ``prt=down``...) is present. Triggers nest: in "agreed to resume talks" the
talks are the content of the agreement, not a second event; :func:`link_inner` finds, for each
trigger, the outer trigger it belongs to (through complements, objects and prepositional
complements), so only outermost triggers are coded, refined by their nearest inner one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from detente.events import disapproval, relaxed
from detente.events.arguments import (
    MentionIndex,
    active_by,
    antecedent,
    reporter_conjunct,
    shared_passive_subject,
)
from detente.events.complements import carried_subject, participle_doer
from detente.events.fast import known_words, may_trigger, verb_lemmas
from detente.events.freedoms import own_freedom
from detente.events.lexicon import POS_OF_SPACY, Lexicon, Requirement, Trigger, semantics_file
from detente.events.objects import act_object
from detente.events.ordered import foreign_forces, own_agent
from detente.nlp import children, columns, has_mark

PATH_RELATIONS = frozenset({"conj", "compound", "amod", "nmod", "poss", "appos"})
"""Relations that may sit on a path between an inner and an outer trigger without making it."""


PREPOSITION_RELATIONS = frozenset({"of", "from", "to", "on", "against", "with", "into", "over", "for", "during", "in", "by",
                                   "at", "as"})
"""Requirements on the object of a preposition child: ``of=ties`` ("suspension of ties"),
``from=treaty`` ("withdrew from the treaty"), ``to=streets`` ("took to the streets"), ``during=debate``
("attacked Biden during the debates": a verbal attack), ``at=critics`` ("fired back at critics": words), ``as=mediator``
("withdrew as mediator")."""


PREPOSITION_PARTICLES = frozenset({"off", "over", "down", "up", "back", "away", "aside"})
"""Particles the parser may read as a preposition ("sealed off the town": ``prep`` with the object
as its ``pobj``; "handed the territory over to X": a ``prep`` with no object): a ``prt=`` requirement
takes such a preposition right after its verb, or one left without object (issue 13 round 18). Not
"in" and "on", which after a verb are mostly places and times ("sat in the front row"), nor "out",
whose "out of" the ``of`` requirements read ("pulled out of the summit" is no retreat from a place)."""


MOTION_VERBS = frozenset({"walk", "step", "climb", "stand", "sit", "run", "go", "come", "move", "get", "fall"})
"""Verbs of motion, after which a preposition stays a preposition ("walked off the stage", "climbed
down the ladder"): their particle senses ("walked off the job", "stepped down") need the parse's own
particle."""


ACTIVE_BY_PASSIVE_MARKS = ("nsubjpass", "auxpass")
"""What marks a verb passive when a requirement reads its "by" child (``arguments.active_by``): a
passive subject or a passive auxiliary; a "by" child of any other verb with a subject is a plain
preposition ("the leaders spoke by telephone")."""


OBJECT_PREPOSITIONS = {"objin": "in", "objagainst": "against"}
"""Requirements on a preposition hung on the verb or on its direct object: ``objin=court`` ("challenged
the plans in the High Court": the parser hangs the court on the plans; issue 13 round 29),
``objagainst=@actor`` ("recommended charges against the minister"; review r29a, f61)."""

PREPOSITION_ALIASES = {"underobj": "under"}
"""Requirement names for prepositions whose own name the column already uses: ``underobj=arrest`` is
the object of an ``under`` child ("placed him under house arrest"); ``under`` is the preposition a
noun hangs from ("on alert")."""


NAME_ENTITIES = frozenset({"ORG", "GPE", "PERSON", "NORP", "FAC", "LOC", "DATE", "WORK_OF_ART", "PRODUCT", "LAW"})
"""Named-entity labels under which a proper-noun token is a name, never a trigger."""


@dataclass(frozen=True)
class Coding:
    """What a trigger (or a trigger-less rule) codes as, after composition, negation and intent."""

    type: str
    cameo: str
    rule: str
    mode: str | None = None
    negated: bool = False


@dataclass
class Candidate:
    """A matched trigger in a sentence."""

    token: object
    """The spaCy token of the trigger head."""
    entry: Trigger
    """The lexicon entry that matched."""
    parts: tuple = ()
    """Other tokens that are part of the trigger text (particle, object noun, compound)."""
    inner: list[Candidate] = field(default_factory=list)
    """Triggers inside this one's complement, nearest first."""
    outer: Candidate | None = None
    """The trigger this one belongs to, if any."""

    @property
    def span(self) -> tuple[int, int]:
        tokens = (self.token, *self.parts)
        return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


THING_PRONOUNS = frozenset({"them", "it"})
WRITTEN_MESSAGES = frozenset({"message", "email", "e-mail", "letter", "cable", "memo"})
"""Written messages: things obtained and released (``INFORMATION_NOUNS``) and what is sent when
sending is addressing someone (``addressing.MESSAGE_NOUNS``)."""
INFORMATION_NOUNS = WRITTEN_MESSAGES | frozenset({
    "document", "file", "record", "recording", "tape", "video", "footage", "photo", "photograph", "image", "report",
    "data", "transcript", "chat", "text", "detail", "result", "finding"})
"""Things obtained and then "released", "published" or "leaked" ("obtained the messages and released them")."""


def _thing_pronoun(token, obj, index: MentionIndex) -> bool:
    """A pronoun object that names the thing the verb's first conjunct took ("obtained the messages
    and released them"): them is the messages, no actor, whatever coreference said (round 20)."""
    if obj.lower_ not in THING_PRONOUNS or token.dep_ != "conj":
        return False
    first = next((c for c in token.head.children if c.dep_ == "dobj"), None)
    return first is not None and first.lemma_.lower() in INFORMATION_NOUNS and \
        (first.tag_ == "NNS") == (obj.lower_ == "them") and not _has_actor(first, index)


def _complement(token, requirement: Requirement, index: MentionIndex, *, reduced: bool = False):
    """The token that satisfies ``requirement`` under ``token``, or None; with ``reduced`` (for
    the non-event readings), the noun a passive participle modifies is its object too ("death
    tolls provided by officials" is no aid)."""
    rel, words = requirement.relation, requirement.words
    if rel in OBJECT_PREPOSITIONS:
        plain = Requirement(OBJECT_PREPOSITIONS[rel], words)
        heads = (token, *(c for c in token.children if c.dep_ == "dobj"))
        return next((f for h in heads if (f := _complement(h, plain, index)) is not None), None)
    if rel == "under":
        return token.head if token.dep_ == "pobj" and token.head.lower_ in words else None
    if rel == "pred":  # "said the plan was a betrayal", "called the plan a betrayal": a predicate noun
        return token if token.dep_ in ("attr", "oprd") else None
    if rel == "noobj":
        return None if any(c.dep_ in ("dobj", "nsubjpass") for c in token.children) else token
    if rel == "subj":  # "Kabul fell to the Taliban": a named place as subject ('@place')
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and object_words(subject) & words:
            return subject  # "peacekeeping troops arrived in X": the subject's words (round 24)
        if (carried := carried_subject(token)) is not None and object_words(carried) & words:
            return carried  # "troops began to leave X", "the army says it is leaving X" (e100)
        if (modified := participle_doer(token)) is not None and object_words(modified) & words:
            return modified  # "reports of troops moving into X": the noun the participle modifies (e105)
        return subject if subject is not None and "@place" in words and _place_phrase(subject, index) else None
    if reduced and rel == "obj" and token.dep_ == "acl" and token.tag_ == "VBN" and object_words(token.head) & words:
        return token.head
    for child in token.children:
        if rel in ("xcomp", "ccomp") and child.dep_ == rel:
            return child  # "denied that he made a deal": a that-clause
        if rel == "xcomp" and _infinitive_clause(child):
            return child  # "want the government to withdraw": the parser made the infinitive a ccomp
        if rel == "obj" and (child.dep_ in ("dobj", "nsubjpass", "dative") or _counted_object(child)):
            child = antecedent(child)  # "the ambassador, who was summoned"
            if not words or object_words(child) & words:
                return child
            if words and (named := relative_object(token, child)) is not None and object_words(named) & words:
                return named  # "a deal that he struck with X": the deal is what was struck (round 19)
            if "@actor" in words and _has_actor(child, index) and not _thing_pronoun(token, child, index):
                return child
            if "@place" in words and _place_phrase(child, index):
                return child  # "seized Kherson", "captured the town of Bakhmut"
            if "@media" in words and _has_actor(child, index, sectors=("MED",)):
                return child  # "suspended Al Jazeera": an outlet suspended is censored
            if "@forces" in words and _has_actor(child, index, sectors=("MIL", "COP")) and \
                    not foreign_forces(token, child, index):
                return child  # "ordered the army to advance": a state's own armed forces or police (e108, f93)
            if "@own" in words and own_agent(token, child, index):
                return child  # "ordered its ambassador to return": one's own agent (f93)
            if "@money" in words and any(t.ent_type_ == "MONEY" for t in child.subtree):
                return child
        if rel == "obj" and child.dep_ == "ccomp" and not any(c.dep_ == "dobj" for c in token.children) and \
                any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None and object_words(subject) & words:
                return subject  # "allowed inspectors to resume their work": the parser made them the clause's
                # subject (named words only: "allowing him to marry" is no actor let in)
            if subject is not None and _controlled_actor(subject, requirement, index):
                return subject  # "want the government to withdraw the rules": an object-control verb's actor
        if rel == "obj" and child.dep_ == "acomp" and words and child.lower_ in words and \
                token.lemma_.lower() not in LINKING_VERBS:
            return child  # "ordered the army to stop offensive against the rebels": a noun tagged as adjective
        if rel in ("prt", "prep") and child.dep_ == rel and child.lower_ in words and \
                not (rel == "prep" and all(o.ent_type_ in ("DATE", "TIME") for o in child.children if o.dep_ == "pobj")
                     and any(o.dep_ == "pobj" for o in child.children)):
            return child  # not a date: "fired two missiles on Sunday" is no firing on someone
        if rel == "prt" and child.dep_ == "advmod" and child.i == token.i + 1 and child.lower_ in words:
            return child  # "brushed aside calls": a particle the parser read as an adverb, right after its verb
        if rel == "prt" and child.dep_ == "prep" and child.lower_ in words and child.lower_ in PREPOSITION_PARTICLES \
                and token.lemma_.lower() not in MOTION_VERBS \
                and (child.i == token.i + 1 or not any(c.dep_ == "pobj" for c in child.children)):
            return child  # "sealed off the town", "handed the territory over to X": a particle read as a preposition
        if rel == "prep" and (mark := for_to_mark(child, words)) is not None:
            return mark  # "called for Russia to withdraw": a for-to clause is the preposition's object
        if rel == "of" and child.dep_ == "prep" and child.lower_ == "out":
            child = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), child)  # "pulled out of"
        if rel == "to" and child.dep_ == "xcomp" and child.tag_ in ("NN", "NNS") and object_words(child) & words and \
                any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return child  # "agreed to demands for reform": a plural noun the parser read as an infinitive
        if (rel in PREPOSITION_RELATIONS or rel in PREPOSITION_ALIASES) and \
                (child.dep_ == "prep" or (child.dep_ == "agent" and active_by(token, ACTIVE_BY_PASSIVE_MARKS))) and \
                child.lower_ == PREPOSITION_ALIASES.get(rel, rel):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and object_words(pobj) & words:
                return pobj
            if (second := next((c for c in child.children if c.dep_ == "pobj" and c.i != pobj.i), None)) is not None \
                    and object_words(second) & words:
                return second  # "expect from Iran assurances": a second object the parser hung on the preposition
            if pobj is not None and "@place" in words and _named_place(token, pobj, index):
                return pobj
            if pobj is not None and "@actor" in words and _has_actor(pobj, index):
                return pobj  # "Kabul fell to the Taliban"
        if rel in ("compound", "amod") and child.dep_ == rel and child.lemma_.lower() in words:
            return child
        if rel == "child" and child.lemma_.lower() in words:
            return child
    if rel == "obj" and words and (shared := shared_passive_subject(token)) is not None:
        shared = antecedent(shared)  # "Another man, who was arrested ..., was released on bail": the man
        if object_words(shared) & words or ("@actor" in words and _has_actor(shared, index)):
            return shared
    return None


def _infinitive_clause(child) -> bool:
    """A ``ccomp`` with its own subject and a "to" ("want the government to withdraw"): the infinitive
    of an object-control verb, which the parser sometimes hangs as a clause instead of an ``xcomp``."""
    return child.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children) and \
        any(c.dep_ == "nsubj" for c in child.children)


def _controlled_actor(subject, requirement: Requirement, index: MentionIndex) -> bool:
    """The subject of an infinitive clause stands for the object of an object-control entry
    (``obj=@actor&xcomp``: "want X to", "tell X to", "challenge X to") when it names an actor
    itself; a pronoun is left out, as in the general case (issue 13 round 28, e79)."""
    return "@actor" in requirement.words and any(r.relation == "xcomp" for r in requirement.also) and \
        subject.tag_ not in ("PRP", "PRP$") and _has_actor(subject, index)


def for_to_mark(child, words: frozenset[str]):
    """The "for" of a for-to clause under a verb ("called for Russia to withdraw", "pushing hard for
    the US to back the plan": the parser makes it a clause marker, not a preposition), when "for"
    is one of the required prepositions; else None."""
    if child.dep_ not in ("advcl", "ccomp") or "for" not in words:
        return None
    return next((m for m in child.children if m.dep_ == "mark" and m.lower_ == "for" and m.i < child.i), None)


def _counted_object(child) -> bool:
    """A counted plural the parser hung as an adverbial noun ("exchange 100 prisoners": npadvmod)."""
    return child.dep_ == "npadvmod" and child.tag_ == "NNS" and any(c.dep_ == "nummod" for c in child.children)


LINKING_VERBS = frozenset({"be", "become", "seem", "appear", "remain", "stay", "look", "sound", "feel", "turn",
                           "grow", "get", "prove", "go", "keep", "fall", "come"})
"""Verbs whose adjective complement is a predicate, not a noun the tagger took for an adjective
(a trigger's object: "stop offensive")."""

PLACE_ENTITIES = frozenset({"GPE", "LOC"})
"""Named-entity labels of a place ('@place')."""


def _named_place(token, pobj, index: MentionIndex) -> bool:
    """True for a preposition object that is a named place -- a country, region or town, not a
    body or an alliance -- of an act whose subject is no company ('@place': "Israel withdrew from
    Gaza"; not "withdrew from the EU", nor "the carmaker withdrew from Russia": a market left is
    no retreat)."""
    if not place_token(pobj, index):
        return False
    if not any(m.actor is not None and m.actor.country and
               (m.actor.sector in (None, "", "GOV") or (m.actor.entry or "").endswith("#place")) for m in index.at(pobj)):
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(m.actor is not None and m.actor.sector == "BUS" for s in subjects for m in index.at(s))


def _place_phrase(token, index: MentionIndex) -> bool:
    """True for a noun phrase that names a place of a country: "Kabul", "the town of Bakhmut"
    (the head, a compound or apposition, or an ``of`` object that is a GPE/LOC name with a
    located actor)."""
    heads = [token, *(c for c in token.children if c.dep_ in ("compound", "appos"))]
    heads += _of_pobjs(token, _of_words(token.lemma_.lower()))
    heads += [p for h in heads if h.lemma_.lower() in _spec()["partitives"] for p in _of_pobjs(h)]
    return any(place_token(t, index) and any(m.actor is not None and m.actor.country for m in index.at(t))
               for t in heads)


def place_token(token, index: MentionIndex) -> bool:
    """A token of a place name: tagged GPE/LOC, or held by a mention placed as a place (a gazetteer
    place the recogniser took for a person or organisation: "withdrew from Kherson";
    ``homes.mistaken_place``) or labelled one by the actors stage ("Mariupol")."""
    return token.ent_type_ in PLACE_ENTITIES or any(
        m.label in PLACE_ENTITIES or (m.actor is not None and (m.actor.entry or "").endswith("#place"))
        for m in index.at(token))


def relative_object(verb, child):
    """The noun an object relative pronoun stands for ("a deal that he struck": the deal), when
    ``child`` is that pronoun and ``verb`` the relative clause's verb; else None."""
    if child.tag_ in ("WDT", "WP") and child.dep_ == "dobj" and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def object_words(token) -> set[str]:
    """Lemmas that describe an object: its head, its modifiers and an ``of`` complement
    ("emergency food aid", "tons of aid", "a mission of observers", "peacekeeping force"); for
    "access", what it is access to ("blocked access to Instagram")."""
    cols, kids, i = columns(token.doc), children(token.doc), token.i  # read from the arrays: no Token per word
    lemma, lower, dep = cols.lemma, cols.lower, cols.dep
    words = {lemma[i], lower[i]}
    if lemma[i] == "access":
        words.update(lemma[pobj] for prep in kids[i] if dep[prep] == "prep" and lower[prep] == "to"
                     for pobj in kids[prep] if dep[pobj] == "pobj")
    for child in kids[i]:
        if dep[child] in ("compound", "amod", "nmod"):
            words.update((lemma[child], lower[child]))
        elif dep[child] == "prep" and lower[child] in _of_words(lemma[i]):
            for pobj in kids[child]:
                if dep[pobj] == "pobj":
                    words.update((lemma[pobj], lower[pobj]))
                    words.update(lemma[c] for c in kids[pobj] if dep[c] in ("compound", "amod"))
                    if lemma[pobj] in _spec()["partitives"]:  # "control of most of the countryside": what it is part of
                        words.update(lemma[p] for prep in kids[pobj] if dep[prep] == "prep" and lower[prep] == "of"
                                     for p in kids[prep] if dep[p] == "pobj")
    return words


@cache
def _spec() -> dict[str, frozenset[str]]:
    """``semantics.yaml`` ``object_phrases`` (issue 13 round 25): ``partitives``, heads of a partitive "of"
    phrase ("most of the countryside": the object is what follows their own "of"); ``over_nouns``, nouns
    whose "over" phrase says what they are had over, as an "of" phrase does ("control over Goma")."""
    return {k: frozenset(v) for k, v in semantics_file()["object_phrases"].items()}


def controlled(noun):
    """What a control noun ("control", ``over_nouns``) is had over: the object of its own "of" / "over", else of
    its verb's ("took control of most of the countryside": the countryside, through a partitive); else None."""
    if noun.lemma_.lower() not in _spec()["over_nouns"]:
        return None
    for holder in (noun, noun.head):
        for pobj in _of_pobjs(holder, ("of", "over")):
            inner = next(iter(_of_pobjs(pobj)), None)
            return inner if inner is not None and pobj.lemma_.lower() in _spec()["partitives"] else pobj
    return None


def _of_pobjs(token, preps: tuple[str, ...] = ("of",)) -> list:
    """The objects of ``token``'s own "of" phrases (or of the prepositions ``preps``)."""
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]


def _of_words(noun: str) -> tuple[str, ...]:
    """The prepositions that give a noun's "of" complement: "of", and "over" for the ``over_nouns``."""
    return ("of", "over") if noun in _spec()["over_nouns"] else ("of",)


def _has_actor(token, index: MentionIndex, sectors: tuple[str, ...] | None = None) -> bool:
    """True when the object itself names an actor (its head, or a compound, possessor or
    conjunct of it): "received Lavrov", "recalled its ambassador" -- not "received his
    education in India"; with ``sectors``, an actor of one of them."""
    heads = [token, *(c for c in token.children if c.dep_ in ("compound", "poss", "conj", "appos", "amod"))]
    if sectors is None:
        return any(index.at(t) for t in heads)
    return any(m.actor is not None and m.actor.sector in sectors for t in heads for m in index.at(t))


def word_entries(token, lexicon: Lexicon) -> tuple[str | None, list]:
    """(part of speech, lexicon entries) ``match`` tries at ``token``, in order; no entries for a name."""
    pos = POS_OF_SPACY.get(token.pos_)
    if pos is None or (token.pos_ == "PROPN" and token.ent_type_ in NAME_ENTITIES) or in_name(token):
        return None, []  # a name, not an act: "the Democratic Rally", "in March"
    if predicate_noun(token) and any(lexicon.triggers.get(("verb", lemma)) for lemma in verb_lemmas(token)):
        pos = "verb"  # "Sweden's television issues an apology": a verb tagged as a plural noun
    entries = lexicon.triggers.get((pos, token.lemma_.lower()))
    if not entries and pos == "noun":
        entries = lexicon.triggers.get((pos, token.lower_))
    if not entries and (pos == "verb" or token.tag_ in ("VBN", "VBD", "VBG")):
        entries = next((found for lemma in verb_lemmas(token)
                        if (found := lexicon.triggers.get(("verb", lemma)))), None)
    return pos, list(entries or ())


def match(token, lexicon: Lexicon, index: MentionIndex) -> Candidate | None:
    """The most specific lexicon entry matching ``token``, as a candidate (or None)."""
    pos, entries = word_entries(token, lexicon)
    for entry in entries:
        if entry.requires is None:
            return Candidate(token, entry)
        part = _complement(token, entry.requires, index, reduced=entry.role == "none")
        if part is not None and all(_complement(token, r, index) is not None for r in entry.requires.also):
            keep = () if entry.requires.relation in ("xcomp", "ccomp", "noobj", "under", "pred") else (part,)
            if not disapproval.unaimed(found := Candidate(token, entry, parts=keep), index) and \
                    not own_freedom(found, index):
                return found  # a feeling noun with no side named in its own complement matches nothing (round 28);
                # nor a freedom the actor widens for itself (review r28a, f57)
    if entries and pos == "verb" and (found := act_object(token, entries, lexicon)) is not None:
        return Candidate(token, found[0], parts=(found[1],))  # "halted the bombardment": an act of the listed kind
    return None


TITLED_ENTITIES = frozenset({"ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"})
"""Named-entity labels whose capitalised words are part of a name whatever their part of speech
("Capitol Hill Occupied Protest", "the Organized Crime Control Act")."""


def in_name(token) -> bool:
    """A capitalised word inside an organisation, place, work or law name, not the sentence's
    first word, in a sentence that is not set in title case (one with at most one lower-case word
    of four letters or more: a headline "Russia Attacks Ukraine" keeps its verbs)."""
    if token.ent_type_ not in TITLED_ENTITIES or not token.text[:1].isupper() or token.is_sent_start:
        return False
    return sum(t.is_alpha and len(t) > 3 and t.text[:1].islower() for t in token.sent) > 1


def predicate_noun(token) -> bool:
    """A verb the tagger took for a plural noun though the parse gives it a subject: headline
    present tense ("Sweden's National Television issues a public apology", "X shells Y"); a singular
    noun too when the parse also gives it a direct object ("Police arrest protesters in Lagos":
    a noun takes no direct object)."""
    if token.tag_ not in ("NNS", "NN") or not any(c.dep_ == "nsubj" for c in token.children):
        return False
    return token.tag_ == "NNS" or any(c.dep_ == "dobj" for c in token.children)


def find_candidates(sentence, lexicon: Lexicon, index: MentionIndex) -> list[Candidate]:
    """Every trigger in the sentence, in token order, nested by :func:`link_inner`."""
    doc, cols = sentence.doc, columns(sentence.doc)
    pos, lower, lemma, triggers = cols.pos, cols.lower, cols.lemma, lexicon.triggers
    # match() returns None at once for a part of speech no trigger has, and for a word none of
    # whose lookup keys is in the lexicon (``fast.may_trigger``, its answers read from
    # ``known_words`` first); skip those words without building their Token
    known, worth = known_words(triggers), []
    for i in range(sentence.start, sentence.end):
        if pos[i] in POS_OF_SPACY:
            may = known.get((lower[i], lemma[i]))
            if may or may is None and may_trigger(triggers, lower[i], lemma[i]):
                worth.append(i)
    found = [c for c in (match(doc[i], lexicon, index) for i in worth) if c is not None]
    if (spec := relaxed.settings(lexicon)) is not None:  # off by default (semantics.yaml relaxed_complements)
        found = sorted(found + _relaxed(doc, worth, found, lexicon, index, spec), key=lambda c: c.token.i)
    link_inner(found, lexicon)
    return found


def _relaxed(doc, worth: list[int], found: list[Candidate], lexicon: Lexicon, index: MentionIndex,
             spec: dict) -> list[Candidate]:
    """Candidates of the words no entry matched whose entries all want a missing complement
    (``events/relaxed.py``), each entry id ending in ``~relaxed``."""
    taken = {c.token.i for c in found} | {p.i for c in found for p in c.parts}
    out = []
    for i in worth:
        if i not in taken and (entry := relaxed.relaxed_entry(
                doc[i], word_entries(doc[i], lexicon)[1], spec, lambda t: _has_actor(t, index))) is not None:
            out.append(Candidate(doc[i], entry))
    return out


def _light_object(verb, by_token: dict[int, Candidate]) -> Candidate | None:
    """The nominal trigger a verb takes as object: "staged demonstrations to demand reforms" --
    the demand is the purpose of the demonstrations, not a second event."""
    return next((by_token[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in by_token), None)


def _temporal(clause, lexicon: Lexicon) -> bool:
    """True for a clause opened by a time mark ("after", "when", "while", "as"): a separate act."""
    return has_mark(clause, lexicon.words["time_marks"])


def participial_adjunct(clause, cand: Candidate, lexicon: Lexicon) -> bool:
    """True when the trigger is the verb of a present-participle clause set off by a comma, with
    no subject or mark of its own, and says something (``adjunct_types``): "expelled the French
    ambassador, accusing him of interference", "marched in Santiago, demanding ..." -- a second,
    verbal act of the same doer, not the first act's complement. A result ("struck the camp,
    killing five") and an act named inside such a clause ("attacked the town, sparking
    protests": the protests are not the attacker's) stay part of the act they follow (round 8)."""
    if cand.token.i != clause.i or cand.entry.type not in lexicon.words["adjunct_types"]:
        return False
    if clause.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in clause.children):
        return False
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return before is not None and before.text == "," and clause.i > clause.head.i


def _told_news(clause, nouns) -> bool:
    """True for an asserted clause (past or perfect, no modal) that tells the content of a news noun
    ("the news that Russian troops had withdrawn", "the announcement that Pyongyang freed them"): an
    act reported done, its own row beside the reaction to it (f58). "welcomed news that Norway will
    fund it" (a pledge) stays the reaction's content."""
    if clause is None or clause.dep_ not in ("acl", "ccomp", "appos") or clause.head.lemma_.lower() not in nouns:
        return False
    if clause.head.pos_ not in ("NOUN", "PROPN"):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    if any(c.dep_ == "nsubjpass" for c in clause.children) and not any(c.dep_ == "agent" for c in clause.children):
        return False  # "welcomed the news that the journalist had been freed": no doer told (review r28e)
    if clause.tag_ == "VBD":
        return True
    return clause.tag_ == "VBN" and any(a.lemma_ in ("have", "be") and a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes)


def news_content(cand: Candidate, lexicon: Lexicon) -> bool:
    """True for a reaction (``welcomed_news.outer_types``) to a news noun that tells its content in a
    clause ("welcomed the news that a commander had been killed"): its target is only the clause's doer,
    never a country guessed from the sentence (f58)."""
    spec = lexicon.semantics["welcomed_news"]
    return cand.entry.type in spec["outer_types"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in spec["nouns"] and
        any(g.dep_ in ("acl", "ccomp", "appos") and g.pos_ in ("VERB", "AUX") for g in c.children)
        for c in cand.token.children)


def link_inner(candidates: list[Candidate], lexicon: Lexicon) -> None:
    """Attach each candidate to the nearest trigger above it through complement relations."""
    by_token = {c.token.i: c for c in candidates}
    inner_relations = lexicon.words["inner_relations"]
    inner_preps = lexicon.words["inner_prepositions"]
    splice = frozenset(lexicon.semantics["splice_outer_types"])
    reporting, content = lexicon.words["reporting"], lexicon.semantics["reported_content"]
    news_nouns = frozenset(lexicon.semantics["welcomed_news"]["nouns"])
    news_types = frozenset(lexicon.semantics["welcomed_news"]["outer_types"])
    delegations = frozenset(lexicon.semantics["journeys"]["delegation_entries"])
    for cand in candidates:
        if cand.entry.id.endswith("+judged"):
            continue  # a judging word is no inner act ("to stop its chaotic withdrawal"; review mend, f53)
        if reporter_conjunct(cand.token):
            continue  # "X said B will ..., and praised Y": the reporter's own act, no inner act (round 28, e83)
        token, steps, crossed, fronted, came_from, told = cand.token, 0, False, False, None, False
        while token.head.i != token.i and steps < 8:
            rel = token.dep_
            # a clause with its own subject before the verb it hangs from, across a comma ("Brazilians
            # attack migrants at a camp, the military is deployed"): a sentence of its own
            fronted = fronted or (rel == "ccomp" and token.i < token.head.i and
                                  any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and
                                  any(t.text in (",", ";") for t in token.doc[token.i:token.head.i]))
            if rel == "prep" and token.lower_ not in inner_preps:
                break
            if rel not in inner_relations and rel not in PATH_RELATIONS:
                break
            if rel == "advcl" and (_temporal(token, lexicon) or participial_adjunct(token, cand, lexicon)):
                break  # "deployed warships after Pelosi visited Taipei": two acts, not one
            # "met the Greek premier and expressed his willingness to help": a conjoined clause whose verb
            # is no trigger is an act of its own, not the first verb's complement (round 22, e61)
            conjoined = crossed and rel == "conj" and token.pos_ == "VERB" and token.head.pos_ == "VERB"
            # ... but a reporting verb joined to a threat or demand reports that act's content when its
            # clause is still to come ("warned Ukraine and said it would strike Kyiv": the strike is the
            # warning's threat), while an act it reports done or announces is an act ("agreed to the truce
            # and said it had withdrawn", "met X and announced sanctions"; lead's mend at the round-22 merge)
            first = by_token.get(token.head.i)
            conjoined = conjoined and not (
                came_from is not None and came_from.dep_ == "ccomp" and token.lemma_.lower() in reporting
                and first is not None and first.entry.type in content["types"]
                and has_mark(came_from, content["auxiliaries"], ("aux",)))
            came_from = token
            told = told or _told_news(token, news_nouns)
            crossed = crossed or rel in inner_relations
            purpose = rel in ("advcl", "ccomp")  # "reiterated its demand that Israel ease..."
            token, steps = token.head, steps + 1
            if conjoined:
                continue  # a conjunct above may still be inside an outer act ("demanded that X withdraw and pay")
            outer = by_token.get(token.i) or (_light_object(token, by_token) if purpose else None)
            if outer is not None and outer.entry.id.endswith("+disapproval"):
                break  # "expressed concern over Russia's buildup": the buildup stays a row of its own (round 28)
            if outer is not None and outer.entry.id in delegations:
                break  # "travelled to Vienna for talks with the IAEA": the talks keep their partner (f73)
            if outer is not None and outer.entry.type in news_types and told:
                break  # "welcomed the news that the troops had withdrawn": the withdrawal stays a row (f58)
            if outer is not None and fronted and outer.entry.type in splice:
                break  # a material act does not contain a clause spliced before it
            if outer is not None and crossed and outer is not cand:
                cand.outer = outer
                outer.inner.append(cand)
                break
    for cand in candidates:
        cand.inner.sort(key=lambda c: abs(c.token.i - cand.token.i))
        if cand.outer is not None and cand.outer.outer is cand:
            cand.outer = None
