"""What an article is about, to confirm that two similar texts report the same happening.

Text similarity (MinHash) only proposes candidates: a wire template ("{A} recalled its
ambassador to {B} on Monday, the foreign ministry said...") printed for ten different country
pairs over nine months is textually near-identical every time. A candidate joins a story only
when the two articles are also about the same things, published close in time:

- **about**: the actors and places the coding stages resolved (country codes, named people and
  organisations, places), each counted as often as it is mentioned, a wire dateline left out
  (it says where the story was filed, not what it is about). One article may name more than
  the other (a byline, a cut paragraph, an added background sentence), so the test is
  containment: the share of the smaller multiset found in the larger one must reach
  ``ABOUT_CONTAINMENT``. Counting mentions lets the actors a story is about (named again and
  again) outweigh a name that a copy adds or cuts once.
- **published**: publication dates at most ``DAYS`` apart; up to ``UPDATE_DAYS`` for a clear
  update of one report (text similarity at least ``UPDATE_SIMILARITY``, the same things named
  and no conflicting numbers).
- **numbers**: within the short window numbers may change (a death toll rises, a figure is
  corrected); beyond it they must agree.

Unknown parts (no date, nothing resolved) never refuse a join: the test can only say no on
evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date as Date

from detente.places.toponyms import DATELINE
from detente.records import CodedArticle

ABOUT_CONTAINMENT = 0.7
"""Share of the smaller "about" set that the larger one must hold."""
DAYS = 3
"""Publication dates further apart than this are different happenings..."""
UPDATE_DAYS = 14
"""...unless the text is a clear update of the same report, within this many days."""
UPDATE_SIMILARITY = 0.8
"""Estimated Jaccard similarity from which a later text counts as an update of the earlier."""
NUMBER_AGREEMENT = 0.5
"""Beyond ``DAYS``, the share of the smaller set of numbers the other must hold."""

_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")


@dataclass(frozen=True)
class StoryContext:
    """The parts of an article that a copy keeps and another happening changes."""

    published: Date | None = None
    """Publication date, when known."""
    about: tuple[str, ...] = ()
    """Keys of the actors and places named, sorted, once per mention: ``c:RUS`` (country or
    organisation code), ``n:vladimir putin`` (a named person or body), ``p:6458923`` (a place)."""
    numbers: frozenset[str] = field(default_factory=frozenset)
    """Numbers written in the text, without thousands separators."""


def story_context(coded: CodedArticle) -> StoryContext:
    """The story context of a coded article (its mentions, places and text).

    >>> from detente.records import Actor, Article, Mention
    >>> art = Article(id="a", text="Russia recalled 2 envoys.", date=Date(2021, 3, 1))
    >>> m = Mention(text="Russia", start=0, end=6, sentence=0, label="GPE",
    ...             actor=Actor(country="RUS", sector=None))
    >>> ctx = story_context(CodedArticle(article=art, mentions=[m]))
    >>> ctx.about, sorted(ctx.numbers)
    (('c:RUS',), ['2'])
    """
    text = coded.article.text
    dateline = DATELINE.match(text)
    body_start = dateline.end() if dateline else 0
    about: list[str] = []
    for mention in coded.mentions:
        actor = mention.actor
        if actor is None or mention.start < body_start:
            continue
        if actor.country:
            about.append(f"c:{actor.country}")
        if actor.name:
            about.append(f"n:{actor.name.lower()}")
    for place in coded.places:
        if place.metonym or place.start < body_start:
            continue
        if place.geonames_id is not None:
            about.append(f"p:{place.geonames_id}")
        elif place.name:
            about.append(f"p:{place.name.lower()}")
    numbers = {m.group().replace(",", "") for m in _NUMBER.finditer(text)}
    return StoryContext(published=coded.article.date, about=tuple(sorted(about)),
                        numbers=frozenset(numbers))


def containment(a, b) -> float | None:
    """Share of the smaller multiset found in the larger one (None when either is empty).

    >>> containment(("c:RUS", "c:USA"), ("c:RUS", "c:UN", "c:USA"))
    1.0
    >>> containment(("c:RUS", "c:RUS", "c:USA"), ("c:FRA", "c:RUS", "c:DEU"))
    0.3333333333333333
    """
    if not a or not b:
        return None
    ca, cb = Counter(a), Counter(b)
    return sum((ca & cb).values()) / min(ca.total(), cb.total())


def refusal(new: StoryContext, old: StoryContext, similarity: float) -> str | None:
    """Why ``new`` is not the same happening as ``old`` (a candidate of text ``similarity``),
    or None when nothing refuses the join.

    >>> a = StoryContext(Date(2021, 3, 1), ("c:RUS", "c:USA"))
    >>> refusal(StoryContext(Date(2021, 3, 2), ("c:RUS", "c:USA")), a, 0.7) is None
    True
    >>> refusal(StoryContext(Date(2021, 3, 2), ("c:DEU", "c:FRA")), a, 0.9)
    'about other actors or places (containment 0.00)'
    >>> refusal(StoryContext(Date(2021, 9, 2), ("c:RUS", "c:USA")), a, 0.95)
    'published 185 days apart'
    """
    shared = containment(new.about, old.about)
    if shared is not None and shared < ABOUT_CONTAINMENT:
        return f"about other actors or places (containment {shared:.2f})"
    if new.published is None or old.published is None:
        return None
    days = abs((new.published - old.published).days)
    if days <= DAYS:
        return None
    if days > UPDATE_DAYS or similarity < UPDATE_SIMILARITY:
        return f"published {days} days apart"
    if shared is None:
        return f"published {days} days apart, nothing named to confirm an update"
    agree = containment(new.numbers, old.numbers)
    if agree is not None and agree < NUMBER_AGREEMENT:
        return f"published {days} days apart with other numbers (agreement {agree:.2f})"
    return None
