"""Target attachment (issue 13, round 14): syntactic classes where the parse names the other side
but the argument rules of ``targets``/``sides`` missed it or took a wrong one.

- **Coordinated targets** keep every conjunct: "named the PKK and the YPG as terrorists" -- an
  own-country conjunct is not dropped for the foreign one beside it (``coordinated_with``).
- **The subject of a complement clause** between a trigger and its inner act: "demanded that Russia
  stop selling weapons to Syria" -> Russia, not Syria (``complement_subject``).
- **A criticised act as the passive subject**: "Russia's invasion of Ukraine was condemned by
  Poland" -> Russia only; the invaded country is no side of the condemnation (``passive_act``).
- **A grievance told to a third party**: "complained to the United Nations over Chilean air raids"
  -> Chile, the doer of the act complained of, not the body addressed (``grievance_targets``).
- **Restrictions lifted** act on the people of the place they covered ("lifted the state of
  emergency in Darfur": ``RESTRICTING_TYPES``, ``restriction_words`` for ``unseen.restricted_people``).
- **The unplaced side of "between X and Y"** is at home with its own sector (``between_unplaced``).
- **A motive phrase is no place**: "a hunger strike in protest of the government's refusal" -- the
  government is what the strike protests (``motive_phrase``, ``motive_targets``), never where it
  happened nor its doer.
- **The object of a purpose infinitive** of an act whose own object is its own word: "opened fire
  to disperse the protesters" -> the protesters (``purpose_objects``), or of "in an effort to"
  (``effort_objects``).
- **A warning's addressee** without the act warned against (``act_clauses``); **an act as the
  passive subject** keeps only its owner (``act_owners``).
- **Unplaced authors and people, at home**: "a bill passed by parliament", "an appeal from the
  president", "the release of the former prime minister" (``unplaced_author``, ``people``); people
  acted on are no author's (``person_object``); "himself and 12 MPs" (``reflexive_conjunct``);
  "accused each other" (``each_other_rows``).
- **The act a sanction, mobilisation or concession answers** (``answered_doers``) and a pressure
  outside a concession's own words (``outside_pressure``).

Round 15's acts told through addressing someone are in ``addressing``, the people acted on and
the place that gives them a country in ``acted_on``.

Figures and dropped variants: docs/accuracy/events.md, issue 13 round 14.
"""

from __future__ import annotations

import re

from detente.events.arguments import MentionIndex, actors_under, between_heads, object_heads
from detente.events.marks import opened_by
from detente.events.triggers import Candidate
from detente.nlp import span_of
from detente.records import Mention, Participant

RESTRICTING_TYPES = frozenset({"COERCE", "CONCEDE"})
"""Types whose curfew, lockdown or state of emergency acts on the people of the place it covers
(``unseen.restricted_people``): imposed (COERCE) or lifted and eased (CONCEDE: "lifted the state of
emergency in Darfur"). Not a threat to impose one: the third pass decided that a place named
beside an intended restriction is no other side ("ready to impose a curfew in Peru")."""

PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
"""Acts with partners, not a judged act: the sides of a meeting hosted are its partners."""

MOTIVE_NOUNS = frozenset({"protest", "protests", "defiance", "opposition", "retaliation", "response", "reprisal",
                          "revenge", "solidarity", "support", "memory", "honour", "honor", "favour", "favor",
                          "reaction", "violation", "breach", "anticipation", "preparation"})
"""Nouns that make an "in" phrase a motive or manner, not a place ("in protest of", "in
response to", "in violation of", "in solidarity with")."""

OPPOSING_MOTIVES = frozenset({"protest", "protests", "defiance", "opposition", "retaliation", "response",
                              "reprisal", "revenge", "reaction"})
"""Motive nouns whose object is the other side of the act ("in retaliation for Israel's strike")."""

MOTIVE_PREPS = ("of", "against", "at", "over", "to", "for")

