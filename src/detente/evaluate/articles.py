"""Event rows scored on exhaustively annotated articles (``gold/events/{dev,heldout}.jsonl``).

The scoring follows ``gold/CONVENTIONS.md``: per article, acts are unique ``(type, source
country, target country)`` triples; negated gold records and negated rows are left out; a row with
several sources or targets counts each pair. A predicted triple is right when it matches a
required, optional or alternative gold triple (CONSULT, AGREE and COOPERATE match either way
round); recall counts the required triples (a required triple is found when it or one of its
alternatives is predicted). "Full row" needs all three parts; "source only" drops the target;
"type only" keeps the type. Each half (dev, held-out) is reported apart.

Besides: a by-type table (full rows), a confusion list for the missed required triples (the
predicted triple that comes nearest: same actors with another type, same type and source with
another target, ...), and the "target present" rate: of the required gold records whose text names
a target and whose type and source the system found, the share where that row has a target.
"""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from detente.evaluate import Report, Table, prf
from detente.evaluate.misses import cause_tables, miss_cause, source_mention_class
from detente.evaluate.redaction import load_article, restore_record
from detente.evaluate.wrongs import route, wrong_cause, wrong_tables
from detente.pipeline import code_articles, make_article
from detente.records import Event

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
"""Types whose source and target match either way round."""

Triple = tuple[str, str | None, str | None]


def norm(code: str | None) -> str | None:
    return code.upper() if isinstance(code, str) and code.strip() else None


def keys(triple: Triple) -> set[Triple]:
    """The triple and, for a symmetric type, its mirror."""
    type_, src, tgt = triple
    return {triple, (type_, tgt, src)} if type_ in SYMMETRIC else {triple}


@dataclass
class GoldArticle:
    """One article's text and its gold acts."""

    id: str
    half: str
    date: str | None
    text: str
    required: dict[Triple, set[Triple]] = field(default_factory=dict)
    """Each required triple -> every triple that counts as finding it (itself, alternatives)."""
    accepted: set[Triple] = field(default_factory=set)
    """Every triple a row may have without being wrong (required, optional, alternatives)."""
    named_targets: list[tuple[str, str | None]] = field(default_factory=list)
    """(type, source) of the required records whose text names a target with a country."""
    sentences: dict[Triple, str] = field(default_factory=dict)
    """The sentence of each required triple (for the dev half's error list)."""
    triggers: dict[Triple, str] = field(default_factory=dict)
    """The trigger text of each required triple (for the miss causes)."""
    records: list[dict] = field(default_factory=list)
    """Every gold record of the article, negated ones too (for the wrong-row causes)."""


def _side(record: dict, side: str) -> str | None:
    value = record.get(side)
    return norm(value.get("country")) if isinstance(value, dict) else None


def _alternatives(record: dict, own: Triple) -> set[Triple]:
    out = set()
    for alt in record.get("alternatives") or []:
        if isinstance(alt, dict):
            out.add((alt.get("type") or own[0],
                     norm(alt["source"]) if "source" in alt else own[1],
                     norm(alt["target"]) if "target" in alt else own[2]))
    return out


def add_record(article: GoldArticle, record: dict) -> None:
    """File one gold record under the article's required / accepted triples."""
    article.records.append(record)
    if record.get("negated"):
        return
    own: Triple = (record["type"], _side(record, "source"), _side(record, "target"))
    accepts = {own} | _alternatives(record, own)
    article.accepted |= accepts
    if not record.get("optional"):
        article.required.setdefault(own, set()).update(accepts)
        article.sentences.setdefault(own, record.get("sentence") or "")
        article.triggers.setdefault(own, record.get("trigger") or "")
        if own[2] is not None:
            article.named_targets.append((own[0], own[1]))


