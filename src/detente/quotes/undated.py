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
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

from detente.actors.tables import bundled_people
from detente.records import Mention
from detente.resources import word_list

HEAD_TITLES = word_list("quotes", "vocabulary.yaml", "head_of_government_titles")
ROSTER_OFFICE = re.compile(r"roster:([a-z0-9-]+)#([a-z' -]+)")
"""A roster entry of a mention's actor: person id and office title (``roster:tony-blair#prime
minister``); Phoenix people (``roster:phoenix:...``) have no dated office and do not match."""


@lru_cache(maxsize=1)
def _people():
    return bundled_people()


def named_heads(mentions: list[Mention], country: str) -> Counter:
    """(person id, office title) -> mentions, for the heads of government of ``country`` the
    article's mentions resolve to."""
    heads: Counter = Counter()
    for m in mentions:
        actor = m.actor
        if actor is None or actor.country != country or actor.sector != "GOV":
            continue
        for person, title in ROSTER_OFFICE.findall(actor.entry or ""):
            if title.strip() in HEAD_TITLES:
                heads[(person, title.strip())] += 1
    return heads


def _during(periods, start: dt.date, end: dt.date) -> bool | None:
    """True when one period covers ``start``..``end``, False when none touches it, else None."""
    a, b = start.isoformat(), end.isoformat()
    if any(s <= a and (not e or b <= e) for s, e in periods):
        return True
    if not any(s < b and (not e or a < e) for s, e in periods):
        return False
    return None


def _term_status(periods, person: str, title: str) -> bool | None:
    who = _people().get(person)
    if who is None:
        return None
    found = {_during(periods, o.start, o.end or dt.date.today()) for o in who.offices
             if o.title == title and o.start is not None}
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
    for (person, title), n in named_heads(mentions, country).items():
        status = _term_status(periods, person, title)
        if status is not None:
            votes[status] += n
    if votes[True] == votes[False]:
        return None
    return votes[True] > votes[False]
