"""Who does a trigger's act: the source finders of ``coder.code_trigger``.

``sources_of`` reads the doer off the parse (the subject, a noun's ``by``/``from`` doer, the
owner of an intent, a pronoun's reporter, a subject's home base); ``sole_country`` places an
unplaced person or sector doer by the one country its sentence names; the predicates below tell
an absent doer from an unnamed one. Moved unchanged from ``coder.py``, which had grown past the
house size.
"""

from __future__ import annotations

from dataclasses import replace

from detente.actors.phrase_words import PATRON_MARK
from detente.events import addressing, recall14, recall15, row_senses
from detente.events.anaphors import referred_country
from detente.events.answers import drawn_sources
from detente.events.arguments import (
    SOURCE_PREPOSITIONS,
    MentionIndex,
    actors_under,
    antecedent,
    object_heads,
    subject_head,
)
from detente.events.context import coordinated, credit_part, name_part
from detente.events.doers import (
    carrier_holder,
    noun_sources,
    placed_crowd,
    reporter,
    unplaced_doer,
    word_forms,
)
from detente.events.judgements import judgement_sides
from detente.events.kin import kin_doers
from detente.events.lexicon import Lexicon
from detente.events.plurals import plural_doers
from detente.events.stationed import FORCE_MOVES, unowned_forces
from detente.events.triggers import Candidate
from detente.events.unseen import undergo_agents
from detente.events.victims import harmed_tokens
from detente.records import Actor, Mention

__all__ = [
    "agentless", "by_agent", "counted", "from_sources", "home_base", "quoted_speaker", "sole_country",
    "sources_of", "unnamed_agent", "unplaced_attackers", "verbal_anchor",
]