HALVES = ("dev", "heldout")
OWN_DRAW_HALVES = ("tune", "check")
TUNING_HALVES = ("dev", "tune")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_gold(path: Path) -> list[GoldArticle]:
    """Articles of a gold folder (``dev.jsonl`` and ``heldout.jsonl``, also those of its
    subfolders: later rounds of the same draw, ``gold/events/round2/``; a folder of its own
    draw may name its halves ``tune.jsonl`` and ``check.jsonl``, ``gold/events/round3/``, read
    only when that folder is the one given) or of one annotation file, with their texts from
    the ``*.articles.jsonl`` beside it. An article kept outside the repository (``path`` and
    ``sha256``, no ``text``) is read from its file, or skipped with a warning when the file is
    absent or differs, and its redacted records get their words back from it
    (``evaluate.redaction``)."""
    if path.is_file():
        files = [path]
    else:
        folders = sorted(p for p in path.iterdir() if p.is_dir())
        files = [p for p in (path / f"{half}.jsonl" for half in (*HALVES, *OWN_DRAW_HALVES)) if p.exists()]
        files += [p for folder in folders for p in (folder / f"{half}.jsonl" for half in HALVES) if p.exists()]
    if not files:
        raise FileNotFoundError(f"no dev.jsonl, heldout.jsonl, tune.jsonl or check.jsonl in {path}")
    out = []
    for file in files:
        texts = {a["id"]: a for a in _lines(file.with_name(file.stem + ".articles.jsonl"))}
        for line in _lines(file):
            meta = load_article(file.parent, texts[line["id"]])
            if meta is None:
                continue
            article = GoldArticle(line["id"], meta.get("half") or file.stem, meta.get("date"), meta["text"])
            for record in line.get("events") or []:
                add_record(article, restore_record(record, meta["text"]))
            out.append(article)
    return out


def row_triples(events: list[Event]) -> dict[Triple, Event]:
    """Unique (type, source, target) triples of non-negated rows (each source-target pair), with
    the first row that gave each."""
    out: dict[Triple, Event] = {}
    for event in events:
        if event.negated:
            continue
        targets = [norm(p.country) for p in event.target] or [None]
        for src in [norm(p.country) for p in event.source] or [None]:
            for tgt in targets:
                out.setdefault((event.type, src, tgt), event)
    return out


@dataclass
class Tally:
    """Counts of one half."""

    full: Counter = field(default_factory=Counter)
    source: Counter = field(default_factory=Counter)
    type_only: Counter = field(default_factory=Counter)
    by_type: dict[str, Counter] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)
    target_present: Counter = field(default_factory=Counter)
    causes: Counter = field(default_factory=Counter)
    """Missed required triples by the fate of the nearest candidate (``evaluate/misses.py``)."""
    mentions: Counter = field(default_factory=Counter)
    """The misses with no actor or no source, by what stands in the source's place."""
    wrongs: Counter = field(default_factory=Counter)
    """Wrong triples by their cause (``evaluate/wrongs.py``)."""
    wrong_routes: Counter = field(default_factory=Counter)
    """Wrong triples of the source and target classes by (class, route of the row's rule)."""
    articles: int = 0
    errors: list[str] = field(default_factory=list)


def _drop_target(triples: set[Triple]) -> set[tuple]:
    return {(t, s) for t, s, _ in triples} | {(t, g) for t, s, g in triples if t in SYMMETRIC}


def score_article(gold: GoldArticle, rows: dict[Triple, Event], tally: Tally) -> None:
    """Add one article's full-row, source-only and type-only counts to the half's tally."""
    tally.articles += 1
    predicted = set(rows)
    accepted = {k for t in gold.accepted for k in keys(t)}
    found = {k for t in predicted for k in keys(t)}
    for triple in predicted:
        right = triple in accepted
        tally.full["tp_pred" if right else "fp"] += 1
        tally.by_type.setdefault(triple[0], Counter())["tp_pred" if right else "fp"] += 1
        if not right:
            event = rows[triple]
            tally.errors.append(f"FP {gold.id} {triple} [{event.rule}: {event.trigger}] {event.evidence[:160]}")
    for own, accepts in gold.required.items():
        hit = bool(accepts & found)
        tally.full["tp" if hit else "fn"] += 1
        tally.by_type.setdefault(own[0], Counter())["tp" if hit else "fn"] += 1
        if not hit:
            tally.confusion[nearest(own, predicted)] += 1
            tally.errors.append(f"FN {gold.id} {own} {gold.sentences.get(own, '')[:160]}")
    _score_loose(_drop_target(gold.accepted), _drop_target(predicted),
                 {own[:2]: _drop_target(a) for own, a in gold.required.items()}, tally.source)
    _score_loose({t for t, _, _ in gold.accepted}, {t for t, _, _ in predicted},
                 {own[0]: {a[0] for a in accepts} for own, accepts in gold.required.items()}, tally.type_only)
    for type_, src in gold.named_targets:
        rows = [t for t in predicted if t[0] == type_ and (t[1] == src or (type_ in SYMMETRIC and t[2] == src))]
        if rows:
            # the other side of each row: its target, or its source for a mirrored symmetric row; a
            # row with no source ("a car bomb killed 36 in Bogota": ASSAULT None -> COL) has a target too
            others = [t[2] if t[1] == src else t[1] for t in rows]
            tally.target_present["with" if any(others) else "without"] += 1


