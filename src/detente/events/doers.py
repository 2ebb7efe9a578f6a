"""Doers of acts beyond a verb's subject: of nominal acts (possessor, ``by`` agent, modifier,
light verb: :func:`noun_sources`, moved here from ``coder.py``), and those the parse leaves
implicit -- the holder of a document that acts, the state behind a passive act of coercion, the
owner of troops that "were deployed", the body one is expelled from.

Each is a general construction of news English, not of one sentence:

- "he has evidence that implicates Israel", "Congress passed a bill that sanctions Russia": the
  relative clause's subject is the document; its holder does the act (:func:`carrier_holder`).
- "Opposition leader X was arrested", "an officer is demoted": a passive act of coercion with no
  agent and no place is done by the state of the one it is done to (rule suffix ``~state``);
  the gold conventions code the unnamed doer "from context when the text fixes it", and for
  arrests, detentions, sentences and demotions of a country's own people the text does.
- "The Brazilian military is deployed to the border": the passive subject of a movement verb is
  the mover, not its target (rule suffix ``~mover``).
- "X is expelled from the Labour Party": the body one is expelled or suspended from is the doer
  of the sanction (rule suffix ``~from``).
- "Unidentified gunmen killed five Turkish soldiers", "a car bomb killed twelve Kenyan police
  officers": an attacker the text does not place is a source with no country, its sector from
  its noun (rule suffix ``~unnamed``); the place of an attack places the attacker only when the
  victims are of that country (:func:`foreign_victims`).

The doers of crowd acts (a protest's place or story country, "opponents of", followers, an
"anti-government" protest's target) are in the sibling module ``crowd_doers.py``.
"""

from __future__ import annotations

from dataclasses import replace

from detente.events.agentless import legal_release
from detente.events.arguments import (
    SOURCE_PREPOSITIONS,
    MentionIndex,
    actors_under,
    agentless_passive,
    is_place_name,
    object_heads,
    passive_marks,
    shared_passive_subject,
    subject_head,
    unnamed_doer,
)
from detente.events.context import coordinated, place_sources
from detente.events.envoys import host_state
from detente.events.holders import enacting_instrument, holder
from detente.events.lexicon import Lexicon
from detente.events.located import located_story
from detente.events.moods import in_protest
from detente.events.recall14 import died_in_attack
from detente.events.relatives import RELATIVE_PRONOUNS, performing_clauses
from detente.events.triggers import Candidate, Coding, predicate_noun
from detente.events.victims import attack_doers, harmed_abroad
from detente.nlp import columns, doc_text, heads, span_of
from detente.records import Actor, Mention

BODY_SECTORS = frozenset({"PTY", "LEG", "IGO", "GOV", "OPP"})
"""Sectors of a body that expels or suspends its members."""


