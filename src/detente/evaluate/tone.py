"""Tone towards a relation scored on detente's own tone gold, with raw VADER side by side.

Gold (``gold/tone/{dev,heldout}.jsonl``): one sentence of the bundled sample corpus per line,
``sentence``, ``date``, ``about_relation`` (bool) and ``label`` (positive, neutral or negative
*towards the relation* between the actors it names). Rows with ``about_relation`` false are
not scored. The halves were split by sha1(sentence) before labelling; rules are tuned on dev,
of the held-out half only these aggregate figures are read.

Systems: ``vader`` is the library as shipped (``polarity_scores`` compound with its standard
+-0.05 thresholds on the raw sentence); ``detente`` is what a user gets,
``detente.code(sentence).tone`` (the tone stage on the parse, news lexicon and thresholds).

Sanity figures (no gold): the mean event tone by quad class on a corpus (the bundled sample:
material conflict should sit below verbal conflict, below cooperation) and the founding
article's tone paragraph by paragraph.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from detente.errors import UsageError
from detente.evaluate import Report, Table

LABELS = ("positive", "neutral", "negative")
HALVES = ("dev", "heldout")

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
"""The quad classes the sanity print reads mean event tone by."""


@dataclass(frozen=True)
class GoldSentence:
    """One scored row of the tone gold."""

    sentence: str
    date: str | None
    label: str


def read_gold(path: Path) -> list[GoldSentence]:
    """Scored rows of one half: ``about_relation`` true and a label of ``LABELS``."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        label = row.get("label", row.get("tone"))
        if not row.get("about_relation") or label is None:
            continue
        label = str(label).strip().lower()
        if label not in LABELS:
            raise UsageError(f"{path.name} line {n}: label {label!r} is not one of {', '.join(LABELS)}")
        out.append(GoldSentence(sentence=row["sentence"], date=row.get("date"), label=label))
    return out


def scores(gold: list[str], predicted: list[str]) -> dict[str, float]:
    """Accuracy, macro F1 and per-label F1 over ``LABELS``."""
    out: dict[str, float] = {"n": len(gold)}
    out["accuracy"] = round(sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold), 4) if gold else 0.0
    f1s = []
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[f"f1_{label}"] = round(f1, 4)
        f1s.append(f1)
    out["macro_f1"] = round(sum(f1s) / len(f1s), 4)
    return out


