"""Two events coded without a trigger word, from the shape of the sentence.

- Conditional warning: "the consequences would be devastating for Russia if Navalny died", said
  by Biden -> THREATEN from the speaker to the actor the consequence falls on.
- Obligation: "the minister said Libya must hand over the suspects" -> REQUEST from the one who
  says it to the one who must act (CAMEO 10, refined by the act: hand over -> 1053).
- Labelling: "Biden said he thought Putin was a killer", "X called Y a liar" -> ACCUSE from the
  one who says or thinks it to the one labelled.
- Reported wrongdoing: "Putin said Navalny had ignored the law" -> ACCUSE from the one who says
  it to the one said to have broken a law, rule, agreement or ceasefire.

- Crowd action: "a thousand protesters entered the army's headquarters" -> PROTEST from the
  crowd (the sentence's one country) against the body whose building or ground it enters, when
  the verb is no trigger of its own (round 10).

All read their word lists from ``semantics.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from detente.events import conditions, precision
from detente.events.arguments import MentionIndex, actors_under, object_heads, subject_head
from detente.events.lexicon import Lexicon
from detente.events.semantics import has_condition
from detente.events.triggers import Coding, match
from detente.nlp import columns, up_from
from detente.records import Actor

CONSEQUENCE_PREPS = ("for", "to", "on", "against")


def speaking_actors(token, verbs: frozenset[str], index: MentionIndex, *, include_self: bool = True):
    """Actors of the nearest ancestor verb of ``verbs`` whose subject is a resolved actor (also
    ``blame.py``'s speaker of an attribution)."""
    for current in up_from(token if include_self else token.head, 6):
        if current.lemma_.lower() in verbs:
            subject = next((c for c in current.children if c.dep_ == "nsubj"), None)
            if subject is None and current.dep_ == "conj":  # "Erdogan cited X and said, ..."
                subject = subject_head(current)[0]
            found = actors_under(subject, index) if subject is not None else []
            if found:
                return found
    return []


def _addressee(token, verbs: frozenset[str], index: MentionIndex) -> list:
    """Actors a communication verb above ``token`` addresses ("told Putin that ...")."""
    for current in up_from(token.head, 4):
        if current.lemma_.lower() in verbs:
            return [m for c in current.children if c.dep_ in ("dobj", "dative") for m in actors_under(c, index)]
    return []


def _span(token) -> tuple[int, int]:
    return token.idx, token.idx + len(token)


def conditional_threats(sentence, lexicon: Lexicon, index: MentionIndex) -> Iterator[tuple]:
    """THREATEN codings for consequence words in a clause with an if/unless condition."""
    speech = lexicon.words["reporting"] | lexicon.words["label_verbs"] | {"warn"}
    doc, lemmas, consequences = sentence.doc, columns(sentence.doc).lemma, lexicon.words["consequences"]
    for i in range(sentence.start, sentence.end):
        if lemmas[i] not in consequences:
            continue
        token = doc[i]
        if not has_condition(token, lexicon):
            continue
        clause = token.head if token.dep_ in ("acomp", "attr", "dobj", "nsubj") else token
        sources = speaking_actors(clause, speech, index, include_self=False)
        targets = [m for h in object_heads(token, CONSEQUENCE_PREPS) for m in actors_under(h, index)]
        if not targets:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            targets = actors_under(subject, index) if subject is not None else []
        if sources and targets:
            cameo = lexicon.semantics["conditional"]["cameo"]
            rule = f"conditional:{token.lemma_.lower()}"
            yield Coding("THREATEN", cameo, rule), sources, targets, _span(token)


def labelling_accusations(sentence, lexicon: Lexicon, index: MentionIndex) -> Iterator[tuple]:
    """ACCUSE codings for "Y is a killer" said or thought by X, and "X called Y a liar"."""
    doc, cols = sentence.doc, columns(sentence.doc)
    for i in range(sentence.start, sentence.end):
        if cols.dep[i] not in ("attr", "oprd", "pobj", "appos") or not _label(doc[i], lexicon):
            continue
        token = doc[i]
        verb = token.head
        if cols.dep[i] == "appos":  # "called the president a dictator" parsed as an apposition (round 30)
            if not _glued_label(token, lexicon):
                continue
            verb = token.head.head
        if cols.dep[i] == "pobj":  # "named the PKK and the YPG as terrorists"
            if verb.lower_ != "as" or verb.head.lemma_.lower() not in lexicon.words["label_verbs"]:
                continue
            token, verb = verb, verb.head
        # "labels the strike as"; "labelled the PKK a terrorist group": the labelled one as a dative (round 30)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i != token.i]
        objects = [token.head] if token.dep_ == "appos" else objects
        labelled = next(iter(objects + [c for c in verb.children if c.dep_ == "nsubj" and c.i != token.i]), None)
        targets = actors_under(labelled, index) if labelled is not None else []
        sources = speaking_actors(verb, lexicon.words["label_verbs"], index, include_self=token.dep_ in ("oprd", "appos"))
        if not targets and labelled is not None and labelled.lemma_.lower() in lexicon.words["act_anaphors"]:
            targets = [labelled]  # "characterized the attack as a violation": the act's doer (coder)
        if sources and targets:
            rule = f"label:{cols.lemma[i]}"  # the label noun ("label:violation"), not "as"
            yield Coding("ACCUSE", lexicon.semantics["labels"]["cameo"], rule), sources, targets, _span(token)


def _glued_label(token, lexicon: Lexicon) -> bool:
    """True for a label noun the parser hung as an apposition on a labelling verb's direct object
    with no punctuation between ("called the president a dictator"); "met the president, a former
    general" is a true apposition (a comma) and no label."""
    head = token.head
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in lexicon.words["label_verbs"]:
        return False
    return not any(t.is_punct for t in token.doc[head.i + 1:token.i])


def _label(token, lexicon: Lexicon) -> bool:
    """A label noun ("a terrorist"), or a group noun a label modifies ("a terrorist organisation")."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.words["labels"]:
        return True
    return lemma in lexicon.words["label_heads"] and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in lexicon.words["labels"] for c in token.children)


def reported_wrongdoing(sentence, lexicon: Lexicon, index: MentionIndex) -> Iterator[tuple]:
    """ACCUSE codings for "X said Y had ignored the law / broken the ceasefire": a verb of
    wrongdoing (``semantics.yaml: wrongdoing``) with a law, rule or agreement as its object, in a
    clause a speaker's verb governs; not negated; the doer is the target, the speaker the source.
    Round 29 (e84): also deceit whatever its object ("claimed Y misled parliament", "said Y lied")
    and harm done to something ("said Y's remarks undermined the talks": :func:`_deceit_or_harm`)."""
    doc, cols, words = sentence.doc, columns(sentence.doc), lexicon.words
    for i in range(sentence.start, sentence.end):
        if cols.dep[i] not in ("ccomp", "conj"):
            continue
        if cols.lemma[i] not in words["wrongdoing_verbs"]:
            if cols.lemma[i] in words["harm_verbs"] or cols.lower[i] in words["deceit_verbs"] or \
                    cols.lemma[i] in words["deceit_verbs"] or cols.lemma[i] in words["posing_verbs"]:
                yield from _deceit_or_harm(doc[i], lexicon, index)
            continue
        token = doc[i]
        if any(c.dep_ == "neg" for c in token.children) or not any(
                c.dep_ == "dobj" and c.lemma_.lower() in words["wrongdoing_objects"] for c in token.children):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None and token.dep_ == "conj":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        targets = actors_under(subject, index) if subject is not None else []
        sources = speaking_actors(token, words["wrongdoing_speakers"], index, include_self=False)
        if sources and (targets or _bare_noun(subject)):  # no actor named: the act's own row's doer (e100)
            rule = f"wrongdoing:{token.lemma_.lower()}" + ("" if targets else "~rowdoer")
            yield Coding("ACCUSE", lexicon.semantics["wrongdoing"]["cameo"], rule), sources, targets, _span(token)


def _bare_noun(subject) -> bool:
    """A common noun subject ("the army", "government troops"), no pronoun or name: a doer the
    event coder may place from the story (``complements.row_doers``)."""
    return subject is not None and subject.tag_ in ("NN", "NNS")


def _deceit_or_harm(token, lexicon: Lexicon, index: MentionIndex) -> Iterator[tuple]:
    """The ACCUSE 112 coding of "X claimed Y misled parliament" / "said Y's remarks undermined the talks"
    at a deceit or harm verb of a reported clause (harm needs an object): the doer is the clause's
    subject itself, its possessor or modifier, or a passive's agent ("said voters were misled by Y") --
    never an actor behind a preposition ("sanctions against Y"); not negated, not the speaker himself;
    the clause a speaking verb's own ("said it was wrong to suggest Y lied" reports no claim of it)."""
    words, lemma = lexicon.words, token.lemma_.lower()
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never", "longer")) for c in token.children) or \
            (lemma in words["harm_verbs"] and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in token.children)):
        return
    if lemma in words["posing_verbs"] and not any(_posed_harm(c, words["posed_harms"]) for c in token.children):
        return
    if _predicted(token) or _own_harm(token, words["self_nouns"]):
        return  # "said an invasion would undermine security"; "had endangered their own lives to save ..."
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.head.lemma_.lower() not in words["wrongdoing_speakers"] or \
            any(c.dep_ == "neg" for c in clause.head.children):
        return  # "said it was wrong to suggest Y lied", "did not say Y lied": the speaker's own clause only
    doers = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not doers and not any(c.dep_ == "auxpass" for c in token.children):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None and token.dep_ == "conj":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        doers = [subject] if subject is not None else []
    targets = [m for d in doers for m in actors_under(d, index, max_depth=1, prepositions=frozenset())
               if not _suffered_by(m, d, lexicon)]
    sources = speaking_actors(token, words["wrongdoing_speakers"], index, include_self=False)
    speakers = [m.actor for m in sources]
    targets = [m for m in targets if m.actor not in speakers]
    if sources and targets:
        rule = f"wrongdoing:{token.lemma_.lower()}"
        yield Coding("ACCUSE", lexicon.semantics["wrongdoing"]["cameo"], rule), sources, targets, _span(token)


def _predicted(token) -> bool:
    """Harm foretold, not done: the verb (or the verb a conjunct shares its subject with) has a modal
    ("would undermine", "could jeopardise"; ANNOTATION.md: hypotheticals are no events). A conjunct with
    an auxiliary of its own ("would never change and had undermined") does not borrow the modal."""
    while True:
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children):
            return True
        if token.dep_ != "conj" or token.head.i == token.i or \
                any(c.dep_ in ("nsubj", "aux", "auxpass") for c in token.children):
            return False
        token = token.head


