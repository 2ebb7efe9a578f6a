"""Word shingles, MinHash signatures and LSH band keys of one article text.

Two texts are near-duplicates when the Jaccard similarity of their sets of
``SHINGLE_WORDS``-word shingles is at least ``THRESHOLD``. A wire story reprinted with a new
dateline or one changed sentence keeps most of its shingles; two different reports on the
same event share only a few.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from detente.dedup.context import StoryContext

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128
"""MinHash permutations: the estimate's standard error is about 1/sqrt(128) = 0.09."""
SEED = 1
"""Fixed seed: signatures stored by earlier runs stay comparable."""
SHINGLE_WORDS = 4
"""Words per shingle."""
THRESHOLD = 0.5
"""Estimated Jaccard similarity from which two articles are the same story."""
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class StorySignature:
    """The dedup record of one article, stored beside its rows."""

    article_id: str
    """The article."""
    story_id: str
    """Id of the first article of its story (its own id when it starts a story)."""
    hashvalues: np.ndarray
    """MinHash signature: ``NUM_PERM`` unsigned 32-bit values."""
    bands: list[int] = field(default_factory=list)
    """LSH bucket key of each band (index = band number), as signed 64-bit integers."""
    context: StoryContext = field(default_factory=StoryContext)
    """What the article is about and when it was published (confirms a text match)."""

    @property
    def signature_bytes(self) -> bytes:
        return self.hashvalues.astype("<u4").tobytes()


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Lower-cased word ``size``-grams of ``text`` (the whole text when it is shorter).

    >>> sorted(shingles("Putin met Biden in Geneva", 4))
    ['met biden in geneva', 'putin met biden in']
    """
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


@cache
def _template() -> MinHash:
    # datasketch (and the SciPy it imports) loads on first use: only the writer signs
    # articles, and worker processes start faster without it.
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED)


def signature(text: str) -> np.ndarray:
    """MinHash values of ``text``'s shingles (``NUM_PERM`` uint32).

    >>> signature("Russia and Ukraine agreed to talks.").shape
    (128,)
    """
    from datasketch import MinHash

    template = _template()
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=template.permutations,
                      scheme=template.scheme)
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return minhash.hashvalues.copy()


@cache
def band_shape(threshold: float = THRESHOLD) -> tuple[int, int]:
    """``(bands, rows)`` that datasketch's LSH picks for ``threshold`` at ``NUM_PERM``
    (equal weight on false positives and negatives): 25 bands of 5 rows at 0.5."""
    from datasketch.lsh import _optimal_param

    return _optimal_param(threshold, NUM_PERM, 0.5, 0.5)


def band_keys(hashvalues: np.ndarray) -> list[int]:
    """One bucket key per LSH band: two signatures sharing any key are candidates."""
    bands, rows = band_shape()
    keys = []
    for band in range(bands):
        chunk = hashvalues[band * rows:(band + 1) * rows].astype("<u4").tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=b"detente-lsh").digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal MinHash values)."""
    return float(np.count_nonzero(a == b)) / len(a)


def from_bytes(data: bytes) -> np.ndarray:
    """A signature as stored in ``story_signatures.signature``."""
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)
