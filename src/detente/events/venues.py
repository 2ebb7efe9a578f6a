"""The place a gathering was held in is no side (issue 13, round 15; tests in
``tests/events/test_round15_e45.py``).

A row's target that names the place of a gathering -- the object of "in"/"at" (directly, or as
the apposition or compound of that object: "in Washington, D.C., United States") on a gathering
word: a participle of holding ("a conference held in Doha, Qatar"), or a gathering noun ("signed a
deal at a summit in Lima", "a speech to a forum in Sydney") -- is the venue: its country takes no
part in the act. Acts done to people where they are (attacks, arrests, protests) keep the place.

Issue 13, round 25 (e71; tests in ``tests/events/test_round25_e71.py``), the same rule widened, not
twinned: a hyphenated place name ("Dar-es-Salaam") is one place, its hyphens included
(:func:`locative_object`); a gathering that is the subject of a verb of its course ("the summit
begins in Washington", "talks resumed in Geneva": ``venues.course_verbs``) is held where that verb
says. (Tried and dropped: the venue under a gathering noun subject as no doer either, "a meeting in
Doha agreed": the one tune row it removed was wrong, but its type and doer side counted, so round 12's
tune type and source recall fell; see docs/accuracy/events.md.)

Issue 13, round 34 (e103; tests in ``tests/events/test_round34_e103.py``), the other way round: talks
held in a foreign capital with no partner named name their host (:func:`host_side`)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from detente.events.arguments import participant
from detente.events.lexicon import Lexicon, semantics_file
from detente.nlp import span_of
from detente.records import Participant

PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def _spec(lexicon: Lexicon) -> dict:
    return lexicon.semantics["venues"]


def locative_object(token):
    """The pobj of "in"/"at" a place token belongs to (through appositions, compounds, conjuncts)."""
    current = token
    for _ in range(5):
        if current.dep_ == "pobj":
            return current if current.head.lower_ in ("in", "at") else None
        if current.dep_ not in ("appos", "compound", "conj") and not _inside_place(current) or \
                current.head.i == current.i:
            return None
        current = current.head
    return None


def _inside_place(token) -> bool:
    """True for a token whose head is in the same place name ("Dar-es-Salaam", "Port-au-Prince":
    hyphens and parts the parse hangs on the last word, round 25, e71)."""
    if token.ent_type_ not in PLACE_ENTITIES or token.ent_iob_ not in ("B", "I"):
        return False
    low, high = sorted((token.i, token.head.i))
    return token.head.ent_type_ == token.ent_type_ and all(t.ent_iob_ == "I" for t in token.doc[low + 1:high + 1])


def venue(token, lexicon: Lexicon, trigger=None) -> bool:
    """True when ``token`` (a place's root) names where a gathering was held."""
    spec = _spec(lexicon)
    obj = locative_object(token)
    if obj is None or token.ent_type_ not in PLACE_ENTITIES:
        return False
    holder = obj.head.head
    if trigger is not None and holder.i == trigger.i:
        return False  # "agreed in Doha": where the act itself took place is left to the other rules
    if holder.pos_ in ("VERB", "AUX") and course_venue(holder, spec["gathering_nouns"]):
        return True  # "the summit begins in Washington", "signed a deal as the summit opened in Lima"
    if holder.pos_ == "VERB":
        return holder.lemma_.lower() in spec["holding_verbs"] and holder.dep_ in ("acl", "relcl", "advcl")
    return holder.lemma_.lower() in spec["gathering_nouns"]


@lru_cache(maxsize=1)
def _course_words() -> dict[str, frozenset[str]]:
    """``venues.course_verbs`` and ``venues.journey_nouns`` of ``semantics.yaml`` (a visit's place is its
    host, no venue), read without a lexicon: ``asides.own_venue`` has none."""
    spec = semantics_file()["venues"]
    return {key: frozenset(spec[key]) for key in ("course_verbs", "journey_nouns")}


def course_venue(verb, gatherings=None) -> bool:
    """True when ``verb`` is a verb of a gathering's course ("begins", "opened", "resumed",
    ``venues.course_verbs``) whose subject is that gathering -- any noun subject when
    ``gatherings`` is None (the caller knows the subject is its trigger), else a noun of
    ``gatherings``: the place of its "in"/"at" is where the gathering is held (round 25, e71). A
    journey (``venues.journey_nouns``: "Blinken's visit began in Beijing") or one side's own gathering
    ("Macron's meeting began in Berlin") is no gathering held there: its place is the host (round 25
    review, f71)."""
    words = _course_words()
    if verb.lemma_.lower() not in words["course_verbs"]:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and \
        subject.lemma_.lower() not in words["journey_nouns"] and subject.lower_ not in words["journey_nouns"] and \
        not any(c.dep_ == "poss" for c in subject.children) and \
        (gatherings is None or subject.lemma_.lower() in gatherings)  # not "Blinken's visit began in Beijing"


def without_venues(type_: str, targets: list, trigger, lexicon: Lexicon) -> list:
    """The row's targets without the venues of a gathering (participants with offsets)."""
    if type_ in _spec(lexicon)["placed_types"]:
        return targets
    doc = trigger.doc
    kept = []
    for p in targets:
        span = span_of(doc, p)
        if span is None or not venue(span.root, lexicon, trigger):
            kept.append(p)
    return kept


TALK_WORDS = frozenset({"talk", "talks", "meet", "meeting", "negotiation", "negotiations", "consultation",
                        "consultations"})
"""Trigger lemmas of a consultation held somewhere ("hold talks", "met"), not a summit or a conference."""
SEAT_CAPITALS = frozenset({"Brussels", "Vienna", "Addis Ababa", "Jakarta", "Luxembourg"})
"""Capitals that seat international bodies (EU and NATO, IAEA and OPEC, the African Union, ASEAN):
talks held there are mostly with the body or its members, not the host state."""
PARTNER_PREPS = frozenset({"with", "between", "among", "amongst"})
HOST_SUFFIX = "~host"
STATE_SECTORS = frozenset({"GOV", "MIL", None})
"""Doer sectors whose talks abroad are with the host: a state's officials or the state named
(f87: not a body's members, rebels, an opposition in exile, whose own gathering the capital holds)."""
NO_GATHERING = frozenset({"visit", "round", "dialogue", "speech", "address"})
"""``venues.gathering_nouns`` that are no gathering of several sides: "met in Cairo for a visit" is no summit."""


def _talk_heads(cand) -> list:
    """The trigger and, for a noun object of a light verb ("held talks"), that verb."""
    token = cand.token
    return [token, token.head] if cand.entry.pos == "noun" and token.dep_ == "dobj" else [token]


def _capital_mentions(heads: list, index) -> list:
    """Capital mentions that are the object of "in" on one of ``heads``, not followed by an appositive
    place ("in Kingston, Ontario": another town of that name, f87)."""
    found = []
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and not _placed_after(c)):
                found += [m for m in index.at(obj) if m.actor and (m.actor.entry or "").startswith("capital:")
                          and m.text not in SEAT_CAPITALS]
    return found


