"""Story grouping: precision and recall of same-story pairs, both sides measured.

The evaluation set is built from the bundled sample corpus and ``gold/stories/families.yaml``:

- **real copies**: sample Wikinews articles, each with five copies edited the way outlets edit
  wire stories (a new headline and byline; the last paragraph cut; a dateline and a reworded
  lead; an update with a changed figure and a note; a syndicated copy with one sentence
  rewritten and the last cut), published up to two days later. Each original and its copies
  are one story.
- **template families**: every template of ``families.yaml`` filled with ten actor pairs on ten
  dates over nine months; and sample articles that name two or more countries, each re-issued
  three times with other countries and later dates. Every member is a different happening.
- **topic neighbours**: the hand-written pairs of ``families.yaml`` (two summits in one week,
  two attacks in one city a month apart), and every Current Events item of the sample corpus
  (distinct daily summaries).

Everything is ingested with the public ``detente.ingest_paths`` into a fresh database, in that order,
and the stored ``story_id`` is compared with the truth: precision and recall over pairs of
articles in the same story, and false joins by kind of pair.

>>> report = evaluate(Path("gold/stories"), samples=Path("samples"), originals=4)  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta
from itertools import combinations
from pathlib import Path

import yaml

from detente.evaluate import Report, Table, prf
from detente.resources import data_path

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_NUMBER = re.compile(r"\b\d+\b")
_LEAD_WORDS = {" said ": " stated ", " announced ": " declared ", " killed ": " left dead ",
               " says ": " states ", " on Monday": " Monday", " on Tuesday": " Tuesday",
               " on Wednesday": " Wednesday", " on Thursday": " Thursday", " on Friday": " Friday"}
SWAP_COUNTRIES = ["France", "Germany", "Japan", "Brazil", "Kenya", "Canada", "Indonesia",
                  "Mexico", "Egypt", "Poland", "Vietnam", "Argentina", "Nigeria", "Sweden",
                  "Thailand", "Peru", "Morocco", "Romania", "Chile", "Malaysia"]
"""Countries a re-issued template names instead of the original's."""


@dataclass
class Item:
    id: str
    text: str
    date: Date
    truth: str
    """Id of the happening it reports."""
    kind: str
    """original, copy, template, reissue, neighbour, wcep."""
    title: str | None = None


# -- the edits outlets make --------------------------------------------------------------
def _sentences(text: str) -> list[str]:
    return _SENTENCE_END.split(text)


def headline_and_byline(text: str) -> str:
    return "By Maria Lopez, Staff Reporter\n\n" + text


def cut_last_paragraph(text: str) -> str:
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 1:
        return "\n\n".join(paragraphs[:-1])
    return " ".join(_sentences(text)[:-1]) or text


def reworded_lead(text: str) -> str:
    parts = _sentences(text)
    lead = parts[0]
    for old, new in _LEAD_WORDS.items():
        lead = lead.replace(old, new)
    parts[0] = "GENEVA (Wire) - " + lead
    return " ".join(parts)


def update(text: str) -> str:
    bumped = _NUMBER.sub(lambda m: str(int(m.group()) + 3), text, count=1)
    return bumped + "\n\nThis story has been updated with the latest figures."


def syndicated(text: str) -> str:
    parts = _sentences(text)
    parts[0] = "LONDON (Wire) - " + parts[0]
    if len(parts) > 2:
        parts[2] = "Officials declined to comment further on the matter on Tuesday."
    return " ".join(parts[:-1] if len(parts) > 3 else parts)


EDITS = {"headline and byline": (headline_and_byline, 0), "last paragraph cut": (cut_last_paragraph, 1),
         "dateline, reworded lead": (reworded_lead, 0), "update, figure changed": (update, 1),
         "syndicated copy": (syndicated, 2)}
"""Edit name -> (edit, days after the original)."""


# -- building the set --------------------------------------------------------------------
def _load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _country_names() -> dict[str, str]:
    """Country names and demonyms (from the actors stage's data files) -> ISO code."""
    names: dict[str, str] = {}
    for fname in ("countries.tsv", "country_variants.tsv", "demonyms.tsv"):
        with data_path("actors", fname).open(encoding="utf-8") as fh:
            for line in fh:
                code, _, name = line.rstrip("\n").partition("\t")
                if line.startswith("#") or code == "code" or not name:
                    continue
                names[name] = code
    return names


