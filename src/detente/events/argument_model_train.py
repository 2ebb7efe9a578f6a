"""Train the argument model (``events/data/argument_model.tsv``) from the project's tuning material.

Build-time only (``make argument-model``); the events stage reads the weights with plain Python
(``argument_model.py``). The TUNING halves are coded with the rules (the model off, its
``RECORDER`` on): every candidate of every empty side (a trigger with no doer, a row with no
target) is one training example. Labels: the own gold's dev/tune halves (``OWN_TUNING``) -- right
when a gold record of the row's sentence names the candidate's country on that side and the
article accepts a triple of the row's type with it there (``evaluate.articles``); the PLOVER
records of the evaluator's dev half -- right when the record names the candidate's country class
on that side and accepts the row's type. No held-out or check half is read.

The regression is the row verifier's (``verifier_train.fit``: L2, balanced classes, fixed
iterations of full-batch gradient descent: deterministic). ``--cv`` runs article-grouped 5-fold
cross-validation through the real pipeline (each fold's model codes the fold's articles) and
prints the own evaluator's full-row precision and recall at each threshold.

    python -m detente.events.argument_model_train --out src/detente/events/data/argument_model.tsv
    python -m detente.events.argument_model_train --cv --cache cands.json [--l2 10] [--thresholds 0.7,0.8]
        [--all-tuning [--train-before31]] [--sides target,source] [--locative in,at,near]

(A ``--cache`` file holds the candidates of the material it was made with: one per material.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from detente.events import argument_model, tuning
from detente.events.argument_model import ENV

OWN_TUNING = tuning.BEFORE_ROUND31[:10]
"""Own gold annotation files of the tuning halves (their texts beside them) the shipped weights are
trained on (own dev, round2 dev, round3..round11 tune); never a check or held-out half."""

ALL_TUNING = tuning.OWN_TUNING
"""Every tune half (``events/tuning.py``: rounds 12-15 and bbc3-bbc4 too; ``--all-tuning``). Round 31
(branch m65, ``gold/events/NOTES-m65.md``): retrained on it, the grouped CV's best threshold (.8) lost one
matched triple net on the unread halves against the shipped weights at .7, so the shipped list stays."""

PLOVER_FILE = "../shared/data/events/PLOVER_GSR_CAMEO.json"
"""The PLOVER records; only the dev half (``split_half``) is used."""

THRESHOLDS = (1.01, 0.5, 0.6, 0.7, 0.8, 0.9)
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


@dataclass(frozen=True)
class Settings:
    """What a model is trained with (written into the weights file's header), chosen by ``--cv``
    (``docs/accuracy/events.md``, round 23)."""

    l2: float = 10.0
    min_count: int = 3
    iterations: int = 2000
    drop: tuple[str, ...] = ()
    """Feature families left out (``verifier_train.fit`` reads it): none."""


@dataclass
class Cand:
    group: str
    """The article (cross-validation folds keep an article together)."""
    row: str
    """The row's sentence, trigger offset and type (candidates of one row compete)."""
    features: list[str]
    label: int


def _norm(text: str) -> str:
    return " ".join((text or "").split()).lower()


def _same_sentence(gold: str, evidence: str) -> bool:
    g, e = _norm(gold), _norm(evidence)
    return bool(g) and bool(e) and (g in e or e in g)


def _accepts(accepted: set, type_: str, src: list, country: str | None, side: str) -> bool:
    if side == "target":
        return any((type_, s, country) in accepted for s in src or [None])
    return any(t[0] == type_ and t[1] == country for t in accepted)


def label_of(gold, accepted: set, side: str, evidence: str, type_: str, src: list, country: str | None) -> int:
    """1 when a gold record of the row's sentence names ``country`` on ``side`` and the article
    accepts a triple of the row's type with it there."""
    from detente.evaluate.articles import norm

    named = {norm((r.get(side) or {}).get("country")) for r in gold.records
             if not r.get("negated") and _same_sentence(r.get("sentence", ""), evidence)}
    return int(country is not None and country in named and _accepts(accepted, type_, src, country, side))


def read_articles(files: tuple[str, ...] = OWN_TUNING) -> dict[str, list]:
    from detente.evaluate.articles import read_gold

    return {file: read_gold(Path(file)) for file in files}


def group_of(file: str, gold) -> str:
    path = Path(file)
    return f"{path.parent.name}/{path.stem}/{gold.id}"


def collect(articles: dict[str, list]) -> tuple[list[Cand], dict[str, dict]]:
    """The candidates of the tuning halves and, per article, its accepted and required triples
    and its row triples with the model off."""
    from detente.evaluate.articles import code_gold, keys, norm, row_triples

    os.environ[ENV] = "off"
    cands: list[Cand] = []
    golds: dict[str, dict] = {}
    for file, golds_of_file in articles.items():
        argument_model.RECORDER = []
        try:
            coded = code_gold(golds_of_file)
            recorded = argument_model.RECORDER
        finally:
            argument_model.RECORDER = None
        by_doc: dict[str, list] = {}
        for side, key, evidence, trigger, type_, src, cand, features in recorded:
            by_doc.setdefault(key, []).append((side, evidence, trigger, type_, src, cand, features))
        for gold, events in zip(golds_of_file, coded, strict=True):
            group = group_of(file, gold)
            accepted = {k for t in gold.accepted for k in keys(t)}
            golds[group] = gold_counts_of(gold, accepted, row_triples(events))
            key = hashlib.sha1(gold.text.encode("utf-8")).hexdigest()[:16]
            for side, evidence, trigger, type_, src, cand, features in by_doc.get(key, []):
                src = [norm(c) for c in src]
                country = norm(cand.country)
                cands.append(Cand(group, f"{side}:{trigger}:{type_}", features,
                                  label_of(gold, accepted, side, evidence, type_, src, country)))
    return cands, golds


def plover_cands(path: Path = Path(PLOVER_FILE)) -> list[Cand]:
    """The candidates of the PLOVER records of the evaluator's dev half (``split_half``), right
    when the record names the candidate's country class on that side and accepts the row's type."""
    from detente.evaluate.events import code_texts, country_class, read_plover

    os.environ[ENV] = "off"
    records = [r for r in read_plover(path) if r.half == "dev"]
    argument_model.RECORDER = []
    try:
        code_texts([r.text for r in records], on=None)
        recorded = argument_model.RECORDER
    finally:
        argument_model.RECORDER = None
    by_key = {hashlib.sha1(r.text.encode("utf-8")).hexdigest()[:16]: r for r in records}
    out = []
    for side, key, _, trigger, type_, _, cand, features in recorded:
        record = by_key.get(key)
        if record is None:
            continue
        named = record.targets if side == "target" else record.sources
        label = int(type_ in record.accepts and country_class(cand.country) in named)
        out.append(Cand(f"plover/{record.id}", f"{side}:{trigger}:{type_}", features, label))
    return out


def gold_counts_of(gold, accepted: set, rows) -> dict:
    return {"accepted": sorted(map(list, accepted), key=str),
            "required": [sorted(map(list, a), key=str) for a in gold.required.values()],
            "rows": sorted(map(list, rows), key=str)}


def own_counts(gold: dict, rows) -> Counter:
    """The own evaluator's full-row counts of one article (``gold``: as ``gold_counts_of``)
    whose rows gave the triples ``rows``."""
    counts: Counter = Counter()
    predicted = {tuple(t) for t in rows}
    accepted = {tuple(t) for t in gold["accepted"]}
    counts["tp_pred"] += len(predicted & accepted)
    counts["fp"] += len(predicted - accepted)
    found = set(predicted) | {(t[0], t[2], t[1]) for t in predicted if t[0] in SYMMETRIC}
    for accepts in gold["required"]:
        counts["tp" if {tuple(a) for a in accepts} & found else "fn"] += 1
    return counts


def choose(cands: list[Cand], probs: list[float], cut: float) -> dict[tuple[str, str], Cand]:
    """Per row, its best candidate at or above ``cut`` (the first of equals)."""
    best: dict[tuple[str, str], tuple[float, Cand]] = {}
    for cand, p in zip(cands, probs, strict=True):
        key = (cand.group, cand.row)
        if p >= cut and (key not in best or p > best[key][0]):
            best[key] = (p, cand)
    return {k: v[1] for k, v in best.items()}


def model_of(w, b, vocab) -> argument_model.ArgumentModel:
    return argument_model.ArgumentModel({n: float(w[j]) for j, n in enumerate(vocab)}, float(b))


def cross_validate(articles: dict[str, list], cands: list[Cand], golds: dict[str, dict], settings: Settings,
                   thresholds: tuple[float, ...] = THRESHOLDS, folds: int = 5, seed: int = 0,
                   train_files: tuple[str, ...] | None = None) -> dict[float, Counter]:
    """Grouped (article) cross-validation through the real pipeline: each fold's model (trained on
    the other folds' candidates, of ``train_files`` and PLOVER only when given) codes the fold's
    articles at each threshold, scored by the own evaluator's full-row counts; also the candidates
    chosen right and wrong."""
    import tempfile

    from detente.evaluate.articles import code_gold, row_triples
    from detente.events.verifier_train import fit

    pairs = [(group_of(file, gold), gold) for file, found in articles.items() for gold in found]
    out: dict[float, Counter] = {t: Counter() for t in thresholds}
    with tempfile.TemporaryDirectory() as tmp:
        for k, test_groups in enumerate(tuning.grouped_folds((g for g, _ in pairs), folds, seed)):
            train = [c for c in cands if c.group not in test_groups and
                     (train_files is None or c.group.startswith("plover/") or tuning.in_files(c.group, train_files))]
            test = [c for c in cands if c.group in test_groups]
            w, b, vocab = fit(train, settings)
            path = Path(tmp) / f"fold{k}.tsv"
            write_model(path, w, b, vocab, settings, train, f"fold {k}")
            model = model_of(w, b, vocab)
            probs = [model.probability(c.features) for c in test]
            test_articles = [(g, gold) for g, gold in pairs if g in test_groups]
            os.environ[argument_model.FILE_ENV] = str(path)
            try:
                for cut in thresholds:
                    os.environ[ENV] = str(cut)
                    coded = code_gold([gold for _, gold in test_articles])
                    for (group, _), events in zip(test_articles, coded, strict=True):
                        out[cut].update(own_counts(golds[group], row_triples(events)))
                    for c in choose(test, probs, cut).values():
                        out[cut][f"{c.row.split(':')[0]}_{'right' if c.label else 'wrong'}"] += 1
            finally:
                os.environ.pop(argument_model.FILE_ENV, None)
                os.environ[ENV] = "off"
    return out


def write_model(path: Path, w, b, vocab: list[str], settings: Settings, cands: list[Cand], note: str,
                files: tuple[str, ...] = OWN_TUNING) -> None:
    """The weights file with its provenance header."""
    from detente.events.verifier_train import write_weights

    head = [
        "# Weights of the events argument model: binary logistic regression, P(candidate fills the row's empty side).",
        "# source: trained by detente (python -m detente.events.argument_model_train) on the candidates of",
        "#   rule rows with an empty source or target it coded from its tuning material only, labelled by the gold:",
    ]
    for file in files:
        digest = hashlib.sha256(Path(file).read_bytes()).hexdigest()[:16]
        head.append(f"#   {file} (sha256 {digest}...)")
    head.append(f"#   PLOVER dev half of {Path(PLOVER_FILE).name} (records with even sha1(id)), "
                "labelled by the record's source and target country classes")
    positives = sum(c.label for c in cands)
    head += [
        f"#   {positives} right candidates, {len(cands) - positives} wrong",
        "# licence: same as detente (MIT)",
        f"# settings: l2 {settings.l2}, min_count {settings.min_count}, iterations {settings.iterations}, "
        "balanced classes",
        f"# made: {note}" if note else "# made: by make argument-model",
        "# columns: feature | weight (log-odds of the right side); argument_model.py reads them",
    ]
    write_weights(path, head, b, vocab, w)


def _shipped_sides() -> list[str]:
    from detente.events.lexicon import semantics_file

    return sorted(argument_model.sides(semantics_file().get("argument_model")))


def _shipped_locatives() -> str:
    from detente.events.lexicon import semantics_file

    return ",".join(sorted(argument_model.locatives(semantics_file().get("argument_model")))) or "off"


def main(argv: list[str] | None = None) -> None:
    from detente.events.verifier_train import fit

    parser = argparse.ArgumentParser(description="Train detente's events argument model.")
    parser.add_argument("--out", type=Path, help="the weights file to write")
    parser.add_argument("--note", default="", help="the header's 'made' line: date, figures")
    parser.add_argument("--cv", action="store_true", help="print grouped cross-validation per threshold")
    parser.add_argument("--l2", type=float, default=Settings.l2)
    parser.add_argument("--thresholds", default=",".join(map(str, THRESHOLDS)))
    parser.add_argument("--cache", type=Path, help="a JSON file of coded candidates: read if present, else written")
    parser.add_argument("--sides", default=",".join(_shipped_sides()),
                        help="the sides whose candidates are trained on (default: semantics.yaml's sides)")
    parser.add_argument("--all-tuning", action="store_true", help="every tune half (ALL_TUNING), not OWN_TUNING")
    parser.add_argument("--train-before31", action="store_true",
                        help="with --cv: train the folds on OWN_TUNING's articles only (the held-back folds as --all-tuning's)")
    parser.add_argument("--locative", default=_shipped_locatives(),
                        help="locative prepositions whose objects are no target candidate (in,at,near; off: "
                             "none; default: semantics.yaml's)")
    args = parser.parse_args(argv)
    if not args.cv and args.out is None:
        parser.error("--out is needed (or --cv)")
    settings = Settings(l2=args.l2)
    files = ALL_TUNING if args.all_tuning else OWN_TUNING
    articles = read_articles(files)
    if args.cache and args.cache.exists():
        data = json.loads(args.cache.read_text(encoding="utf-8"))
        cands, golds = [Cand(**c) for c in data["cands"]], data["golds"]
    else:
        cands, golds = collect(articles)
        cands += plover_cands()
        if args.cache:
            args.cache.write_text(json.dumps({"cands": [c.__dict__ for c in cands], "golds": golds}),
                                  encoding="utf-8")
    cands = [c for c in cands if c.row.split(":")[0] in args.sides.split(",")]
    os.environ[argument_model.LOCATIVE_ENV] = args.locative
    os.environ[argument_model.SIDES_ENV] = args.sides
    words = argument_model.locatives(None)
    cands = [c for c in cands if not (c.row.startswith("target:") and argument_model.locative(c.features, words))]
    if args.cv:
        from detente.evaluate.articles import precision_recall

        sides = Counter((c.row.split(":")[0], c.label) for c in cands)
        print(f"{len(cands)} candidates ({dict(sorted(sides.items()))}), "
              f"{len({(c.group, c.row) for c in cands})} rows, {len(golds)} articles")
        thresholds = tuple(float(t) for t in args.thresholds.split(","))
        for cut, counts in cross_validate(articles, cands, golds, settings, thresholds,
                                          train_files=OWN_TUNING if args.train_before31 else None).items():
            s = precision_recall(counts)
            extra = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k.endswith(("_right", "_wrong")))
            print(f"threshold {cut:.2f}: own P {s['precision']:.4f} R {s['recall']:.4f} tp {counts['tp']} "
                  f"fp {counts['fp']}; chosen {extra}", flush=True)
        return
    w, b, vocab = fit(cands, settings)
    write_model(args.out, w, b, vocab, settings, cands, args.note, files)
    print(f"{args.out}: {len(vocab)} features from {len(cands)} candidates")


if __name__ == "__main__":
    main()
