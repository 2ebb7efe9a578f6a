"""Precision guards of issue 13 round 14: sports stories and the word senses of market and game news.

The classes were found on detente's rows on news it had not seen (BBC sport and business
sections, read locally only) and are written as linguistic classes with made-up tests
(``tests/events/test_spurious.py``); word lists are under ``spurious:`` in ``semantics.yaml``.

- ``sports_rows`` (a whole story): a story told in the words of sport ("the striker", "the
  semi-final", "Italy beat Spain 31-27") names teams and players, not states: a country there is its
  team ("England beat France"). Only rows with a state body named as such stay -- a court or
  prosecutor charging athletes, police arresting fans, a minister speaking;
- ``game_result``: "beat Spain 31-27 at home", "stormed to victory", "struck gold"
  -- a game won or lost, no assault (any story);
- ``market_demand``: "to meet demand driven by the booming economy", "demand for oil rose",
  "strong consumer demand" -- the demand of a market, no request;
- ``business_warning``: "issued its third profits warning" -- a firm's forecast, no threat;
- ``built_standing``: "built up a reputation", "built up a big lead" -- a standing or a lead
  built, no forces mobilised;
- ``described`` (the act a verb governs): "promised to remove its heavily criticised sponsorship
  system" -- a participle describing a noun is no act promised;
- ``electoral_win``: "Smith narrowly beat Jones in Wisconsin" in a sentence about a vote -- an
  election won, no assault;
- ``advisory_warning``: "warns of freezing drizzle", "warning people not to eat the recalled
  chicken" -- a forecast or a safety advice threatens no one;
- ``thing_killed``: "hoping to kill off the siesta", "killed the bill" -- a thing ended, no one killed;
- ``product_put_out``: "has released its own version of the cake" -- a product put out, no one freed;
- ``thing_rescued``: "Russian pressure rescued the deal", "will rescue the countryside" -- a
  thing saved, no aid to anyone;
- ``raided_store`` (round 31, e92): "raided the pension fund to pay for the tax cuts", "raided the
  costume box" -- money or goods taken from a store, no raid by police or troops;
- ``hoped_state``: "the benefits they hoped for", "hoped for a recovery" -- a state hoped for;
  hoping for talks or peace stays an intent to cooperate;
- ``conceded_fact``: "the ministry conceded that the law had flaws" -- a fact admitted, no
  concession (conceding a town, a point to a demand, or defeat stays);
- ``timed_on``: "on Monday called the envoy a failure", "insisted on Tuesday that she had
  known nothing" -- a day is not whom one calls on, nor what one insists on;
- ``question_asked`` and ``one_asked``: "'Why do we need this law?' the minister asked", "asked about the remark", "he was
  glad to be asked to lead the panel", "asked about the remark, the president said" -- a
  question, or a request whose asker is not named and whose subject is the one asked;
- ``pressed_on``: "pressed on even during a snowstorm", "pressed ahead with the reform" -- to
  go on, no pressure on anyone;
- ``assessed_warning``: "warned the stay-at-home vote was the real challenge" -- an
  assessment, no harm threatened;
- ``own_event``: "will host a news conference every morning" -- no guest is met;
- ``abstract_giver``: "Turkey's membership would provide a bridge to Asia" -- a state of affairs
  gives nothing;
- ``law_content``: "the law banning bull fights is enforceable" -- what a law says, no act of the story;
- ``verbal_barrage``: "bombarded the minister with a barrage of requests" -- words, no assault;
- ``unarmed_intervention``: "the prime minister's intervention in the row" -- no arms, no assault;
- ``attraction``: "the pledge appealed to young voters" -- a thing that attracts, no appeal made;
- ``commercial_rows`` (rows): "the two banks are in talks", "the carmaker agreed to buy a rival"
  -- a cooperative act between firms only has no political side (the conventions: an event has
  at least one political actor).
"""

from __future__ import annotations

import re
from functools import lru_cache

from detente.events.fast import whole_words_found
from detente.events.lexicon import Lexicon, semantics_file
from detente.nlp import doc_text, span_of

SCORE = re.compile(r"(?<![\d.,:/-])\d{1,3}-\d{1,3}(?![\d.,:/-])")
"""A game's score ("24-18", "6-3", "2-0"); years ("2004-05") and decimals are not."""


def _spec(lexicon: Lexicon) -> dict:
    return lexicon.semantics["spurious"]


