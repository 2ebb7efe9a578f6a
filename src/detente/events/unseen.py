"""Recall classes of unseen news (issue 13, round 13): acts a careful coder records that the
general rules missed on Current Events items.

* ``refused_change``: a negated change of one's position is a refusal, REJECT 120 asserted
  ("Japan will not reconsider", "the union will not back down"), not a negated act.
* ``domestic_partners``: a consultation between two bodies of one country ("talks between the
  president's advisers and the Speaker") is a row from one to the other, not a meeting with no one.
* ``directional_place``: "60 km west of Baghdad", "north of Kabul" names where an act happened.
* ``apposed_place_subject``: "a bomb at a club in Lima, Peru kills 36" -- the parser makes the
  country after the comma a second subject; it is the place's country, not a doer.
* ``undergo_agents``, ``undergoer_targets``: "the company faces scrutiny by the Justice
  Department" -- the inquirer acts on the one who faces it (at home when the actors stage left it
  unplaced).
* (property a crowd destroys is a riot: ``riots.rioting``, round 12, which this round had duplicated)
* ``act_agent_targets``: "criticised the proclamation of X as Y by the President of Z" -- the
  doer of the criticised act, named by a "by" the parser hung further on.
* ``under_pressure``, ``pressure_targets``: an own measure dropped under pressure is CONCEDE, to
  the protesters or the public.

Hooks: ``coder.decide`` (refusals, concessions), ``coder.code_trigger`` (apposed places, riots),
``coder.code_sentence`` (partners, undergoers, "by" doers, yielded sides), ``sources.sources_of``
(undergone acts' doers), ``context.place_sources`` (directions) and ``arguments.subject_head``
(apposed places). Word lists under ``unseen:`` in ``semantics.yaml``; made-up tests in
``tests/events/test_recall_round13.py``.
"""

from __future__ import annotations

from detente.events import attach
from detente.events import semantics as sem
from detente.events.arguments import actors_under, apposed_place, participant
from detente.events.triggers import Candidate, Coding
from detente.nlp import span_of
from detente.records import Mention, Participant


def refused_change(cand: Candidate, lexicon) -> Coding | None:
    """REJECT for a change of position said not to happen: "will not reconsider the decision",
    "refused to budge", "will not back down" (the entry ids in ``unseen.refused_changes``). The
    negation must be the verb's own ("not", "never"); a failure ("failed to reconsider") or a
    question is no refusal."""
    if cand.entry.id not in lexicon.semantics["unseen"]["refused_changes"]:
        return None
    token = cand.token
    if not any(c.dep_ == "neg" for c in token.children):
        return None
    return Coding("REJECT", "120", cand.entry.id + "!refused")


def domestic_partners(type_: str, src: list[Participant],
                      lexicon) -> tuple[list[Participant], list[Participant]] | None:
    """The two sides of a consultation whose joint parties are one country's different bodies
    ("talks between American officials and Speaker Paul Ryan": USA GOV -> USA LEG), else None.
    Parties of the same sector ("the president and the prime minister met") stay one side."""
    if type_ not in lexicon.semantics["unseen"]["domestic_partner_types"] or len(src) < 2:
        return None
    if len({p.country for p in src}) != 1 or src[0].country is None:
        return None
    first = src[0].sector
    others = [p for p in src[1:] if p.sector and first and p.sector != first]
    if not others:
        return None
    return [src[0]], others


def directional_place(prep, lexicon) -> bool:
    """True for the "of" of a compass direction ("60 km west of Baghdad", "north of Kabul"): its
    object is where the act happened, as with a locative preposition."""
    return prep.lower_ == "of" and prep.head.lower_ in lexicon.semantics["unseen"]["directions"]


def apposed_place_subject(mentions: list[Mention], doc) -> list[Mention]:
    """The subjects left once a country the parser read as a second subject is taken out when it
    stands after a comma behind a place in a locative phrase: "A bomb at a club in Lima, Peru
    kills 36" (Peru names where Lima is, not who killed; ``arguments.apposed_place``)."""
    kept = []
    for m in mentions:
        span = span_of(doc, m)
        if span is not None and apposed_place(span.root):
            continue
        kept.append(m)
    return kept


