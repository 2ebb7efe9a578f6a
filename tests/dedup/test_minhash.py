"""The MinHash signer against datasketch, which signed every article stored before it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from detente.dedup.minhash import (
    BANDS,
    NUM_PERM,
    ROWS,
    SEED,
    THRESHOLD,
    band_shape,
    jaccard,
    shingles,
    signature,
)

datasketch = pytest.importorskip("datasketch", reason="datasketch (dev extra) checks the signer")

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def datasketch_signature(text: str) -> np.ndarray:
    minhash = datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
    minhash.update_batch([s.encode("utf-8") for s in shingles(text)])
    return minhash.hashvalues.astype(np.uint32)


def sample_texts(n: int) -> list[str]:
    texts = []
    for path in sorted(SAMPLES.glob("*/*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines]
    return texts[::max(1, len(texts) // n)][:n]


def test_signatures_equal_datasketch_on_sample_articles():
    texts = sample_texts(60) + ["", "Short.", "ünïcode — «quotes» 北京 talks"]
    assert len(texts) > 50
    for text in texts:
        assert np.array_equal(signature(text), datasketch_signature(text)), text[:60]


def test_a_long_text_is_signed_in_blocks_with_the_same_result():
    words = [f"w{i % 9000}" for i in range(30000)]
    text = " ".join(words)
    assert len(shingles(text)) > 4096
    assert np.array_equal(signature(text), datasketch_signature(text))


def test_band_shape_is_datasketch_optimum_at_the_threshold():
    from datasketch.lsh import _optimal_param

    assert band_shape() == (BANDS, ROWS) == _optimal_param(THRESHOLD, NUM_PERM, 0.5, 0.5)
    with pytest.raises(ValueError, match="pinned"):
        band_shape(0.8)


def test_empty_text_signature_matches_nothing_real():
    empty = signature("")
    assert empty.dtype == np.uint32 and (empty == np.iinfo(np.uint32).max).all()
    assert jaccard(empty, signature("Russia and Ukraine agreed to talks.")) == 0.0
