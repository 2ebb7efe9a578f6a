"""Role words that, modifying a capitalised name, are adjectives (issue 14, round 14).

A role noun decides a phrase's sector as its head ("a British national" CVL, "General
Petraeus" MIL, "the executive" BUS). Some of these words are also adjectives that open the
names of bodies and events: "the General Election", "the National Audit Office", "the
National Hurricane Center". There the head noun, not the modifier, decides (CAMEO codes an
actor by its head: an office is no civilian, an election no general), and the word is no role.
Such a word (``adjective_roles``) capitalised, bound to a later capitalised word as its
modifier, in a name whose head noun is a body's or an event's (``name_head_nouns``: office,
centre, election, council ...) reads as no role; the name then resolves by its other words,
or not at all. A person's name after the word keeps it a title ("General Petraeus", which the
parser may call an organisation): a surname is no head noun of the list.
"""

from __future__ import annotations

from dataclasses import replace

from detente.nlp import columns
from detente.records import Actor
from detente.resources import word_list

ADJECTIVE_ROLES = word_list("actors", "vocabulary.yaml", "adjective_roles")
NAME_HEAD_NOUNS = word_list("actors", "vocabulary.yaml", "name_head_nouns")
MODIFIER_DEPS = frozenset({"compound", "amod"})


def adjective_sense(doc, i: int) -> bool:
    """True when token ``i``, a one-word role, is an adjective opening a capitalised name."""
    cols = columns(doc)
    if cols.lower[i] not in ADJECTIVE_ROLES or i + 1 >= len(cols.lower):
        return False
    token, after = doc[i], doc[i + 1]
    if not (token.text[:1].isupper() and after.text[:1].isupper() and cols.alpha[i + 1] == 1):
        return False
    head = token
    while cols.dep[head.i] in MODIFIER_DEPS and head.head.i > head.i:
        head = head.head  # "National -> Audit -> Office"
    return head.i > i and cols.lower[head.i] in NAME_HEAD_NOUNS


GATHERING_MODIFIERS = frozenset({
    "birthday", "house", "dinner", "weekend", "christmas", "garden", "block", "street", "pool",
    "frat", "fraternity", "office", "holiday", "graduation", "costume", "slumber", "pajama",
    "bachelor", "bachelorette", "engagement", "retirement", "farewell", "launch", "cocktail",
    "wedding", "prom", "halloween", "beach", "barbecue", "karaoke", "surprise", "teen", "drinking"})
"""Modifiers of "party" that make it a gathering ("a birthday party", "a house party")."""


def gathering_party(doc, i: int) -> bool:
    """True when token ``i``, the one-word role "party", is a gathering, not a political party:
    the object of "at" with no name or other role word after it ("an altercation at an
    Arlington party", "shot at a party"), or modified by a word of ``GATHERING_MODIFIERS``
    ("a birthday party"). Issue 13, round 19 (local US news): the gathering made its place a
    party (PTY) and its guests' acts a party's."""
    token = doc[i]
    if token.lower_ not in ("party", "parties") or token.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ in GATHERING_MODIFIERS for c in token.children):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "at" and not token.text[:1].isupper() \
        and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


EXECUTIVE = "executive"
GOVERNMENT = "GOV"


def governing_executives(doc, phrases) -> None:
    """"The Scottish Executive", "the Northern Ireland Executive": a capitalised "Executive"
    that a place or nationality places is that place's government (GOV, CAMEO's executive
    branch), where the role word alone reads a company's executive (BUS). Lower case ("a
    Scottish executive") and a sentence's first word stay BUS. In place."""
    for phrase in phrases:
        actor = phrase.actor
        if phrase.role is None or phrase.role.phrase != EXECUTIVE or actor is None \
                or not actor.country:
            continue
        token = doc[phrase.anchor]
        if token.text != "Executive" or token.is_sent_start:
            continue
        rule = f"{phrase.rule}+executive:GOV"
        phrase.actor = Actor(actor.country, GOVERNMENT, name=actor.name, entry=rule)
        phrase.rule, phrase.kind, phrase.definite = rule, "group", False


TITLE_GENDERS = {**dict.fromkeys(("mr", "mr."), "m"),
                 **dict.fromkeys(("mrs", "mrs.", "ms", "ms.", "miss"), "f")}
"""The gender a title before a surname gives ("Mrs Howard" is a woman)."""
RANK_MALE = word_list("actors", "vocabulary.yaml", "rank_titles_male")
RANK_FEMALE = word_list("actors", "vocabulary.yaml", "rank_titles_female")
RANK_TITLES = {**dict.fromkeys(RANK_MALE, "m"), **dict.fromkeys(RANK_FEMALE, "f")}
"""Titles of knighthood and peerage ("Sir", "Lord", "Baroness") with the gender they give."""