def carrier_holder(token, head, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The holder of a document or proof whose relative clause does the act: "he has evidence that
    implicates Israel", "Congress passed a bill that sanctions Russia" -- the one who has, passes
    or issues it (the subject of the verb the noun is the object of)."""
    if token.dep_ != "relcl" or head.lemma_.lower() not in lexicon.words["carrier_nouns"] or head.dep_ != "dobj":
        return []
    holder, _ = subject_head(head.head)
    return actors_under(holder, index, prepositions=SOURCE_PREPOSITIONS) if holder is not None else []


def passive_doers(cand: Candidate, coding: Coding, index: MentionIndex,
                  lexicon: Lexicon) -> tuple[list[Mention], str] | None:
    """``(sources, rule suffix)`` for an agentless passive the doer of which the text fixes, else None."""
    subject = agentless_passive(cand, conjunct=True)  # "were detained and charged": the one subject
    if subject is None:
        return None
    if hosts := host_state(cand, index, lexicon):
        return hosts, "~host"  # "the British ambassador to Iran was summoned": Iran summons (e93)
    done_to = actors_under(subject, index)
    countries = {m.actor.country for m in done_to if m.actor.country}
    if len(countries) != 1:
        return None
    if coding.type == "SANCTION" and (bodies := _bodies_from(cand.token, countries, index)):
        return bodies, "~from"  # "Corbyn is expelled from the Labour Party": the party expels
    if cand.token.lemma_.lower() in lexicon.words["expulsion_verbs"] and \
            (states := _state_from(cand.token, countries, index)):
        return states, "~from"  # "the Russian ambassador was expelled from Poland": Poland expels
    if coding.type in lexicon.words["mover_types"] and cand.token.lemma_.lower() in lexicon.words["mover_verbs"]:
        movers = [m for m in done_to if m.actor.sector in ("MIL", "COP")]
        return (movers, "~mover") if movers else None
    state = lexicon.semantics["state_doers"].get(coding.type)
    if subject.lemma_.lower() in lexicon.semantics["state_bodies"]:
        return None  # "the US government is shut down": the state does not act on itself
    done_to = [m for m in done_to if m.actor.sector in lexicon.semantics["state_subjects"]]
    if state is None or not done_to or _named_elsewhere(cand.token, countries, index):
        return None  # citizens and journalists are often held abroad: their state is no safe doer
    doer = done_to[0]
    return [replace(doer, actor=Actor(country=doer.actor.country, sector=state,
                                      entry=f"state:{doer.actor.entry or doer.text}"))], "~state" + passive_marks(cand)


DEFINITE = frozenset({"the", "this", "that", "these", "those"})
EARLIER_WINDOW = 120
"""Tokens back a definite description looks for the actor it names again."""


def earlier_role(token, index: MentionIndex) -> list[Mention]:
    """The actor a definite role description names again: "Chile's defence minister arrived in
    Lima. The minister criticised Peru" -- the unplaced subject "the minister" (a role the actors
    stage typed but could not place) is the nearest earlier located mention whose head word and
    sector are its own, within a few sentences (rule suffix ``~earlier``). Read before the one
    country of the sentence, which may be the act's own target."""
    head, _ = subject_head(token)
    unresolved = index.unresolved.get(head.i) if head is not None else None
    if unresolved is None or unresolved.actor is None or not unresolved.actor.sector or \
            not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
        return []
    doc, lemma, sector = token.doc, head.lemma_.lower(), unresolved.actor.sector
    for i in range(head.i - 1, max(-1, head.i - EARLIER_WINDOW), -1):
        if doc[i].lemma_.lower() != lemma:
            continue
        found = [m for m in index.at(doc[i]) if m.actor.sector == sector]
        if found:
            actor = replace(found[0].actor, entry=f"earlier:{found[0].actor.entry or found[0].text}")
            return [replace(unresolved, actor=actor)]
    return []


STORY_PEOPLE_PRONOUNS = frozenset({"he", "she", "they"})
"""Pronoun subjects of a passive legal act that stand for people of the story."""


