"""How well story grouping works on the sample corpus: ``python -m detente.dedup.measure``.

Every sample article (``samples/*/*.jsonl``, all distinct stories) is indexed; then each is
edited the way syndicated copies are (a new dateline, one sentence rewritten, the last one
cut) or truncated to its first 80/60/50 % of sentences, and looked up. *joined* counts copies
that found their original; *joined another* counts copies that matched a different article;
*false merges* counts pairs of distinct sample articles that would share a story.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np

from detente.dedup.minhash import THRESHOLD, band_keys, jaccard, signature

ROOT = Path(__file__).resolve().parents[3]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def syndicated(text: str) -> str:
    """A wire copy: new dateline, the third sentence rewritten, the last cut (when > 3)."""
    parts = _SENTENCE_END.split(text)
    parts[0] = "LONDON (Wire) - " + parts[0]
    if len(parts) > 2:
        parts[2] = "Officials declined to comment further on the matter on Tuesday."
    return " ".join(parts[:-1] if len(parts) > 3 else parts)


def truncated(share: float) -> Callable[[str], str]:
    def cut(text: str) -> str:
        parts = _SENTENCE_END.split(text)
        return " ".join(parts[:max(1, round(len(parts) * share))])
    return cut


class Index:
    """Signatures and LSH buckets of a list of texts, in memory."""

    def __init__(self, texts: list[str]):
        self.signatures = [signature(t) for t in texts]
        self.buckets: dict[tuple[int, int], list[int]] = {}
        for i, sig in enumerate(self.signatures):
            for band, key in enumerate(band_keys(sig)):
                self.buckets.setdefault((band, key), []).append(i)

    def matches(self, sig: np.ndarray) -> set[int]:
        found = {i for band, key in enumerate(band_keys(sig)) for i in self.buckets.get((band, key), [])}
        return {i for i in found if jaccard(sig, self.signatures[i]) >= THRESHOLD}

    def false_merges(self) -> int:
        pairs = {p for ids in self.buckets.values() for p in itertools.combinations(ids, 2)}
        return sum(jaccard(self.signatures[a], self.signatures[b]) >= THRESHOLD for a, b in pairs)


def main() -> None:
    corpora = {}
    for path in sorted(ROOT.glob("samples/*/*.jsonl")):
        with path.open(encoding="utf-8") as f:
            corpora[path.stem] = [json.loads(line)["text"] for line in f if line.strip()]
    texts = [t for ts in corpora.values() for t in ts]
    index = Index(texts)
    print(f"{len(texts)} distinct sample articles; false merges: {index.false_merges()}")
    print("| edit | corpus | copies | joined | joined another |\n|---|---|---:|---:|---:|")
    edits = {"syndicated copy": syndicated, "first 80%": truncated(0.8), "first 60%": truncated(0.6),
             "first 50%": truncated(0.5)}
    for name, edit in edits.items():
        offset = 0
        for corpus, ts in corpora.items():
            joined = other = 0
            for i, text in enumerate(ts, start=offset):
                found = index.matches(signature(edit(text)))
                joined += i in found
                other += bool(found - {i})
            offset += len(ts)
            print(f"| {name} | {corpus} | {len(ts)} | {joined / len(ts):.1%} | {other} |")


if __name__ == "__main__":
    main()
