"""Assigning story ids: each article joins the story of its most similar earlier article
that reports the same happening.

Candidates are articles sharing an LSH band key: those already in the database (found with
one query per write batch) and those earlier in the same batch. A candidate counts when the
estimated Jaccard similarity of the signatures reaches ``THRESHOLD`` and the story context
(``dedup.context``: actors and places named, publication dates, numbers) does not refuse it;
the best one (highest similarity, then smallest story id) gives the story. An article with
none starts a story of its own. Only the writer runs this, in input order, so the result does not depend on the
engine or on where a killed run was resumed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.dedup.context import StoryContext, refusal, story_context
from detente.dedup.minhash import (
    THRESHOLD,
    StorySignature,
    band_keys,
    from_bytes,
    jaccard,
    signature,
)
from detente.records import CodedArticle

if TYPE_CHECKING:
    from detente.store import Store


class StoryIndex:
    """Story assignment against one store.

    >>> import tempfile, os
    >>> from detente.store import open_store
    >>> from detente.readers import article_from_text
    >>> store = open_store(os.path.join(tempfile.mkdtemp(), "s.duckdb"))
    >>> text = "Russia and Ukraine agreed on Tuesday to resume talks in Istanbul next week."
    >>> a, b = (CodedArticle(article=article_from_text(text, date="2021-06-16", id=i)) for i in "ab")
    >>> _ = StoryIndex(store).assign([a, b]); b.story_id
    'a'
    """

    def __init__(self, store: Store, *, threshold: float = THRESHOLD):
        self.store = store
        self.threshold = threshold

    def assign(self, batch: Sequence[CodedArticle]) -> list[StorySignature]:
        """Set ``story_id`` on every article of ``batch`` (in order) and return the
        signatures to store with them."""
        signed = [self._sign(coded) for coded in batch]
        wanted = {(band, key) for sig in signed for band, key in enumerate(sig.bands)}
        stored = self.store.story_candidates(sorted(wanted), stored_signature,
                                             exclude=[s.article_id for s in signed])
        earlier: dict[tuple[int, int], list[StorySignature]] = {}
        for coded, sig in zip(batch, signed, strict=True):
            candidates: dict[str, StorySignature] = {}
            for band, key in enumerate(sig.bands):
                for cand in stored.get((band, key), []) + earlier.get((band, key), []):
                    candidates.setdefault(cand.article_id, cand)
            sig.story_id = self._best_story(sig, candidates.values()) or sig.article_id
            coded.story_id = sig.story_id
            for band, key in enumerate(sig.bands):
                earlier.setdefault((band, key), []).append(sig)
        return signed

    def _sign(self, coded: CodedArticle) -> StorySignature:
        values = signature(coded.article.text)
        return StorySignature(article_id=coded.article.id, story_id=coded.article.id,
                              hashvalues=values, bands=band_keys(values),
                              context=story_context(coded))

    def _best_story(self, sig: StorySignature, candidates) -> str | None:
        scored = [(jaccard(sig.hashvalues, c.hashvalues), c) for c in candidates
                  if c.article_id != sig.article_id]
        scored = [(score, c.story_id) for score, c in scored
                  if score >= self.threshold and refusal(sig.context, c.context, score) is None]
        if not scored:
            return None
        return min(scored, key=lambda pair: (-pair[0], pair[1]))[1]


def stored_signature(article_id: str, story_id: str, data: bytes, published=None,
                     about=None, numbers=None) -> StorySignature:
    """A stored candidate rebuilt from a ``story_signatures`` row. Its band keys stay in
    ``story_bands`` (``assign`` compares candidates by their values and context only;
    recomputing the keys of every candidate took half the writer's time once a story had many
    stored copies). Rows written before the context was stored have an empty one, which
    never refuses a join."""
    context = StoryContext(published=published, about=tuple(about or ()),
                           numbers=frozenset(numbers or ()))
    return StorySignature(article_id=article_id, story_id=story_id, hashvalues=from_bytes(data),
                          context=context)
