"""Doers of crowd acts, found where the parse names none: the people of the place a nominal
protest occurs in or of the story's country, the opposition behind "opponents of" a ruler, the
followers of a named actor, and the government an "anti-government" protest is against. Moved
from ``doers.py`` (which keeps the other implicit doers).

Each is a general construction of news English, not of one sentence:

- "Riots broke out in Nairobi", "protests rocked Tehran": a nominal protest that occurs in a
  place, naming no doer, is done by that place's people (rule suffix ``~occurred``,
  :func:`occurring_place`); one that names no place either, by the story country's people
  (rule suffix ``~story``, :func:`story_crowd`).
- "Opponents of President X seized the parliament": the opposition of the ruler's country
  (rule suffix ``~opponents``, :func:`opponents_of`).
- "Supporters of the former president blocked roads": the followers, as civilians of their
  leader's country (:func:`followers`).
- "The largest anti-government protest in Bahrain": the source's own government is the target
  (:func:`opposed_government`).
"""

from __future__ import annotations

from dataclasses import replace

from detente.events.arguments import (
    MentionIndex,
    actors_under,
    is_place_name,
    subject_head,
    unnamed_doer,
)
from detente.events.context import place_sources
from detente.events.lexicon import Lexicon
from detente.events.semantics import is_background
from detente.events.triggers import Candidate
from detente.records import Actor, Mention


def occurring_place(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The place's people as the doers of a nominal act that names no doer: the place of its own
    phrase ("tens of thousands joined a march in Lisbon"), else, when it is the subject of a verb of
    occurrence, that verb's locative phrase ("riots broke out in several Algerian cities", "protests
    continued across Iran") or of a verb whose object is the place it swept ("a general strike
    paralysed Greece"): PLOVER codes a crowd by the country it acts in. Only for the types of
    semantics ``occurring_types`` (demonstrations, riots, strikes); the place keeps its country and
    takes the civilian sector (a capital read as its government is the city here)."""
    token = cand.token
    if cand.entry.pos != "noun" or cand.entry.type not in lexicon.semantics["occurring_types"]:
        return []
    if _state_attends(token, index) and not is_background(token, lexicon):
        return []  # "the ambassador attended a rally in Paris": no crowd of the place
    if token.dep_ == "pobj" and token.head.head.pos_ == "NOUN" and \
            token.head.head.lemma_.lower() not in lexicon.semantics["series_nouns"]:
        return []  # "Serbia's suppression of unrest in Montenegro", "her role in rioting": another noun's
    found = place_sources(token, index, lexicon)  # its own phrase: "a march in Lisbon"
    if found:
        return _crowd_of(found, token)
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = token.head
    lemma = verb.lemma_.lower()
    if lemma in lexicon.words["occurrence_verbs"] or \
            (token.dep_ == "nsubjpass" and lemma in lexicon.semantics["occurring_passives"]):
        found = place_sources(verb, index, lexicon)
    elif lemma in lexicon.semantics["sweeping_verbs"]:
        found = [m for child in verb.children if child.dep_ == "dobj" for m in actors_under(child, index)
                 if is_place_name(m) or m.actor.sector in (None, "CVL")] or place_sources(verb, index, lexicon)
    else:
        return []
    return _crowd_of(found, token)


def story_crowd(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The people of the story's country as the doers of a nominal protest that names no doer and
    no place: "protests filled the streets daily", "the decision sparked protests against the
    government" in a story told in one country
    (``homes.story_countries``). PLOVER codes a crowd by the country it acts in, as
    :func:`occurring_place` does when the place is named (rule suffix ``~story``). Only for the
    types of semantics ``occurring_types``; never when the sentence names an actor of another
    country (a protest abroad), nor where a state actor attends it or it belongs to another noun
    ("her role in the protests"). ``coder.code_trigger`` keeps the row only when the protest is its
    clause's subject (told as happening) or names whom it is against: "the bill has sparked
    protests" in passing gives none."""
    token = cand.token
    if cand.entry.pos != "noun" or cand.entry.type not in lexicon.semantics["occurring_types"] or \
            token.lemma_.lower() not in lexicon.semantics["story_crowd_nouns"]:
        return []
    setting = token.dep_ == "pobj" and token.head.lower_ in ("amid", "amidst")  # "police clash ... amid protests"
    if (_state_attends(token, index) and not setting) or place_sources(token, index, lexicon):
        return []
    if token.dep_ == "pobj" and token.head.head.pos_ == "NOUN" and \
            token.head.head.lemma_.lower() not in lexicon.semantics["series_nouns"]:
        return []
    sentence = token.sent
    if _told_before(token, lexicon):
        return []
    story = index.story.get(sentence.start)
    if not story or {m.actor.country for t in sentence for m in index.at(t) if m.actor.country} - {story[0]}:
        return []
    if _unplaced_place(token, index):
        return []  # "protests began in Al-Suwayda": a place the text names but no table holds is no story's
    # the doer is named by no words: an empty span at the trigger
    return [unnamed_doer(token, Actor(country=story[0], sector="CVL", entry=f"crowd:{story[1]}"))]


ANAPHORIC_DETERMINERS = frozenset({"the", "these", "those", "this", "that"})


def _told_before(token, lexicon: Lexicon) -> bool:
    """A definite protest noun ("The demonstrations were initially peaceful") after an earlier
    sentence of the article that already told a protest (a word of ``story_crowd_nouns``, noun or
    verb: "several thousand people rallied ... to protest the results"): the same protest named
    again, no new one (round 20 merge)."""
    if not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in token.children):
        return False
    nouns = lexicon.semantics["story_crowd_nouns"]
    return any(t.lemma_.lower() in nouns and t.pos_ in ("NOUN", "VERB") and t.dep_ != "compound"
               for t in token.doc[:token.sent.start])  # "riot police", "riot gear" tell none


