"""Train the trigger model (``events/data/trigger_model.tsv``) from the project's tuning material.

Build-time only (``make trigger-model``); the events stage reads the weights with plain Python
(``trigger_model.py``). The TUNING halves (``TUNING``: own dev, round2 dev, round3..round15, bbc3
and bbc4 tune; never a check or held-out half) are coded with the rules (the model off, its ``RECORDER`` on): every
verb and noun in no rule candidate is one example. Label: 1 when the word is inside the trigger
words of a required gold record (neither negated nor optional) of its sentence; its type is that
record's. Stage 1 (``event`` column): P(trigger) over all examples; stage 2: one-vs-rest P(type)
over the positives, one column per type seen at least ``MIN_TYPE`` times.

The regressions are the row verifier's (``verifier_train.fit``: L2, balanced classes, fixed
iterations: deterministic). ``--cv`` runs article-grouped 5-fold cross-validation through the real
pipeline (each fold's model codes the fold's articles at each threshold) and prints the own
evaluator's full-row precision, recall and F1 (``gold/events/trigmodel/RULE.md``).

    python -m detente.events.trigger_model_train --out src/detente/events/data/trigger_model.tsv
    python -m detente.events.trigger_model_train --cv --cache cands.json [--thresholds 0.8,0.9]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from detente.events import trigger_model, tuning
from detente.events.argument_model_train import _same_sentence, gold_counts_of, group_of, own_counts
from detente.events.trigger_model import ENV, EVENT, FILE_ENV, INTERCEPT
from detente.events.tuning import OWN_TUNING

TUNING = OWN_TUNING
"""Own gold annotation files of the tuning halves (their texts beside them; ``events/tuning.py``)."""

THRESHOLDS = (1.01, 0.8, 0.9, 0.95)
MIN_TYPE = 3


@dataclass(frozen=True)
class Settings:
    l2: float = 10.0
    min_count: int = 3
    iterations: int = 1500
    drop: tuple[str, ...] = ()


@dataclass
class Cand:
    group: str
    features: list[str]
    label: int
    type: str


def label_of(gold, evidence: str, word: str) -> str:
    """The type of a required gold record of the sentence whose trigger words hold ``word``, or ''."""
    word = word.lower()
    for record in gold.records:
        if record.get("negated") or record.get("optional") or not record.get("type"):
            continue
        if word in re.findall(r"[\w'-]+", (record.get("trigger") or "").lower()) and \
                _same_sentence(record.get("sentence", ""), evidence):
            return record["type"]
    return ""


def collect(files: tuple[str, ...] = TUNING) -> tuple[list[Cand], dict[str, dict], dict]:
    """The candidates of the tuning halves, per article its gold counts, and the articles."""
    from detente.evaluate.articles import code_gold, keys, read_gold, row_triples

    os.environ[ENV] = "off"
    cands: list[Cand] = []
    golds: dict[str, dict] = {}
    articles = {file: read_gold(Path(file)) for file in files if Path(file).exists()}
    for file, golds_of_file in articles.items():
        for gold in golds_of_file:
            trigger_model.RECORDER = []
            try:
                (events,) = code_gold([gold])
                recorded = trigger_model.RECORDER
            finally:
                trigger_model.RECORDER = None
            group = group_of(file, gold)
            accepted = {k for t in gold.accepted for k in keys(t)}
            golds[group] = gold_counts_of(gold, accepted, row_triples(events))
            for evidence, _, word, features in recorded:
                type_ = label_of(gold, evidence, word)
                cands.append(Cand(group, features, int(bool(type_)), type_))
    return cands, golds, articles


def fit_all(cands: list[Cand], settings: Settings):
    """``(columns, vocab, weights)``: the event column over all candidates, one column per type
    over the positives."""
    from detente.events.verifier_train import fit

    types = sorted(t for t, n in Counter(c.type for c in cands if c.label).items() if n >= MIN_TYPE)
    fits = {EVENT: fit(cands, settings)}
    positives = [c for c in cands if c.label]
    for type_ in types:
        fits[type_] = fit([Cand(c.group, c.features, int(c.type == type_), c.type) for c in positives], settings)
    columns = [EVENT, *types]
    vocab = sorted({n for w, b, v in fits.values() for n in v})
    table = {INTERCEPT: tuple(float(fits[c][1]) for c in columns)}
    for name in vocab:
        row = []
        for c in columns:
            w, _, v = fits[c]
            j = _index(v, name)
            row.append(float(w[j]) if j is not None else 0.0)
        table[name] = tuple(row)
    return columns, table


def _index(vocab: list[str], name: str) -> int | None:
    import bisect

    j = bisect.bisect_left(vocab, name)
    return j if j < len(vocab) and vocab[j] == name else None


def write_model(path: Path, columns: list[str], table: dict, settings: Settings, cands: list[Cand], note: str) -> None:
    """The weights file with its provenance header."""
    head = [
        "# Weights of the events trigger model: logistic regressions over verbs and nouns no lexicon entry matched;",
        "#   column 'event' = P(trigger), the others one-vs-rest P(PLOVER type) among triggers.",
        "# source: trained by detente (python -m detente.events.trigger_model_train) on the words of its tuning",
        "#   material only, labelled by the gold records' trigger words and types:",
    ]
    for file in TUNING:
        if Path(file).exists():
            digest = hashlib.sha256(Path(file).read_bytes()).hexdigest()[:16]
            head.append(f"#   {file} (sha256 {digest}...)")
    positives = sum(c.label for c in cands)
    head += [
        f"#   {positives} trigger words, {len(cands) - positives} other words",
        "# licence: same as detente (MIT)",
        f"# settings: l2 {settings.l2}, min_count {settings.min_count}, iterations {settings.iterations}, "
        "balanced classes",
        f"# made: {note}" if note else "# made: by make trigger-model",
        "# columns: feature | weight per column (log-odds); trigger_model.py reads them",
    ]
    lines = head + ["\t".join(["feature", *columns])]
    for name, row in table.items():
        if name == INTERCEPT or any(abs(v) >= 5e-5 for v in row):
            lines.append("\t".join([name, *(f"{v:.4f}" for v in row)]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def cross_validate(articles: dict, cands: list[Cand], golds: dict, settings: Settings,
                   thresholds: tuple[float, ...] = THRESHOLDS, folds: int = 5, seed: int = 0,
                   train_files: tuple[str, ...] | None = None) -> dict[float, Counter]:
    """Grouped (article) cross-validation through the real pipeline, scored by the own evaluator
    (the folds trained on the candidates of ``train_files`` only when given)."""
    import tempfile

    from detente.evaluate.articles import code_gold, row_triples

    pairs = [(group_of(file, gold), gold) for file, found in articles.items() for gold in found]
    out: dict[float, Counter] = {t: Counter() for t in thresholds}
    with tempfile.TemporaryDirectory() as tmp:
        for k, test_groups in enumerate(tuning.grouped_folds((g for g, _ in pairs), folds, seed)):
            columns, table = fit_all([c for c in cands if c.group not in test_groups and
                                      (train_files is None or tuning.in_files(c.group, train_files))], settings)
            path = Path(tmp) / f"fold{k}.tsv"
            write_model(path, columns, table, settings, cands, f"fold {k}")
            test = [(g, gold) for g, gold in pairs if g in test_groups]
            os.environ[FILE_ENV] = str(path)
            try:
                for cut in thresholds:
                    os.environ[ENV] = "off" if cut > 1 else str(cut)
                    coded = code_gold([gold for _, gold in test])
                    for (group, _), events in zip(test, coded, strict=True):
                        out[cut].update(own_counts(golds[group], row_triples(events)))
                        out[cut]["model_rows"] += sum(1 for e in events if trigger_model.SUFFIX in e.rule)
            finally:
                os.environ.pop(FILE_ENV, None)
                os.environ[ENV] = "off"
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Train detente's events trigger model.")
    parser.add_argument("--out", type=Path, help="the weights file to write")
    parser.add_argument("--note", default="", help="the header's 'made' line: date, figures")
    parser.add_argument("--cv", action="store_true", help="print grouped cross-validation per threshold")
    parser.add_argument("--l2", type=float, default=Settings.l2)
    parser.add_argument("--thresholds", default=",".join(map(str, THRESHOLDS)))
    parser.add_argument("--cache", type=Path, help="a JSON file of coded candidates: read if present, else written")
    parser.add_argument("--drop", default=",".join(Settings.drop),
                        help="feature families to leave out, comma-separated (default: %(default)r)")
    parser.add_argument("--train-before31", action="store_true",
                        help="with --cv: train the folds on the rounds 24-30 list only (tuning.BEFORE_ROUND31)")
    args = parser.parse_args(argv)
    if not args.cv and args.out is None:
        parser.error("--out is needed (or --cv)")
    settings = Settings(l2=args.l2, drop=tuple(d for d in args.drop.split(",") if d))
    if args.cache and args.cache.exists():
        from detente.evaluate.articles import read_gold

        data = json.loads(args.cache.read_text(encoding="utf-8"))
        cands, golds = [Cand(**c) for c in data["cands"]], data["golds"]
        articles = {file: read_gold(Path(file)) for file in TUNING if Path(file).exists()}
    else:
        cands, golds, articles = collect()
        if args.cache:
            args.cache.write_text(json.dumps({"cands": [c.__dict__ for c in cands], "golds": golds}),
                                  encoding="utf-8")
    if args.cv:
        from detente.evaluate.articles import precision_recall

        print(f"{len(cands)} candidates, {sum(c.label for c in cands)} trigger words, {len(golds)} articles; "
              f"types {dict(sorted(Counter(c.type for c in cands if c.label).items()))}")
        thresholds = tuple(float(t) for t in args.thresholds.split(","))
        train_files = tuning.BEFORE_ROUND31 if args.train_before31 else None
        for cut, counts in cross_validate(articles, cands, golds, settings, thresholds, train_files=train_files).items():
            s = precision_recall(counts)
            f1 = 2 * s["precision"] * s["recall"] / max(s["precision"] + s["recall"], 1e-9)
            print(f"threshold {cut:.2f}: own P {s['precision']:.4f} R {s['recall']:.4f} F1 {f1:.4f} "
                  f"tp {counts['tp']} fn {counts['fn']} tp_pred {counts['tp_pred']} fp {counts['fp']} "
                  f"model rows {counts['model_rows']}", flush=True)
        return
    columns, table = fit_all(cands, settings)
    write_model(args.out, columns, table, settings, cands, args.note)
    print(f"{args.out}: {len(table) - 1} features, columns {columns}, from {len(cands)} candidates")


if __name__ == "__main__":
    main()
