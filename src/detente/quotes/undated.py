"""In or out of government with no article date: the head of government the article names.

``parties.governing`` reads a party's days in national government (``data/parties.tsv``) on the
article's date. An article with none -- an archive text, a corpus stripped of its dates -- left
every party undecided, so "the Tory leader", "a Lib Dem spokesman" and "the Conservatives said"
kept the party sector (PTY) where the gold conventions code the opposition OPP (issue 14 round
28: the BBC politics articles of 2004-05 carry no date). A careful reader dates such a text by
who governs in it: the head of government it names ("Prime Minister Jane Roe", "Roe" resolved
by the roster to her premiership) fixes a term, and a party that governed throughout that term
is the government, one that governed on no day of it the opposition; a term that a party's
periods only partly cover decides nothing.

The head is read from the mentions the actors stage resolved to a roster office whose title is
a head of government's (``head_of_government_titles``) in the party's country. Several heads
named (a former premier recalled beside the present one) vote by their mentions; a tie between
a governing and a non-governing reading decides nothing.

Two readings are set aside (review r28c): a person any mention of the article calls a former
holder (ELI, ``#former-``; "Former prime minister X ... Mr X said") votes with none of their
mentions, and a head whose other office the text names ("X, the finance minister") is dated by
that office's term and the head office's together, since the roster's undated guess (the latest
office) may not be the one the text speaks of.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

from detente.actors.era import HEAD_TITLES
from detente.actors.tables import bundled_people
from detente.records import Mention

ROSTER_OFFICE = re.compile(r"roster:([a-z0-9-]+)#([a-z' -]+)")
ROLE_OFFICE = re.compile(r"(?:^|[>+])role:([a-z' -]+)")
"""An office a role mention names (``role:finance minister``)."""
"""A roster entry of a mention's actor: person id and office title (``roster:tony-blair#prime
minister``); Phoenix people (``roster:phoenix:...``) have no dated office and do not match."""


@lru_cache(maxsize=1)
def _people():
    return bundled_people()


def named_heads(mentions: list[Mention], country: str) -> Counter:
    """(person id, office title) -> mentions, for the heads of government of ``country`` the
    article's mentions resolve to."""
    former = {person for m in mentions if m.actor is not None
              for person, title in ROSTER_OFFICE.findall(m.actor.entry or "")
              if m.actor.sector == "ELI" or title.startswith("former-")}
    heads: Counter = Counter()
    for m in mentions:
        actor = m.actor
        if actor is None or actor.country != country or actor.sector != "GOV":
            continue
        for person, title in ROSTER_OFFICE.findall(actor.entry or ""):
            if title.strip() in HEAD_TITLES and person not in former:
                heads[(person, title.strip())] += 1
    return heads


def _titled(mentions: list[Mention], person: str, title: str) -> bool:
    """True when a mention resolving to ``person`` carries the office ``title`` in its own words."""
    return any(title.lower() in m.text.lower() for m in mentions if m.actor is not None
               and any(p == person for p, _ in ROSTER_OFFICE.findall(m.actor.entry or "")))


def named_offices(mentions: list[Mention]) -> set[str]:
    """The offices the article's role mentions name ("the finance minister")."""
    return {title.strip() for m in mentions if m.actor is not None
            for title in ROLE_OFFICE.findall(m.actor.entry or "")}


def during(periods, start: dt.date, end: dt.date) -> bool | None:
    """True when one period covers ``start``..``end``, False when none touches it, else None."""
    a, b = start.isoformat(), end.isoformat()
    if any(s <= a and (not e or b <= e) for s, e in periods):
        return True
    if not any(s < b and (not e or a < e) for s, e in periods):
        return False
    return None


def _term_status(periods, person: str, title: str, named: set[str]) -> bool | None:
    """The party's standing through the person's ``title`` terms; a home office of theirs the
    text ``named`` as well widens the span to both ("Olaf Scholz, the finance minister")."""
    who = _people().get(person)
    if who is None:
        return None
    heads = [o for o in who.offices if o.title == title and o.start is not None]
    other = [o for o in who.offices if o.title != title and o.title in named
             and o.start is not None and {o.country} == {h.country for h in heads}]
    if other:
        span = heads + other
        return during(periods, min(o.start for o in span),
                       max(o.end or dt.date.today() for o in span))
    found = {during(periods, o.start, o.end or dt.date.today()) for o in heads}
    return found.pop() if len(found) == 1 else None


def governing_undated(periods, mentions: list[Mention], country: str) -> bool | None:
    """Whether a party with national government ``periods`` (ISO day pairs, end empty = still
    in office) governed in an undated article, by the heads of government of ``country`` it
    names; None when it names none or they disagree evenly.

    >>> from detente.records import Actor
    >>> blair = Actor("GBR", "GOV", entry="roster:tony-blair#prime minister")
    >>> named = [Mention("Tony Blair", 0, 10, 0, "PERSON", blair)]
    >>> labour = (("1997-05-02", "2010-05-11"),)
    >>> tories = (("1979-05-04", "1997-05-02"), ("2010-05-11", "2024-07-05"))
    >>> governing_undated(labour, named, "GBR"), governing_undated(tories, named, "GBR")
    (True, False)
    """
    votes: Counter = Counter()
    named = named_offices(mentions)
    for (person, title), n in named_heads(mentions, country).items():
        # a head the text itself titles so ("Chancellor Olaf Scholz") is dated by that office alone,
        # whoever "the finance minister" is (review r28f)
        status = _term_status(periods, person, title, set() if _titled(mentions, person, title) else named)
        if status is not None:
            votes[status] += n
    if votes[True] == votes[False]:
        return None
    return votes[True] > votes[False]