PLACE_PREPOSITIONS = frozenset({"in", "across", "throughout", "at", "near", "outside"})


def _unplaced_place(token, index: MentionIndex) -> bool:
    """A proper name after a locative preposition of the nominal or of the verb it is the subject of
    that no actor or place resolved ("protests began in Al-Suwayda")."""
    holders = [token] + ([token.head] if token.dep_ in ("nsubj", "nsubjpass") else [])
    return any(pobj.pos_ == "PROPN" and not index.at(pobj) and not any(index.at(t) for t in pobj.subtree)
               for holder in holders for prep in holder.children if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPOSITIONS
               for pobj in prep.children if pobj.dep_ == "pobj")


STATE_SECTORS = frozenset({"GOV", "ELI", "MIL", "COP", "JUD", "SPY", "LEG", "IGO"})


def _state_attends(token, index: MentionIndex) -> bool:
    """The verb a nominal act hangs from has a subject that is a state actor (resolved or not):
    an official at a rally, police at a protest -- not the place's crowd."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    head, _ = subject_head(verb)
    if head is None:
        return False
    found = list(index.at(head)) + ([index.unresolved[head.i]] if head.i in index.unresolved else [])
    return any(m.actor is not None and m.actor.sector in STATE_SECTORS for m in found)


def _crowd_of(places: list[Mention], token) -> list[Mention]:
    """The people of the one country the places name, as a doer with the place's words."""
    countries = {m.actor.country for m in places if m.actor and m.actor.country}
    if len(countries) != 1:
        return []
    actor = Actor(country=countries.pop(), sector="CVL", entry=f"place:{token.lemma_.lower()}")
    return [replace(places[0], actor=actor)]


def opposed_government(cand: Candidate, sources: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The government an "anti-government" protest is against, when no target is named: the
    source's own (its one country), in the words of the modifier ("tens of thousands march in
    Bahrain in the largest anti-government protest": BHR -> BHR GOV). The modifier is the
    trigger's own (a nominal protest) or its subject's ("anti-regime protesters marched")."""
    countries = {m.actor.country for m in sources if m.actor and m.actor.country}
    if len(countries) != 1:
        return []
    token = cand.token
    phrases = [token] if cand.entry.pos == "noun" else []
    phrases += [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    # ... and the protest it takes part in: "march in Bahrain in the largest anti-government protest"
    phrases += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                if o.dep_ == "pobj" and any(t.type == "PROTEST" for t in lexicon.triggers.get(("noun", o.lemma_.lower()), ()))]
    words = lexicon.semantics["opposed_government_words"]
    for phrase in phrases:
        for t in phrase.subtree:
            if t.i >= phrase.i and t.i != phrase.i:
                continue  # only the phrase's left modifiers
            prev = t.doc[t.i - 1] if t.i > 0 else None
            glued = t.lower_.removeprefix("anti-").removeprefix("anti") if t.lower_.startswith("anti") else None
            split = t.lower_ if prev is not None and prev.lower_ in ("-", "anti-") or \
                (prev is not None and prev.i > 0 and prev.text == "-" and t.doc[prev.i - 1].lower_ == "anti") else None
            word = glued if glued in words else split if split in words else None
            if word is None:
                continue
            actor = Actor(country=next(iter(countries)), sector="GOV", entry=f"anti:{word}")
            return [Mention(text=t.text, start=t.idx, end=t.idx + len(t.text), sentence=sources[0].sentence,
                            label="ROLE", actor=actor)]
    return []


def opponents_of(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The doers of an act whose subject is the opponents of a named ruler ("opponents of President
    X seized the parliament and demanded his resignation", "critics of the prime minister accused
    him of corruption"): the opposition of the ruler's country (rule suffix ``~opponents``). The
    ruler is never the doer -- the noun is relational (semantics ``relational_nouns``) -- and only
    the nouns of semantics ``opponent_nouns``, of one country's government, name the opposition;
    an enemy or a rival may be foreign."""
    head, _ = subject_head(cand.token)
    if head is None or head.lemma_.lower() not in lexicon.semantics["opponent_nouns"] or index.at(head):
        return []
    rulers = [m for child in head.children if child.dep_ == "prep" and child.lower_ == "of"
              for pobj in child.children if pobj.dep_ == "pobj" for m in actors_under(pobj, index)]
    countries = {m.actor.country for m in rulers if m.actor and m.actor.country}
    if len(countries) != 1 or any(m.actor.sector not in ("GOV", "ELI") for m in rulers):
        return []
    actor = Actor(country=countries.pop(), sector="OPP", entry=f"opponents:{head.lemma_.lower()}")
    return [Mention(text=head.text, start=head.idx, end=head.idx + len(head.text), sentence=rulers[0].sentence,
                    label="ROLE", actor=actor)]


def followers(cand: Candidate, sources: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The doers of a protest whose subject is the followers of a named actor ("supporters of the
    former president blocked roads in Algiers"): the followers, of their leader's country, as
    civilians -- the leader is not the one in the street. Unchanged otherwise."""
    head, _ = subject_head(cand.token)
    countries = {m.actor.country for m in sources if m.actor and m.actor.country}
    if head is None or head.lemma_.lower() not in lexicon.semantics["follower_nouns"] or len(countries) != 1:
        return sources
    actor = Actor(country=countries.pop(), sector="CVL", entry=f"followers:{head.lemma_.lower()}")
    return [Mention(text=head.text, start=head.idx, end=head.idx + len(head.text), sentence=sources[0].sentence,
                    label="ROLE", actor=actor)]
