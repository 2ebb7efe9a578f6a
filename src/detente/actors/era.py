"""An undated text's lesser title against a roster office of another era (review r28c, bug 1).

With no article date, ``resolver.untitled_office`` keeps a roster minister's or opposition
leader's office beside the text's lesser title ("Jane Roe MP" of a roster minister stays GOV,
``HELD_BESIDE``). The roster office is only the person's latest at home, though, and the text may
speak of another time: the title wins again when

- the kept office is a head of government's: a sitting head is titled as such, never by a lesser
  title alone ("Conservative MP Jane Roe" of a later prime minister is an MP), or
- the text names a head of government of the same country, with the head's title, whose terms
  share no day with the kept office ("Labour MP X accused Prime Minister Y": X's later opposition leadership is not
  the era of Y's premiership).
"""

from __future__ import annotations

import datetime as dt

from detente.actors.phrases import Context, Phrase
from detente.actors.roster import FORMER_SECTOR
from detente.records import Actor
from detente.resources import word_list

HEAD_TITLES = frozenset(word_list("quotes", "vocabulary.yaml", "head_of_government_titles"))
"""Titles of a head of government (shared with ``quotes.undated``)."""


def _terms(person, title: str) -> list[tuple[dt.date, dt.date]]:
    return [(o.start, o.end or dt.date.today()) for o in person.offices
            if o.title == title and o.start is not None]


def _heads(phrases: list[Phrase]) -> dict[str, list[tuple[str, list]]]:
    """Country -> (person id, terms) of the heads of government the text itself titles so
    ("Prime Minister Jane Roe"; a bare name is only the roster's undated guess, and a former
    head, ELI, dates nothing)."""
    heads: dict[str, list] = {}
    for p in phrases:
        if p.person is None or p.actor is None or p.actor.sector != "GOV" or p.title not in HEAD_TITLES:
            continue
        if not any(a.kind == "role" and a.role.title == p.title for a in p.atoms):
            continue
        heads.setdefault(p.actor.country, []).append((p.person.id, _terms(p.person, p.title)))
    return heads


def _out_of_era(phrase: Phrase, heads: dict) -> bool:
    if phrase.title in HEAD_TITLES:
        return True
    mine = _terms(phrase.person, phrase.title)
    named = [t for pid, terms in heads.get(phrase.actor.country, []) if pid != phrase.person.id
             for t in terms]
    return bool(mine and named) and not any(s < e2 and s2 < e for s, e in mine for s2, e2 in named)


def titles_out_of_era(phrases: list[Phrase], ctx: Context, held_beside) -> None:
    """Give a person the text's own title where ``held_beside`` kept a roster office the text's
    era excludes (module docstring); ``held_beside(phrase)`` is the title it set aside or None.
    Evidence: ``+title:<the title's words>`` on the entry, as ``untitled_office``'s."""
    if ctx.day is not None:
        return
    heads = _heads(phrases)
    for p in phrases:
        if p.kind != "person" or p.person is None or p.actor is None \
                or p.actor.sector == FORMER_SECTOR:
            continue
        title = held_beside(p)
        if title is None or not _out_of_era(p, heads):
            continue
        entry = f"{p.actor.entry}+title:{title.phrase}"
        p.actor = Actor(p.actor.country, title.sector, name=p.actor.name, entry=entry)
        p.rule, p.title = entry, title.title or title.phrase