def sources_of(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> tuple[list[Mention], list[Mention]]:
    """``(sources, passive_targets)`` of a trigger; a plural pronoun doer stands for its whole
    coordinated antecedent ("Chile and Peru announced their withdrawal": both withdraw)."""
    sources, passive = _sources_of(cand, index, lexicon)
    return plural_doers(sources, cand.token.doc, index), passive


def _sources_of(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> tuple[list[Mention], list[Mention]]:
    token = cand.token
    if cand.entry.id.endswith("+judged") and (judged := judgement_sides(token, index)) is not None:
        return judged  # "said the inspector's comments were irresponsible": the speaker -> the inspector
    if cand.entry.pos == "noun":
        return noun_sources(token, index, lexicon) or from_sources(cand, index, lexicon) or \
            drawn_sources(cand, index, lexicon) or recall14.setting_doers(cand, index, lexicon), []
    head, passive = subject_head(token)
    if (writer := addressing.addressing_subject(cand)) is not None:
        head, passive = writer, None  # "X wrote to the UN accusing Chile": X accuses, not the UN
    if cand.entry.id in lexicon.semantics["undergo_entries"]:  # "Navalny faces new charges": the one charged
        return undergo_agents(token, index), (actors_under(head, index) if head is not None else [])
    if cand.entry.id in lexicon.semantics["yield_entries"]:  # "Kabul fell to the Taliban": the Taliban took it
        takers = [m for h in object_heads(token, ("to",), direct=False) for m in actors_under(h, index)]
        return takers, (actors_under(head, index) if head is not None else [])  # the place: subj=@place
    sources = actors_under(head, index, prepositions=SOURCE_PREPOSITIONS, kin_owners=False) if head is not None else []
    if head is not None and sources:
        sources = coordinated(head, sources, index)
    if not sources and head is not None:
        sources = kin_doers(head, index)  # "the Iraqi president's son": an Iraqi private person (f70)
    if not sources and (authority := row_senses.legal_recommender(token)) is not None:
        sources = actors_under(authority, index)  # "police recommended that he be indicted": the police accuse (e85)
    if not sources and token.dep_ == "acl" and token.head.dep_ in ("dobj", "attr"):
        sources = actors_under(subject_head(token.head.head)[0] or token.head, index)
    if not sources and token.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        # "the EU's decision to impose tariffs", "Russia's plan to attack": the owner of the intent
        sources = [m for c in token.head.children if c.dep_ == "poss" for m in actors_under(c, index)]
    if not sources and head is not None and head.pos_ == "PRON":
        sources = reporter(token, index, head)
    if not sources and head is not None and recall15.country_anaphor(head, lexicon):
        sources = reporter(token, index) or referred_country(head, index)  # "Japan's prime minister says
        # the country has agreed ..."; "North Korea fired missiles. The country also threatened Japan"
    if not sources and head is not None:
        sources = home_base(head, index, lexicon) or carrier_holder(token, head, index, lexicon)
    if not sources and head is None and cand.entry.type in FORCE_MOVES and (moved := _moved_forces(cand, passive, index, lexicon)):
        return moved, []  # "Belgium says all / its troops will be withdrawn from Mali": Belgium's own (round 29)
    return sources, (actors_under(antecedent(passive), index) if passive is not None else [])  # "X, who was held"


def moved_owners(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The owners ``sources_of`` gives a verb's passive movement of forces with no agent ("all troops
    will be withdrawn"), for the row's ``~forces`` mark (``side_marks``); [] for any other trigger."""
    if cand.entry.pos == "noun" or cand.entry.type not in FORCE_MOVES:
        return []
    head, passive = subject_head(cand.token)
    return _moved_forces(cand, passive, index, lexicon) if head is None else []


def _moved_forces(cand: Candidate, passive, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The owner of forces a passive says are moved with no agent: their possessor ("its troops"), else,
    when no owner is named, the reporter (``stationed.unowned_forces``)."""
    armed = frozenset(lexicon.semantics["conventions"]["armed_nouns"])
    if passive is None or passive.lemma_.lower() not in armed:
        return []
    owners = [m for c in passive.children if c.dep_ == "poss" for m in actors_under(c, index)]
    return owners or (reporter(cand.token, index) if unowned_forces(passive, index, armed) else [])


def from_sources(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The doer of a verbal reaction named by a noun with ``from``: "condemnation from the EU",
    "calls from the opposition" (not for acts whose ``from`` is a place left: "withdrawal from")."""
    if cand.entry.type not in lexicon.words["reaction_types"] | {"REJECT", "SUPPORT"} or "from" in cand.entry.targets:
        return []
    return [m for h in object_heads(cand.token, ("from",), direct=False) for m in actors_under(h, index)]


def home_base(head, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The home of an unlocated subject: "a newspaper based in Beirut", "a group headquartered in
    Trinidad" -- the place a doer is based in stands for its country."""
    for clause in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in lexicon.words["base_verbs"]):
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
            found = actors_under(prep, index, prepositions=frozenset({"in", "at", "of"}))
            if found:
                return found
    return []


def unnamed_agent(token, index: MentionIndex, lexicon: Lexicon) -> bool:
    """True when the doer is present but not a located actor -- "prisoners rioted", "a roadside
    bombing killed", "X was killed" (no agent) -- rather than absent from a dependent clause;
    never for a natural cause ("a fire destroyed 200 homes")."""
    if token.pos_ in ("NOUN", "PROPN"):  # a nominal act as the doer: "a roadside bombing killed"
        return token.dep_ in ("ROOT", "nsubj", "nsubjpass") or recall14.died_in_attack(token, lexicon)
    head, passive = subject_head(token)
    if passive is not None and head is None:
        return True
    if head is None:
        return False
    if head.pos_ == "PROPN" and head.ent_type_ in ("PERSON", ""):
        return False  # "Usman Khan stabbed ...": a named person, not an unnamed doer the place stands for
    return not index.at(head) and head.pos_ in ("NOUN", "PROPN") and \
        head.lemma_.lower() not in lexicon.words["non_agents"]


def agentless(token, lexicon: Lexicon) -> bool:
    """A passive verb with no agent and no doer word ("was shot and killed in Portland"; not
    "killed in a suicide bombing in Jalalabad", whose bombing is the unnamed doer)."""
    if token.pos_ in ("NOUN", "PROPN"):
        return False
    head, passive = subject_head(token)
    doers = lexicon.semantics["unnamed_doers"]
    named = any(o.lemma_.lower() in doers for p in token.children if p.dep_ in ("prep", "agent")
                for o in p.children if o.dep_ == "pobj")
    return passive is not None and head is None and not named


def verbal_anchor(cand: Candidate, lexicon: Lexicon):
    """The verb whose subject does the act: the trigger itself, or for a nominal trigger the light
    verb it is the object of ("Judge X opened an investigation")."""
    token = cand.token
    if cand.entry.pos != "noun":
        return token
    light = token.dep_ == "dobj" and word_forms(token.head) & lexicon.words["light_verbs"]
    return token.head if light else None


def by_agent(cand: Candidate):
    """The ``by`` object of a nominal act ("protests by students"), else None."""
    if cand.entry.pos != "noun":
        return None
    return next((o for p in cand.token.children if p.dep_ == "prep" and p.lower_ == "by"
                 for o in p.children if o.dep_ == "pobj"), None)


def counted(head, quantities: frozenset[str]):
    """The people a quantity subject counts: "Tens of thousands of protesters" -> protesters."""
    while head.lemma_.lower() in quantities:
        objects = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if not objects:
            break
        head = objects[0]
    return head


def sole_country(token, index: MentionIndex, quantities: frozenset[str] = frozenset(),
                 lexicon: Lexicon | None = None, head=None, sectors=None) -> list[Mention]:
    """For a person or a sector-typed doer the actors stage found but could not place ("Lt. Gen.
    Prosper Avril resigned to allow Haiti's first elections", "government forces began deploying"),
    the one country the sentence names, if it names only one:
    a human coder reads the unknown person's country from that context (rule suffix ``~context``); a firm (BUS)
    only from a side, never from a place name ("the carmaker withdrew from Russia": it trades abroad; "the
    accountancy firm urged Mr Brown to": the chancellor's country).
    The doer is the subject of ``token``, or ``head`` when given (a nominal act's ``by`` agent); with
    ``sectors``, only a doer of those sectors (an accuser the text places by its role: the opposition,
    lawmakers, a court -- not rights groups or journalists, often foreign; round 23, e65)."""
    if head is None:
        head, _ = subject_head(token)
    head = counted(head, quantities) if head is not None else None
    unresolved = index.unresolved.get(head.i) if head is not None else None
    if unresolved is None or not (head.ent_type_ == "PERSON" or (unresolved.actor and unresolved.actor.sector)):
        return []
    if sectors is not None and (unresolved.actor is None or unresolved.actor.sector not in sectors):
        return []
    if unresolved.actor is not None and PATRON_MARK in (unresolved.actor.entry or ""):
        return []  # "Iran's proxy militias clashed with US troops": not the opponent's (review r30d)
    sentence = token.sent
    mentions = [m for t in sentence for m in index.at(t) if not name_part(t, index)  # not "the Gulf of Mexico",
                and not (lexicon is not None and credit_part(t, index, lexicon))]  # nor "ABC of Australia reported"
    if unresolved.actor is not None and unresolved.actor.sector == "BUS":
        mentions = [m for m in mentions if m.label != "GPE"]  # "the carmaker withdrew from Russia" (r33)
    countries = {m.actor.country for m in mentions}
    if len(countries) != 1:
        return []
    # the unknown doer keeps its own words and sector ("government forces" -> MIL), with the country
    sector, entry = (unresolved.actor.sector, unresolved.actor.entry) if unresolved.actor else (None, None)
    actor = Actor(country=next(iter(countries)), sector=sector, entry=f"context:{entry or unresolved.text}")
    return [replace(unresolved, actor=actor)]


def quoted_speaker(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The speaker's side for an act told in the first person inside a quote ("We condemn the
    strikes," the minister said): see ``events/speech.py``."""
    anchor = verbal_anchor(cand, lexicon)
    if anchor is None or index.speakers is None:
        return []
    head, _ = subject_head(anchor)
    return index.speakers.of(head) if head is not None and head.pos_ == "PRON" else []


def unplaced_attackers(token, coding, sources, index, lexicon: Lexicon, targets=()):
    """The sources of an attack by no named doer that the place rule gave the place's country,
    with no country (rule suffix ``~unplaced``): "a car bomb exploded at a police academy in
    Bogota" -- the conventions code an unnamed doer "with country and sector from context when the
    text fixes them, else no country"; the place where it struck is no doer. A crowd of the place
    ("protesters stormed the embassy") keeps it; every other row is unchanged. An armed force of the
    place named in the story fixes the doer's country from context, unless it is the state's forces
    (MIL) among the row's ``targets``: soldiers killed in the attack are its victims, not its doers
    (round 17); militants among the dead of a gun battle may well have fought it, and still fix it."""
    victims = recall14.died_in_attack(token, lexicon)  # "20 people die in an attack": the subject is no doer
    if coding.type not in lexicon.semantics["unnamed_doer_types"] or "~place" not in coding.rule or \
            (placed_crowd(token, lexicon) and not victims) or not any(m.actor and m.actor.country for m in sources):
        return coding, sources
    head = token if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass") or victims \
        else subject_head(token)[0]
    if head is not None and any(t.pos_ == "PROPN" for t in head.subtree if t.i < head.i):
        return coding, sources  # "Jundallah militants set off a bomb in Zahedan": a named group the place places
    if any(m.label == "NORP" for m in sources):
        return coding, sources  # "injured in a Russian drone attack": the attack's adjective names its doer
    if any(t.dep_ == "pobj" and t.head.lower_ == "between" for t in token.sent):
        return coding, sources  # "injured in clashes between protesters and police in Bucharest": its sides named
    local = set(lexicon.semantics["precision"]["local_doer_words"]) | lexicon.words["crowd_nouns"]
    if any(t.lemma_.lower() in local or t.lower_ in local for t in token.sent):
        return coding, sources  # "separatist fighters", "killed during protests across Tunisia": the place's people
    countries = {m.actor.country for m in sources if m.actor}
    struck = {(m.start, m.end) for m in targets if m.actor and m.actor.sector == "MIL"}  # "soldiers were killed in X"
    if not any(m.actor.sector for m in sources if m.actor):  # a blast, not "rebels": the soldiers killed are
        struck |= {(m.start, m.end) for i in harmed_tokens(token.sent, lexicon)  # victims ("8 soldiers are killed
                   for m in index.by_token.get(i, ()) if m.actor and m.actor.sector == "MIL"}  # by an explosion")
    if any(m.actor.sector in ("REB", "MIL") and m.actor.country in countries and (m.start, m.end) not in struck
           for found in index.by_token.values() for m in found):
        return coding, sources  # the story names an armed force of the place ("the Taliban claimed it"): context
    doers = unplaced_doer(token, index, lexicon) or [
        replace(m, actor=replace(m.actor, country=None, code=None, entry=f"unnamed:{m.actor.entry}"))
        for m in sources if m.actor is not None]
    return replace(coding, rule=coding.rule + "~unplaced"), doers