def _score_loose(accepted: set, predicted: set, required: dict, counts: Counter) -> None:
    counts["tp_pred"] += len(predicted & accepted)
    counts["fp"] += len(predicted - accepted)
    for accepts in required.values():
        counts["tp" if accepts & predicted else "fn"] += 1


def nearest(gold: Triple, predicted: set[Triple] | list[Triple]) -> str:
    """How a missed gold triple was coded instead, as a confusion class."""
    type_, src, tgt = gold
    predicted = sorted(predicted, key=lambda t: tuple("" if x is None else str(x) for x in t))  # ties: same answer every run
    for other in predicted:
        if {other[1], other[2]} == {src, tgt} and other[0] != type_:
            return f"{type_} coded as {other[0]}"
    for other in predicted:
        if other[0] == type_ and other[1] == src:
            return f"{type_}: target {tgt} coded as {other[2]}"
    for other in predicted:
        if other[0] == type_ and other[2] == tgt:
            return f"{type_}: source {src} coded as {other[1]}"
    return f"{type_}: no row"


def precision_recall(counts: Counter) -> dict[str, float]:
    """Precision over predicted triples, recall over required ones."""
    p = prf(counts["tp_pred"], counts["fp"], 0)["precision"]
    r = prf(counts["tp"], 0, counts["fn"])["recall"]
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": round(f, 4)}


def _by_type(half: str, tally: Tally) -> Table:
    rows = []
    for type_ in sorted(tally.by_type):
        c = tally.by_type[type_]
        s = precision_recall(c)
        rows.append([type_, s["precision"], s["recall"], c["tp_pred"], c["fp"], c["tp"], c["fn"]])
    return Table(f"Full rows by type, {half} half", ["type", "P", "R", "right rows", "wrong rows",
                                                     "gold found", "gold missed"], rows)


def code_gold(articles: list[GoldArticle]) -> list[list[Event]]:
    """Events of each gold article, coded with the public pipeline at the article's date."""
    inputs = [make_article(a.text, date=a.date, id=a.id) for a in articles]
    return [coded.events for coded in code_articles(inputs)]


def add_miss_causes(gold: GoldArticle, events: list[Event], trace, tally: Tally, recording=None) -> None:
    """Count each missed required triple of the article under its cause (``evaluate/misses.py``),
    and (with ``recording``) the ones with no actor or no source under the mention in the source's place."""
    found = {k for t in row_triples(events) for k in keys(t)}
    for own, accepts in gold.required.items():
        if not accepts & found:
            cause = miss_cause(own, accepts, gold.sentences.get(own, ""), gold.triggers.get(own, ""),
                               gold.text, trace, events, SYMMETRIC)
            tally.causes[cause] += 1
            mention = source_mention_class(cause, gold.sentences.get(own, ""), gold.triggers.get(own, ""),
                                           gold.text, recording, own[1])
            if mention:
                tally.mentions[mention] += 1
                cause += " |" + mention.split("|", 1)[1]  # the error list: both
            head = f"FN {gold.id} {own} "  # the error list (printed for the tuning halves only) names the cause
            tally.errors[:] = [f"FN {gold.id} {own} [{cause}] {e[len(head):]}" if e.startswith(head) else e
                               for e in tally.errors]


def add_wrong_causes(gold: GoldArticle, events: list[Event], tally: Tally) -> None:
    """Count each predicted triple that matches no accepted gold triple under its cause
    (``evaluate/wrongs.py``)."""
    rows = row_triples(events)
    accepted = {k for t in gold.accepted for k in keys(t)}
    right = {t: e for t, e in rows.items() if t in accepted}
    for triple, event in rows.items():
        if triple not in accepted:
            cause = wrong_cause(triple, event, right, gold.text, gold.records, events, SYMMETRIC)
            tally.wrongs[cause] += 1
            if cause.split(":")[0] in ("source", "target"):
                tally.wrong_routes[(cause.split(":")[0], route(event))] += 1
            head = f"FP {gold.id} {triple} "  # the error list (tuning halves only) names the cause
            tally.errors[:] = [f"FP {gold.id} {triple} <{cause}> {e[len(head):]}" if e.startswith(head) else e
                               for e in tally.errors]


