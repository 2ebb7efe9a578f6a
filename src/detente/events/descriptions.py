"""Event words that describe rather than tell an act (issue 13, round 30, branch e89; tested in
``tests/events/test_round30_e89.py`` on made-up sentences).

- Part of a name (``named_event``): "the House Committee on the January 6 Attack" -- a capitalised
  event noun inside running text names a body or an event, no act told.
- A practice (``habitual``): "works with his counterpart every day", "the ministers meet regularly",
  "part of regular meetings", "hold regular talks" -- a meeting or cooperation told as what happens
  as a rule, with no occasion, is a description of a relationship ("met his counterpart on Monday"
  and "attended the annual summit" are acts).
- An accident looked into (``accident_inquiry``): "investigate the cause of the helicopter crash" --
  an inquiry into an accident or an outbreak of an illness accuses no one ("investigate the death
  of the journalist", "the outbreak of fighting", "the leak of a memo" stay ACCUSE).
- A thing put at risk (``endangered_thing``, round 31, e92): "the plan threatens thousands of jobs",
  "the advance threatens the peace process" -- "threaten" as endanger, no threat made to anyone
  ("threatened the rebels with air strikes", "threatened Ukraine" stay).
"""

from __future__ import annotations

from detente.events.lexicon import Lexicon

HABITUAL_TYPES = frozenset({"CONSULT", "COOPERATE"})
"""Types whose trigger can tell a standing relationship rather than an occasion."""

FREQUENCY_ADVERBS = frozenset({"always", "usually", "often", "regularly", "routinely", "frequently",
                               "habitually", "constantly", "daily", "weekly", "monthly"})
"""Adverbs of how often something happens as a rule."""

FREQUENCY_ADJECTIVES = frozenset({"regular", "routine", "frequent", "periodic", "habitual"})
"""Adjectives of a meeting held as a rule ("regular meetings"; "annual summit" names one occasion,
"the ongoing talks" one in progress)."""

INQUIRY_LEMMAS = frozenset({"investigate", "probe", "investigation", "inquiry", "enquiry"})
"""Triggers of an inquiry (ACCUSE when it looks into a wrongdoing)."""

CAUSE_NOUNS = frozenset({"cause", "causes", "circumstance", "circumstances", "origin", "origins"})
"""Nouns whose "of" object is what an inquiry looks into ("the cause of the crash")."""

ACCIDENTS = frozenset({"crash", "accident", "collision", "derailment", "collapse", "epidemic",
                       "pandemic", "flood", "flooding", "landslide", "avalanche", "wildfire", "earthquake",
                       "sinking", "capsizing", "disease", "virus", "blackout", "outage", "spill"})
"""What an inquiry into accuses no one (fires and explosions can be arson or bombs: not listed; a leak
only of a substance, see ``LEAKED_SUBSTANCES``; an outbreak unless of violence, see ``VIOLENCE``)."""

VIOLENCE = frozenset({"fighting", "violence", "war", "hostility", "hostilities", "unrest", "clash", "clashes",
                      "riot", "riots", "rioting"})
"""What an outbreak is someone's act of ("the outbreak of fighting", "an outbreak of violence"); any other
outbreak -- of an illness, named or not ("the Zika outbreak", "the outbreak at a hospital") -- is an
accident (review r30e: a list of illnesses always misses one)."""


def named_event(token) -> bool:
    """True for a capitalised event noun inside a larger name in running text ("the Committee on the
    January 6 Attack"): part of a name. Not the sentence's first word, not after a colon, dash or
    quotation mark (a heading's "Topic: Protests erupt"), not in a sentence set mostly in capitals (a
    headline), not the head of its own name ("the Great March of Return" names the act joined)."""
    if token.pos_ not in ("NOUN", "PROPN") or not token.text[:1].isupper() or token.text.isupper():
        return False
    sent = token.sent
    if token.i == sent.start or token.doc[token.i - 1].text in (":", "-", "--", "\u2013", "\u2014", '"', "'", "\u201c", "\u2018", "(") \
            or token.doc[token.i - 1].is_sent_start:
        return False
    words = [t for t in sent if t.is_alpha and t.i != sent.start]
    capitals = sum(t.text[:1].isupper() for t in words)
    return len(words) >= 6 and capitals * 2 < len(words) and _inside_name(token)


