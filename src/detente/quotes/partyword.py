""""Party leader", "the party's chief executive": the party the article named before
(issue 14, round 14).

A politician's title may name their party by the common noun alone ("Party leader Jane Roe
said", "party chief executive Lord Bell", "the party's treasurer"); the party is then the one
the article named last before the title. ``parties.in_or_out`` reads it as it reads a party
named in the title ("Tory leader"): out of government on the article's date, OPP; in
government, a party office PTY.
"""

from __future__ import annotations

from detente.nlp import columns

PARTY_NOUNS = frozenset({"party"})
LOOK_BACK = 400
"""Tokens before the title in which the party named before is looked for (a few paragraphs)."""


def party_referred(doc, tokens: list[int], country: str) -> str | None:
    """The party of ``country`` named last before the description ``tokens`` when they hold
    the common noun "party" right before a politician's role ("Party leader", "the party's
    chief executive"); None otherwise, or when no party of that country is named before."""
    from detente.quotes.parties import _is_role, _party_at

    lower = columns(doc).lower
    have = set(tokens)
    at = None
    for i in tokens:
        if lower[i] not in PARTY_NOUNS or i + 1 >= len(doc):
            continue
        nxt = i + 1 if lower[i + 1] not in ("'s", "’s") else i + 2
        role = next((k for k in range(nxt, min(nxt + 3, len(doc))) if k in have
                     and _is_role(doc[k])), None)
        if role is not None and all(k in have for k in range(nxt, role)) and not (
                i > 0 and doc[i - 1].is_title and doc[i - 1].dep_ == "compound"
                and doc[i - 1].head.i == i):  # "Labour Party leader": named in the title
            at = i
            break
    if at is None:
        return None
    window = set(range(max(0, at - LOOK_BACK), at))
    found = None
    for k in sorted(window):
        got = _party_at(doc, k, country, window)
        if got is not None:
            found = got[0]
    return found
