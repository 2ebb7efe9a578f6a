"""National party names, as a body and before a role (issue 14, round 14).

CAMEO and the gold conventions code a political party ``PTY`` of its country
(``gold/CONVENTIONS.md``: parties PTY; UK Labour, the Conservatives and the Liberal Democrats
GBR PTY). The party names news writes bare ("Labour", "the Tories", "the Lib Dems", "UKIP")
were no actor: no table of the actors stage held them, and spaCy labels them now ORG, now
NORP, now PERSON. The quotes stage's table of parties (``quotes/data/parties.tsv``: the parties
of parliamentary countries, read here as data, not as code) gives each name its country
candidates ("Labour": GBR or NZL; "Tory": GBR or CAN; "Lib Dem": GBR).

- **A party as a body** ("Labour", "the Tories", "the Liberal Democrats", "the Lib Dems'"): an
  unresolved name phrase whose words, without "the", a possessive and a last "Party", are a
  party name of the table: ``PTY`` of the party's country.
- **A party before a role** ("Tory spokesman", "Labour MPs", "the Lib Dem leader", "UKIP
  leader <name>"): the role takes the party's country; a party office (``party_office_words``:
  leader, spokesman, official ...) is ``PTY`` -- the role word alone had read GOV, an office
  holder ("the Tory leader" was taken for a head of government) or, for "Labour leader", the
  labour movement -- and so are a party's "rebels" (its dissenting members, no armed group);
  a legislator stays LEG, a minister GOV.

A party name the tagger split ("the Liberal | Democrats": spaCy's entity is "Democrats", the
words before it no phrase's) is read whole: when one or two capitalised words right before an
unresolved phrase, outside every other phrase, complete the phrase's words to a party name of
the table, that longer name is the party and the phrase takes those words (issue 14, round 26,
branch a48: bare "Democrats" had no country in four UK articles).

Which country: the one of the name's candidates that the article names through its other
resolved actors; else the one country every party name of the article shares ("Labour" and
"the Tories" together are British, Tory being GBR or CAN); else the name's only candidate when
the name is no common word (``party_common_words``: "Labor", "Liberal", "National",
"Congress", "Coalition", "Greens" name other things). Otherwise nothing is placed. Entry
``party:<name>:<country>``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from detente.actors.arrays import CLOSING_POSSESSIVES
from detente.actors.phrases import Phrase
from detente.actors.tables import read_tsv
from detente.nlp import columns, doc_text
from detente.records import Actor
from detente.resources import data_path, word_list

PARTY = "PTY"
PARTY_OFFICE_WORDS = word_list("actors", "vocabulary.yaml", "party_office_words")
PARTY_COMMON_WORDS = word_list("actors", "vocabulary.yaml", "party_common_words")
REPLACED_SECTORS = frozenset({"GOV", "LAB", "BUS", "PTY", None})
"""Sectors a party office reading replaces: the role word read alone (GOV; BUS for a
"chief executive"), the labour movement "Labour" read as a union (LAB), none."""
DISSENT_SECTORS = frozenset({"REB", "OPP"})
"""A party's "rebels" or "dissidents" are its own members voting against it ("Labour
rebels"), no armed group: PTY."""
KEPT_ACTOR_SECTORS = frozenset({"LEG"})
LONGEST = 3
OFFICE_MODIFIER_POS = frozenset({"NOUN", "ADJ"})
"""Parts of speech of the lower-case word of a two-word party office ("elections chief", "deputy
leader"): a verb before an office word is no part of it ("Labour said chairman | Jo Roe")."""
PEERAGE_TITLES = word_list("actors", "vocabulary.yaml", "peerage_titles")
NAME_TITLES = word_list("actors", "sectors.yaml", "person_titles") | PEERAGE_TITLES
"""Titles between a party office and a person's name ("elections chief Lord Jo Roe")."""
POSSESSIVES = frozenset(CLOSING_POSSESSIVES)
DETERMINERS = frozenset({"the"})


