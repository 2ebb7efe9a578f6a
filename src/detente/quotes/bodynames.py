"""The kind of a body no table knows, from the words of its own name.

- **Trade associations**: a body whose name ends in a membership word ("Association", "Federation", "Chamber") reads as a
voluntary body (NGO) by that word; one of firms of a trade ("the Seaview Hotel Association",
"the Confederation of Shipping Industries", "the Northern Retailers Federation") speaks for
business, and the gold codes it and its officers BUS. ``trade_body`` tells them apart by the
words of the body's own name (``vocabulary.yaml``: ``trade_body_heads``, ``trade_words``).
- **Faith bodies**: a council, board or conference named by a faith ("the Hindu Council of
  Britain", "the Jewish Board of Deputies") speaks for a religious community, REL
  (``faith_body_heads``, ``faith_body_words``); a party ("Christian Democratic Union") or an
  armed group has no such head word.
- **A name before its kind**: a capitalised name closed by a lower-case body noun it modifies
  ("the Fair Fares alliance", "the Clean Rivers campaign") is a body of that noun's sector,
  though the tagger's name stops before the noun; a name a table knows keeps that table's
  sector ("the Hamas movement": REB, "the Labour group": PTY).
"""

from __future__ import annotations

from functools import lru_cache

from detente.actors.tsv import read_tsv
from detente.quotes.rolewords import VOCABULARY
from detente.resources import data_path, word_list

__all__ = ["name_kind", "trade_body"]

TRADE_BODY_HEADS = word_list("quotes", VOCABULARY, "trade_body_heads")
TRADE_WORDS = word_list("quotes", VOCABULARY, "trade_words")
TRADE_STAFF_WORDS = word_list("quotes", VOCABULARY, "trade_staff_words")
FAITH_BODY_HEADS = word_list("quotes", VOCABULARY, "faith_body_heads")
FAITH_BODY_WORDS = word_list("quotes", VOCABULARY, "faith_body_words")
NAME_JOINS = frozenset({"of", "&", "and", "'s", "for"})
"""Words inside one body's name ("Confederation of British Industry", "Hotels & Restaurants
Association")."""
LONGEST_NAME = 6
"""Words of a body's name read on each side of its head word."""


def name_kind(doc, words: list) -> tuple[str, str] | None:
    """(sector, evidence) of a body speaking under the name ``words`` (tokens) by the words of
    that name: a trade association (BUS), a faith body (REL), or the lower-case body noun the
    name modifies (its sector); None when none of these.

    >>> import spacy; nlp = spacy.blank("en"); doc = nlp("The Hindu Council of Britain said")
    >>> name_kind(doc, list(doc[1:5]))
    ('REL', 'name:council>hindu')
    """
    last = words[-1]
    if (trade := trade_body(doc, last.i)) is not None:  # "the Seaview Hotel Association"
        return "BUS", f"name:{last.lower_}>{trade}"
    head = next((t for t in words if t.lower_ in FAITH_BODY_HEADS and t.is_title), None)
    faith = next((t for t in words if t.lower_ in FAITH_BODY_WORDS and t.is_title), None)
    if head is not None and faith is not None and faith.i < head.i:
        return "REL", f"name:{head.lower_}>{faith.lower_}"
    return _kind_noun(doc, words)


def _kind_noun(doc, words: list) -> tuple[str, str] | None:
    """The sector of the lower-case body noun a capitalised name modifies, closing the speaker's
    words or right after them ("the Fair Fares alliance": NGO)."""
    from detente.quotes.rolewords import political_campaign, role_words

    noun = words[-1]
    if not noun.is_lower:
        noun = doc[noun.i + 1] if noun.i + 1 < len(doc) else noun
    if not noun.is_lower or noun.pos_ != "NOUN" or not any(
            (t.is_title or t.is_upper) and t.head.i == noun.i for t in words if t.i < noun.i):
        return None
    role = role_words().get(noun.lemma_.lower()) or role_words().get(noun.lower_)
    if role is None or role.kind != "body" or not role.sector or political_campaign(noun) \
            or noun.lower_ in AMBIGUOUS_BODY_NOUNS:
        return None  # "the Smith campaign" is a candidate's (describe: PTY)
    name = " ".join(t.text for t in doc[words[0].i:noun.i] if not t.is_punct)
    known = known_bodies().get(name.removeprefix("the ").removeprefix("The ").lower())
    if known is not None:  # "the Hamas movement" (REB), "the Labour group" (PTY)
        return known[0], f"name-before:{role.phrase}>{known[1]}"
    return role.sector, f"name-before:{role.phrase}"


AMBIGUOUS_BODY_NOUNS = frozenset({"network"})
"""Body nouns that name bodies of unlike sectors after a name: a broadcaster ("the CBS
network") and an advocacy network alike (``vocabulary.yaml``, round 25)."""


@lru_cache(maxsize=1)
def known_bodies() -> dict[str, tuple[str, str]]:
    """Lower-cased names of the bodies the actors stage's ``organisations.tsv`` and this
    stage's ``parties.tsv`` know -> (sector, evidence): a known name before a body noun keeps
    its own table's sector ("the Hamas movement": REB, "the Likud coalition": PTY), never the
    noun's (round 29, f63)."""
    out = {}
    for row in read_tsv(data_path("quotes", "parties.tsv")):
        for name in row["names"].split("|"):
            out.setdefault(name.lower(), ("PTY", f"party:{name}"))
    for row in read_tsv(data_path("actors", "organisations.tsv")):
        for name in row["names"].split("|"):
            if row["sector"]:
                out.setdefault(name.lower(), (row["sector"], f"org:{row['id']}"))
    return out


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
    words = _name_words(doc, head, -1) + _name_words(doc, head, 1)
    if any(w.lower_ in TRADE_STAFF_WORDS for w in words):
        return None  # "the Hotel Workers Federation": a union of the trade's staff
    return next((w.lower_ for w in words
                 if w.lower_ in TRADE_WORDS or w.lemma_.lower() in TRADE_WORDS), None)


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