def reissue(text: str, names: dict[str, str], rng: random.Random) -> str | None:
    """The text with every country it names replaced by another (names and demonyms alike,
    one new country per original one); None when it names fewer than two countries or more
    than six."""
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")
    codes = sorted({names[m] for m in pattern.findall(text)})
    if not 2 <= len(codes) <= 6:
        return None
    pool = [c for c in SWAP_COUNTRIES if names.get(c) not in codes]
    new = dict(zip(codes, rng.sample(pool, len(codes)), strict=False))
    return pattern.sub(lambda m: new[names[m.group()]], text)


def half_of(article_id: str) -> str:
    """dev or heldout, by the parity of sha1(id), as for detente's other gold sets."""
    return "dev" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def build(gold: Path, samples: Path, *, half: str = "heldout", originals: int = 60,
          reissued: int = 30, wcep: bool = True, seed: int = 20261204) -> list[Item]:
    """The evaluation items in ingest order (originals before their copies). Copies and
    re-issues are made from the Wikinews samples of one ``half`` (``dev`` for tuning,
    ``heldout`` for the figure that counts); templates, neighbours and Current Events items
    are the same for both."""
    rng = random.Random(seed)
    wikinews = [a for a in _load_jsonl(samples / "wikinews_2019_2020" / "wikinews_2019_2020.jsonl")
                if half_of(a["id"]) == half]
    rng.shuffle(wikinews)
    items: list[Item] = []
    for art in wikinews[:originals]:
        day = Date.fromisoformat(art["date"])
        items.append(Item(art["id"], art["text"], day, art["id"], "original", art.get("title")))
        for n, (edit, later) in enumerate(EDITS.values()):
            items.append(Item(f"{art['id']}~copy{n}", edit(art["text"]), day + timedelta(days=later),
                              art["id"], "copy"))
    names = _country_names()
    taken = 0
    for art in wikinews[originals:]:
        variants = [reissue(art["text"], names, rng) for _ in range(3)]
        if taken >= reissued or None in variants:
            continue
        taken += 1
        day = Date.fromisoformat(art["date"])
        items.append(Item(art["id"], art["text"], day, art["id"], "reissue"))
        for n, (text, later) in enumerate(zip(variants, (45, 120, 270), strict=True)):
            items.append(Item(f"{art['id']}~re{n}", text, day + timedelta(days=later),
                              f"{art['id']}~re{n}", "reissue"))
    families = yaml.safe_load((gold / "families.yaml").read_text(encoding="utf-8"))
    for name, template in families["templates"].items():
        for i, ((a, b), day) in enumerate(zip(families["pairs"], families["dates"], strict=True)):
            text = template["text"].replace("{A}", a).replace("{B}", b)
            text = text[0].upper() + text[1:]
            items.append(Item(f"template-{name}-{i}", text, _as_date(day), f"template-{name}-{i}",
                              "template"))
    for i, pair in enumerate(families["neighbours"]):
        for j, member in enumerate(pair):
            items.append(Item(f"neighbour-{i}-{j}", member["text"], _as_date(member["date"]),
                              f"neighbour-{i}-{j}", "neighbour"))
    if wcep:
        for art in _load_jsonl(samples / "wcep_2003_2025" / "wcep_2003_2025.jsonl"):
            items.append(Item(art["id"], art["text"], Date.fromisoformat(art["date"]), art["id"], "wcep"))
    return items


def _as_date(value) -> Date:
    return value if isinstance(value, Date) else Date.fromisoformat(str(value))


# -- scoring -----------------------------------------------------------------------------
def stories_of(items: list[Item], *, workers: int = 1) -> dict[str, str]:
    """Article id -> stored story id, after ingesting ``items`` into a fresh database."""
    from detente.ingest import ingest_paths
    from detente.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "items.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for it in items:
                fh.write(json.dumps({"id": it.id, "date": it.date.isoformat(), "title": it.title,
                                     "text": it.text}) + "\n")
        db = Path(tmp) / "stories.duckdb"
        ingest_paths([path], db=db, workers=workers)
        with open_store(db, read_only=True) as store:
            return {r["id"]: r["story_id"] for r in store.query("SELECT id, story_id FROM articles")}