GRIEVANCE_PREPS = ("over", "about", "at")
"""Prepositions of what an accusation is about ("complained to the UN over the raids")."""

COORDINATION = re.compile(r"^\s*(?:,|and|or|as well as|&|,\s*and|,\s*or)\s*(?:both\s+|also\s+)?$", re.IGNORECASE)


def coordinated_with(target: Participant, others: list[Participant], text: str) -> bool:
    """True when ``target`` is a conjunct of one of ``others`` in the text ("the PKK and the
    YPG", "Hungary, Poland"): only commas and conjunctions lie between the two mentions."""
    for other in others:
        if target.start is None or other.start is None:
            continue
        low, high = sorted(((target.start, target.end), (other.start, other.end)))
        if low[1] <= high[0] and COORDINATION.match(text[low[1]:high[0]]):
            return True
    return False


def complement_subject(cand: Candidate, index: MentionIndex) -> list[Mention]:
    """The subject of the complement clause that holds a trigger's inner act, when the inner act
    has none of its own: "demanded that Russia stop selling weapons to Syria", "demanded that the
    United States match the EU's support for Palestinian statehood" -- the one asked is the clause's
    subject, not the object of the act inside it. A pronoun subject (most often the source's own
    "it") is passed over."""
    if not cand.inner:
        return []
    current, trigger = cand.inner[0].token, cand.token
    for _ in range(6):
        if current.i == trigger.i or current.head.i == current.i:
            return []
        if current.dep_ == "ccomp" and current.head.i == trigger.i:
            subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
            return [m for s in subjects for m in actors_under(s, index)]
        current = current.head
    return []


def passive_act(cand: Candidate) -> bool:
    """True when the trigger's inner act is its passive subject ("Russia's invasion of Ukraine was
    condemned"): the passive subject's doer is the target, the inner act's own objects are not."""
    return bool(cand.inner) and cand.inner[0].token.dep_ == "nsubjpass" and cand.inner[0].token.head.i == cand.token.i


def grievance_targets(cand: Candidate, found: list[Mention], index: MentionIndex) -> list[Mention]:
    """The doer of the act an accusation is about, instead of the body it was addressed to:
    "Peru complained to the United Nations over Chilean air raids" -> Chile. Only when every target
    found sits in a ``to`` phrase and the ``over``/``about``/``at`` phrase names another actor."""
    token = cand.token
    if cand.entry.type != "ACCUSE" or cand.entry.pos != "verb" or not found:
        return found
    addressed = [m for h in object_heads(token, ("to",), direct=False) for m in actors_under(h, index)]
    about = [m for h in object_heads(token, GRIEVANCE_PREPS, direct=False) for m in actors_under(h, index)]
    keys = {(m.start, m.end) for m in addressed}
    about = [m for m in about if (m.start, m.end) not in keys]
    if not about:
        return found
    rest = [m for m in found if (m.start, m.end) not in keys]
    return about + [m for m in rest if (m.start, m.end) not in {(a.start, a.end) for a in about}]


def motive_phrase(prep) -> bool:
    """True for an "in" phrase of motive or manner, no place: "in protest of", "in response to",
    "in violation of", "in solidarity with"."""
    return prep.lower_ == "in" and any(o.dep_ == "pobj" and o.lower_ in MOTIVE_NOUNS for o in prep.children)


def motive_targets(cand: Candidate, index: MentionIndex) -> list[Mention]:
    """The actors of an opposing motive phrase on the trigger, its light verb or its object:
    "began a hunger strike in protest of the government's refusal" -> the government; "expelled
    two diplomats in retaliation for Russia's expulsions" -> Russia."""
    token = cand.token
    heads = [token] + ([token.head] if token.dep_ == "dobj" else [])
    heads += [c for c in token.children if c.dep_ == "dobj"]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
            for noun in (o for o in prep.children if o.dep_ == "pobj" and o.lower_ in OPPOSING_MOTIVES):
                found = [m for h in object_heads(noun, MOTIVE_PREPS, direct=False) for m in actors_under(h, index)]
                if found:
                    return found
    return []


