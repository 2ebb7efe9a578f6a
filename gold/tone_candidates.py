"""Draw the candidate sentences of the tone gold and split them before anyone labels them.

Candidates: sentences of the bundled sample corpus (samples/) that name at least two different
countries, country adjectives or international organisations (by the actors stage's own name
files), so that most are about a relation between named actors. Each candidate's half is fixed
by the parity of sha1(sentence) here, before labelling. Run once: ``python gold/tone_candidates.py``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src/detente/actors/data"
SAMPLES = [ROOT / "samples/wikinews_2019_2020/wikinews_2019_2020.jsonl",
           ROOT / "samples/wcep_2003_2025/wcep_2003_2025.jsonl"]


def names() -> dict[str, str]:
    out: dict[str, str] = {}
    for fname, key, val in (("countries.tsv", 0, 1), ("country_variants.tsv", 0, 1),
                            ("demonyms.tsv", 0, 1), ("organisations.tsv", 1, 3)):
        with (DATA / fname).open(encoding="utf-8") as fh:
            rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
        for row in rows[1:]:
            if len(row) <= max(key, val):
                continue
            for name in row[val].split("|"):
                if len(name) > 3 or name.isupper():
                    out[name] = row[key]
    return out


def draw(skip_sentences: frozenset[str] = frozenset(), skip_articles: frozenset[str] = frozenset()) -> list[dict]:
    """Sentences of the sample corpus naming at least two different countries, country adjectives
    or international organisations, 40-400 characters, each once, in corpus order; the given
    sentences and the articles given by id are left out."""
    table = names()
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")\b")
    seen, cands = set(skip_sentences), []
    for path in SAMPLES:
        for line in path.open(encoding="utf-8"):
            art = json.loads(line)
            if art["id"] in skip_articles:
                continue
            for sent in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", art["text"]):
                sent = sent.strip()
                codes = {table[m] for m in pattern.findall(sent)}
                if len(codes) >= 2 and 40 <= len(sent) <= 400 and sent not in seen:
                    seen.add(sent)
                    cands.append({"article_id": art["id"], "date": art["date"], "sentence": sent})
    return cands


def main() -> None:
    cands = draw()
    random.Random(20261204).shuffle(cands)
    cands = cands[:900]
    for h in ("dev", "heldout"):
        rows = [c | {"half": h} for c in cands
                if (int(hashlib.sha1(c["sentence"].encode()).hexdigest(), 16) % 2 == 0) == (h == "dev")]
        with (ROOT / f"gold/tone/{h}.candidates.jsonl").open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(h, len(rows))


if __name__ == "__main__":
    main()
