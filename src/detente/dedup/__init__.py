"""Duplicate stories: near-duplicate articles (syndicated copies, minor edits) grouped into
stories with MinHash signatures over word shingles and LSH banding (detente's own NumPy
signer; its values equal datasketch 2's ``affine32`` MinHash, tested).

Each article's ``story_id`` is the id of the first article of its story, so an event
reported by ten wire copies can be counted once with ``mentions = 10``. Signatures and band
keys are stored in the database (``story_signatures``, ``story_bands``) in the same
transaction as the article, so a later run joins the stories of earlier ones and a killed run
resumes without losing or duplicating anything.
"""

from __future__ import annotations

from detente.dedup.minhash import (
    NUM_PERM,
    SHINGLE_WORDS,
    THRESHOLD,
    StorySignature,
    band_keys,
    jaccard,
    shingles,
    signature,
)
from detente.dedup.stories import StoryIndex

__all__ = [
    "NUM_PERM",
    "SHINGLE_WORDS",
    "THRESHOLD",
    "StoryIndex",
    "StorySignature",
    "band_keys",
    "jaccard",
    "shingles",
    "signature",
]