def evaluate(path: Path, *, show_errors: bool = False, tracing=None) -> Report:
    """Full-row, source-only and type-only P/R per half, by type, confusion, target present, and
    (with ``tracing``, ``detente.events.explain.recording``) the causes of the missed required
    triples."""
    articles = read_gold(Path(path))
    with tracing() if tracing else contextlib.nullcontext() as rec:
        coded = code_gold(articles)
    tallies: dict[str, Tally] = {}
    for gold, events in zip(articles, coded, strict=True):
        tally = tallies.setdefault(gold.half, Tally())
        score_article(gold, row_triples(events), tally)
        add_wrong_causes(gold, events, tally)
        if rec is not None:
            add_miss_causes(gold, events, rec.articles.get(gold.id), tally, rec)
    report = Report(task="events", gold=str(path))
    for half, tally in sorted(tallies.items()):
        _half_metrics(report, half, tally)
        report.tables.append(_by_type(half, tally))
        report.tables.append(Table(f"Missed required triples, {half} half: what came nearest",
                                   ["class", "n"], [[k, v] for k, v in tally.confusion.most_common()]))
        if tracing:
            coarse, detailed = cause_tables(tally.causes)
            report.tables.append(Table(f"Miss causes, {half} half: where the nearest candidate stopped",
                                       ["stage", "n"], coarse))
            report.tables.append(Table(f"Miss causes in detail, {half} half", ["cause", "n"], detailed))
            report.tables.append(Table(f"Misses with no actor or no source, {half} half: what stands in the "
                                       "source's place", ["cause, mention", "n"],
                                       [[k, v] for k, v in sorted(tally.mentions.items(), key=lambda kv: (-kv[1], kv[0]))]))
        coarse, detailed = wrong_tables(tally.wrongs)
        report.tables.append(Table(f"Wrong-row causes, {half} half: what the sentence's gold says instead",
                                   ["class", "n"], coarse))
        report.tables.append(Table(f"Wrong-row causes in detail, {half} half", ["cause", "n"], detailed))
        report.tables.append(Table(f"Wrong sides by how the row found them (its rule's suffixes), {half} half",
                                   ["class", "route", "n"],
                                   [[c, r, n] for (c, r), n in tally.wrong_routes.most_common()]))
    for half in TUNING_HALVES if show_errors else ():
        if half in tallies:
            report.tables.append(Table(f"{half.capitalize()} half errors (held-out and check errors are never "
                                       "printed)", ["error"], [[e] for e in tallies[half].errors]))
    report.notes += [
        "Per article: unique (type, source country, target country) triples; negated records and rows "
        "left out; each source-target pair of a row counts. A row is right when it matches a required, "
        "optional or alternative gold triple (CONSULT/AGREE/COOPERATE either way round); recall over "
        "required triples. 'source' ignores the target; 'type' ignores both actors.",
        "target_present: of the required gold records naming a target whose (type, source) a row "
        "found, the share where such a row has a target.",
        "Miss causes: each missed required triple under the fate of the nearest candidate trigger of "
        "its sentence (detente.evaluate.misses; counts only).",
        "Wrong-row causes: each row triple that matches no accepted gold triple under what the gold "
        "records of its sentence say instead (detente.evaluate.wrongs; counts only).",
    ]
    return report


def _half_metrics(report: Report, half: str, tally: Tally) -> None:
    report.metrics[f"{half}_articles"] = tally.articles
    for name, counts in (("full", tally.full), ("source", tally.source), ("type", tally.type_only)):
        s = precision_recall(counts)
        report.metrics.update({f"{half}_{name}_precision": s["precision"], f"{half}_{name}_recall": s["recall"],
                               f"{half}_{name}_f1": s["f1"]})
    report.metrics[f"{half}_full_rows"] = tally.full["tp_pred"] + tally.full["fp"]
    report.metrics[f"{half}_required"] = tally.full["tp"] + tally.full["fn"]
    present = tally.target_present
    total = present["with"] + present["without"]
    report.metrics[f"{half}_target_present"] = round(present["with"] / total, 4) if total else 0.0
    report.metrics[f"{half}_target_present_n"] = total
