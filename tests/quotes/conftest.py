"""Shared helpers of the quotes tests: the speakers of a made-up text's direct quotes."""

from __future__ import annotations

import detente


def direct_speakers(text: str, date: str = "2021-03-01") -> list:
    """The speaker of every direct quote detente finds in ``text``, in order."""
    return [q.speaker for q in detente.code(text, date=date).quotes if q.direct]


def sole_speaker(text: str, date: str = "2021-03-01"):
    """The speaker of the text's one direct quote (the test fails when there is not exactly one)."""
    speakers = direct_speakers(text, date)
    assert len(speakers) == 1, speakers
    return speakers[0]


def direct_quotes(text: str, date: str | None) -> list:
    """Every direct quote detente finds in ``text`` (article date ``date``), in order."""
    return [q for q in detente.code(text, date=date).quotes if q.direct]


def speaker_of_quote(text: str, words: str, date: str | None, *, direct: bool = True):
    """The speaker of the one direct quote (any quote with ``direct=False``) whose content opens
    with ``words`` (the test fails when there is not exactly one)."""
    quotes = direct_quotes(text, date) if direct else detente.code(text, date=date).quotes
    found = [q for q in quotes if q.content.startswith(words)]
    assert len(found) == 1, [q.content for q in quotes]
    return found[0].speaker


def last_speaker(text: str, date: str | None, *, required: bool = True):
    """The speaker of the text's last direct quote; with ``required`` the test fails when there is
    none, else None."""
    quotes = direct_quotes(text, date)
    if required:
        assert quotes
    return quotes[-1].speaker if quotes else None


def speaker_rules(text: str, date: str) -> list[tuple]:
    """Each direct quote as ``(content, speaker name, speaker rule)``."""
    return [(q.content, q.speaker.name if q.speaker else None, q.speaker.rule if q.speaker else None)
            for q in direct_quotes(text, date)]


def quote_rules(text: str, date: str) -> list[tuple]:
    """Each direct quote as ``(content, speaker name, the quote's own rule)``."""
    return [(q.content, q.speaker.name if q.speaker else None, q.rule) for q in direct_quotes(text, date)]


def speaker_codes(text: str, date: str | None) -> list[tuple]:
    """Each direct quote's resolved speaker as ``(country, sector, entry or "")``; quotes without
    a resolved speaker are left out."""
    return [(q.speaker.actor.country, q.speaker.actor.sector, q.speaker.actor.entry or "")
            for q in direct_quotes(text, date) if q.speaker and q.speaker.actor]


def country_sector(speaker) -> tuple:
    """A speaker's ``(country, sector)``, ``(None, None)`` when unresolved."""
    return (speaker.actor.country, speaker.actor.sector) if speaker.actor else (None, None)


def speaker_words(text: str, speaker) -> str:
    """The characters of ``text`` the speaker spans."""
    return text[speaker.start:speaker.end]


def added_clause(art, quote, rule: str, opening: str):
    """The one reported clause that rule ``rule`` added around ``quote`` in the coded article
    ``art``, checked: not direct, opening with ``opening``, holding the quote, with the quote's
    cue and speaker and ``rule<`` + the quote's rule as evidence (q75's and q77's clauses)."""
    added = [q for q in art.quotes if (q.rule or "").startswith(f"{rule}<")]
    assert len(added) == 1, [(q.content, q.rule) for q in art.quotes]
    clause = added[0]
    assert not clause.direct and clause.content.startswith(opening)
    assert clause.start < quote.start and quote.end <= clause.end
    assert clause.cue_start == quote.cue_start and clause.speaker == quote.speaker
    assert clause.rule == f"{rule}<{quote.rule}"  # the quote's evidence is kept
    assert art.article.text[clause.start:clause.end] == clause.content
    return clause