def titled_gender(doc, phrases) -> None:
    """A surname after a gendered title ("Mrs Howard", "Mr Kelly") is no dictionary person of
    the other gender: the roster's Michael Howard is not "Mrs Howard", his wife. A one-word name
    after a title of knighthood or peerage ("Sir Howard", "Lord Harris") is no dictionary person
    whose own names do not hold that title with that word ("Lord Hague" is an alias of the
    roster's William Hague; "Sir Howard" is no surname form of Michael Howard: a knight is
    called by his given name; "Lord Harris", a peer, is not the roster's Kamala Harris). Such a
    phrase loses the person and stays unresolved (coreference may still link it). In place."""
    for phrase in phrases:
        person = phrase.person
        if person is None or phrase.start == 0:
            continue
        title = doc[phrase.start].lower_
        if title not in TITLE_GENDERS:
            title = doc[phrase.start - 1].lower_
        want = TITLE_GENDERS.get(title) if getattr(person, "gender", None) else None
        if want and want != person.gender:
            phrase.actor, phrase.person, phrase.rule = None, None, None
            phrase.gender = want
        elif phrase.end - phrase.start == 1 and _foreign_rank(doc, phrase.start, person):
            phrase.actor, phrase.person, phrase.rule = None, None, None
            phrase.gender = RANK_TITLES[doc[phrase.start - 1].lower_]


def _foreign_rank(doc, at: int, person) -> bool:
    """A title of knighthood or peerage right before the one-word name at ``at`` that the
    person's own names (name, aliases) never write before that word."""
    title = doc[at - 1].lower_
    if title not in RANK_TITLES or not doc[at - 1].is_title:
        return False
    titled = f"{title} {doc[at].lower_}"
    names = [getattr(person, "name", None) or "", *getattr(person, "aliases", ())]
    return not any(f" {titled} " in f" {n.lower()} " for n in names)


SHADOW = "shadow"
OPPOSITION = "OPP"
SHADOW_GAP_POS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ"})


def shadow_offices(doc, phrases) -> None:
    """"The shadow chancellor", "shadow home secretary <name>", "the shadow cabinet": the
    opposition's spokespeople for an office in Westminster-style parliaments (UK, Canada,
    Australia, New Zealand) are the opposition (OPP), as the quotes gold codes them
    (``gold/quotes/NOTES.md``: shadow ministers OPP) and CAMEO codes opposition figures; the
    office's holder is not meant. A government role whose phrase holds, or is preceded by,
    "shadow" (with only nouns, adjectives and "and" between it and the role word) keeps its
    country and becomes OPP; the phrase takes the word in. In place."""
    for phrase in phrases:
        actor = phrase.actor
        if actor is None or actor.sector != "GOV" or "role:" not in (phrase.rule or ""):
            continue
        shadow = _shadow_before(doc, phrase.start)
        if shadow is not None and shadow >= phrase.anchor:
            continue
        if shadow is None:
            continue
        rule = f"{phrase.rule}+shadow:OPP"
        phrase.actor = Actor(actor.country, OPPOSITION, name=None if phrase.office else actor.name,
                             entry=rule)
        if phrase.office:  # "the shadow chancellor" is not the chancellor of the day
            phrase.office, phrase.person = None, None
        if phrase.role is not None:  # a later "the chancellor" is not this role
            phrase.role = replace(phrase.role, title=f"{SHADOW} {phrase.role.title}")
        phrase.title = f"{SHADOW} {phrase.title or _rule_word(rule)}"
        phrase.rule = rule
        phrase.start = min(phrase.start, shadow)


SHADOW_REACH = 4
"""Words back from a role phrase's start that may hold "shadow" ("shadow work and pensions
| secretary")."""


def _shadow_before(doc, start: int) -> int | None:
    sent_start = doc[start].sent.start
    for i in range(start, min(start + SHADOW_REACH, len(doc))):  # "the Tory shadow chancellor"
        if doc[i].lower_ == SHADOW:
            return i
        if doc[i].pos_ not in SHADOW_GAP_POS and doc[i].pos_ != "DET":
            break
    for i in range(start - 1, max(sent_start, start - SHADOW_REACH) - 1, -1):
        if doc[i].lower_ == SHADOW:
            return i
        if doc[i].pos_ not in SHADOW_GAP_POS:
            return None
    return None


def _rule_word(rule: str) -> str:
    """The role word of a rule ("role:chancellor+..." -> "chancellor")."""
    head = rule.split("role:", 1)[-1]
    return head.split("+", 1)[0]