def _placed_after(token) -> bool:
    """True for a place followed by ", <place>" (its apposition or the next words): "Kingston, Ontario",
    "Niamey, Niger's capital" -- the capital's name alone does not say which town it is. The place after
    the comma must hang on the capital: "talks in Kabul, Afghanistan's ministry said" names the reporter
    (round 34 second review)."""
    doc = token.doc
    after = token.i + 1
    while after < len(doc) and doc[after].ent_type_ == token.ent_type_ and doc[after].ent_iob_ == "I":
        after += 1
    return any(c.dep_ == "appos" for c in token.children) or \
        after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].ent_type_ in PLACE_ENTITIES \
        and doc[after + 1].i in {t.i for t in token.subtree}


def _gathering_purpose(heads: list) -> bool:
    """True for talks "for" a gathering of several sides ("met in Cairo for an emergency summit"):
    the capital is its venue, no partner (f87)."""
    nouns = frozenset(semantics_file()["venues"]["gathering_nouns"]) - TALK_WORDS - NO_GATHERING
    return any(o.lemma_.lower() in nouns for h in heads for prep in h.children
               if prep.dep_ == "prep" and prep.lower_ == "for" for o in prep.children if o.dep_ == "pobj")


def _state_doers(src: list[Participant], cand, index) -> bool:
    """True when every doer is one state's officials or the state (sector GOV or none), every actor
    named in its words too (not "the government and the rebels held talks in Havana"), and no named movement ("Hamas
    leaders", "Taliban negotiators": an ``org:`` entry) -- a movement's or a body's talks abroad are
    mostly its own gathering or mediated ones, not talks with the host (f87)."""
    if any(p.sector not in STATE_SECTORS for p in src):
        return False
    doc = cand.token.doc
    for p in src:
        span = span_of(doc, p)
        if span is None:
            return False
        words = [*span, *(t for c in span.root.conjuncts for t in c.subtree)]  # "the government and the rebels"
        if any(t.i in index.unresolved for t in words) or \
                any(not index.at(c) and not any(index.at(t) for t in c.subtree) for c in span.root.conjuncts):
            return False  # a coordinated side that is no state's, or no one the actors stage located
        mentions = [m for t in words for m in index.at(t) if m.actor]
        if any("org:" in (m.actor.entry or "") or m.actor.sector not in STATE_SECTORS or m.actor.country
               not in {p.country for p in src} for m in mentions):
            return False
    return True


def host_side(cand, coding, src: list[Participant], index) -> tuple[list[Participant], object] | None:
    """``(targets, coding)`` for a partnerless consultation of one state's officials held in another
    country's capital: the capital as its target, standing for its government (sector and code GOV), the
    rule with ``~host`` (issue 13, round 34, e103: "X will hold talks in Ankara next week", "the minister
    met in Moscow"; a visit's place is its host the same way). ``None`` for a gathering of several sides
    ("X and Y held talks in Doha": ``recall14.venue_targets``), one with a partner named any way ("talks
    with the rebels in Moscow"), a summit or conference (a venue, also as the talks' "for" phrase),
    doers who are no state's officials (a body's members, rebels, an opposition, a named movement:
    ``_state_doers``, f87), a capital followed by a place that says which town it is, or a capital that
    seats international bodies (``SEAT_CAPITALS``). The caller asks only for a row the rules left
    without a target."""
    if coding.type not in ("CONSULT", "AGREE") or cand.entry.lemma not in TALK_WORDS:
        return None
    countries = {p.country for p in src}
    if len(countries) != 1 or None in countries or not _state_doers(src, cand, index):
        return None
    heads = _talk_heads(cand)
    if any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for h in heads for c in h.children):
        return None  # "talks with the rebels in Moscow": a partner named, if unplaced
    if _gathering_purpose(heads):
        return None  # "met in Cairo for an emergency summit"
    hosts = [m for m in _capital_mentions(heads, index) if m.actor.country not in countries]
    if len(hosts) != 1:
        return None
    host = participant(hosts[0])
    host = replace(host, sector="GOV", code=f"{host.country}GOV")  # the capital stands for its government
    return [host], replace(coding, rule=coding.rule + HOST_SUFFIX)
