"""Recall rules of events round 15 that act on a whole sentence's actors, and a doer named by
its reporter.

``country_anaphor``: "the country" as the subject of a reported clause stands for the reporter's
country ("Japan's prime minister says the country has agreed with Vietnam to boost defence ties",
"India's foreign minister announces the country will reopen its embassy"); ``sources.sources_of``
takes the reporter as the doer, as for a pronoun ("Syria says it will ...").

``home_side``: a row of an act done to someone (``need_target``) whose doer is found and whose
target is not, in a sentence whose only other named sides are of the doer's own country. Before,
such a row was dropped as unsafe ("a named but unattached actor"): "Trump, responding to Pelosi's
announcement, attacked the impeachment investigation as a witch hunt", "Sweden's public broadcaster
apologised for a report on comments made by the foreign minister", "a Kabul car bombing, another
attack ascribed to the Taliban". With no foreign side in the sentence, the act is domestic: its
other side is the doer's own country, named by that other actor (``~homeside``); with no other actor
named, the coder's last resort gives an act done to a definite policy noun in one country's story
that country (``events/policy_owner.py``, ``~policyowner``, round 27). Only for acts
done to someone that are not stances (``recall15.home_side_types``: accusations, demands, threats,
coercion, attacks; a refusal only of a proposal, demand or ruling, "vetoed the bill" -- a refusal is
often a stance, "disagreed with these findings"; not a partner act, whose partner must be named as such), not when the doer is several countries or a
place ("the Kirkuk bomb blast"), and never from a reporter ("..., Thai police said") or a name's
place.
"""

from __future__ import annotations

from detente.events import asides
from detente.events.arguments import MentionIndex, is_place_name, participant
from detente.events.context import name_part, other_doer, reporter_part
from detente.events.homes import PLACE_HOME
from detente.events.lexicon import Lexicon
from detente.events.policy_owner import policy_owner  # noqa: F401 -- read by the coder as its last resort
from detente.events.sides import same_side
from detente.events.triggers import Candidate
from detente.records import Participant


def home_side(cand: Candidate, type_: str, src: list[Participant], mentioned: list[tuple],
              index: MentionIndex, lexicon: Lexicon, text: str) -> list[Participant]:
    """The own-country actor a targetless domestic act is done to, when the sentence names no
    other country; ``mentioned`` holds the sentence's (token, mention) pairs."""
    own, words = {p.country for p in src}, lexicon.semantics["recall15"]
    if len(own) != 1 or None in own or not (type_ in words["home_side_types"] or type_ == "REJECT" and
                                            _refused_proposal(cand.token, words["refused_things"])):
        return []
    spans = [(p.start, p.end) for p in src if p.start is not None]
    if any(_place(m) for _, m in mentioned if (m.start, m.end) in spans):
        return []  # "the Kirkuk bomb blast": a place standing for an unnamed doer
    sides = {(p.country, p.sector) for p in src}
    others = []
    for token, mention in mentioned:
        actor = mention.actor
        if actor is None or not actor.country or reporter_part(token, lexicon) or name_part(token, index):
            continue
        if any(s <= mention.start < e or mention.start <= s < mention.end for s, e in spans):
            continue  # the doer's own words ("Sweden's National Television")
        if actor.country not in own:
            return []  # a foreign side is named: which one the act is done to is not known
        if asides.aside_clause(token, cand.token):
            return []  # "while saying he admired X's leadership, ...": another clause's actor, the side unknown
        if (actor.country, actor.sector) in sides or same_side(mention, src, text) or \
                other_doer(token, cand.token):
            continue  # the doer again, its own agent ("its ambassador"), or the doer of another clause
        if actor.sector and not _place(mention):
            others.append(mention)  # a verbal act is done to a person or body, not to a place
    keys = {(m.actor.country, m.actor.sector, m.actor.name) for m in others}
    return [participant(others[0])] if len(keys) == 1 else []  # two others: which one is not known


COMPLAINT_PREPS = ("of", "about", "over")
"""Prepositions after a verb of complaint whose object phrase tells the wrong and its doer."""


def complained_of(cand: Candidate, src: list[Participant], mentioned: list[tuple],
                  index: MentionIndex) -> list[Participant]:
    """The unplaced doer of the wrong a complaint names, at home (issue 13 round 20): "complained of
    distortion in the press" -- the press; "complained about bias by the broadcasters". One
    body with a sector (not people at large) inside the "of"/"about"/"over" phrase of the verb, in a
    sentence that names no other country: the complainer's country."""
    own = {p.country for p in src}
    if cand.token.pos_ != "VERB" or len(own) != 1 or None in own or \
            any(m.actor is not None and m.actor.country and m.actor.country not in own for _, m in mentioned):
        return []
    found = {}
    for prep in (c for c in cand.token.children if c.dep_ == "prep" and c.lower_ in COMPLAINT_PREPS):
        for t in prep.subtree:
            mention = index.unresolved.get(t.i)
            if mention is not None and mention.actor is not None and mention.actor.sector not in (None, "CVL"):
                found[(mention.start, mention.end)] = mention
    if len(found) != 1:
        return []
    mention = next(iter(found.values()))
    return [Participant(text=mention.text, country=src[0].country, sector=mention.actor.sector,
                        start=mention.start, end=mention.end)]


def _place(mention) -> bool:
    """A town, capital or region named as where something happened, not an actor."""
    return is_place_name(mention) or (mention.actor is not None and mention.actor.entry == PLACE_HOME)


def _refused_proposal(token, things) -> bool:
    """A refusal whose object is a proposal, demand or ruling ("vetoed the bill", "overturned the
    ruling"), not a stance on a claim ("disagreed with the findings", "denied the report")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in things for c in token.children)


def country_anaphor(head, lexicon: Lexicon) -> bool:
    """A bare definite "the country" / "the nation" (no modifier, no ``of``): a word that refers
    back to a country, not one that names it."""
    if head.lemma_.lower() not in lexicon.words["country_anaphors"] or head.pos_ != "NOUN":
        return False
    children = list(head.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and \
        all(c.dep_ == "det" for c in children)
