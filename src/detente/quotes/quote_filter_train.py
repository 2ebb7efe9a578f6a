"""Train the quote filter (``quote_filter.py``) from PolNeAR train's tune part (issue 14, round 26).

``python -m detente.quotes.quote_filter_train --gold TUNE --out src/detente/quotes/data/quote_filter.tsv``
(``make quote-model``). ``TUNE`` is the tune part of the round-20 draw of PolNeAR's train split
(``gold/quotes/polnear_train``: ``draw.py`` builds it; ``tune.names`` lists its 80 articles):
the filter is trained and chosen on it alone, never on its check part, PolNeAR test or detente's
own gold.

Material: detente codes every article with the filter off; each quote the filter would score
(``quote_filter.scored``) gives one row, its features (``quote_features``) and a label: 1 when
its content overlaps the content of a gold direct attribution (one whose content opens with a
quote mark, as the evaluator counts them), averaged over an article's annotation files and
rounded. The model is a binary logistic regression over the features seen in at least
``min_count`` rows, fitted by full-batch gradient descent from zero weights for a fixed number
of iterations (numpy; no random draw), so the same material gives the same weights.

``--cv K`` also reports grouped K-fold cross-validation (folds by a hash of the article name):
each fold's quotes are scored by a model fitted on the other folds only, the vetoed quotes are
removed, and the evaluator's direct-quote counts (content overlap, speaker) are summed over the
folds, beside the rules alone.
"""

from __future__ import annotations

import argparse
import hashlib
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from detente.quotes.quote_filter import ENV, VETOED_KEY, quote_features, scored
from detente.resources import INTERCEPT


@dataclass(frozen=True)
class Settings:
    l2: float = 1.0
    min_count: int = 3
    iterations: int = 3000
    rate: float = 0.5
    threshold: float = 0.5


@dataclass
class Material:
    """One article: its gold, detente's quotes (filter off) and, per scored quote, features and
    label."""

    gold: object  # evaluate.quotes.GoldArticle
    quotes: list
    rows: list[tuple[int, list[str], int]]  # (index in quotes, features, label)
    doc: object = None  # the parse, kept for cross-validation of the embed mode


def _overlap(a, b) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def label(quote, article, labels: str = "direct") -> int:
    """1 when the quote overlaps a gold attribution in at least half of the article's
    annotation files: a direct one (``labels="direct"``, variant A) or any one, direct or
    reported (``"any"``, variant B: the class PolNeAR and detente's own gold agree on)."""
    files = list(article.annotations.values())
    hits = sum(1 for attributions in files
               if any((g.direct or labels == "any")
                      and _overlap(((quote.start, quote.end),), g.content) > 0
                      for g in attributions))
    return int(hits * 2 >= len(files)) if files else 0


def collect(folder: Path, names: set[str] | None = None, labels: str = "direct") -> list[Material]:
    """Code a PolNeAR folder's articles (those in ``names`` when given) with the filter off."""
    from detente.evaluate.quotes import read_gold
    from detente.pipeline import code_articles
    from detente.readers import article_from_text

    articles = [a for a in read_gold(folder) if names is None or a.name in names]
    saved = os.environ.get(ENV)
    os.environ[ENV] = "off"
    try:
        inputs = [article_from_text(a.text, id=a.name, date="2016-11-01") for a in articles]
        out = []
        for art, coded in zip(articles, code_articles(inputs, keep_doc=True), strict=True):
            rows = [(i, quote_features(q, coded.doc, art.text), label(q, art, labels))
                    for i, q in enumerate(coded.quotes) if scored(q, coded.quotes)]
            out.append(Material(art, coded.quotes, rows, coded.doc))
    finally:
        if saved is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = saved
    return out


def vocabulary(material: list[Material], min_count: int) -> list[str]:
    counts = Counter(f for m in material for _, feats, _ in m.rows for f in set(feats))
    return sorted(f for f, n in counts.items() if n >= min_count)