HELPING_VERBS = frozenset({"help", "assist"})
"""Verbs whose infinitive complement carries the purpose ("deployed troops to help secure the
border of X"): the helped act's object is the purpose's object (issue 13, round 32)."""


SENDING_TYPES = frozenset({"MOBILIZE", "AID", "COOPERATE"})
"""Types whose purpose "to help X do Y" names X as the one the act is for (a sender's help, f87); an
attack "opened fire to help X seize Y" is done to Y, not to the ally X."""


def purpose_objects(cand: Candidate, index: MentionIndex | None = None) -> list:
    """The objects of a purpose infinitive of a trigger whose own object is its own word: "police
    opened fire to disperse the protesters" -> the protesters (a head token each); through a
    helping verb with no object of its own, its infinitive's ("will deploy 200 soldiers to help
    secure Chad's border" -> the border, Chad's); a helping verb's bare infinitive with a subject of
    its own names the one helped ("sent 500 police to help Haiti fight the gangs" -> Haiti, e103), only for a
    sending or helping act (``SENDING_TYPES``) and a located actor (``index``), else the helped act's objects
    as before (f87: "opened fire to help settlers drive farmers off" -> the farmers)."""
    token = cand.token
    own = {p.i for p in cand.parts}
    objects = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    if cand.entry.pos != "verb" or not objects or any(c.i not in own for c in objects):
        return []  # only "opened fire", "fired shots": a verb with an object of its own words
    clauses = [clause for clause in token.children if clause.dep_ == "advcl" and clause.tag_ == "VB" and
               any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)]
    helped = [s for clause in clauses if clause.lemma_.lower() in HELPING_VERBS and
              not any(c.dep_ in ("dobj", "dative") for c in clause.children)
              for inner in clause.children if inner.dep_ in ("ccomp", "xcomp") and inner.tag_ == "VB"
              for s in inner.children if s.dep_ == "nsubj"]
    if cand.entry.type in SENDING_TYPES and index is not None and \
            (helped := [s for s in helped if any(m.actor.country for m in actors_under(s, index))]):
        return helped  # "sent troops to help Mozambique fight the insurgents": the one helped (e103)
    clauses += [inner for clause in clauses if clause.lemma_.lower() in HELPING_VERBS and
                not any(c.dep_ in ("dobj", "dative") for c in clause.children)
                for inner in clause.children if inner.dep_ == "xcomp" and inner.tag_ == "VB"]
    return [o for clause in clauses for o in clause.children if o.dep_ == "dobj"]


def names_someone(obj, index) -> bool:
    """Whether a purpose object names someone: an actor, located or not ("the protesters"), on it or on
    its possessor, compound or adjective ("Niger's border"); "a road blocked by X", "a rally organised
    by X" name a thing, and their agent is no object of the act (r32a)."""
    return obj.i in index.unresolved or any(index.at(t) for t in (obj, *(
        c for c in obj.children if c.dep_ in ("poss", "compound", "amod"))))


