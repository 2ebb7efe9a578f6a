"""The doer an attack's sentence names, for a row whose source only stands in (issue 13, round 15).

A row of an attack the place rule, the unnamed-doer rule or the argument rules gave a stand-in
source -- the place it happened ("killed in an airstrike in Gaza City": Gaza City), the act or
weapon itself ("early morning attacks kill ..."), or a place read as the agent -- takes the doer
the same clause names for that attack instead: the country or actor before the attack noun
("in a Turkish airstrike", "Russian missiles"), the ``by`` agent of the act or of its attack noun
("shot down by al-Shabaab", "an airstrike by the Nigerian Air Force", "attacks conducted by the
army"), or the subject of a firing clause bound to the act ("... when Indian troops opened fire",
"after Russia launched missile strikes"). Rule suffix ``~named``. Only one named country is
taken; a row whose clause names a person as the doer ("the attacker who killed ...") is left.
Round 6 of the event gold: the weapon's placing verb names the doer too ("an explosive device
planted by the rebels explodes"), and a named armed group with no country of its own takes the one
country of the row's place and targets."""

from __future__ import annotations

from dataclasses import replace

from detente.events.arguments import MentionIndex
from detente.events.doers import place_part
from detente.events.lexicon import Lexicon
from detente.events.victims import doer_phrases
from detente.nlp import span_of
from detente.records import Mention

_STAND_IN = ("~place", "~unnamed", "~unplaced")
_MODIFIERS = ("amod", "compound", "nmod", "poss", "npadvmod", "nummod")


def _settings(lexicon: Lexicon) -> dict:
    return lexicon.semantics["named_doer"]


def _stand_in(coding, sources: list[Mention], doc, lexicon: Lexicon) -> bool:
    """True when the row's sources only stand in for the doer: a place or act suffix, or every
    source a place or a mention with no country."""
    if any(suffix in coding.rule for suffix in _STAND_IN):
        return True
    for m in sources:
        if m.actor is None or not m.actor.country:
            continue
        span = span_of(doc, m)
        if span is None or not place_part(span.root, m, lexicon):
            return False
    return bool(sources)


def _acts(token, settings: dict) -> list:
    """The tokens that name the row's attack: the trigger, its nominal subject, the attack nouns of
    its prepositional phrases ("killed in an airstrike", "during a raid", "hit with missiles") and
    its firing clauses ("when troops opened fire")."""
    nouns, verbs, preps = set(settings["act_nouns"]), set(settings["fire_verbs"]), set(settings["act_prepositions"])
    found, todo = [], [token]
    if token.dep_ == "pobj" and token.head.lower_ in preps and token.head.head.pos_ in ("VERB", "AUX"):
        found.append(token.head.head)  # "killed by soldiers during a raid": the raid's doer is the agent
    while todo:
        act = todo.pop()
        if act in found or len(found) > 8:
            continue
        found.append(act)
        for child in act.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in nouns and act.i == token.i:
                todo.append(child)  # "attacks by the army killed ..."
            elif child.dep_ == "prep" and child.lower_ in preps:
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in nouns:
                        todo.append(obj)
                    elif obj.dep_ == "pcomp" and obj.pos_ in ("VERB", "AUX"):
                        todo.append(obj)  # "destroyed after being hit with missiles"
            elif child.dep_ in ("advcl", "acl", "relcl") and child.lemma_.lower() in verbs:
                todo.append(child)  # "when Indian troops opened fire", "attacks conducted by ..."
            elif child.dep_ == "conj" and act.i == token.i and act.pos_ in ("VERB", "AUX") and child.pos_ == "VERB":
                todo.append(child)  # "was struck and wounded by gunfire": one act told twice
    return found


def _mentions_under(token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Actors named in the token's phrase (its subtree without prepositional phrases)."""
    found, todo = [], [token]
    while todo:
        current = todo.pop()
        for m in index.at(current):
            if m not in found and not place_part(current, m, lexicon):
                found.append(m)
        todo.extend(c for c in current.children if c.dep_ in _MODIFIERS + ("det", "appos", "conj", "cc", "punct", "hmod"))
    return found


def _nominal(token) -> bool:
    """A noun, or an attack noun the tagger read as a verb ("coalition airstrikes")."""
    return token.pos_ in ("NOUN", "PROPN") or token.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj")


def _doers_of(act, index: MentionIndex, lexicon: Lexicon, settings: dict) -> list[Mention]:
    """Actors an attack token names as its doer: "Indian troops opened fire", "a Turkish
    airstrike", "an airstrike by the army" (a bare place is no agent here)."""
    found = []
    if act.pos_ in ("VERB", "AUX") and act.lemma_.lower() in settings["fire_verbs"]:
        found += [m for c in act.children if c.dep_ == "nsubj" for m in _mentions_under(c, index, lexicon)]
    for head, agent in doer_phrases(act, _MODIFIERS if _nominal(act) else ()):
        found += [m for m in _mentions_under(head, index, lexicon)
                  if not (agent and m.label in ("GPE", "LOC", "FAC") and m.actor.sector is None)]
    return found


def _unplaced_agents(act, index: MentionIndex, settings: dict) -> list[Mention]:
    """Armed groups the ``by`` agent of an attack token names with no country ("planted by the
    Bangsamoro Islamic Freedom Fighters")."""
    return [m for child in act.children if child.dep_ in ("agent", "prep") and child.lower_ == "by"
            for obj in child.children if obj.dep_ == "pobj"
            if (m := index.unresolved.get(obj.i)) is not None and m.actor is not None
            and not m.actor.country and m.actor.sector in settings["placed_sectors"]]


def _placed(doer: Mention, sides: list[Mention], token, index: MentionIndex) -> list[Mention]:
    """A named armed group with no country of its own, placed in the country of the attack when the
    row's sides and every actor the sentence names agree on one (the conventions: an unnamed doer's
    country comes from context when the text fixes it; a group named only by its own name is no
    better known): ``[doer]`` with that country, or []."""
    sentence = token.sent
    named = [m for t in sentence for m in index.at(t)]
    countries = {m.actor.country for m in sides + named if m.actor is not None and m.actor.country}
    if len(countries) != 1:
        return []
    return [replace(doer, actor=replace(doer.actor, country=countries.pop(), entry=f"place:{doer.actor.entry}"))]


def named_doers(token, coding, sources: list[Mention], targets: list[Mention], index: MentionIndex,
                lexicon: Lexicon):
    """``(coding, sources)`` with the attack's named doer as source (rule suffix ``~named``), or
    the inputs unchanged."""
    settings = _settings(lexicon)
    if coding.type not in settings["types"] or not _stand_in(coding, sources, token.doc, lexicon):
        return coding, sources
    if token.pos_ in ("VERB", "AUX"):
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lemma_.lower() in settings["person_doers"]:
            return coding, sources  # "the attacker who killed ...": a person the text names
    taken = {(m.start, m.end) for m in targets}
    doers, unplaced = [], []
    for act in _acts(token, settings):
        doers += [m for m in _doers_of(act, index, lexicon, settings)
                  if (m.start, m.end) not in taken and m not in doers and m.actor is not None and m.actor.country]
        unplaced += [m for m in _unplaced_agents(act, index, settings) if m not in unplaced]
    if not doers and len(unplaced) == 1:
        doers = _placed(unplaced[0], sources + targets, token, index)  # "a device planted by the X Fighters explodes in Y"
    if len({m.actor.country for m in doers}) != 1:
        return coding, sources
    rule = coding.rule
    for suffix in _STAND_IN:
        rule = rule.replace(suffix, "")
    return replace(coding, rule=rule + "~named"), doers[:1]
