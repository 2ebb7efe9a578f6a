"""Draw the candidate sentences of the second tone training batch (gold/tone/train2.jsonl).

The first batch (``gold/tone_train_candidates.py``) took every sentence of the bundled sample
corpus naming two different countries / country adjectives / IGOs by a plain name table. This
draw widens the selection with detente's own actors stage: each article of the sample corpus
is coded by the pipeline, and a sentence is a candidate when

- ``pair``: it has mentions resolved to two different actors, where a state's government,
  forces, officials and people (a person resolved to a country by the roster included) are
  one actor per country and a non-state actor (named armed group, party, NGO, company, media,
  IGO) is its own actor; or
- ``context``: it has mentions resolved to one actor only, and the previous sentence of the
  same article names a different actor (the counterpart a sentence refers back to); the
  previous sentence is kept in the record as ``context`` for the annotator; or
- ``named``: it has mentions resolved to one actor only, and another named entity (an
  organisation, person or group the actors stage leaves unresolved: a company, a militia, a
  private person) in the same sentence.

Left out: every sentence of every article with a candidate in the dev or held-out half
(``gold/tone/{dev,heldout}.candidates.jsonl``), and every sentence that equals, contains or is
contained in a candidate of the first batch (``gold/tone/train.candidates.jsonl``), so that no
sentence is labelled twice. 40-400 characters, each text once. Shuffled with a fixed seed,
``pair`` sentences first, then ``context`` ones, then ``named`` ones (each shuffled), so that labelling in file
order meets the sentences most likely about a relation first. Run once:
``PYTHONPATH=src python gold/tone_train2_candidates.py``.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, GOLD / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


ROOT, SAMPLES = _module("tone_candidates").ROOT, _module("tone_candidates").SAMPLES
excluded = _module("tone_train_candidates").excluded
# gold/select.py would shadow the standard library's select module (which the pipeline needs)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != GOLD]

SEED = 20261207
STATE = {None, "", "GOV", "MIL", "COP", "LEG", "JUD", "SPY", "CVL", "ELI", "MED", "EDU", "HLH",
         "REF", "LAB", "AGR", "ENV", "CRM", "IGO"}
"""Sectors that stay the actor of their country code (a state's organs and its people); an
actor of any other sector (REB, OPP, PTY, NGO, BUS, REL, ...) is its own actor when it is named
(Hezbollah, Amnesty International), and its country's otherwise ("Afghan rebels": domestic)."""
NAMED = {"ORG", "PERSON", "NORP"}
"""Entity labels of a named counterpart the actors stage does not resolve (a company, a person)."""


def actor_key(actor) -> str | None:
    """The actor a resolved mention stands for, for telling two actors apart (None: none)."""
    if actor is None or not actor.country:
        return None
    if actor.sector in STATE or not actor.name:
        return actor.country
    return f"{actor.country}:{actor.sector}:{actor.name or ''}"


def first_batch() -> list[str]:
    """Sentences of the first training batch's candidates."""
    path = ROOT / "gold/tone/train.candidates.jsonl"
    return [json.loads(line)["sentence"] for line in path.open(encoding="utf-8")]


def articles(skip: set[str]):
    """The sample corpus's articles outside ``skip``, as detente Articles, in corpus order."""
    from detente.readers import article_from_text

    for path in SAMPLES:
        for line in path.open(encoding="utf-8"):
            art = json.loads(line)
            if art["id"] not in skip:
                yield article_from_text(art["text"], date=art["date"], id=art["id"])


def candidates(coded, taken: list[str], seen: set[str]) -> list[dict]:
    """The candidate sentences of one coded article."""
    text = coded.article.text
    keys: dict[int, set[str]] = {}
    named: dict[int, int] = {}
    for m in coded.mentions:
        key = actor_key(m.actor)
        if key:
            keys.setdefault(m.sentence, set()).add(key)
        elif m.label in NAMED and m.actor is None:
            named[m.sentence] = named.get(m.sentence, 0) + 1
    out = []
    for s in coded.sentences:
        sent = text[s.start:s.end].strip()
        own, before = keys.get(s.index, set()), keys.get(s.index - 1, set())
        kind = ("pair" if len(own) >= 2 else "context" if own and before - own
                else "named" if own and named.get(s.index) else None)
        if kind is None or not 40 <= len(sent) <= 400 or sent in seen:
            continue
        if any(sent in t or t in sent for t in taken):
            continue
        seen.add(sent)
        row = {"article_id": coded.article.id, "date": str(coded.article.date or ""),
               "sentence": sent, "half": "train2", "kind": kind}
        if kind == "context":
            prev = coded.sentences[s.index - 1]
            row["context"] = text[prev.start:prev.end].strip()
        out.append(row)
    return out


def main() -> None:
    from detente.pipeline import code_articles

    _, skip_articles = excluded()
    taken, seen, rows = first_batch(), set(), []
    for coded in code_articles(articles(skip_articles)):
        rows += candidates(coded, taken, seen)
    rng = random.Random(SEED)
    ordered = []
    for kind in ("pair", "context", "named"):
        part = [r for r in rows if r["kind"] == kind]
        rng.shuffle(part)
        ordered += part
        print(kind, len(part))
    with (ROOT / "gold/tone/train2.candidates.jsonl").open("w", encoding="utf-8") as fh:
        for row in ordered:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("train2 candidates", len(ordered))


if __name__ == "__main__":
    main()