def fit(material: list[Material], settings: Settings) -> tuple[dict[str, float], float]:
    """Weights per feature and the intercept (deterministic)."""
    import numpy as np

    vocab = vocabulary(material, settings.min_count)
    index = {f: i for i, f in enumerate(vocab)}
    rows = [(feats, y) for m in material for _, feats, y in m.rows]
    x = np.zeros((len(rows), len(vocab)))
    for r, (feats, _) in enumerate(rows):
        for f in feats:
            if f in index:
                x[r, index[f]] = 1.0
    y = np.array([float(lab) for _, lab in rows])
    w = np.zeros(len(vocab))
    b = 0.0
    n = max(len(rows), 1)
    for _ in range(settings.iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        grad = p - y
        w -= settings.rate * (x.T @ grad / n + settings.l2 * w / n)
        b -= settings.rate * float(grad.mean())
    return {f: round(float(v), 4) for f, v in zip(vocab, w, strict=True)}, round(b, 4)


def _fold(name: str, k: int) -> int:
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % k


def kept_quotes(m: Material, weights: dict[str, float], intercept: float,
                threshold: float, mode: str = "drop") -> list:
    """The article's quotes as the filter leaves them with this model (``quote_filter``'s own
    ``filter_quotes``, threshold and veto mode given)."""
    from detente.quotes.quote_filter import QuoteFilter, filter_quotes

    return filter_quotes(list(m.quotes), m.doc, m.gold.text, model=QuoteFilter(weights, intercept),
                         cut=threshold, mode=mode)


def direct_counts(material: list[tuple[Material, list]]) -> dict[str, list[float]]:
    """The evaluator's strict direct-quote counts ``{metric: [tp, fp, fn]}`` summed over
    articles (each annotation file weighted 1/n)."""
    from detente.evaluate.quotes import count, group_quotes, scoped

    total = {key: [0.0, 0.0, 0.0] for key in ("content_overlap", "speaker", "all_speaker")}
    for m, quotes in material:
        system = group_quotes(quotes)
        weight = 1 / len(m.gold.annotations)
        for gold in m.gold.annotations.values():
            got = count(m.gold.text, *scoped(system, gold, "direct"))
            got["all_speaker"] = count(m.gold.text, *scoped(system, gold, "all"))["speaker"]
            for metric, cell in total.items():
                for k in range(3):
                    cell[k] += got[metric][k] * weight
    return total


def f1(cell: list[float]) -> tuple[float, float, float]:
    tp, fp, fn = cell
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return round(p, 4), round(r, 4), round(2 * p * r / (p + r), 4) if p + r else 0.0


def cross_validate(material: list[Material], settings: Settings, k: int = 5,
                   mode: str = "drop") -> dict:
    """Rules alone and rules + filter, each fold scored by a model fitted on the others."""
    after = []
    vetoes = Counter()
    for fold in range(k):
        train = [m for m in material if _fold(m.gold.name, k) != fold]
        held = [m for m in material if _fold(m.gold.name, k) == fold]
        weights, intercept = fit(train, settings)
        for m in held:
            kept = kept_quotes(m, weights, intercept, settings.threshold, mode)
            vetoed = {(q.start, q.end) for q, *_ in m.doc.user_data.get(VETOED_KEY, [])} \
                if m.doc is not None else set()
            for i, _, y in m.rows:
                if (m.quotes[i].start, m.quotes[i].end) in vetoed:
                    vetoes[f"vetoed label {y}"] += 1
            after.append((m, kept))
    before = direct_counts([(m, m.quotes) for m in material])
    now = direct_counts(after)
    return {"before": {k2: f1(v) for k2, v in before.items()},
            "after": {k2: f1(v) for k2, v in now.items()}, "vetoes": dict(vetoes)}


def write_model(path: Path, weights: dict[str, float], intercept: float, settings: Settings,
                material: list[Material], note: str) -> None:
    labels = Counter(y for m in material for _, _, y in m.rows)
    names = "\n".join(sorted(m.gold.name for m in material))
    digest = hashlib.sha256(names.encode("utf-8")).hexdigest()[:16]
    head = [
        "# Weights of the quotes stage's quote filter: binary logistic regression,",
        "#   P(a quote the rules found is an attributed direct quote).",
        "# source: trained by detente (python -m detente.quotes.quote_filter_train) on the quotes",
        "#   it finds, filter off, in PolNeAR train's tune part only (gold/quotes/polnear_train,",
        f"#   tune.names: {len(material)} articles, names sha256 {digest}...), labelled by the",
        "#   gold's direct attributions (PolNeAR v1.0.0, networkdynamics/PolNeAR c3eee833; its",
        "#   texts and annotations are not kept here)",
        f"#   rows: {labels[1]} attributed direct quotes, {labels[0]} other quoted spans",
        "# licence: same as detente (MIT)",
        f"# settings: l2 {settings.l2}, min_count {settings.min_count}, iterations "
        f"{settings.iterations}, rate {settings.rate}, unbalanced classes",
        f"# made: {note}",
        "# columns: feature | weight (log-odds of an attributed direct quote); quote_filter.py",
        "feature\tweight",
        f"{INTERCEPT}\t{intercept:.4f}",
    ]
    body = [f"{f}\t{w:.4f}" for f, w in sorted(weights.items())]
    path.write_text("\n".join(head + body) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, required=True, help="PolNeAR train tune folder")
    parser.add_argument("--names", type=Path, help="only these article names (one a line)")
    parser.add_argument("--out", type=Path, help="weights file to write")
    parser.add_argument("--note", default="by make quote-model")
    parser.add_argument("--cv", type=int, default=0, help="grouped K-fold CV report")
    parser.add_argument("--veto", choices=("drop", "embed"), default="drop",
                        help="what a veto does in the CV report")
    parser.add_argument("--labels", choices=("direct", "any"), default="direct",
                        help="positive: overlaps a gold direct attribution, or any attribution")
    args = parser.parse_args(argv)
    names = set(args.names.read_text(encoding="utf-8").split()) if args.names else None
    settings = Settings()
    material = collect(args.gold, names, args.labels)
    if args.cv:
        print(cross_validate(material, settings, args.cv, args.veto))
    if args.out:
        weights, intercept = fit(material, settings)
        write_model(args.out, weights, intercept, settings, material, args.note)
        print(f"wrote {args.out}: {len(weights)} features")


if __name__ == "__main__":
    main()
