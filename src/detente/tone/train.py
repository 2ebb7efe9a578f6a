"""Train the tone model (``data/tone_model.tsv``) from the project's own training gold.

Build-time only (``make tone-model``); the stage reads the weights file with plain Python
(``model.py``). Training data: ``TRAINING_FILES``, ``gold/tone/train.jsonl`` and ``train2.jsonl``
(sentences of the bundled sample corpus from articles in neither evaluation half, drawn by a
name table and by the actors stage, labelled by ``gold/tone/NOTES.md``'s definitions); the
model is trained only on text the repository ships, so anyone can rebuild it. Each
row about a relation is coded by the pipeline and described by ``model.span_features`` over its
whole text; an L2-regularised multinomial logistic regression without intercept is fitted by
full-batch gradient descent with momentum (numpy, fixed iterations: deterministic). Features
seen in fewer than ``min_count`` training rows are dropped.

    python -m detente.tone.train --out src/detente/tone/data/tone_model.tsv   # all TRAINING_FILES
    python -m detente.tone.train --cv    # 5-fold cross-validation, twice, on the training files
    python -m detente.tone.train --cv --cv-first   # folds over train.jsonl, train2 always trained on
    python -m detente.tone.train --cv --curve   # the same at 40/60/80/100% of each training fold

The cross-validation is how settings and features are chosen (with the dev half; never the
held-out half); with several ``--gold`` files it pools them (dev may be one, for tuning only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from detente.tone.model import LABELS, Feature, ToneModel, span_features

TRAINING_FILES = ("gold/tone/train.jsonl", "gold/tone/train2.jsonl")
"""The training gold (``gold/tone/NOTES.md``): the name-table draw and the actors-stage draw of
the bundled sample corpus, both outside every article of the evaluation halves."""


@dataclass(frozen=True)
class Settings:
    """What a model is trained with (all written into the weights file's header)."""

    l2: float = 0.1
    min_count: int = 2
    iterations: int = 1500
    balanced: bool = True
    """Weigh each class by the inverse of its frequency (macro F1 counts rare classes alike)."""


def gold_rows(path: Path) -> list[dict]:
    """The rows of a training file that are about a relation and have a label."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("about_relation") and r.get("label") in LABELS]


def featurize(rows: list[dict]) -> list[tuple[list[Feature], list[list[Feature]]]]:
    """For each row: the features of its whole text (what the model is trained on) and of each
    of its sentences (what the stage scores at run time)."""
    from detente.nlp import columns, doc_text
    from detente.pipeline import code_articles, default_resources
    from detente.readers import article_from_text
    from detente.tone.score import is_credit, lexicon_scores, span_words

    resources = default_resources()
    lexicon = resources.get("tone")
    articles = [article_from_text(r["sentence"], date=r.get("date") or None, id=f"train-{i}")
                for i, r in enumerate(rows)]
    out = []
    for coded in code_articles(articles, resources=resources, keep_doc=True):
        doc, text, cols = coded.doc, doc_text(coded.doc), columns(coded.doc)

        def feats(first: int, last: int, events, doc=doc, text=text, cols=cols):
            if is_credit(text, cols, first, last):  # no tone, as in the stage
                return []
            words = span_words(text, cols, first, last, lexicon)
            found, compound = lexicon_scores(words, text, lexicon, doc)
            return span_features(text, cols, first, last, found, compound, lexicon.label(compound),
                                 events, lexicon.model_pos)

        spans = list(doc.sents)
        said = [s for s in spans if not is_credit(text, cols, s.start, s.end)]
        whole = feats(0, said[-1].end if said else len(doc), coded.events)  # without the credits
        per = [feats(span.start, span.end, [e for e in coded.events if e.sentence == k])
               for k, span in enumerate(spans)]
        out.append((whole, per))
    return out


def vocabulary(features: list[list[Feature]], min_count: int) -> list[str]:
    """Feature names in at least ``min_count`` rows (the lexicon features always), sorted."""
    df = Counter(name for row in features for name in {f.name for f in row})
    return sorted(n for n, c in df.items() if c >= min_count or n.startswith("lex:"))


def fit(features: list[list[Feature]], labels: list[str], settings: Settings):
    """Weights (features x classes) of the regression, and the vocabulary."""
    import numpy as np

    vocab = vocabulary(features, settings.min_count)
    col = {n: j for j, n in enumerate(vocab)}
    x = np.zeros((len(features), len(vocab)))
    for i, row in enumerate(features):
        for f in row:
            if f.name in col:
                x[i, col[f.name]] += f.value
    y = np.zeros((len(labels), 3))
    y[np.arange(len(labels)), [LABELS.index(lab) for lab in labels]] = 1.0
    counts = y.sum(axis=0)
    cw = (len(labels) / (3 * np.maximum(counts, 1))) if settings.balanced else np.ones(3)
    sw = (y * cw).sum(axis=1, keepdims=True) / len(labels)
    w = np.zeros((len(vocab), 3))
    velocity = np.zeros_like(w)
    lr, momentum = 0.5, 0.9
    for _ in range(settings.iterations):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = x.T @ ((p - y) * sw) + settings.l2 * w
        velocity = momentum * velocity - lr * grad
        w += velocity
    return w, vocab


def cross_validate(features: list[list[Feature]], labels: list[str], settings: Settings,
                   folds: int = 5, repeats: int = 2,
                   extra: tuple[list[list[Feature]], list[str]] = ([], []),
                   fraction: float = 1.0) -> dict[str, float]:
    """Macro F1 of ``folds``-fold cross-validation, the mean over folds of ``repeats`` shuffles
    (seeds 0, 1, ...; a fold's macro F1 over the classes it has or predicts), and each class's
    F1 over all held-back predictions (per-class F1 as ``detente evaluate tone`` computes it).
    ``extra`` rows (features, labels) are in every training fold and never scored; ``fraction``
    < 1 trains each fold on only that share of its rows (a learning curve: does more data of
    this kind help?)."""
    from detente.evaluate.tone import scores

    macro, gold, predicted = [], [], []
    for seed in range(repeats):
        order = list(range(len(labels)))
        random.Random(seed).shuffle(order)
        for k in range(folds):
            test = sorted(order[k::folds])
            kept = set(test)
            train = [i for i in order if i not in kept]
            train = train[:max(1, round(len(train) * fraction))]
            weights, vocab = fit([features[i] for i in train] + extra[0],
                                 [labels[i] for i in train] + extra[1], settings)
            model = ToneModel({n: tuple(weights[j]) for j, n in enumerate(vocab)})
            found = [model.label(model.probabilities(features[i])) for i in test]
            shown = {labels[i] for i in test} | set(found)  # a class absent from both is no score
            fold = scores([labels[i] for i in test], found)
            macro.append(sum(fold[f"f1_{c}"] for c in shown) / len(shown))
            gold += [labels[i] for i in test]
            predicted += found
    overall = scores(gold, predicted)
    return {"macro_f1": sum(macro) / len(macro)} | {f"f1_{c}": overall[f"f1_{c}"] for c in LABELS}


def write_model(path: Path, weights, vocab: list[str], settings: Settings, golds: list[Path],
                counts: list[int], note: str) -> None:
    """The weights file with its provenance header (each training file, its sha256 and rows)."""
    head = [
        "# Weights of the tone model: multinomial logistic regression, no intercept.",
        "# source: trained by detente (python -m detente.tone.train) on its own gold:",
    ]
    for gold, n in zip(golds, counts, strict=True):
        digest = hashlib.sha256(gold.read_bytes()).hexdigest()[:16]
        head.append(f"#   {gold.name} (sha256 {digest}...): {n} sentences about a relation")
    head += [
        "#   (gold/tone/NOTES.md: the bundled sample corpus outside both evaluation halves' articles)",
        "# licence: same as detente (MIT)",
        f"# settings: l2 {settings.l2}, min_count {settings.min_count}, iterations "
        f"{settings.iterations}, balanced {settings.balanced}",
        f"# made: {note}" if note else "# made: by make tone-model",
        "# columns: feature | weight towards positive | neutral | negative (model.py reads them)",
    ]
    lines = head + ["\t".join(("feature",) + LABELS)]
    for j, name in enumerate(vocab):
        lines.append("\t".join([name] + [f"{weights[j, k]:.4f}" for k in range(3)]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


CURVE = (0.4, 0.6, 0.8, 1.0)
"""Shares of each training fold the learning curve (``--cv --curve``) trains on."""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Train detente's tone model.")
    parser.add_argument("--gold", type=Path, action="append",
                        help="a training file (repeat for several; default: TRAINING_FILES)")
    parser.add_argument("--out", type=Path, help="the weights file to write")
    parser.add_argument("--note", default="", help="the header's 'made' line: date, figures")
    parser.add_argument("--cv", action="store_true",
                        help="print 5-fold cross-validation (twice) instead of writing a model")
    parser.add_argument("--curve", action="store_true",
                        help="with --cv: the learning curve, CV with each training fold cut to "
                             "40, 60, 80 and 100%% of its rows")
    parser.add_argument("--cv-first", action="store_true",
                        help="with --cv: folds over the first file's rows only, the other files' "
                             "rows in every training fold (does more data help on the first?)")
    args = parser.parse_args(argv)
    if not args.cv and args.out is None:
        parser.error("--out is needed (or --cv)")
    settings = Settings()
    golds = args.gold or [Path(p) for p in TRAINING_FILES]
    parts = [gold_rows(g) for g in golds]
    rows = [r for part in parts for r in part]
    feats = [whole for whole, _ in featurize(rows)]
    if args.cv:
        labels, n = [r["label"] for r in rows], len(parts[0]) if args.cv_first else len(rows)
        for fraction in CURVE if args.curve else (1.0,):
            found = cross_validate(feats[:n], labels[:n], settings, extra=(feats[n:], labels[n:]),
                                   fraction=fraction)
            print(f"{n} rows scored, {len(rows) - n} more in training, folds at {fraction:.0%}; "
                  + ", ".join(f"{k} {v:.3f}" for k, v in found.items()))
        return
    weights, vocab = fit(feats, [r["label"] for r in rows], settings)
    write_model(args.out, weights, vocab, settings, golds, [len(p) for p in parts], args.note)
    print(f"{args.out}: {len(vocab)} features from {len(rows)} rows")


if __name__ == "__main__":
    main()