@lru_cache(maxsize=1)
def party_countries() -> dict[str, frozenset[str]]:
    """Party name as news writes it -> the countries whose party it names."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(data_path("quotes", "parties.tsv")):
        for name in row["names"].split("|"):
            out.setdefault(name, set()).add(row["country"])
    return {k: frozenset(v) for k, v in out.items()}


def _words(doc, start: int, end: int) -> list[str]:
    cols = columns(doc)
    return [doc_text(doc)[cols.idx[i]:cols.idx[i] + cols.length[i]] for i in range(start, end)]


def _body_name(words: list[str]) -> str | None:
    """The party a whole phrase names ("the Lib Dems'", "Labour Party"), else None."""
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    while words and words[-1] in POSSESSIVES:
        words = words[:-1]
    if not words:
        return None
    name = " ".join(words)
    if name in party_countries():
        return name
    if len(words) > 1 and words[-1] in ("Party", "party"):
        stem = " ".join(words[:-1])
        return stem if stem in party_countries() else None
    return None


def _modifier_name(words: list[str]) -> str | None:
    """The party named before the role: the longest run of the phrase's first words."""
    skip = 1 if words and words[0].lower() in DETERMINERS else 0
    for n in range(min(LONGEST, len(words) - skip - 1), 0, -1):
        name = " ".join(words[skip:skip + n])
        if name in party_countries() and name[:1].isupper():
            return name
    return None


def _name_before(doc, phrases: list[Phrase], k: int) -> str | None:
    """A party name right before the phrase, outside it and outside any other phrase ("the
    Lib Dem | leader Charles Kennedy"): the longest run of words ending at its start."""
    start, end = phrases[k].start, phrases[k].end
    sent_start = doc[start].sent.start
    taken = None  # words of other phrases among the LONGEST before this one, once a name is found
    for n in range(LONGEST, 0, -1):
        if start - n < sent_start:
            continue
        for inside in range(min(LONGEST - 1, end - start - 1), -1, -1):
            # a name the phrase's first words finish ("Liberal | Democrat leader") is that
            # name: "Liberal" alone would be another country's party
            name = " ".join(_words(doc, start - n, start + inside))
            if name in party_countries() and name[:1].isupper():
                if taken is None:
                    taken = _taken_before(phrases, k, start - LONGEST, start)
                if any(i in taken for i in range(start - n, start)):
                    break  # the n words reach into another phrase: fewer words
                return name
    return None


def _split_name(doc, phrases: list[Phrase], k: int, words: list[str]) -> tuple[str, int] | None:
    """A party name one or two capitalised words before the phrase complete ("Liberal |
    Democrats"), and the token it starts at; None when the phrase opens with a determiner, the
    words are another phrase's or no longer name results (module docstring)."""
    start = phrases[k].start
    if not words or words[0].lower() in DETERMINERS:
        return None
    sent_start = doc[start].sent.start
    own = _body_name(words)
    for n in range(LONGEST - 1, 0, -1):
        if start - n < sent_start:
            continue
        before = _words(doc, start - n, start)
        if not all(w[:1].isupper() and w.isalpha() for w in before):
            continue
        name = _body_name(before + words)
        if name is None or name == own or not name[:1].isupper():
            continue
        if any(i in _taken_before(phrases, k, start - n, start) for i in range(start - n, start)):
            continue
        return name, start - n
    return None


def _taken_before(phrases: list[Phrase], k: int, low: int, start: int) -> set[int]:
    """Tokens ``low``..``start - 1`` inside phrases other than ``phrases[k]``."""
    return {i for j, p in enumerate(phrases) if j != k and p.end > low and p.start < start
            for i in range(max(p.start, low), min(p.end, start))}


def _country(name: str, named: set[str], names: set[str]) -> str | None:
    candidates = party_countries()[name]
    here = candidates & named
    if len(here) == 1:
        return next(iter(here))
    shared = set(candidates)
    for other in names:
        shared &= party_countries()[other]
    if len(names) > 1 and len(shared) == 1:
        return next(iter(shared))
    if len(candidates) == 1 and name.lower() not in PARTY_COMMON_WORDS:
        return next(iter(candidates))
    return None


def place_parties(doc, phrases: list[Phrase]) -> None:
    """Place party names and party-modified roles (module docstring); in place."""
    found: list[tuple[int, str, str]] = []  # (phrase index, party name, how)
    for k, phrase in enumerate(phrases):
        if phrase.kind == "pron":
            continue
        words = _words(doc, phrase.start, phrase.end)
        if phrase.actor is None or phrase.actor.country is None:
            split = _split_name(doc, phrases, k, words) if phrase.role is None else None
            if split is not None:  # "Liberal | Democrats" (a48)
                phrase.start = split[1]
            name = split[0] if split is not None else _body_name(words)
            if name is not None and phrase.role is None:
                found.append((k, name, "body"))
                continue
        if phrase.role is not None or (phrase.rule or "").find("role:") >= 0:
            hit = _modifier_name(words) or _name_before(doc, phrases, k)
            if hit is not None:
                found.append((k, hit, "role"))
        elif _unplaced_name(phrase):
            office = _office_before(doc, phrase.start)
            if office is not None:  # "Lib Dem chairman | Jo Roe" (q62)
                found.append((k, office[0], "office:" + office[1]))
    if not found:
        return
    partied = {k for k, _, _ in found}
    named = {p.actor.country for k, p in enumerate(phrases)
             if k not in partied and p.actor is not None and p.actor.country}
    names = {name for _, name, _ in found}
    for k, name, how in found:
        country = _country(name, named, names)
        if country is None:
            continue
        phrase = phrases[k]
        entry = f"party:{name}:{country}"
        if how == "body":
            phrase.actor = Actor(country, PARTY, name=name, entry=entry)
            phrase.rule = entry
            phrase.kind = "group"
            continue
        if how.startswith("office:"):
            word = how.removeprefix("office:")
            _party_role(phrase, country, f"office-before:{word}+{entry}", word)
            continue
        _party_role(phrase, country, entry)