def _pair_kind(a: Item, b: Item) -> str:
    kinds = {a.kind, b.kind}
    if kinds == {"template"} and a.id.rsplit("-", 1)[0] == b.id.rsplit("-", 1)[0]:
        return "template family"
    if kinds == {"reissue"}:
        return "re-issued sample article"
    if kinds == {"neighbour"} and a.id.rsplit("-", 1)[0] == b.id.rsplit("-", 1)[0]:
        return "topic neighbours"
    if kinds == {"wcep"}:
        return "Current Events items"
    return "other"


def score(items: list[Item], stories: dict[str, str]) -> Report:
    by_id = {it.id: it for it in items}
    missing = [it.id for it in items if it.id not in stories]
    grouped: dict[str, list[str]] = {}
    for aid, story in stories.items():
        grouped.setdefault(story, []).append(aid)
    predicted = {tuple(sorted(p)) for ids in grouped.values() for p in combinations(ids, 2)}
    truth: dict[str, list[str]] = {}
    for it in items:
        truth.setdefault(it.truth, []).append(it.id)
    gold = {tuple(sorted(p)) for ids in truth.values() for p in combinations(ids, 2)}
    tp, fp, fn = len(predicted & gold), len(predicted - gold), len(gold - predicted)
    false_joins = Counter(_pair_kind(by_id[a], by_id[b]) for a, b in predicted - gold)
    per_edit = Counter()
    for it in items:
        if it.kind == "copy" and stories.get(it.id) == stories.get(it.truth):
            per_edit[int(it.id.rsplit("copy", 1)[1])] += 1
    originals = sum(it.kind == "original" for it in items)
    report = Report(task="stories", gold="gold/stories + samples/")
    report.metrics = {"articles": len(items), "not stored": len(missing),
                      "same-story pairs": prf(tp, fp, fn),
                      "false joins": sum(false_joins.values())}
    kinds = ["template family", "re-issued sample article", "topic neighbours",
             "Current Events items", "other"]
    report.tables.append(Table("False joins by kind of pair", ["kind", "pairs that must not join",
                                                              "joined"],
                               [[k, _pairs_of_kind(items, k), false_joins.get(k, 0)] for k in kinds]))
    report.tables.append(Table("Real copies that joined their original", ["edit", "copies", "joined"],
                               [[name, originals, per_edit.get(n, 0)]
                                for n, name in enumerate(EDITS)]))
    report.notes.append("Pairs: every pair of articles stored with one story_id is a predicted "
                        "same-story pair; gold pairs are an original with each of its copies and "
                        "the copies among themselves.")
    return report


def _pairs_of_kind(items: list[Item], kind: str) -> int:
    if kind == "template family":
        sizes = Counter(it.id.rsplit("-", 1)[0] for it in items if it.kind == "template")
    elif kind == "topic neighbours":
        sizes = Counter(it.id.rsplit("-", 1)[0] for it in items if it.kind == "neighbour")
    elif kind == "re-issued sample article":
        sizes = Counter(it.id.split("~")[0] for it in items if it.kind == "reissue")
    elif kind == "Current Events items":
        n = sum(it.kind == "wcep" for it in items)
        return n * (n - 1) // 2
    else:
        return 0
    return sum(n * (n - 1) // 2 for n in sizes.values())


def evaluate(gold: Path, *, samples: Path = Path("samples"), half: str = "heldout",
             originals: int = 60, reissued: int = 30, wcep: bool = True,
             workers: int = 1) -> Report:
    """Build the set for one half, ingest it, score the stored stories."""
    items = build(gold, samples, half=half, originals=originals, reissued=reissued, wcep=wcep)
    report = score(items, stories_of(items, workers=workers))
    report.gold = f"gold/stories + samples/ ({half} half)"
    return report
