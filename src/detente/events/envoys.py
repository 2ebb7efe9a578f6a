"""The host state that summons or expels an envoy the text names no agent for (issue 13, round 31, e93;
tests in ``tests/events/test_round31_e93.py``).

Only the state an envoy is posted to summons or expels him: "the British ambassador to Iran was
summoned", "Iran's envoy in London was expelled", "the French ambassador was summoned in Ankara".
For an agentless passive of such a verb (``semantics.yaml`` ``envoy_hosts.verbs``) whose subject is
an envoy (``envoy_hosts.envoys``), the host is the country of the envoy's post (its "to" / "in" /
"at" phrase, or its participle's: "diplomats posted in Moscow"), else of the verb's "in" / "to" / "at" phrase (where he was summoned); the host must
be a country other than the envoy's own, and only one; an envoy called "back" or "home", or to a place
of his own country, is recalled by his own state (no host doer). Its government is the doer (rule suffix
``~host``). With no such phrase the side stays empty: the doer is not guessed from the sentence.
Only a country hosts: an envoy to an international body ("ambassador to the United Nations", "to the
EU ... summoned in Brussels") has no host state (the body may be the one that summons); a mention that holds the envoy himself
("the ambassador in Kabul", one mention) is not his host; the host's code is re-derived from its
new sector (round 31 review mend, f73); an envoy whose own state the text does not tell has no host
doer (the host would be both sides; "the ambassador in Tehran, Simon Gass, was summoned"; second review, r31g).
"""

from __future__ import annotations

from dataclasses import replace

from detente.actors.tables import COUNTRY_CODES
from detente.events.arguments import MentionIndex, actors_under, agentless_passive, object_heads
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate
from detente.records import Mention

__all__ = ["host_state"]

POST_PREPS = ("to", "in", "at")
"""Prepositions of an envoy's post ("ambassador to Iran", "envoy in London") and of where the verb
was done ("summoned in Ankara", "summoned to the foreign ministry in Tehran")."""
HOME_WORDS = frozenset({"back", "home"})
"""Adverbs of a verb that calls an envoy back to his own state."""


def host_state(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The government of the country an envoy acted on with no agent is posted in, as the doer;
    [] when the verb, the subject or the post does not fix one."""
    words = lexicon.semantics["envoy_hosts"]
    envoy = agentless_passive(cand, conjunct=True)
    if envoy is None or cand.token.lemma_.lower() not in words["verbs"] or \
            envoy.lemma_.lower() not in words["envoys"]:
        return []
    post = object_heads(envoy, POST_PREPS, direct=False) + [  # "diplomats posted in Moscow"
        h for c in envoy.children if c.dep_ == "acl" and c.lemma_.lower() in words["posting_verbs"]
        for h in object_heads(c, POST_PREPS, direct=False)]
    posted = {(m.start, m.end) for h in post for m in actors_under(h, index)}
    own = {m.actor.country for m in actors_under(envoy, index) if (m.start, m.end) not in posted and m.actor.country}
    if not own:
        return []  # "the ambassador to Syria was expelled": whose envoy is not told, the host would be both sides
    where = object_heads(cand.token, POST_PREPS, direct=False)
    if any(c.lower_ in HOME_WORDS for c in cand.token.children if c.dep_ in ("advmod", "prt")) or \
            any(m.actor.country in own for h in where for m in actors_under(h, index)):
        return []  # "was summoned back to Paris", "summoned home": his own state calls him back
    if any(m.actor.country not in COUNTRY_CODES for h in post for m in actors_under(h, index)):
        return []  # "ambassador to the EU was summoned in Brussels": the body, not the seat's state
    for heads in (post, where):
        hosts = [m for h in heads for m in actors_under(h, index) if m.actor.country in COUNTRY_CODES and
                 m.actor.country not in own and not m.start <= envoy.idx < m.end]
        if len({m.actor.country for m in hosts}) == 1:
            host = hosts[0]
            return [replace(host, actor=replace(host.actor, sector="GOV", code=None,
                                                entry=f"host:{host.actor.entry or host.text}"))]
        if hosts:
            return []
    return []