def _unplaced_name(phrase: Phrase) -> bool:
    """A person's name no table knows and no title in it placed (the tagger's "Jo Roe" of
    "Lib Dem chairman Jo Roe")."""
    return phrase.label == "PERSON" and phrase.person is None and phrase.role is None \
        and (phrase.actor is None or phrase.actor.sector is None)


def _office_before(doc, start: int) -> tuple[str, str] | None:
    """A party office the tagger left outside a person's name, right before it: the party name
    and the office words ("Lib Dem chairman | Jo Roe": ("Lib Dem", "chairman"); "the Labour
    general secretary | Jo Roe"), or None. The office is one or two words of
    ``party_office_words`` or a lower-case word and one of them ("elections chief"), after the
    party's possessive or not and before a title or not ("Lib Dem's elections chief Lord | Jo
    Roe"); the party the longest run of up to ``LONGEST`` capitalised words before it that
    ``quotes/data/parties.tsv`` names."""
    sent_start = doc[start].sent.start
    if start > sent_start and doc[start - 1].lower_ in NAME_TITLES:
        start -= 1  # "elections chief Lord | Jo Roe"
    low = max(sent_start, start - LONGEST - 3)
    words = _words(doc, low, start)
    for n in (2, 1):
        office = " ".join(words[len(words) - n:]).lower() if len(words) > n else ""
        last = office.split(" ")[-1]
        if office not in PARTY_OFFICE_WORDS and not (
                n == 2 and last in PARTY_OFFICE_WORDS and office.split(" ")[0].isalpha()
                and words[len(words) - 2].islower()
                and doc[start - 2].pos_ in OFFICE_MODIFIER_POS):  # "campaign chief", "deputy
            continue  # leader"; not a verb ("The SNP thanked chairman | Jo Roe"; review r30c)
        before = words[:len(words) - n]
        if before and before[-1] in POSSESSIVES:
            before = before[:-1]  # "Lib Dem's elections chief"
        for m in range(min(LONGEST, len(before)), 0, -1):
            name = " ".join(before[len(before) - m:])
            if name in party_countries() and name[:1].isupper():
                return name, office
    return None


def _party_role(phrase: Phrase, country: str, entry: str, office_word: str | None = None
                ) -> None:
    actor = phrase.actor or Actor(None, None)
    role = phrase.role
    word = (office_word or phrase.title or (role.phrase if role else "")
            or _rule_role(phrase.rule)).lower()
    office = word in PARTY_OFFICE_WORDS or word.split(" ")[-1] in PARTY_OFFICE_WORDS
    from_role = phrase.person is None or "role:" in (phrase.rule or "")
    if actor.country not in (None, country) and not from_role and not phrase.office:
        return  # a roster person of another country keeps their own
    if (office and (actor.sector in REPLACED_SECTORS or phrase.office)) \
            or (actor.sector in DISSENT_SECTORS and "shadow:" not in (phrase.rule or "")):
        sector = PARTY
    else:
        sector = actor.sector
    rule = f"{phrase.rule}+{entry}" if phrase.rule else entry
    if phrase.office or (phrase.person is not None and "role:" not in (phrase.rule or "")
                         and actor.country != country):
        phrase.office, phrase.person = None, None  # "the Tory leader" is no head of government
        phrase.actor = Actor(country, sector, entry=rule)
    else:
        phrase.actor = replace(actor, country=country, sector=sector,
                               code=None, entry=rule)
    phrase.rule = rule


def _rule_role(rule: str | None) -> str:
    """The role word a name phrase's title gave ("role:executive+..." -> "executive")."""
    found = re.search(r"role:([^+]+)", rule or "")
    return found.group(1) if found else ""