def _own_harm(token, self_nouns: frozenset[str]) -> bool:
    """Harm a doer does to himself ("endangered their own lives", "risked themselves", "jeopardised their
    careers" after a plural subject): self-sacrifice, no accusation. The object is reflexive, or a self noun
    (``self_nouns``: life, career, safety) with "own" or a possessive pronoun agreeing in number with a
    subject that is the doer itself (not "Y's policies"); "endangered its neighbours", "their own
    civilians" are harm to others."""
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.lower_.endswith(("self", "selves")):
        return True
    if obj.lemma_.lower() not in self_nouns and obj.lower_ not in self_nouns:
        return False
    if any(c.lower_ == "own" for c in obj.subtree):
        return True
    pronoun = next((c.lower_ for c in obj.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if pronoun is None or subject is None or any(c.dep_ == "poss" for c in subject.children):
        return False
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    return pronoun == "their" if plural else pronoun in ("his", "her", "its")


def _suffered_by(mention, doer, lexicon: Lexicon) -> bool:
    """True for the possessor of an act it suffers ("the prime minister's assassination", "the envoy's
    arrest": a noun of ``possessor_patients`` with no "of" object) -- the victim, not the doer; "Israel's
    arrest of the activist" keeps its doer, and so do "Russia's invasion", "the United States' embargo"
    (acts whose possessor is their doer)."""
    if doer.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in doer.children):
        return False
    patients = lexicon.words["possessor_patients"]
    if doer.lemma_.lower() not in patients and doer.lower_ not in patients:
        return False
    return not (mention.start <= doer.idx < mention.end)  # a possessor or modifier, not the act noun itself


def _posed_harm(obj, harms: frozenset[str]) -> bool:
    """A direct object that is a harm noun ("a threat") or "one of" them, not denied ("no threat"), not a
    risk of something happening ("posed a risk of spreading the virus": a chance, no one threatened)."""
    if obj.dep_ != "dobj" or any(c.lower_ == "no" or (c.dep_ == "prep" and c.lower_ == "of" and obj.lower_ != "one")
                                 for c in obj.children):
        return False
    if obj.lower_ == "one":
        return any(o.lemma_.lower() in harms for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj")
    return obj.lemma_.lower() in harms


def obligations(sentence, lexicon: Lexicon, index: MentionIndex) -> Iterator[tuple]:
    """REQUEST codings for "X said Y must/should do Z"."""
    doc, cols, modals = sentence.doc, columns(sentence.doc), lexicon.words["obligation_modals"]
    for i in range(sentence.start, sentence.end):
        token = _obligation(doc, cols, i, modals, lexicon.words["obligation_verbs"])
        if token is None:
            continue
        verb = token.head if token.dep_ == "aux" else next(c for c in token.children if c.dep_ == "xcomp")
        if precision.counterfactual(verb) or precision.others_opinion(verb, lexicon) or \
                conditions.conditional_need(verb, lexicon):  # "should be ready to deploy if the UN decides"
            continue  # "Germany should have warned Paris", "some people think the law should go"
        subject = next((c for c in (verb if token.dep_ == "aux" else token).children
                        if c.dep_ in ("nsubj", "nsubjpass")), None)
        targets = actors_under(subject, index) if subject is not None else []
        sources = speaking_actors(verb, lexicon.words["obligation_speakers"], index, include_self=False)
        addressee = precision.not_interviewer(_addressee(verb, lexicon.words["obligation_speakers"], index), subject)
        targets = addressee or targets  # "he had told Putin that critical infrastructure should be..."
        if not (sources and targets):
            continue
        act = match(verb, lexicon, index) or next(
            (m for m in (match(c, lexicon, index) for c in verb.children if c.dep_ in ("xcomp", "acomp")) if m), None)
        base = lexicon.semantics["obligation"]["cameo"]
        cameo = lexicon.composed(base, act.entry.type, act.entry.cameo) if act and act.entry.type else base
        rule = f"obligation:{token.lower_}" + (f">{act.entry.id}" if act else "")
        yield Coding("REQUEST", cameo, rule), sources, targets, (verb.idx, verb.idx + len(verb))


def _obligation(doc, cols, i: int, modals: frozenset[str], verbs: frozenset[str]):
    """The token that makes an obligation: a modal ("Libya must hand over"), or a verb of need
    with an infinitive ("They need to stand by us", "Turkey has to withdraw")."""
    if cols.dep[i] == "aux" and cols.lower[i] in modals:
        return doc[i]
    if cols.lemma[i] in verbs and cols.pos[i] in ("VERB", "AUX"):
        token = doc[i]
        xcomp = next((c for c in token.children if c.dep_ == "xcomp"), None)
        if xcomp is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children) and \
                not any(c.dep_ == "neg" for c in token.children):
            return token
    return None


def crowd_actions(sentence, lexicon: Lexicon, index: MentionIndex) -> Iterator[tuple]:
    """PROTEST codings for a protesting crowd that enters, surrounds or gathers at a body's
    premises ("protesters entered the headquarters of the army"): the targets are the actors of
    the verb's object or its prepositional phrase; the sources the crowd, with the one other country
    the sentence names ("outside the Russian embassy in Tbilisi": GEO), else the target's own
    (several: nothing). Only where the verb matched no trigger."""
    words = lexicon.semantics["crowd_actions"]
    doc, cols = sentence.doc, columns(sentence.doc)
    for i in range(sentence.start, sentence.end):
        if cols.pos[i] != "VERB" or cols.lemma[i] not in words["verbs"]:
            continue
        token = doc[i]
        if match(token, lexicon, index):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        while subject is not None and subject.lemma_.lower() in lexicon.words["quantity_nouns"]:
            subject = next((o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"), None)  # "hundreds of protesters"
        if subject is None or subject.lemma_.lower() not in words["crowds"] or actors_under(subject, index):
            continue
        targets = [m for h in object_heads(token, tuple(words["prepositions"])) for m in actors_under(h, index)]
        named = {(m.start, m.end) for m in targets}  # the crowd's country: the one other country
        countries = {m.actor.country for t in sentence for m in index.at(t) if (m.start, m.end) not in named} or \
            {m.actor.country for m in targets}  # ... else the body's own ("entered the Thai army's HQ")
        crowd = index.unresolved.get(subject.i)
        if not targets or len(countries) != 1 or crowd is None:
            continue
        actor = Actor(country=next(iter(countries)), sector="CVL", entry=f"crowd:{subject.lemma_.lower()}")
        yield (Coding("PROTEST", words["cameo"], f"crowd:{token.lemma_.lower()}"), [replace(crowd, actor=actor)],
               targets, _span(token))