def story_state(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> tuple[list[Mention], list[Mention]]:
    """The state of the story's country as the doer of an agentless passive legal act on people
    the sentence does not place: "The nine men were prosecuted for 22 crimes", "One suspect was
    arrested last week", "They were charged with fraud" in a story told in one country
    (``homes.story_countries``: the paragraph's or the article's one country). The police,
    courts or government of that country do such acts (``story_state_verbs`` gives the sector;
    rule suffix ``~story``). Never when the sentence names an actor of another country ("two Americans were
    arrested in Iran" is not the Americans' state acting). Returns ``(doers, acted on)``: the
    people acted on are the story country's own, in their own sector (else CVL). With no story
    country, the one country of the places the paragraph says it happened in (``events.located``,
    round 24, e67: "62 people are arrested" after "clashes in Amsterdam, Netherlands"), read the
    same way (people placed by their own words are still left out)."""
    sector = lexicon.semantics["story_state_verbs"].get(cand.token.lemma_.lower()) or \
        lexicon.semantics["recall14"]["legal_entries"].get(cand.entry.id) or \
        legal_release(cand, lexicon)  # "was taken into custody", "was released on bail"
    if cand.entry.id in lexicon.semantics["undergo_entries"]:  # "both parents faced twelve counts"
        sector = lexicon.semantics["undergo_entries"][cand.entry.id]
        subject = subject_head(cand.token)[0]
    else:
        subject = agentless_passive(cand, conjunct=True) if sector else None  # "is arrested and charged"
        if subject is None and sector and legal_release(cand, lexicon):
            subject = shared_passive_subject(cand.token)  # "..., was released on bail" after "was arrested"
    if subject is None or not _people(subject, lexicon):
        return [], []
    sentence = cand.token.sent
    story = index.story.get(sentence.start) or located_story(sentence, index)  # "in Amsterdam, Netherlands"
    if story is None or {m.actor.country for t in sentence for m in index.at(t)} - {story[0]}:
        return [], []
    span = subject.doc[subject.left_edge.i: subject.i + 1]
    if any(index.at(t) for t in span if t.pos_ != "PRON"):
        return [], []  # "Two American journalists were detained": people placed by their words, often held abroad
    people = index.unresolved.get(subject.i)
    own = people.actor.sector if people is not None and people.actor is not None else None
    acted_on = Mention(text=span.text, start=span.start_char, end=span.end_char, sentence=0, label="ROLE",
                       actor=Actor(country=story[0], sector=own or "CVL", entry=f"story:{story[1]}"))
    # the doer is named by no words: an empty span at the trigger
    doer = unnamed_doer(cand.token, Actor(country=story[0], sector=sector, entry=f"state:{story[1]}"))
    return [doer], [acted_on]


def _people(subject, lexicon: Lexicon) -> bool:
    """A subject that names people, not a state body or a thing: "nine men", "a suspect", "they"."""
    if subject.pos_ == "PRON":
        return subject.lower_ in STORY_PEOPLE_PRONOUNS
    return subject.lemma_.lower() in lexicon.words["person_nouns"] or \
        subject.lemma_.lower() in lexicon.semantics["story_state_people"]


def _bodies_from(token, countries: set[str], index: MentionIndex) -> list[Mention]:
    """The party or body after "from" ("expelled from the Labour Party"); one the actors stage left
    without a country is the expelled member's own (a party expels its own members)."""
    found = []
    for head in object_heads(token, ("from",), direct=False):
        mention = (actors_under(head, index) or [index.unresolved.get(head.i)])[0]
        if mention is None or mention.actor is None or mention.actor.sector not in BODY_SECTORS:
            continue
        if not mention.actor.country:
            mention = replace(mention, actor=replace(mention.actor, country=next(iter(countries))))
        found.append(mention)
    return found


def _state_from(token, countries: set[str], index: MentionIndex) -> list[Mention]:
    """The country one is expelled, deported or banned from, as its government ("the Russian
    ambassador was expelled from Poland"): a country name (no sector, or GOV) after "from" that is
    not the country of the one acted on."""
    found = []
    for head in object_heads(token, ("from",), direct=False):
        for mention in actors_under(head, index)[:1]:
            actor = mention.actor
            if actor is not None and actor.country and actor.country not in countries and \
                    actor.sector in (None, "", "GOV"):
                found.append(replace(mention, actor=replace(actor, sector="GOV")))
    return found


def _named_elsewhere(token, countries: set[str], index: MentionIndex) -> bool:
    """True when the sentence names another country than the one acted on ("two Americans were
    arrested in Iran": the arresting state is not theirs)."""
    named = {m.actor.country for t in token.sent for m in index.at(t) if m.actor and m.actor.country}
    return bool(named - countries)


def reporter(token, index: MentionIndex, pronoun=None) -> list[Mention]:
    """Actors of the verb that reports the trigger's clause, for an unresolved pronoun subject:
    in "Syria says it will not accept refugees", "it" is the reporter -- not in "Officials said it
    killed nine people" (a plural reporter is no "it")."""
    current = token
    for _ in range(4):
        if current.dep_ == "ccomp":
            subject = next((c for c in current.head.children if c.dep_ == "nsubj"), None)
            if subject is None or (pronoun is not None and pronoun.lower_ == "it" and subject.tag_ == "NNS"):
                return []
            return actors_under(subject, index)
        if current.dep_ not in ("conj", "xcomp", "advcl", "acomp") or current.head.i == current.i:
            return []
        current = current.head
    return []


def word_forms(token) -> set[str]:
    """Lemma and crude stems of a verb, for list lookups that must survive lemmatizer slips
    ("staged" is lemmatized "stag")."""
    lower = token.lower_
    return {token.lemma_.lower(), lower, lower[:-1], lower[:-2], lower[:-3]}


def noun_sources(token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Possessor or ``by`` agent ("Russia's annexation", "an attack by rebels"); a modifier ("US
    sanctions") when the noun is an argument of a verb; the mover of a noun of movement ("the
    withdrawal of Syrian troops"); else the subject of the light verb whose object it is ("held
    talks", "launched 10 days of war games", "launched a mediation effort", "sat down for talks")."""
    for child in token.children:
        if child.dep_ == "nsubj" and token.dep_ == "ROOT" and (found := actors_under(child, index)):
            return coordinated(child, found, index)  # "the US and UK launch airstrikes" parsed as a noun ROOT
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "by"):
            head = child if child.dep_ == "poss" else next(iter(child.children), None)
            found = actors_under(head, index) if head is not None else []
            if found:
                return found
    if found := _misplaced_by(token, index):
        return found
    if in_protest(token, lexicon):  # "traders shut their shops in protest": the verb's doer protested
        head, _ = subject_head(token.head.head)
        return actors_under(head, index, prepositions=SOURCE_PREPOSITIONS) if head is not None else []
    argument = token.head.pos_ in ("VERB", "AUX") or token.dep_ in ("ROOT", "nsubj", "nsubjpass", "dobj", "conj")
    modifiers = [m for c in token.children if c.dep_ in ("compound", "amod", "nmod")
                 for m in actors_under(c, index) if not is_place_name(m)]
    if argument and modifiers:
        return modifiers
    if token.dep_ == "pobj" and (armed := [m for m in modifiers if m.actor.sector in lexicon.words["armed_sectors"]]):
        return armed  # "killed during a Nigerian Air Force airstrike"; not "the Saudi oil facilities attacks"
    if token.dep_ == "pobj" and token.head.lower_ in ("in", "during") and \
            (token.head.head.lemma_.lower() in lexicon.words["impact_verbs"] or died_in_attack(token, lexicon)):
        # "65 people are killed in Israeli airstrikes": the attack's own nationality adjective
        # (a direct modifier, not one of a compound's: "the Saudi oil facilities attacks")
        adjectives = [m for c in token.children if c.dep_ == "amod" and c.ent_type_ == "NORP"
                      for m in index.at(c) if not is_place_name(m)]
        if adjectives:
            return adjectives
    if found := attack_doers(token, index, lexicon):  # "were killed in a US drone attack": the US (round 15)
        return found
    of_agent = _of_agent(token, index, lexicon)
    if of_agent:
        return of_agent
    found = participle_agents(token, index, lexicon) or attributed_to(token, index, lexicon) or \
        relative_doers(token, index, lexicon)
    if found:
        return found
    # "launched a mediation effort", "a series of raids", "an aid package", "$5 million in aid"
    found = light_doers(holder(token, lexicon.words), index, lexicon)
    if not found and (instrument := enacting_instrument(token, lexicon.words)) is not None:
        found = light_doers(instrument, index, lexicon)  # "passed a bill imposing sanctions" (round 24)
    return found


def light_doers(token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The subject of the light verb whose object (or argument) the phrase ``token`` is."""
    verb = token.head if token.dep_ != "pobj" else token.head.head
    if token.dep_ == "pobj" and token.head.lower_ == "under":
        return []  # "their bus came under attack": the subject is the target
    light = token.dep_ in ("dobj", "attr", "nsubjpass") or (token.dep_ == "pobj" and token.head.dep_ == "prep" and
                                                            token.head.lower_ not in lexicon.words["background_preps"])
    if light and (verb.pos_ in ("VERB", "AUX") or predicate_noun(verb)) and word_forms(verb) & lexicon.words["light_verbs"]:
        if any(c.dep_ == "neg" for c in verb.children):
            return []  # "did not announce an increase in aid": no act, no doer (round 24 review)
        head, _ = subject_head(verb)
        found = actors_under(head, index, prepositions=SOURCE_PREPOSITIONS) if head is not None else []
        if not found and head is not None and head.pos_ == "PRON":
            found = reporter(verb, index)  # "the SDF announced it had entered into an agreement"
        return found
    return []


def _misplaced_by(token, index: MentionIndex) -> list[Mention]:
    """The ``by`` agent the parse hung on the act's ``of`` object: "the arrest of the opposition
    leader by Russian police" (``by`` under "leader")."""
    for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for by in (g for p in of.children if p.dep_ == "pobj" for g in p.children
                   if g.dep_ == "prep" and g.lower_ == "by"):
            found = [m for p in by.children if p.dep_ == "pobj" for m in actors_under(p, index)]
            if found:
                return found
    return []


def participle_agents(token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The agent of a participle on a nominal act: "an attack conducted by the Taliban", "the
    attack, reportedly conducted by the Taliban" (a reduced clause right after the noun, however the
    parse attached it), "another attack ascribed to the Taliban", "a bombing blamed on the PKK"."""
    clauses = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    after = token.right_edge.i + 1
    clauses += [c for c in token.head.head.children if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN"
                and c.left_edge.i in (after, after + 1) and c.i > token.i] if token.dep_ == "pobj" else []
    for clause in clauses:
        attributed = clause.lemma_.lower() in lexicon.words["attribution_verbs"]
        for link in (c for c in clause.children if c.dep_ == "agent" or
                     (attributed and c.dep_ == "prep" and c.lower_ in ("to", "on"))):
            found = [m for p in link.children if p.dep_ == "pobj" for m in actors_under(p, index)]
            if found:
                return found
    return []


def relative_doers(token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The subject of a relative clause that performs the nominal act: "the airstrikes the United
    States carried out in Yemen", "the raids that Turkish jets launched" (``relatives``, issue 13
    round 30). A clause of another verb ("the raids that Turkish jets survived") lends no doer."""
    for clause in performing_clauses(token, lexicon.words["light_verbs"]):
        head, _ = subject_head(clause)
        if head is not None and head.tag_ not in RELATIVE_PRONOUNS and \
                (found := actors_under(head, index, prepositions=SOURCE_PREPOSITIONS)):
            return coordinated(head, found, index)
    return []


def attributed_to(token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The doer a nominal act is laid on when it is the subject of an attribution verb: "the attack
    on the embassy was blamed on al-Shabaab", "the bombing was attributed to the PKK"."""
    verb = token.head
    if token.dep_ != "nsubjpass" or verb.lemma_.lower() not in lexicon.words["attribution_verbs"]:
        return []
    return [m for h in object_heads(verb, ("to", "on"), direct=False) for m in actors_under(h, index)]


def _of_agent(token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The owner of what moves, for nouns of movement: "the deployment of NATO troops", "the
    withdrawal of Syrian forces" (the ``of`` object's actors, not a target)."""
    if token.lemma_.lower() not in lexicon.words["of_agent_nouns"]:
        return []
    return [m for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
            for pobj in c.children if pobj.dep_ == "pobj" for m in actors_under(pobj, index)]


def unplaced_doer(token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """An unnamed doer the text does not place, as a source with no country (rule suffix
    ``~unnamed``): "Unidentified gunmen killed five Turkish soldiers" (the gunmen: their typed
    sector, no country), "A car bomb killed twelve Kenyan police officers" (the bomb: no sector,
    no country). The gold conventions code an unnamed doer "with country and sector from context
    when the text fixes them, else no country"; the rows keep the doer's words as evidence."""
    if token.pos_ in ("NOUN", "PROPN"):  # "a car bomb killed ...": the nominal act is the doer
        head = token if token.dep_ in ("nsubj", "nsubjpass") else None
    else:
        head, _ = subject_head(token)
    if head is None:
        return []
    doer = index.unresolved.get(head.i)
    if doer is not None and doer.actor is not None and doer.actor.sector:
        actor = Actor(country=None, sector=doer.actor.sector, entry=f"unnamed:{doer.actor.entry or doer.text}")
        return [replace(doer, actor=actor)]
    sectors = lexicon.semantics["unnamed_doers"]
    if head.pos_ != "NOUN" or head.lemma_.lower() not in sectors or index.at(head):
        return []
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("punct", "cc")]
    start, end = words[0].idx, head.idx + len(head)
    sentence = next(i for i, s in enumerate(head.doc.sents) if s.start <= head.i < s.end)
    actor = Actor(country=None, sector=sectors[head.lemma_.lower()],
                  entry=f"unnamed:{head.lemma_.lower()}")
    return [Mention(text=doc_text(head.doc)[start:end], start=start, end=end, sentence=sentence, label="ROLE", actor=actor)]


def foreign_victims(token, coding: Coding, sources: list[Mention], targets: list[Mention],
                    lexicon: Lexicon) -> bool:
    """True when the place rule gave an unnamed attacker the country of the place but the victims
    are of other countries: the text does not fix the attacker's country (the gold conventions:
    "else no country"); at home ("an attack on an armoury in Dondo killed Mozambican soldiers")
    the place stands, and so it does for a crowd of the place ("protesters stormed the US embassy
    in Baghdad": Iraqi protesters, as a reader takes them)."""
    if coding.type not in lexicon.semantics["unnamed_doer_types"] or placed_crowd(token, lexicon):
        return False
    victims = {m.actor.country for m in targets if m.actor is not None and m.actor.country}
    return bool(victims) and not victims & {m.actor.country for m in sources if m.actor is not None}


def placed_crowd(token, lexicon: Lexicon) -> bool:
    """The doer is a crowd the place it acts in makes local (protesters, demonstrators, students,
    residents, a mob): a person noun of the semantics' ``person_nouns`` or a crowd word, not an
    armed unnamed doer."""
    head, _ = subject_head(token)
    if head is None:
        return False
    lemma = head.lemma_.lower()
    return lemma not in lexicon.semantics["unnamed_doers"] and \
        (lemma in lexicon.words["person_nouns"] or lemma in lexicon.words["crowd_nouns"])


def placed_weapon(token, sources: list[Mention], lexicon: Lexicon) -> bool:
    """True when an attack's doer is an unnamed doer noun ("a roadside bomb", "gunmen") and the
    only actors found inside it are the place it acted in ("killed by a roadside bomb in
    northern Syria"): the place rule's case, found by the argument rules."""
    head, _ = subject_head(token)
    if not sources or head is None or head.lemma_.lower() not in lexicon.semantics["unnamed_doers"]:
        return False
    doc = token.doc
    spans = [span_of(doc, m) for m in sources]
    return all(span is not None and span.root.i != head.i and place_part(span.root, m, lexicon)
               for span, m in zip(spans, sources, strict=True))


def armed_unnamed(anchor, coding: Coding, index: MentionIndex, lexicon: Lexicon) -> bool:
    """"Gunmen killed five Turkish soldiers": an attack by an unnamed armed doer, whom the
    sentence's one country (the victims') does not place -- left to ``~unnamed``, no country.
    A sentence that names the place ("Gunmen shoot dead the police chief of Aden's Tawahi
    district") places the act at home, as the place rule does."""
    head, _ = subject_head(anchor)
    if coding.type not in lexicon.semantics["unnamed_doer_types"] or head is None or \
            head.lemma_.lower() not in lexicon.semantics["unnamed_doers"]:
        return False
    return not any(m.label in ("GPE", "LOC", "FAC") or place_part(t, m, lexicon) for t in anchor.sent for m in index.at(t))


def place_part(token, mention: Mention, lexicon: Lexicon) -> bool:
    """True for a mention that names where something happens, not a side: a capital read as a
    place ("battles raged in central Baghdad"), or a country or city as the object of a locative
    preposition ("unrest in Montenegro")."""
    if (mention.actor.entry or "").endswith("#place"):
        return True
    cols, head_of = columns(token.doc), heads(token.doc)  # the walk up read from the arrays: no Token per step
    current = token.i
    while cols.dep[current] in ("compound", "conj", "amod") and head_of[current] != current:
        current = head_of[current]
    return cols.dep[current] == "pobj" and cols.lower[head_of[current]] in lexicon.words["locative_prepositions"] \
        and mention.actor.sector in (None, "CVL")


def struck_at_place(token, sources: list[Mention], index: MentionIndex,
                    lexicon: Lexicon) -> tuple[list[Mention], list[Mention]]:
    """Sources and targets of an attack the place rule placed by a body it struck ("a bomb
    explodes at offices of Pakistan's Federal Investigation Agency", "a car bomb explodes near
    Northern Ireland's MI5 headquarters"): the body with a sector, not a place, is what the attack
    hit (the target, which the text names); the doer keeps the place's country -- the other
    places of the phrase, else the struck body's own (an attack at home), with the unnamed doer's
    words. Unchanged when no such body is found or no doer words are left."""
    doc = token.doc
    spans = [span_of(doc, m) for m in sources]
    text = doc_text(doc)
    struck = [m for m, span in zip(sources, spans, strict=True) if span is not None and
              not text[max(m.start - 5, 0):m.start].lower().endswith("anti-") and  # an "anti-Taliban" office
              m.label not in ("GPE", "LOC", "FAC") and
              m.actor is not None and (m.label == "ORG" or m.actor.sector not in (None, "CVL")) and
              not (m.actor.entry or "").startswith("place:") and  # the doer the place rule placed
              not place_part(span.root, m, lexicon)]
    if not struck:
        return sources, []
    places = [m for m in sources if m not in struck]
    countries = {m.actor.country for m in struck}
    if not places and len(countries) == 1:
        places = [replace(d, actor=replace(d.actor, country=next(iter(countries)), entry=f"place:{d.actor.entry}"))
                  for d in unplaced_doer(token, index, lexicon)]
    return (places, struck) if places else (sources, [])


def at_place(token, sources: list[Mention], index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The place an attack the place rule placed happened in, as its target when the text names
    nothing else it hit: "militants set off a bomb in Zahedan, Iran" (IRN -> IRN), "a car bomb
    exploded in Kandahar" -- a bombing of a place is aimed at the place (the conventions: the target
    is empty only when the text names none). Only the place's own country, the one the doer took;
    a country with no sector is its people there (CVL). Those the sentence says were killed or
    wounded, when of another country, are the target instead (``victims.harmed_abroad``)."""
    own = {m.actor.country for m in sources if m.actor}
    if len(own) != 1:
        return []
    if victims := harmed_abroad(token, own, index, lexicon):
        return victims  # "five Pakistani soldiers are killed by a blast in Jammu": the soldiers, not Jammu
    return [m if m.actor.sector else replace(m, actor=replace(m.actor, sector="CVL", code=None))
            for m in place_sources(token, index, lexicon) if m.actor and m.actor.country in own and
            not _modifier(m, token.doc, lexicon)]  # "injured in a Russian drone attack": the doer's adjective


def _modifier(mention: Mention, doc, lexicon: Lexicon) -> bool:
    """A mention that modifies another noun ("Russian" in "a Russian drone attack", "Saudi" in "the
    Saudi oil facilities attacks") rather than naming a place -- unless that noun is itself a place
    ("the southern Philippines province of Bukidnon")."""
    span = span_of(doc, mention)
    if span is None or span.root.dep_ not in ("amod", "compound", "nmod"):
        return mention.label == "NORP"
    return span.root.head.lemma_.lower() not in lexicon.semantics["place_head_nouns"]


def placed_doers(token, sources: list[Mention], targets: list[Mention], index: MentionIndex,
                 lexicon: Lexicon) -> list[Mention]:
    """The sources of an attack on a place that are that place's own mention ("a bomb exploded in
    Kabul": the place stands for the unnamed doer and is the target): the unnamed doer's own words
    with the place's country ("a bomb", as :func:`struck_at_place` gives it), else the place with
    no sector -- so the row is not one side acting on itself."""
    spans = {(m.start, m.end) for m in targets}
    if not any((m.start, m.end) in spans for m in sources):
        return sources
    country = next(m.actor.country for m in sources if (m.start, m.end) in spans)
    doers = [replace(d, actor=replace(d.actor, country=country, entry=f"place:{d.actor.entry}"))
             for d in unplaced_doer(token, index, lexicon)]
    return doers or [replace(m, actor=Actor(country=m.actor.country, sector=None, entry=f"place:{m.actor.entry}"))
                     if (m.start, m.end) in spans else m for m in sources]
