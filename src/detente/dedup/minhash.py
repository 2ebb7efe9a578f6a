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

import numpy as np

from detente.dedup.context import StoryContext

NUM_PERM = 128
"""MinHash permutations: the estimate's standard error is about 1/sqrt(128) = 0.09."""
SEED = 1
"""Fixed seed: signatures stored by earlier runs stay comparable."""
SHINGLE_WORDS = 4
"""Words per shingle."""
THRESHOLD = 0.5
"""Estimated Jaccard similarity from which two articles are the same story."""
_WORD = re.compile(r"\w+", re.UNICODE)
_BLOCK = 4096
"""Shingles permuted per NumPy block (4096 x 128 x 4 bytes = 2 MiB at most)."""


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


MAX_HASH = (1 << 32) - 1
"""Values are 32-bit; an empty text's signature is all ``MAX_HASH``."""
BANDS, ROWS = 25, 5
"""LSH bands and rows per band for ``THRESHOLD`` 0.5 at ``NUM_PERM`` 128: the split that
minimises false positives plus false negatives (equal weights) of the banding's S-curve
(Leskovec, Rajaraman & Ullman, *Mining of Massive Datasets*, ch. 3.4); pinned here and checked
against datasketch's optimiser by the tests."""
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)
"""MurmurHash3's 32-bit finaliser: shifts and multipliers of its avalanche."""


@cache
def permutations(num_perm: int = NUM_PERM, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """The ``a`` (odd) and ``b`` of each affine permutation ``h -> a * h + b mod 2**32``, drawn
    from NumPy's ``RandomState(seed)``: every ``a`` first (``2 * k + 1``, ``k`` below 2**31),
    then every ``b``. These are the parameters of datasketch 2's ``MinHash(num_perm, seed)``
    (scheme ``affine32``), which signed the articles stored before detente signed them
    itself: stored signatures stay comparable (tested against datasketch)."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def shingle_hashes(shingle_set: set[str]) -> np.ndarray:
    """Each shingle's 32-bit hash: the first four bytes of its SHA-1 (little-endian), mixed
    by MurmurHash3's finaliser so the affine permutations see well-spread values."""
    raw = b"".join(hashlib.sha1(s.encode("utf-8")).digest()[:4] for s in shingle_set)
    h = np.frombuffer(raw, dtype="<u4").astype(np.uint32)
    s1, m1, s2, m2, s3 = _FMIX32
    h = (h ^ (h >> np.uint32(s1))) * np.uint32(m1)
    h = (h ^ (h >> np.uint32(s2))) * np.uint32(m2)
    return h ^ (h >> np.uint32(s3))


def signature(text: str) -> np.ndarray:
    """MinHash values of ``text``'s shingles (``NUM_PERM`` uint32): for each permutation, the
    smallest ``a * h + b mod 2**32`` over the shingles' hashes ``h``.

    >>> signature("Russia and Ukraine agreed to talks.").shape
    (128,)
    """
    a, b = permutations()
    hashes = shingle_hashes(shingles(text))
    lowest = np.full(NUM_PERM, MAX_HASH, dtype=np.uint32)
    for start in range(0, len(hashes), _BLOCK):  # memory stays bounded on a book-length text
        values = hashes[start:start + _BLOCK, None] * a + b  # uint32: wraps modulo 2**32
        np.minimum(lowest, values.min(axis=0), out=lowest)
    return lowest


def band_shape(threshold: float = THRESHOLD) -> tuple[int, int]:
    """``(bands, rows)`` of the LSH index: ``(25, 5)``, the optimum at ``THRESHOLD``."""
    if threshold != THRESHOLD:
        raise ValueError(f"the band shape is pinned for threshold {THRESHOLD}, not {threshold}")
    return BANDS, ROWS


def band_keys(hashvalues: np.ndarray) -> list[int]:
    """One bucket key per LSH band: two signatures sharing any key are candidates."""
    keys = []
    raw, width = hashvalues.astype("<u4").tobytes(), 4 * ROWS  # each band: ROWS 4-byte values
    for band in range(BANDS):
        chunk = raw[band * width:(band + 1) * width]
        digest = hashlib.blake2b(chunk, digest_size=8, person=b"detente-lsh").digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal MinHash values)."""
    return float(np.count_nonzero(a == b)) / len(a)


def from_bytes(data: bytes) -> np.ndarray:
    """A signature as stored in ``story_signatures.signature``."""
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)