@lru_cache(maxsize=1)
def _story_spec() -> dict:
    """``spurious`` of ``semantics.yaml`` with its lists as sets, read once, for the story guard
    (called without the lexicon)."""
    spec = semantics_file()["spurious"]
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in spec.items()}


def no_act(cand, lexicon: Lexicon) -> bool:
    """True when one of the word-sense guards of this module says the trigger, or the act it
    governs ("hoping to kill off the siesta"), asserts no act."""
    inner = cand.inner[0] if cand.inner else None
    if inner is not None and cand.entry.type in (None, "AGREE", "THREATEN") and described(inner.token):
        return True  # a promise whose only act is a participle; "investigating alleged crimes" stays
    if law_content(cand.token, lexicon):
        return True  # the trigger itself only (a call for "the law banning X" to be enforced stays a call)
    return any(_no_act(c.token, c.entry.type, lexicon) for c in (cand, *cand.inner[:1]))


def described(token) -> bool:
    """True for a participle that describes a noun ("its heavily criticised sponsorship system",
    "the much-criticised police"): the act it names is no act the governing verb is about."""
    return token.dep_ == "amod" and token.tag_ in ("VBN", "VBG") and token.head.pos_ in ("NOUN", "PROPN")


def _no_act(token, type_: str | None, lexicon: Lexicon) -> bool:
    return game_result(token, type_, lexicon) or electoral_win(token, type_, lexicon) or \
        market_demand(token, type_, lexicon) or business_warning(token, type_, lexicon) or \
        built_standing(token, type_, lexicon) or advisory_warning(token, type_, lexicon) or \
        thing_killed(token, type_, lexicon) or product_put_out(token, type_, lexicon) or \
        thing_rescued(token, type_, lexicon) or raided_store(token, type_) or hoped_state(token, type_, lexicon) or \
        attraction(token, type_, lexicon) or conceded_fact(token, type_) or \
        timed_on(token, type_, lexicon) or question_asked(token, type_) or one_asked(token, type_) or \
        pressed_on(token, type_) or assessed_warning(token, type_) or own_event(token, type_, lexicon) or \
        abstract_giver(token, type_, lexicon) or \
        verbal_barrage(token, type_, lexicon) or unarmed_intervention(token, type_, lexicon)


# --- a sports story ----------------------------------------------------------------------------


def sports_story(doc) -> bool:
    """True for a story told in the words of sport: at least ``sports_min`` distinct sports words
    (``sports_words``, a plural too), or one fewer with a game's score."""
    spec = _story_spec()
    text = doc_text(doc)
    found = {m.rstrip("s") for m in whole_words_found(_sports_pattern(), text)}  # lower-cased
    need = spec["sports_min"]
    if len(found) >= need:
        return True
    return len(found) >= need - 1 and bool(SCORE.search(text))


