"""Event rows judged one by one on unseen sample articles (``gold/events/rows/``).

The folder holds, per half (``tune``, ``tune2``, ``check``; round 2: ``tune3``, ``check2``), the articles (``<half>.articles.jsonl``) and the
rows detente wrote on them, each judged by a reader (``<half>.jsonl``: type, source country and
target country right or wrong, with a reason; ``gold/events/rows/FORMAT.md``). Scoring re-codes
the articles with the public pipeline and matches every non-negated row to a judged row by its
key: article id, trigger offsets, type, and the country and words of each source and target. Per half it
prints the rows that match a judged row and their precision (full row = all three parts right;
type, source and target apart), and the rows that match none (**new** rows: a change that adds
rows, or changes a row's type or countries, shows up here until someone judges them). Judged rows
that no longer come out are counted as ``gone`` (right and wrong apart).

Unlike the exhaustive gold sets this measures precision only (no recall), on articles nobody
annotated in advance; the point is that rows nobody tuned on are read as they come out.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from detente.evaluate import Report, Table
from detente.evaluate.redaction import hash_words, read_articles
from detente.pipeline import code_articles, make_article
from detente.records import Event, Participant

HALVES = ("tune", "tune2", "check")
"""The first draw's halves, in the order they are reported; a folder's other halves (any
``<half>.articles.jsonl``, e.g. the round-2 draw's ``tune3`` / ``check2``) follow by name."""
PARTS = ("type", "source", "target")
RowKey = tuple[str, int, int, str, tuple[str, ...], tuple[str, ...]]


def _countries(side: list) -> tuple[str, ...]:
    """Sorted ``country:words`` of one side (a participant without a country is ``-``): the
    verdict on a side covers the words that name it, so other words make another row."""
    out = []
    for p in side:
        code, text = (p.country, p.text) if isinstance(p, Participant) else (p.get("country"), p.get("text"))
        code = code.upper() if isinstance(code, str) and code.strip() else "-"
        out.append(f"{code}:{(text or '').strip().lower()}")
    return tuple(sorted(out))


def row_key(article_id: str, event: Event) -> RowKey:
    return (article_id, event.trigger_start, event.trigger_end, event.type,
            _countries(event.source), _countries(event.target))


def hashed_key(key: RowKey) -> RowKey:
    """The key with each side's words replaced by ``#`` + the first 12 hex digits of their SHA-1: the
    form a judged file keeps when its articles' text may not be copied (``gold/events/rows/bbc/``)."""
    def side(parts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(sorted(f"{code}:{hash_words(words)}" for code, _, words in (p.partition(":") for p in parts)))
    return (*key[:4], side(key[4]), side(key[5]))


def redact(line: dict) -> dict:
    """A judged line without the article's words: no sentence or trigger, each side's words hashed
    (as ``hashed_key`` does); country, sector, offsets, rule, verdict and reason kept."""
    out = {k: v for k, v in line.items() if k not in ("sentence", "trigger")}
    for name in ("source", "target"):
        out[name] = [{**p, "text": hash_words((p.get("text") or "").strip().lower())} for p in line.get(name) or []]
    return out


def judged_key(line: dict) -> RowKey:
    return (line["id"], int(line["start"]), int(line["end"]), line["type"],
            _countries(line.get("source") or []), _countries(line.get("target") or []))


def _side(side: list[Participant]) -> list[dict]:
    return [{"text": p.text, "country": p.country, "sector": p.sector} for p in side]


def row_line(article_id: str, event: Event) -> dict:
    """A row in the judged-file format, its verdict still empty."""
    return {"id": article_id, "sentence": event.evidence, "start": event.trigger_start,
            "end": event.trigger_end, "trigger": event.trigger, "type": event.type,
            "source": _side(event.source), "target": _side(event.target), "rule": event.rule,
            "mode": event.mode, "verdict": None, "reason": ""}


def _lines(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_judged(path: Path) -> dict[RowKey, dict]:
    """Judged rows of one file by key (a key judged twice keeps its first line)."""
    out: dict[RowKey, dict] = {}
    for line in _lines(path):
        out.setdefault(judged_key(line), line)
    return out


@dataclass
class HalfTally:
    """Counts of one half."""

    rows: int = 0
    matched: int = 0
    right: Counter = field(default_factory=Counter)
    new: list[dict] = field(default_factory=list)
    gone: Counter = field(default_factory=Counter)
    wrong_by_rule: Counter = field(default_factory=Counter)


def verdict_ok(line: dict, part: str) -> bool:
    verdict = line.get("verdict") or {}
    return bool(verdict.get(part))


def tally_half(coded: list[tuple[str, list[Event]]], judged: dict[RowKey, dict]) -> HalfTally:
    """Match the coded rows of one half against its judged rows."""
    tally = HalfTally()
    seen: set[RowKey] = set()
    for article_id, events in coded:
        for event in events:
            if event.negated:
                continue
            key = row_key(article_id, event)
            if key in seen:
                continue
            seen.add(key)
            seen.add(hashed_key(key))
            tally.rows += 1
            line = judged.get(key) or judged.get(hashed_key(key))
            if line is None or not line.get("verdict"):
                tally.new.append(row_line(article_id, event))
                continue
            tally.matched += 1
            full = all(verdict_ok(line, part) for part in PARTS)
            tally.right["full"] += full
            if not full:
                tally.wrong_by_rule[event.rule] += 1
            for part in PARTS:
                tally.right[part] += verdict_ok(line, part)
            words = (line.get("verdict") or {}).get("words")
            if words is not None:
                tally.right["words_judged"] += 1
                tally.right["words"] += bool(words)
    for key, line in judged.items():
        if key not in seen and line.get("verdict"):
            tally.gone["right" if all(verdict_ok(line, p) for p in PARTS) else "wrong"] += 1
    return tally


def code_half(articles: list[dict]) -> list[tuple[str, list[Event]]]:
    inputs = [make_article(a["text"], date=a.get("date"), id=a["id"]) for a in articles]
    return [(a["id"], coded.events) for a, coded in zip(articles, code_articles(inputs), strict=True)]


def folder_halves(folder: Path) -> tuple[str, ...]:
    """The halves a folder holds: every ``<half>.articles.jsonl``, the first draw's first."""
    names = {p.name.removesuffix(".articles.jsonl") for p in Path(folder).glob("*.articles.jsonl")}
    return (*(h for h in HALVES if h in names), *sorted(names - set(HALVES)))


def evaluate(judged: Path, *, new_out: Path | None = None, halves: tuple[str, ...] = ()) -> Report:
    """Per half (its articles read by ``evaluate.redaction.read_articles``): rows, judged rows
    matched and their precision, new rows, gone judged rows.
    ``halves`` empty: every half the folder holds."""
    folder = Path(judged)
    halves = halves or folder_halves(folder)
    report = Report(task="rows", gold=str(folder))
    new_lines: list[dict] = []
    for half in halves:
        articles = read_articles(folder, half)
        if not articles:
            continue
        tally = tally_half(code_half(articles), read_judged(folder / f"{half}.jsonl"))
        _metrics(report, half, tally)
        new_lines += [{**line, "half": half} for line in tally.new]
        if tally.wrong_by_rule and not half.startswith("check"):  # a check half's errors are not listed
            report.tables.append(Table(f"Wrong judged rows by entry, {half} half", ["entry", "n"],
                                       [[k, v] for k, v in tally.wrong_by_rule.most_common()]))
    if new_out:
        new_out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in new_lines), encoding="utf-8")
    report.notes += [
        "Rows (non-negated, unique by article, trigger offsets, type, sides' countries and words) are "
        "matched to judged rows by that key. precision = right / matched; 'full' needs type, source "
        "and target country right. 'words': of the rows that are events, the share whose sides' "
        "words name the actors the row gives them (no place, weapon or penalty standing in). 'new' rows match no judged row: judge them before reading a "
        "precision as the whole half's. 'gone' = judged rows no longer written.",
    ]
    return report


def _metrics(report: Report, half: str, tally: HalfTally) -> None:
    m = report.metrics
    m[f"{half}_rows"] = tally.rows
    m[f"{half}_judged_matched"] = tally.matched
    m[f"{half}_new_rows"] = len(tally.new)
    for part in ("full", *PARTS):
        m[f"{half}_{part}_precision"] = round(tally.right[part] / tally.matched, 4) if tally.matched else 0.0
    m[f"{half}_full_right"] = tally.right["full"]
    judged = tally.right["words_judged"]
    m[f"{half}_words_precision"] = round(tally.right["words"] / judged, 4) if judged else 0.0
    m[f"{half}_gone_right"] = tally.gone["right"]
    m[f"{half}_gone_wrong"] = tally.gone["wrong"]