def undergo_agents(token, index) -> list[Mention]:
    """The doer of an act a subject undergoes, named by ``by`` or ``from`` on the object noun:
    "the company faces scrutiny by the Justice Department", "faces charges from prosecutors in
    Paris" (the doer of the inquiry or the charge); [] when the noun names none."""
    found = []
    for head in (token, *(c for c in token.children if c.dep_ == "dobj")):  # "by" on the noun or the verb
        for prep in (c for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")):
            found += [m for o in prep.children if o.dep_ == "pobj" for m in actors_under(o, index)]
    if not found:  # "appeared in a Nairobi court", "before the High Court": the court (round 19)
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "before")):
            found += [m for o in prep.children if o.dep_ == "pobj" for m in actors_under(o, index)
                      if m.actor is not None and m.actor.sector == "JUD"]
    return found


def undergoer_targets(cand: Candidate, src: list[Participant], index, lexicon) -> list[Participant]:
    """The one who undergoes an inquiry or charge its doer's country brings, when the actors stage
    left it unplaced: in "the company faces scrutiny by the Justice Department" the company, in the
    Department's country (a domestic act; rule suffix ``~undergoer``). Only for one source country,
    a subject the actors stage found as an unresolved actor, and a sentence naming no other country."""
    if cand.entry.id not in lexicon.semantics["undergo_entries"] or len({p.country for p in src}) != 1:
        return []
    country = src[0].country
    subject = next((c for c in cand.token.children if c.dep_ == "nsubj"), None)
    mention = index.unresolved.get(subject.i) if subject is not None else None
    if mention is None or country is None:
        return []
    if any(m.actor.country not in (None, country) for t in cand.token.sent for m in index.at(t)):
        return []
    sector = mention.actor.sector if mention.actor is not None else None
    return [Participant(text=mention.text, country=country, sector=sector, start=mention.start, end=mention.end)]


def act_agent_targets(cand: Candidate, src: list[Participant], index, lexicon) -> list[Participant]:
    """The doer of the act a criticism or rejection is about, named by a ``by`` phrase the parser
    hung further on in the clause: "criticised the proclamation of the islands as Turkish
    territory by the President of Turkey" (the President; rule suffix ``~byagent``). Only for a verb
    whose direct object is no actor, a ``by`` after that object and under no other verb, and
    actors of another country than the critic's."""
    token = cand.token
    if cand.entry.pos != "verb" or cand.entry.type not in lexicon.semantics["unseen"]["act_agent_types"]:
        return []
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or index.at(obj):
        return []
    own = {p.country for p in src}
    for prep in token.subtree:
        if prep.i <= obj.i or prep.dep_ != "prep" or prep.lower_ != "by" or _other_verb(prep, token):
            continue
        found = [m for o in prep.children if o.dep_ == "pobj" for m in actors_under(o, index)
                 if m.actor.country and m.actor.country not in own]
        if found:
            return [participant(m) for m in found]
    return []


def _other_verb(token, top) -> bool:
    """True when a verb other than ``top`` stands between ``token`` and ``top`` in the tree."""
    node = token.head
    while node.i != top.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX"):
            return True
        node = node.head
    return False


def under_pressure(cand: Candidate, lexicon) -> Coding | None:
    """CONCEDE 080 for an actor dropping, shelving, postponing or reviewing its own measure (a bill,
    law, tax, policy, plan) in a sentence that tells the pressure on it -- protests, strikes, an
    outcry, an unpopular measure ("will shelve the unpopular security bill", "will review the
    language policy following protests"): the conventions' "a policy reversed under pressure"
    (rule suffix ``~pressure``). Not negated; without a pressure word the entries code nothing."""
    spec = lexicon.semantics["unseen"]
    token = cand.token
    if cand.entry.pos != "verb" or token.lemma_.lower() not in spec["backdown_verbs"] or sem.is_negated(token, lexicon):
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in objects if o.lemma_.lower() in ("plan", "plans")  # "plans for a bill"
                for p in o.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    if not any(o.lemma_.lower() in spec["measure_nouns"] for o in objects):
        return None
    if not any(_pressure_word(t, spec) for t in _pressure_span(token, spec)):
        return None
    return Coding("CONCEDE", "080", cand.entry.id + "~pressure")