def _inside_name(token) -> bool:
    """True when the noun hangs inside a larger capitalised name: the object of a preposition of a
    capitalised noun ("the Committee on the ... Attack") or a compound of one ("the Harbour Bombing
    Inquiry"). A capitalised act noun that heads its own name ("joined the Great March of Return")
    names the act itself, which is told (round 30 review, f67)."""
    if token.dep_ == "compound":
        governors = [token.head]
    elif token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.i > 0:
        prep = token.head  # the parser may hang "into the ... Bombing" on the verb: read the word before too
        governors = [prep.head, token.doc[prep.i - 1]]
    else:
        return False
    return any(g.i != token.i and g.pos_ in ("NOUN", "PROPN") and g.text[:1].isupper() for g in governors)


def _every(token) -> bool:
    """An "every day / week / year" adverbial."""
    return token.dep_ in ("npadvmod", "advmod", "tmod") and any(c.dep_ == "det" and c.lower_ == "every" for c in token.children)


def habitual(token, type_: str | None) -> bool:
    """True for a meeting or cooperation told as a practice: a present-tense verb with an adverb of
    frequency ("meet regularly", "works with him every day"), or a meeting noun called regular."""
    if type_ not in HABITUAL_TYPES:
        return False
    if token.pos_ == "NOUN":
        return any(c.dep_ == "amod" and c.lower_ in FREQUENCY_ADJECTIVES for c in token.children)
    if token.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    return any((c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS) or _every(c) for c in token.children)


def _looked_into(token):
    """What an inquiry trigger looks into: its object, or the object of "into" / "of"."""
    found = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    found += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("into", "of", "on")
              for g in c.children if g.dep_ == "pobj"]
    return found


def accident_inquiry(token, type_: str | None) -> bool:
    """True for an inquiry (ACCUSE) into an accident or an outbreak of an illness, or into its cause ("opened an
    investigation into the ferry accident": the inquiry noun of a light verb)."""
    if type_ != "ACCUSE":
        return False
    inquiries = [t for t in (token, *(c for c in token.children if c.dep_ == "dobj"))
                 if t.lemma_.lower() in INQUIRY_LEMMAS]
    if not inquiries:
        return False
    lookers = {token, *inquiries, *([token.head] if token.dep_ == "dobj" else [])}  # "opened an inquiry into"
    for thing in (t for looker in lookers for t in _looked_into(looker)):
        if thing.lemma_.lower() in CAUSE_NOUNS:
            thing = next(iter(_of_objects(thing)), thing)
        lemma = thing.lemma_.lower()
        if lemma in ACCIDENTS or lemma == "leak" and _of_substance(thing) or \
                lemma == "outbreak" and not _of_violence(thing):
            return True
    return False


LEAKED_SUBSTANCES = frozenset({"gas", "oil", "water", "fuel", "radiation", "radioactive", "chemical", "nuclear",
                               "toxic", "ammonia", "chlorine", "sewage", "methane", "pipeline", "reactor"})
"""What an accidental leak is of ("the radiation leak", "a toxic gas leak"); a leak named by nothing
of these is someone's disclosure ("leaks from the cabinet", "the leak of a memo": review r30f)."""


def _of_substance(leak) -> bool:
    """True when a modifier of the leak names a substance (``LEAKED_SUBSTANCES``)."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in LEAKED_SUBSTANCES for c in leak.children)


def _of_objects(noun) -> list:
    """The objects of the noun's "of" phrases ("the leak of a memo": the memo)."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _of_violence(outbreak) -> bool:
    """True when an outbreak is of violence: its "of" object or a modifier is one of ``VIOLENCE``
    ("the outbreak of fighting")."""
    kinds = _of_objects(outbreak) + [c for c in outbreak.children if c.dep_ in ("compound", "amod", "nmod")]
    return any(k.lemma_.lower() in VIOLENCE or k.lower_ in VIOLENCE for k in kinds)


