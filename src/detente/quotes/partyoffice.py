"""A roster person the text titles by a party office speaks for the party.

The roster knows what office of state a politician held on a day ("chancellor of the duchy of
Lancaster"); an article that titles them only by a party's own office ("Labour election
co-ordinator Jo Roe", "Tory party chairman Jo Roe") quotes them in that capacity, as the gold
codes them (PTY, ``gold/quotes/bbc/NOTES.md``: "Labour as a party PTY"). ``parties.in_or_out``
reads such a title over the roster's office when the text names none of that office's words
(issue 14 round 34, branch q73); a minister titled by their ministry, or a party's leader or
MP (the offices of state and parliament), is left to the roster.
"""

from __future__ import annotations

from detente.nlp import columns, doc_text
from detente.resources import word_list

__all__ = ["party_office_title", "roster_title"]

PARTY_OFFICE_WORDS = word_list("quotes", "vocabulary.yaml", "party_office_words")
"""The offices of a party's own organisation ("chairman", "election co-ordinator")."""
RUN = 4
"""Tokens read after a party's name for its office ("election co-ordinator": up to four with
the hyphen's pieces)."""
TITLE_FILLERS = frozenset({"of", "the", "for", "and", "to", "in", "state", "secretary",
                           "minister", "chancellor"})
"""Words of a roster title too common to tell one office from another: the title's other words
("health", "duchy", "lancaster") must be absent from the text's description."""
PAST_WORDS = word_list("actors", "sectors.yaml", "former_words") | {"then"}
"""Words that put the party office in the past ("Former Labour chairman", "Labour's then
chairman"): the speaker no longer holds it, and the roster's office stands (review r34c)."""


def roster_title(entry: str | None) -> str | None:
    """The office title of a roster entry ("roster:jo-roe#health secretary": "health
    secretary"); None for no roster office (a nationality or a former office)."""
    entry = (entry or "").split("+")[0]
    if not entry.startswith("roster:") or "#" not in entry:
        return None
    title = entry.split("#", 1)[1]
    return None if title.startswith(("nationality", "former")) else title


def party_office_title(doc, tokens: list[int], party_ends: list[int], entry: str | None) -> bool:
    """True when a party's name ending at a token of ``party_ends`` is followed, inside the
    description ``tokens``, by a party office ("Labour election co-ordinator") and the
    description holds no distinctive word of the roster's office title of ``entry``."""
    title = roster_title(entry)
    if title is None:
        return False
    lower, idx = columns(doc).lower, columns(doc).idx
    have = set(tokens)
    distinctive = {w for w in title.split() if w not in TITLE_FILLERS}
    if any(lower[i] in distinctive for i in tokens):
        return False  # "Labour health secretary Jo Roe": the text names the office
    text = doc_text(doc)
    for last in party_ends:
        start = last + 1
        if start >= len(doc) or start not in have:
            continue
        for k in range(start, min(start + RUN, len(doc))):
            if doc[k].text != "-" and (k not in have or doc[k].is_punct):
                break  # a hyphen inside the office ("co-ordinator") may be left out of it
            phrase = text[idx[start]:idx[k] + len(doc[k].text)].lower()
            if any(phrase == w or phrase.endswith(" " + w) for w in PARTY_OFFICE_WORDS):
                return not _past(doc, lower, tokens, last, k)
    return False


def _past(doc, lower, tokens: list[int], last: int, end: int) -> bool:
    """True when a past word ("former", "ex", "then") of the description sits against the party
    office: between the party's last token ``last`` and the office's last token ``end``
    ("Labour's former chairman"), or before the party with only its capitalised words and
    hyphens between ("Former Labour chairman", "Ex-Labour chairman"). A past word of something
    else does not count ("Former miner and Labour chairman X", "The late Robin Cook's
    successor as Labour chairman")."""
    for i in tokens:
        if lower[i] not in PAST_WORDS or i >= end:
            continue
        if i > last or all(doc[j].text == "-" or doc[j].text[:1].isupper()
                           for j in range(i + 1, last + 1)):
            return True
    return False