@lru_cache(maxsize=1)
def _sports_pattern() -> re.Pattern:
    words = sorted(_story_spec()["sports_words"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")s?(?![\w-])",
                      re.IGNORECASE)


def sports_rows(events: list, doc) -> list:
    """The rows of a sports story that have a state body named as such on one side (a court,
    prosecutor, police, army or spy service of any name; a government or legislature only
    through a role word of its own, "the sports minister"); every row of another story."""
    if not events or not sports_story(doc):
        return events
    spec = _story_spec()
    return [e for e in events if any(_state_side(p, spec) for p in (*e.source, *e.target))]


def _state_side(participant, spec: dict) -> bool:
    if participant.sector in spec["sports_state_sectors"]:
        return True
    if participant.sector not in spec["sports_office_sectors"]:
        return False
    words = set(re.findall(r"[a-z][a-z-]*", participant.text or ""))  # lower case: "King" the player is no king
    return bool(words & spec["sports_office_words"])


# --- word senses -------------------------------------------------------------------------------


def game_result(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for an assault by a verb of winning with a score in its clause ("beat Spain 31-27",
    "beating her rival 6-1 6-4"), or by a verb of running or striking toward a prize ("stormed to
    victory", "struck gold")."""
    if type_ != "ASSAULT" or token.pos_ != "VERB":
        return False
    spec = _spec(lexicon)
    lemma = token.lemma_.lower()
    if lemma in lexicon.semantics["precision"]["contest_verbs"] and \
            SCORE.search(doc_text(token.doc)[token.sent.start_char:token.sent.end_char]):
        return True
    if lemma not in spec["prize_verbs"]:
        return False
    prizes = spec["prize_nouns"]
    for child in token.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in prizes:
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and \
                any(g.dep_ == "pobj" and g.lemma_.lower() in prizes for g in child.children):
            return True
    return False


def market_demand(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for the singular noun "demand" of a market: with a market modifier ("strong consumer
    demand"), "for" goods ("demand for oil"), beside "supply", as what rises or falls ("demand
    rose"), or met, fuelled or cooled with no owner ("to meet demand driven by the economy");
    someone's demand ("the protesters' demand", "the demand of the unions") stays a request."""
    if type_ != "REQUEST" or token.pos_ != "NOUN" or token.lower_ != "demand":
        return False
    spec = _spec(lexicon)
    children = list(token.children)
    if any(c.dep_ == "poss" for c in children) or \
            any(c.dep_ == "prep" and c.lower_ in ("of", "by", "from") for c in children):
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in spec["market_modifiers"] for c in children):
        return True
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "for" and \
                any(g.dep_ == "pobj" and g.lemma_.lower() in spec["market_goods"] for g in child.children):
            return True
        if child.dep_ == "conj" and child.lemma_.lower() == "supply":
            return True
    head = token.head
    if token.dep_ == "conj" and head.lemma_.lower() == "supply":
        return True
    if token.dep_ == "nsubj" and head.lemma_.lower() in spec["market_moves"]:
        return True
    return token.dep_ == "dobj" and head.lemma_.lower() in spec["demand_meeting_verbs"] and \
        not any(c.dep_ == "det" and c.lower_ in ("their", "his", "her", "its") for c in children)


def business_warning(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for the warning of a firm's results ("a profits warning", "an earnings warning"; the
    parser may make "warning" a participle of "profits")."""
    if type_ != "THREATEN" or token.lower_ not in ("warning", "warnings"):
        return False
    results = _spec(lexicon)["results_nouns"]
    if token.dep_ == "acl" and token.head.lemma_.lower() in results and \
            not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.children):
        return True
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in results for c in token.children)


def built_standing(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for a mobilisation by "build (up)" whose object is a standing, a lead or a stake
    ("built up a reputation", "built up a big lead", "built up the firm"), not forces."""
    if type_ != "MOBILIZE" or token.lemma_.lower() != "build":
        return False
    standing = _spec(lexicon)["standing_nouns"]
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in standing for c in token.children)


def electoral_win(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for an assault by a verb of winning ("beat", "defeat") in a sentence about a vote
    ("narrowly beat Clinton in Wisconsin, but the result ...") that tells no violence."""
    precision = lexicon.semantics["precision"]
    if type_ != "ASSAULT" or token.pos_ != "VERB" or token.lemma_.lower() not in precision["contest_verbs"]:
        return False
    lemmas = {t.lemma_.lower() for t in token.sent}
    return bool(lemmas & set(_spec(lexicon)["vote_words"])) and not lemmas & set(precision["violence_words"])


def advisory_warning(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for a warning with no addressee in a sentence about the weather ("warns of freezing
    drizzle", "snow is expected, the weather office warns"), or one telling people not to eat,
    drink or use a thing ("warning people not to eat the recalled chicken")."""
    if type_ != "THREATEN" or token.lemma_.lower() not in ("warn", "warning", "caution"):
        return False
    spec = _spec(lexicon)
    for clause in (c for c in token.children if c.dep_ in ("xcomp", "ccomp")):
        if any(c.dep_ == "neg" for c in clause.children) and clause.lemma_.lower() in spec["advice_verbs"]:
            return True
    if any(c.dep_ == "dobj" for c in token.children):
        return False  # "warned Iran that ...": an addressee
    return any(t.lemma_.lower() in spec["weather_words"] for t in token.sent)


def thing_killed(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for an assault by "kill" with "off" or with a thing as its object ("kill off the
    siesta", "killed the bill", "killed hopes of a deal")."""
    if type_ != "ASSAULT" or token.pos_ != "VERB" or token.lemma_.lower() != "kill":
        return False
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children):
        return True
    things = _spec(lexicon)["killed_things"]
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in things for c in token.children)


def product_put_out(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for a release by the verb "release" of a product ("released its own version of the
    cake", "released a new album"; the noun is ``precision.product_release``)."""
    if type_ != "RETREAT" or token.pos_ != "VERB" or token.lemma_.lower() != "release":
        return False
    products = set(lexicon.semantics["precision"]["product_nouns"]) | set(_spec(lexicon)["more_products"])
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in products for c in token.children)


def thing_rescued(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for aid by "rescue" or "save" whose object is a thing ("rescued the deal", "will
    rescue the countryside from neglect"); people, firms and banks rescued stay aid."""
    if type_ != "AID" or token.pos_ != "VERB" or token.lemma_.lower() not in ("rescue", "save"):
        return False
    things = _spec(lexicon)["rescued_things"]
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in things for c in token.children)


RAIDED_STORES = frozenset({"fund", "funds", "coffers", "reserves", "savings", "budget", "kitty", "purse",
                           "pot", "box", "tin", "jar", "fridge", "larder", "cupboard", "wardrobe",
                           "drawer", "pantry", "chest"})
"""Stores of money or goods: raiding one is taking from it ("raided the pension fund", "raided the
costume box"), no police or army raid, whoever raids it ("army generals raided the relief fund")
(round 31, e92; f75)."""

PLACE_STORES = frozenset({"reserve", "treasury", "cellar"})
"""Stores that are also places: raided by a police or armed force (``_forces_raid``) it is a raid ("troops
raided a game reserve", "police raided the Treasury"), by anyone else a taking ("the government raided
the grain reserve") (review f71, f75)."""

FORCE_WORDS = frozenset({"police", "policeman", "policemen", "officer", "troop", "soldier", "army", "military",
                         "force", "commando", "agent", "intelligence", "marine", "paratrooper", "gendarme",
                         "gendarmerie", "guard"})
"""Heads (or modifiers) of a raider that is an armed or police force: its raid is one, whatever it
entered (round 31 review, f71)."""


def raided_store(token, type_: str | None) -> bool:
    """True for a raid (COERCE, or ASSAULT by the noun) whose object is a store of money or goods: the verb's object or
    passive subject, or the noun's "on" object ("raided the pension fund to pay for tax cuts", "a
    raid on the reserves"). Offices, homes and bases raided stay raids."""
    if type_ not in ("COERCE", "ASSAULT") or token.lemma_.lower() != "raid":
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    return any(o.lower_ in RAIDED_STORES for o in objects) or \
        (any(o.lower_ in PLACE_STORES for o in objects) and not _forces_raid(token))


def _forces_raid(token) -> bool:
    """True when the raider (the verb's subject or agent, the noun's possessive or "by" object) is a
    police, military or intelligence force ("Police raided the Treasury", "soldiers raided a reserve")."""
    raiders = [c for c in token.children if c.dep_ in ("nsubj", "poss", "compound", "amod")]
    raiders += [g for c in token.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" for g in c.children
                if g.dep_ == "pobj"]
    words = [w for r in raiders for w in [r, *(c for c in r.children if c.dep_ in ("compound", "amod"))]]
    return any(w.lemma_.lower() in FORCE_WORDS or w.lower_ in FORCE_WORDS for w in words)


def hoped_state(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for "hope for" a state, not an act of cooperation ("hoped for a recovery", "the
    benefits they hoped for", "a quality she hoped for in a minister"); "hopes for talks" stays."""
    if type_ != "AGREE" or token.lower_ not in ("hope", "hopes", "hoped", "hoping"):
        return False
    fors = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"]
    if not fors:
        return False
    objects = [g for f in fors for g in f.children if g.dep_ == "pobj"]
    if not objects and token.dep_ == "relcl":
        objects = [token.head]  # "the benefits they hoped for"
    acts = _spec(lexicon)["hoped_acts"]
    return bool(objects) and not any(o.lemma_.lower() in acts for o in objects)


def attraction(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for "appeal to" whose subject is a thing that attracts ("the pledge appealed to
    young voters"): no appeal was made."""
    if type_ != "REQUEST" or token.pos_ != "VERB" or token.lemma_.lower() != "appeal":
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _spec(lexicon)["attracting_things"]


def conceded_fact(token, type_: str | None) -> bool:
    """True for "concede" with a clause and no object ("the ministry conceded that the law had
    flaws", "conceded there were grey areas"): a fact admitted, no concession to anyone."""
    if type_ != "CONCEDE" or token.pos_ != "VERB" or token.lemma_.lower() != "concede":
        return False
    return any(c.dep_ == "ccomp" for c in token.children) and not any(c.dep_ == "dobj" for c in token.children)


def timed_on(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for "call" or "insist" whose only "on" is a time ("on Saturday called him a
    failure", "insisted on Tuesday that she had known nothing"): no call on anyone, no
    demand (an insisted clause with a modal of obligation stays a demand)."""
    lemma = token.lemma_.lower()
    if type_ != "REQUEST" or token.pos_ != "VERB" or lemma not in ("call", "insist"):
        return False
    ons = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")]
    times = _spec(lexicon)["time_words"]
    if not ons or not all(any(g.dep_ == "pobj" and (g.lower_ in times or g.like_num) for g in c.children)
                          for c in ons):
        return False
    if lemma == "call":  # "on Sunday called for sanctions" is a call for them
        return not any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in token.children)
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    obligations = lexicon.semantics["precision"]["obligation_auxiliaries"]
    return bool(clauses) and not any(a.dep_ == "aux" and a.lower_ in obligations
                                     for c in clauses for a in c.children)


def question_asked(token, type_: str | None) -> bool:
    """True for "asked" reporting a question ("'Why do we need this law?' the minister asked"):
    no object, no infinitive, no "for", and a question mark in the sentence."""
    if type_ != "REQUEST" or token.pos_ != "VERB" or token.lemma_.lower() != "ask":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in token.children):
        return True  # "asked about the remark": questioned
    if any(c.dep_ in ("dobj", "xcomp", "dative") or (c.dep_ == "prep" and c.lower_ in ("for", "to"))
           for c in token.children):
        return False
    sent = token.sent
    before = sent.doc[max(sent.start - 3, 0):sent.start]  # '"Why ...?" the minister asked.' parsed apart
    return "?" in doc_text(sent.doc)[sent.start_char:sent.end_char] or any(t.text == "?" for t in before)


def one_asked(token, type_: str | None) -> bool:
    """True for "asked" as a passive with no "by" ("she was glad to be asked to lead the
    role", "the president, asked about the remark, said"): its subject is the one asked, and the
    asker is not named."""
    if type_ != "REQUEST" or token.lemma_.lower() != "ask" or token.tag_ != "VBN":
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) or token.dep_ in ("acl", "advcl")
    agent = any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in token.children)
    return passive and not agent


def pressed_on(token, type_: str | None) -> bool:
    """True for "press on / ahead / forward" and for "press" with no one pressed and nothing
    pressed for ("pressed on even during a snowstorm", "pressed ahead with the reform", "continued
    to press in the second half"): to go on, no pressure on anyone."""
    if type_ != "REQUEST" or token.pos_ != "VERB" or token.lemma_.lower() != "press":
        return False
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("on", "ahead", "forward", "onward", "onwards")
           for c in token.children):
        return True
    return not any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass", "dative") or
                   (c.dep_ == "prep" and c.lower_ in ("for", "on", "upon", "into", "over"))
                   for c in token.children)


def assessed_warning(token, type_: str | None) -> bool:
    """True for a warning with no addressee whose clause only says what something is ("warned
    the stay-at-home vote was the real challenge", "the conflict is the most pressing challenge,
    he warned"): an assessment, no harm threatened (a clause with a modal or a verb of action
    stays)."""
    if type_ != "THREATEN" or token.pos_ != "VERB" or token.lemma_.lower() not in ("warn", "caution"):
        return False
    if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("of", "against", "about"))
           for c in token.children):
        return False
    clauses = [c for c in token.children if c.dep_ in ("ccomp", "parataxis")]
    if not clauses and token.dep_ in ("parataxis", "ccomp") and token.head.i != token.i:
        clauses = [token.head]  # "X was the challenge, he warned"
    return bool(clauses) and all(
        c.lemma_.lower() == "be" and any(g.dep_ in ("attr", "acomp") for g in c.children) and
        not any(g.dep_ == "aux" for g in c.children) for c in clauses)


def own_event(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for "host" with an event of one's own as object ("will host a news conference every
    morning", "hosted a reception for survivors"): no guest, no meeting of sides (hosting a
    summit or a president stays)."""
    if type_ not in ("AGREE", "CONSULT") or token.pos_ != "VERB" or token.lemma_.lower() != "host":
        return False
    events = _spec(lexicon)["own_events"]
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in events for c in token.children)


def abstract_giver(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for a verb of giving whose subject is a state of affairs ("Turkey's membership would
    provide a bridge to Asia", "the deal will bring jobs"): no one gives anything."""
    if type_ not in ("AID", "AGREE", "COOPERATE") or token.pos_ != "VERB" or \
            token.lemma_.lower() not in ("provide", "give", "offer", "bring", "deliver", "grant"):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in _spec(lexicon)["states_of_affairs"]


def law_content(token, lexicon: Lexicon) -> bool:
    """True for a participle that tells what a law or rule says ("the law banning bull fights is
    enforceable", "a challenge to the law banning bull fights"): its content, no act of the
    story. A document just issued, signed or passed ("issued an order expelling 30 diplomats")
    keeps its act."""
    if token.dep_ != "acl" or token.tag_ != "VBG" or token.head.lemma_.lower() not in _spec(lexicon)["document_nouns"]:
        return False
    document = token.head
    return not (document.dep_ in ("dobj", "nsubjpass") and
                document.head.lemma_.lower() in _spec(lexicon)["enacting_verbs"])


def verbal_barrage(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for "bombard" with words ("bombarded the minister with a barrage of requests"): a
    verbal onslaught, no assault."""
    if type_ != "ASSAULT" or token.pos_ != "VERB" or token.lemma_.lower() not in ("bombard", "pelt", "barrage"):
        return False
    words = _spec(lexicon)["barrage_words"]
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lemma_.lower() in words or any(
                    p.lower_ == "of" and any(q.lemma_.lower() in words for q in p.children) for p in obj.children):
                return True
    return False


def unarmed_intervention(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for an assault by the noun "intervention" in a sentence that tells no arms or
    fighting ("the prime minister's intervention in the row", "an intervention by the French
    government"): a diplomatic or verbal intervention. An intervention in a named country
    ("its 2015 intervention in Syria") stays."""
    if type_ != "ASSAULT" or token.pos_ != "NOUN" or token.lemma_.lower() != "intervention":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("in", "into") and
           any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "LOC")) for g in c.children)
           for c in token.children):
        return False  # "its 2015 intervention in Syria": in a country, armed
    armed = set(_spec(lexicon)["armed_words"]) | set(lexicon.semantics["precision"]["violence_words"])
    return not any(t.lemma_.lower() in armed or t.lower_ in armed for t in token.sent)


# --- rows between firms ------------------------------------------------------------------------


def commercial_rows(events: list, doc) -> list:
    """The rows that are no cooperative act between firms only: an agreement, talks, a deal, aid
    or a refusal whose source is a firm (sector BUS, or named by a firm noun and no office:
    "the South African bank", "Japanese car maker Mitsubishi") and whose targets, if any, are
    firms or unplaced common nouns ("a French rival")."""
    spec = _story_spec()
    return [e for e in events if not (e.type in spec["commercial_types"] and e.source and
                                      all(_firm(p, doc, spec) for p in e.source) and
                                      all(_firm(p, doc, spec) or _common(p, doc) for p in e.target))]


def _firm(participant, doc, spec: dict) -> bool:
    words = set(re.findall(r"[a-z][a-z-]*", (participant.text or "").lower()))
    if words & spec["public_body_words"]:
        return False  # "the Scottish Executive", "the competition commission": a public body
    if participant.sector == "BUS":
        return True
    if participant.sector is not None:
        return False
    if (span := span_of(doc, participant)) is not None:
        root = span.root
        if root.dep_ in ("amod", "compound", "nmod", "poss"):  # "Japanese car maker Mitsubishi": the noun it names
            head = root.head
            words |= {head.lemma_.lower(), *(c.lower_ for c in head.children if c.dep_ in ("compound", "amod"))}
    return bool(words & spec["firm_nouns"]) and not words & spec["sports_office_words"]


def _common(participant, doc) -> bool:
    """An unplaced side named by a common noun ("a rival"), or by a country adjective on one ("a
    French rival"): no state and no office."""
    text = participant.text or ""
    if participant.sector is not None:
        return False
    if text[:1].islower() and not text.lower().startswith("the "):
        return True
    span = span_of(doc, participant)
    return span is not None and len(span) == 1 and span.root.dep_ == "amod" and span.root.head.pos_ == "NOUN"