ENDANGERED_THINGS = frozenset({
    "job", "seat", "livelihood", "future", "stability", "security", "peace", "process", "ceasefire", "truce",
    "talk", "deal", "agreement", "accord", "recovery", "economy", "growth", "majority", "existence", "survival",
    "career", "hope", "prospect", "health", "safety", "environment", "industry", "sector", "unity",
    "independence", "sovereignty", "democracy", "freedom", "right", "investment", "supply", "harvest", "crop",
    "habitat", "species", "heritage", "reputation", "relationship", "relation", "tie",
    "plan", "reform", "project", "programme", "program", "budget", "scheme"})
"""What can be put at risk but not threatened with harm by someone: "threatens jobs", "threatens the
peace process" is endangering (lives, people, countries and bodies are threatened; not listed, nor
nouns that often name an actor or a military object: a service, businesses, a coast -- round 31
review, f71). The singular "position" (a person's standing) is one too, plural "positions" (military
posts) is not (``_thing``, f75)."""

SELF_THINGS = frozenset({"sovereignty", "independence", "existence", "survival", "territory", "integrity"})
"""Things that stand for the actor itself: a state's sovereignty threatened is the state threatened
(``_actor_owned``); its economy, truce or stability threatened is still endangered (review r31e, f75)."""


def endangered_thing(token, type_: str | None) -> bool:
    """True for THREATEN by the verb "threaten" whose direct object is a thing put at risk ("the plan
    threatens thousands of jobs", "the advance threatens the peace process", "are threatening our
    seats"), with no infinitive, "that" clause or "with" of a harm threatened ("threatened the rebels
    with air strikes", "threatened to attack" stay): to endanger, no threat made to anyone."""
    if type_ != "THREATEN" or token.pos_ != "VERB" or token.lemma_.lower() != "threaten":
        return False
    if any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "with") for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in RELATIVES]
    if token.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in token.children):
        objects.append(token.head)  # "the jobs (that) the tax threatens", "it was his seat they were threatening"
    return bool(objects) and all(_thing(o) and not _actor_owned(o) for o in objects)


STATE_ENTITIES = frozenset({"GPE", "NORP"})
"""Entity types of a modifier that names a state or people ("Kosovo", "Ukraine's", "Serbian")."""


def _actor_owned(noun) -> bool:
    """True when the thing stands for the actor itself (``SELF_THINGS``) and is a state's or people's:
    a possessive, adjective or "of" object naming one ("Ukraine's sovereignty", "the independence of
    Kosovo"): threatening it threatens that actor (round 31 review, f71; only ``SELF_THINGS``, f75:
    "the Nigerian economy", "Kosovo's stability" are things endangered)."""
    if noun.lemma_.lower() not in SELF_THINGS:
        return False
    owners = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")] + _of_objects(noun)
    return any(o.ent_type_ in STATE_ENTITIES for o in owners)


RELATIVES = frozenset({"that", "which", "who", "whom"})


def _thing(noun) -> bool:
    """The noun, or the head of its "of" quantity ("thousands of jobs"), is one of ``ENDANGERED_THINGS``."""
    if noun.lemma_.lower() in ENDANGERED_THINGS or noun.lower_ == "position":
        return True
    counted = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return noun.lemma_.lower() in ("thousand", "hundred", "million", "ten", "dozen") and \
        any(g.lemma_.lower() in ENDANGERED_THINGS for g in counted)


def no_act(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True when one of this module's guards says the trigger describes and tells no act."""
    return named_event(token) or habitual(token, type_) or accident_inquiry(token, type_) or \
        endangered_thing(token, type_)