def restriction_words(cand: Candidate) -> set[str]:
    """Lemmas that may name a restriction under a trigger: its own and its inner acts' objects and
    their ``of`` objects ("lifted a state of emergency", "prepared to impose martial law")."""
    objects = [c for t in (cand.token, *(i.token for i in cand.inner)) for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    words = {o.lemma_.lower() for o in objects}
    words |= {c.lemma_.lower() for o in objects for c in o.children if c.dep_ in ("amod", "compound")}
    return words | {n.lemma_.lower() for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                    for n in p.children if n.dep_ == "pobj"}


def between_unplaced(cand: Candidate, src: list[Participant], index: MentionIndex,
                     occurrence: frozenset[str] = frozenset()) -> list[Participant]:
    """The unplaced side of "between X and Y" when X is placed and the sentence names no other
    country: "clashes broke out between Iraqi troops and armed Kurdish fighters in Kirkuk" -> the
    fighters, of Iraq, with their own sector (a domestic act: same country, another sector)."""
    own = {p.country for p in src}
    token = cand.token
    if len(own) != 1 or None in own:
        return []
    if any(m.actor.country not in own for t in token.sent for m in index.at(t)):
        return []
    sides = between_heads(cand, occurrence)
    sides += [c for h in sides for c in h.conjuncts]
    country = next(iter(own))
    out = []
    for head in sides:
        mention = index.unresolved.get(head.i)
        if mention is None or mention.actor is None or not mention.actor.sector or mention.actor.country:
            continue
        if any(p.sector == mention.actor.sector or head.left_edge.idx <= (p.start or -1) < head.idx for p in src):
            continue  # the source's own side ("Iraqi troops": the troops are Iraq's)
        out.append(Participant(text=mention.text, country=country, sector=mention.actor.sector,
                               start=mention.start, end=mention.end))
    return out


def act_clauses(heads: list) -> list:
    """Argument heads without the gerund clauses of a preposition when the trigger has an object:
    in "Biden warned Putin against invading Ukraine" the one warned is Putin; Ukraine is inside
    the act warned against, no side of the warning."""
    if not any(h.dep_ in ("dobj", "dative") for h in heads):
        return heads
    return [h for h in heads if not (h.dep_ == "pcomp" and h.tag_ == "VBG")]


def unplaced_author(argument, index: MentionIndex):
    """The unplaced actor who made the thing an act is aimed at: "vetoed a bill passed by
    parliament", "prevented the demonstration staged by students", "accepted demands from the
    rebels", "dismissed an appeal from the president" (the doer's own country's, a domestic act),
    else None."""
    if argument is None:
        return None
    agents = [c for clause in argument.children if clause.dep_ in ("acl", "relcl")
              for c in clause.children if c.dep_ == "agent"]
    agents += [c for c in argument.children if c.dep_ == "prep" and c.lower_ in ("from", "by")]
    for head in (c for agent in agents for c in agent.children if c.dep_ == "pobj"):
        mention = index.unresolved.get(head.i)
        if mention is not None and mention.actor is not None and mention.actor.sector:
            return head
    return None


EACH_OTHER = ("each other", "one another")


def each_other_rows(cand: Candidate, src: list[Participant],
                    tgt: list[Participant]) -> list[tuple[list[Participant], list[Participant]]]:
    """Rows of joint sources acting on "each other" ("Azerbaijan and Armenia accused each other of
    violating the ceasefire"): one row per direction, each source the other's target."""
    countries = list(dict.fromkeys(p.country for p in src))
    if tgt or len(countries) < 2:
        return []
    token = cand.token
    words = {" ".join(t.lower_ for t in o.subtree) for o in token.children if o.dep_ in ("dobj", "dative", "prep")}
    words |= {" ".join(t.lower_ for t in o.subtree) for p in token.children if p.dep_ == "prep"
              for o in p.children if o.dep_ == "pobj"}
    if not words & set(EACH_OTHER):
        return []
    return [([p for p in src if p.country == country], [p for p in src if p.country != country])
            for country in countries]


def person_object(obj, index: MentionIndex) -> bool:
    """True for an object that is people the actors stage found but could not place ("rescued the
    hostages kidnapped by X"): the act is on them, the author of their plight is no target."""
    mention = index.unresolved.get(obj.i)
    return mention is not None and mention.actor is not None and mention.actor.sector is not None


EFFORT_NOUNS = frozenset({"effort", "bid", "attempt", "push", "drive", "campaign"})
"""Nouns of a purpose phrase: "in an effort to bring down the government", "in a bid to oust X"."""


def effort_objects(cand: Candidate) -> list:
    """The objects of a purpose phrase on the trigger: "call for protests in an effort to bring down
    the government" -> the government (heads; the last resort when no other side is named)."""
    return [o for p in cand.token.children if p.dep_ == "prep" and p.lower_ == "in"
            for noun in p.children if noun.dep_ == "pobj" and noun.lemma_.lower() in EFFORT_NOUNS
            for verb in noun.children if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            for o in verb.children if o.dep_ == "dobj"]


def reflexive_conjunct(cand: Candidate):
    """The people coordinated with a reflexive object: "pardons himself and 12 other MPs" -> the
    MPs (the doer itself is no side), else None."""
    for obj in (c for c in cand.token.children if c.dep_ == "dobj" and c.lower_.endswith(("self", "selves"))):
        return next((c for c in obj.conjuncts if c.pos_ in ("NOUN", "PROPN")), None)
    return None


def people(argument, index: MentionIndex | None) -> bool:
    """True when an act's argument is people the actors stage typed but could not place ("the
    release of the former prime minister"), or a thing such people made ("accepted demands from
    the rebels"): a lone act (a release, a concession) on them has them as its other side."""
    if index is None:
        return False
    objective = argument.dep_ == "pobj" and argument.head.lower_ == "of"  # "the release of X", not "from the town"
    named = argument.dep_ == "dobj" and argument.head.pos_ == "VERB" and \
        getattr(index.unresolved.get(argument.i), "label", None) == "PERSON" and \
        not any(c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ in ("of", "for") for c in argument.children)
    # "freed reporter X" (e88), not troops; not "reporter X of the Journal", whose employer places him (f70)
    return ((objective or named) and person_object(argument, index)) or unplaced_author(argument, index) is not None


ANSWERING_TYPES = frozenset({"SANCTION", "MOBILIZE", "CONCEDE"})
"""Acts whose reason names the other side when their object does not: "After Russia annexed Crimea,
the EU imposed sanctions", "Following the Chinese drills, Taiwan put its forces on alert", "the
union called off the strike after talks with the government"."""

CAUSE_PREPS = ("after", "following", "over")


def answered_doers(cand: Candidate, src: list[Participant], index: MentionIndex) -> list[Mention]:
    """The doer of the act a sanction or a mobilisation answers, when nothing else names its other
    side: the subject of an after/when/because clause, or the actor of an after/following/over
    phrase or of an opposing motive phrase ("in response to the Chinese drills")."""
    if cand.entry.type not in ANSWERING_TYPES:
        return []
    own = {p.country for p in src}
    verb = cand.token if cand.token.pos_ in ("VERB", "AUX") else cand.token.head
    found = [m for clause in verb.children if clause.dep_ == "advcl" and
             opened_by(clause, "answer_cause")
             for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") for m in actors_under(s, index)]
    found = found or [m for h in object_heads(verb, CAUSE_PREPS, direct=False) for m in actors_under(h, index)]
    found = found or motive_targets(cand, index)
    return [m for m in found if m.actor.country not in own or other_sector(m, src)]


def other_sector(mention: Mention, src: list[Participant]) -> bool:
    """A side of the source's own country with a known sector none of the sources has (a domestic act)."""
    return mention.actor.sector is not None and all(
        p.sector is not None and p.sector != mention.actor.sector for p in src if p.country == mention.actor.country)


def outside_pressure(cand: Candidate, words) -> bool:
    """True when the sentence names a pressure (protests, a strike, an outcry) outside the act's own
    words and object: "lifted the ban after protests by fishermen", not "called off the strike"."""
    own = {cand.token.i, *(p.i for p in cand.parts)}
    own |= {t.i for c in cand.token.children if c.dep_ in ("dobj", "prt") for t in c.subtree}
    return any(t.lemma_.lower() in words and t.i not in own and t.ent_type_ not in ("DATE", "TIME")
               for t in cand.token.sent)


def act_owners(cand: Candidate, passive: list[Mention], acts: frozenset[str]) -> list[Mention]:
    """The passive targets of a trigger whose passive subject is an act ("the attack on the Saudi
    oil facility was blamed on Iran", "Russia's invasion of Ukraine was condemned"): only the act's
    owner ("Russia's", "Ukrainian") is a side; those it was done to are not."""
    head = next((c for c in cand.token.children if c.dep_ == "nsubjpass"), None)
    if cand.entry.type in PARTNER_TYPES:
        return passive  # "the meeting on Palestinian reform was hosted by X": a meeting's sides are its partners
    if head is None or not passive or not (head.lemma_.lower() in acts or passive_act(cand)):
        return passive
    owners = {t.i for c in head.children if c.dep_ in ("poss", "amod", "compound") for t in c.subtree}
    return [m for m in passive if any(t.i in owners for t in span_of(head.doc, m) or ())]


AGAINST_TYPES = frozenset({"ACCUSE", "REQUEST", "SANCTION", "COERCE", "PROTEST", "THREATEN", "REJECT"})
"""Acts whose own object noun may carry its target in an ``against`` phrase."""


def against_object(cand: Candidate, found: list[Mention], index: MentionIndex) -> list[Mention]:
    """The target an ``against`` phrase gives the trigger's own object noun, over the verb's other
    phrases (round 15): "filed a complaint against Somalia at the UN" -> Somalia; the body where a
    complaint, a case or charges were brought is no side."""
    if cand.entry.type not in AGAINST_TYPES or cand.entry.pos != "verb" or len(found) < 2:
        return found
    own = {p.i for p in cand.parts}
    objects = [c for c in cand.token.children if c.dep_ == "dobj" and c.i in own]
    against = [m for obj in objects for h in object_heads(obj, ("against",), direct=False) for m in actors_under(h, index)]
    return against or found


TOPIC_PREPS = ("over", "about")


def topic_places(cand: Candidate, found: list[Mention], index: MentionIndex) -> list[Mention]:
    """Without the places named as an accusation's topic when its object names a side (round 15): in
    "China denounced US sanctions on Chinese officials over Hong Kong" Hong Kong is what the
    sanctions were about, no side of the denunciation."""
    if cand.entry.type not in ("ACCUSE", "REJECT") or cand.entry.pos != "verb" or len(found) < 2:
        return found
    topics = {(m.start, m.end) for h in object_heads(cand.token, TOPIC_PREPS, direct=False)
              for m in actors_under(h, index) if _place_name(m)}
    kept = [m for m in found if (m.start, m.end) not in topics]
    return kept or found


def _place_name(mention: Mention) -> bool:
    """A country, capital or other place named as such (no person or body)."""
    entry = mention.actor.entry or ""
    return mention.label in ("GPE", "LOC") and (entry.startswith(("country:", "capital:")) or entry.endswith("#place"))


DEMAND_VERBS = frozenset({"call", "demand", "urge", "press", "seek", "ask", "protest"})
"""Participles that tell what a protest demands ("marched in Hong Kong demanding that China ...")."""


def demand_clause_objects(cand: Candidate) -> list:
    """Heads of what a protest's participle clause demands, and of whom (round 15): "demonstrated
    in Kirkuk calling for independence from Iraq" -> independence (under it, Iraq); "marched
    demanding that China withdraw the bill" -> China, the subject asked; for a nominal protest, of
    the verb of demanding it is the subject of ("protests call for the resignation of X")."""
    if cand.entry.type != "PROTEST":
        return []
    token = cand.token
    clauses = [c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"] if \
        cand.entry.pos == "verb" else []
    if cand.entry.pos == "noun" and token.dep_ == "nsubj":
        clauses = [token.head]  # "large protests in Brazil call for the impeachment of President X"
    heads = []
    for clause in clauses:
        if clause.lemma_.lower() not in DEMAND_VERBS:
            continue
        heads += [c for c in clause.children if c.dep_ in ("dobj", "dative")]
        heads += [o for p in clause.children if p.dep_ == "prep" and p.lower_ in ("for", "against", "on")
                  for o in p.children if o.dep_ == "pobj"]
        heads += [s for comp in clause.children if comp.dep_ == "ccomp"
                  for s in comp.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"]
    return heads


SETTING_WORDS = frozenset({"ahead", "before", "during", "amid", "amidst", "prior"})
"""Words of a time phrase ("ahead of a visit by X", "during talks with Y") whose actors are the
setting of an act, not a side of it."""

SETTING_TYPES = frozenset({"COERCE"})
"""Acts a state does at home, whose domestic target a foreign actor of their time phrase does not
make unplaced ("detained dissidents ahead of a visit by the Pope")."""


def setting_phrase(token, trigger) -> bool:
    """True when ``token`` lies in a time phrase on the trigger ("ahead of a visit by the French
    president", "during the talks with X"): its actors set the time of the act (round 15)."""
    current = token
    for _ in range(10):
        if current.head.i == current.i or current.i == trigger.i:
            return False
        if current.head.i == trigger.i:
            return current.dep_ in ("advmod", "prep") and current.lower_ in SETTING_WORDS
        current = current.head
    return False


PROTEST_GRIEVANCE_PREPS = ("over",)
"""What a protest is about, when its own phrases name no one: "marched over the president's decision"."""


def protest_grievance(cand: Candidate) -> list:
    """Heads of the ``over`` phrase of a protest (round 15): its owner is what the protest is
    against ("rallied over Russia's invasion" -> Russia)."""
    if cand.entry.type != "PROTEST":
        return []
    verb = cand.token if cand.entry.pos == "verb" else (cand.token.head if cand.token.dep_ in ("nsubj", "dobj") else None)
    if verb is None:
        return []
    return [h for t in {cand.token.i: cand.token, verb.i: verb}.values()
            for h in object_heads(t, PROTEST_GRIEVANCE_PREPS, direct=False)]


def grievance_owners(cand: Candidate, index: MentionIndex) -> list:
    """Owners the actors stage left unplaced of the act a protest is over (issue 13, round 27, e76): "marched
    over the government's plan to tax fuel", "went on strike over the council's decision", "rallied over the
    reform pushed through by the ministry" -- the possessor, or the author (``unplaced_author``), of the
    noun after ``over``; the protest is aimed at it (``context.context_targets``, rule suffix ``~grievance``).
    A head that is an actor itself is read by ``protest_grievance``; a pronoun possessor is no owner."""
    heads = protest_grievance(cand) + ([h for part in cand.parts for h in object_heads(part, PROTEST_GRIEVANCE_PREPS,
                                                                                    direct=False)]
                                       if cand.entry.type == "PROTEST" else [])  # "went on strike over X"
    owners = []
    for head in (h for first in heads for h in (first, *first.conjuncts)):  # "over X's rules and Y's plan"
        if index.at(head) or head.i in index.unresolved:
            continue
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON" and c.i in index.unresolved), None)
        owners.append(owner if owner is not None else unplaced_author(head, index))
    return [o for o in owners if o is not None]


def condition_subjects(cand: Candidate, found: list[Mention], index: MentionIndex) -> list[Mention]:
    """The one whose act a threat is conditioned on (round 15): in "Israel threatened to ban voting in
    East Jerusalem if Hamas ran in the election" the threatened party is Hamas, the subject of the
    if/unless clause; a place inside the act threatened ("in East Jerusalem") is no side then."""
    if cand.entry.type != "THREATEN":
        return found
    verbs = [cand.token, *(i.token for i in cand.inner)]
    subjects = [s for v in verbs for clause in v.children if clause.dep_ == "advcl" and
                opened_by(clause, "condition")
                for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"]
    conditioned = [m for s in subjects for m in actors_under(s, index)]
    if not conditioned:
        return found
    keys = {(m.start, m.end) for m in conditioned}
    return conditioned + [m for m in found if (m.start, m.end) not in keys and not _place_name(m)]