def _pressure_span(token, spec):
    """The words that may tell the pressure on a backdown: the clause of the backdown verb, climbed
    through xcomp and conj ("protests forced the government to shelve the law"), less its conjoined
    clauses and the phrases that set a pressure word aside ("despite protests", "sparking protests",
    "while teachers went on strike"), and so not the rest of the sentence ("the opposition leader said")."""
    skip = {t.i for c in token.children if c.dep_ == "conj" or _aside(c, spec) for t in c.subtree}
    top = token
    while top.dep_ in ("xcomp", "conj") and top.head.i != top.i:
        top = top.head
    return [t for t in top.subtree if t.i not in skip]


def _pressure_word(t, spec) -> bool:
    """A pressure word in its sense of pressure: not a date ("until March"), an air or missile strike, or
    the opposition as a party ("consultation with the opposition"; "opposition from unions" is pressure)."""
    if t.lemma_.lower() not in spec["pressure_words"] or t.ent_type_ in ("DATE", "TIME"):
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ in spec["pressure_arms_modifiers"] for c in t.children):
        return False
    return not (t.lemma_.lower() in spec["pressure_party_words"] and
                any(c.dep_ == "det" for c in t.children) and not any(c.dep_ == "prep" for c in t.children))


def _aside(child, spec) -> bool:
    if child.dep_ == "prep":
        return child.lower_ in spec["pressure_aside_prepositions"]
    return child.dep_ == "advcl" and (child.lemma_.lower() in spec["pressure_aside_verbs"] or any(
        m.dep_ == "mark" and m.lower_ in spec["pressure_aside_marks"] for m in child.children))


def pressure_targets(cand: Candidate, src: list[Participant], index, lexicon) -> list[Participant]:
    """The side a concession under pressure yields to: the people of the protest the sentence
    names ("following protests by Tibetan students": the students; "the committee's criticism": the
    committee), else the public of the
    conceding actor's country (CVL, in the words of the pressure noun)."""
    if len({p.country for p in src}) != 1 or src[0].country is None:
        return []
    country = src[0].country
    words = lexicon.semantics["unseen"]["pressure_words"]
    for t in sorted(cand.token.sent, key=lambda t: t.pos_ != "NOUN"):  # "protests" before "unpopular"
        if t.lemma_.lower() not in words or t.ent_type_ in ("DATE", "TIME"):
            continue  # not "last March"
        owners = [c for c in t.children if c.dep_ == "poss"]  # "the committee's criticism" (round 26, e73)
        owners += [g for prep in t.children if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of")
                   for g in prep.children if g.dep_ == "pobj"]
        for o in owners:
            found = [participant(m) for m in actors_under(o, index) if m.actor.country == country]
            people = index.unresolved.get(o.i)
            if found:
                return found
            if people is not None:
                sector = people.actor.sector if people.actor is not None and people.actor.sector else "CVL"
                return [Participant(text=people.text, country=country, sector=sector,
                                    start=people.start, end=people.end)]
        return [Participant(text=t.text, country=country, sector="CVL", start=t.idx, end=t.idx + len(t))]
    return []


def restricted_people(cand: Candidate, src: list[Participant], index, lexicon) -> list[Participant]:
    """The people a curfew, lockdown or state of emergency restricts, when the parse attached no
    target: those of the place it covers, in its country ("imposed a curfew in Lima": PER), else, for
    a restriction of the doer's own country ("a nationwide lockdown", "across the country"), the doer
    country's people (CVL). Only for one doer country and no foreign place."""
    spec = lexicon.semantics["unseen"]
    words = {cand.token.lemma_.lower(), *(c.token.lemma_.lower() for c in cand.inner)}
    words |= {c.lemma_.lower() for c in cand.token.children if c.dep_ in ("dobj", "nsubjpass")}
    words |= attach.restriction_words(cand)  # "lifted a state of emergency", "prepared to impose martial law"
    if not words & set(spec["restrictions"]) or len({p.country for p in src}) != 1 or src[0].country is None:
        return []
    country = src[0].country
    places = [m for t in cand.token.sent for m in index.at(t) if m.label in ("GPE", "LOC")]
    if any(m.actor.country != country for m in places):
        return []
    here = next((m for m in places if (m.start, m.end) != (src[0].start, src[0].end)), None)
    if here is not None:
        return [Participant(text=here.text, country=country, sector="CVL", start=here.start, end=here.end)]
    # the span is the restriction itself ("a state of emergency"), not the verb (review r30b, f70)
    token = next((c for c in cand.token.children if c.dep_ in ("dobj", "nsubjpass")), cand.token)
    return [Participant(text=token.text, country=country, sector="CVL", start=token.idx, end=token.idx + len(token))]