def vader_labels(sentences: Iterable[str]) -> list[str]:
    """The library as shipped: compound >= 0.05 positive, <= -0.05 negative."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    out = []
    for s in sentences:
        c = analyzer.polarity_scores(s)["compound"]
        out.append("positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral")
    return out


def detente_labels(rows: list[GoldSentence]) -> list[str]:
    """``detente.code(sentence).tone.label`` for each row, parsed in batches."""
    from detente.pipeline import code_articles
    from detente.readers import article_from_text

    articles = [article_from_text(r.sentence, date=r.date or None, id=f"tone-{i}") for i, r in enumerate(rows)]
    return [c.tone.label if c.tone else "neutral" for c in code_articles(articles)]


def errors(rows: list[GoldSentence], predicted: list[str]) -> list[dict[str, str]]:
    """The dev rows a system got wrong (never called on the held-out half)."""
    return [{"gold": r.label, "predicted": p, "sentence": r.sentence}
            for r, p in zip(rows, predicted, strict=True) if r.label != p]


def confusion(gold: list[str], predicted: list[str]) -> list[list]:
    """Rows: gold label; columns: predicted counts in ``LABELS`` order."""
    return [[g] + [sum(1 for a, b in zip(gold, predicted, strict=True) if a == g and b == p)
                   for p in LABELS] for g in LABELS]


def _score_half(report: Report, half: str, path: Path, show_errors: bool) -> None:
    rows = read_gold(path)
    if not rows:
        report.notes.append(f"{half}: no labelled rows about a relation in {path.name}")
        return
    gold = [r.label for r in rows]
    systems = {"vader": vader_labels(r.sentence for r in rows), "detente": detente_labels(rows)}
    table = Table(f"{half}: accuracy and F1 ({len(rows)} sentences about a relation)",
                  ["system", "accuracy", "macro F1", "F1 positive", "F1 neutral", "F1 negative"], [])
    for name, predicted in systems.items():
        s = scores(gold, predicted)
        report.metrics[f"{half}_{name}_accuracy"] = s["accuracy"]
        report.metrics[f"{half}_{name}_macro_f1"] = s["macro_f1"]
        table.rows.append([name, s["accuracy"], s["macro_f1"], s["f1_positive"], s["f1_neutral"],
                           s["f1_negative"]])
    report.tables.append(table)
    report.tables.append(Table(f"{half}: detente confusion (rows gold, columns predicted)",
                               ["gold", *LABELS], confusion(gold, systems["detente"])))
    if show_errors and half == "dev":
        wrong = errors(rows, systems["detente"])
        report.tables.append(Table(f"dev: detente's {len(wrong)} errors", ["gold", "predicted", "sentence"],
                                   [[w["gold"], w["predicted"], w["sentence"]] for w in wrong]))


def quad_tone(corpus: list[Path], limit: int | None = None) -> Table:
    """Mean event tone per quad class over the articles of ``corpus`` (coded here)."""
    from itertools import islice

    from detente.pipeline import code_articles
    from detente.readers import read_inputs
    from detente.records import Article

    articles = (r for r in read_inputs(corpus) if isinstance(r, Article))
    sums: dict[int, list[float]] = {q: [] for q in QUAD_NAMES}
    n_articles = 0
    for coded in code_articles(islice(articles, limit)):
        n_articles += 1
        for e in coded.events:
            if e.tone is not None and not e.negated and e.quad in sums:
                sums[e.quad].append(e.tone)
    rows = [[q, QUAD_NAMES[q], len(v), round(sum(v) / len(v), 4) if v else None]
            for q, v in sums.items()]
    return Table(f"mean event tone by quad class ({n_articles} articles of {', '.join(map(str, corpus))})",
                 ["quad", "class", "events", "mean tone"], rows)


def paragraph_tone(path: Path) -> Table:
    """The founding article's tone per paragraph: mean sentence score, GDELT tone, evidence."""
    from detente.pipeline import code
    from detente.readers.text import split_title

    title, body, _ = split_title(path.read_text(encoding="utf-8"))
    coded = code(body, title=title, date="2021-06-16")
    rows, start = [], 0
    for k, para in enumerate(body.split("\n\n")):
        lo, hi = start, start + len(para)
        start = hi + 2
        parts = [s.tone for s in coded.sentences if lo <= s.start < hi and s.tone and s.tone.words]
        if not parts:
            continue
        score = sum(t.score for t in parts) / len(parts)
        words = sum(t.words for t in parts)
        gdelt = 100.0 * sum(t.positive - t.negative for t in parts) / words if words else 0.0
        moved = [f"{w.text} {w.valence:+.1f}" for t in parts for w in t.evidence]
        rows.append([k + 1, para.strip()[:60], round(score, 3), round(gdelt, 2), "; ".join(moved[:6])])
    tone = coded.tone
    return Table(f"founding article ({path.name}) per paragraph; whole article: score "
                 f"{tone.score:+.3f}, GDELT tone {tone.avg_tone:+.2f}",
                 ["paragraph", "begins", "mean score", "GDELT tone", "words that moved it"], rows)


def evaluate(gold: Path, *, corpus: list[Path] | None = None, corpus_limit: int | None = None,
             founding: Path | None = None, show_errors: bool = False,
             halves: tuple[str, ...] = HALVES) -> Report:
    """Score the ``halves`` found in ``gold`` (a folder with ``dev.jsonl``/``heldout.jsonl``)."""
    gold = Path(gold)
    report = Report(task="tone", gold=str(gold))
    found = False
    for half in halves:
        path = gold / f"{half}.jsonl"
        if path.exists():
            found = True
            _score_half(report, half, path, show_errors)
    if not found:
        report.notes.append(f"no dev.jsonl or heldout.jsonl in {gold}: gold not scored")
    if corpus:
        report.tables.append(quad_tone(corpus, corpus_limit))
    if founding and founding.exists():
        report.tables.append(paragraph_tone(founding))
    report.notes.append("Rows with about_relation false are not scored. vader: the library as "
                        "shipped, compound with its +-0.05 thresholds; detente: detente.code(sentence).tone.")
    return report
