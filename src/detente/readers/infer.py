"""Infer a publication date from an article's own text: its dateline, else its latest
explicit full date."""

from __future__ import annotations

import re
from datetime import date as Date

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for m in names
}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MDY = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+((?:19|20)\d{2})\b")
_ISO = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
_DATELINE_WINDOW = 200
"""A full date this close to the start (``GENEVA, June 16, 2021 (Reuters) -``) is a dateline."""


def _full_dates(text: str):
    for m in _MDY.finditer(text):
        yield m.start(), (int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    for m in _DMY.finditer(text):
        yield m.start(), (int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    for m in _ISO.finditer(text):
        yield m.start(), (int(m.group(1)), int(m.group(2)), int(m.group(3)))


def infer_date(text: str) -> tuple[Date | None, str]:
    """``(date, date_source)``: ``dateline`` for a full date in the opening lines, ``text`` for
    the latest full date mentioned anywhere, ``(None, "none")`` when there is none.

    >>> infer_date("GENEVA, June 16, 2021 (Reuters) - Talks began.")
    (datetime.date(2021, 6, 16), 'dateline')
    """
    found = []
    for pos, (y, m, d) in _full_dates(text):
        try:
            found.append((pos, Date(y, m, d)))
        except ValueError:
            continue
    if not found:
        return None, "none"
    found.sort()
    if found[0][0] < _DATELINE_WINDOW:
        return found[0][1], "dateline"
    return max(d for _, d in found), "text"
