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


def direct_quotes(text: str, date: str) -> list:
    """Every direct quote detente finds in ``text`` (article date ``date``), in order."""
    return [q for q in detente.code(text, date=date).quotes if q.direct]


def speaker_of_quote(text: str, words: str, date: str):
    """The speaker of the one direct quote whose content opens with ``words`` (the test fails
    when there is not exactly one)."""
    found = [q for q in direct_quotes(text, date) if q.content.startswith(words)]
    assert len(found) == 1, [q.content for q in direct_quotes(text, date)]
    return found[0].speaker
