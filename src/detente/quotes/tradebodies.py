"""Trade associations: membership bodies of firms that speak for business.

A body whose name ends in a membership word ("Association", "Federation", "Chamber") reads as a
voluntary body (NGO) by that word; one of firms of a trade ("the Seaview Hotel Association",
"the Confederation of Shipping Industries", "the Northern Retailers Federation") speaks for
business, and the gold codes it and its officers BUS. ``trade_body`` tells them apart by the
words of the body's own name (``vocabulary.yaml``: ``trade_body_heads``, ``trade_words``).
"""

from __future__ import annotations

from detente.quotes.rolewords import VOCABULARY
from detente.resources import word_list

__all__ = ["trade_body"]

TRADE_BODY_HEADS = word_list("quotes", VOCABULARY, "trade_body_heads")
TRADE_WORDS = word_list("quotes", VOCABULARY, "trade_words")
NAME_JOINS = frozenset({"of", "&", "and", "'s", "for"})
"""Words inside one body's name ("Confederation of British Industry", "Hotels & Restaurants
Association")."""
LONGEST_NAME = 6
"""Words of a body's name read on each side of its head word."""


def trade_body(doc, head: int) -> str | None:
    """The trade word of the capitalised name a membership word at token ``head`` closes or
    opens ("Hotel" of "the Seaview Hotel Association"), or None when ``head`` is no such word
    or its name names no trade (a lower-case "association", "the Teachers Association").

    >>> import spacy; nlp = spacy.blank("en")
    >>> trade_body(nlp("the Seaview Hotel Association said"), 3)
    'hotel'
    >>> trade_body(nlp("the Seaview Walkers Association said"), 3) is None
    True
    """
    token = doc[head]
    if token.lower_ not in TRADE_BODY_HEADS or not token.is_title:
        return None
    for step in (-1, 1):
        for word in _name_words(doc, head, step):
            if word.lower_ in TRADE_WORDS or word.lemma_.lower() in TRADE_WORDS:
                return word.lower_
    return None


def _name_words(doc, head: int, step: int) -> list:
    """The capitalised words of the name on one side of token ``head`` (joins skipped;
    after the head only past an "of": "Confederation of British Industry")."""
    out, j = [], head + step
    if step > 0 and (j >= len(doc) or doc[j].lower_ != "of"):
        return out
    while 0 <= j < len(doc) and abs(j - head) <= LONGEST_NAME:
        word = doc[j]
        if word.is_title or word.is_upper:
            out.append(word)
        elif word.lower_ not in NAME_JOINS:
            break
        j += step
    return out
