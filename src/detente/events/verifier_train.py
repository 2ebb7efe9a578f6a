"""Train the row verifier (``events/data/row_verifier.tsv``) from the project's tuning material.

Build-time only (``make event-model``); the events stage reads the weights file with plain
Python (``verifier.py``). Every row comes from coding the TUNING halves with the rules (the
verifier itself off) and is labelled by the evaluators' own matching:

- the own gold's tuning halves (``gold/events/dev.jsonl``, ``round2/dev.jsonl``,
  ``round3/tune.jsonl``, ``round4/tune.jsonl``, ``round5/tune.jsonl``): a row is right when one
  of its (type, source country, target country) triples is a required, optional or alternative
  gold triple (``evaluate.articles``);
- the PLOVER records of the evaluator's dev half (``split_half``): a row is right when its type
  is one the record accepts (``evaluate.events``);
- the judged rows' tuning halves (``gold/events/rows/tune*.jsonl``): a row that matches a judged
  row takes its verdict (right when type, source and target are all right).

No held-out or check half is read. A binary L2-regularised logistic regression with an
intercept is fitted by full-batch gradient descent with momentum (numpy, fixed iterations:
deterministic); features seen in fewer than ``min_count`` rows are dropped.

    python -m detente.events.verifier_train --out src/detente/events/data/row_verifier.tsv
    python -m detente.events.verifier_train --cv   # grouped 5-fold CV, twice: thresholds compared
    python -m detente.events.verifier_train --cache rows.json ...   # code once, reuse the rows
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from detente.events import tuning, verifier
from detente.events.verifier import ENV, row_features
from detente.resources import INTERCEPT

OWN_TUNING = tuning.OWN_TUNING
"""Own gold annotation files of the tuning halves (their texts beside them; ``events/tuning.py``):
rounds 6 and 8-13's tune halves added in round 25 (branch v3), rounds 14-15 and bbc3-bbc4's in round
31 (branch m65); never a check or held-out half."""

PLOVER_FILE = "../shared/data/events/PLOVER_GSR_CAMEO.json"
"""The PLOVER records; only the dev half (``split_half``) is used."""

JUDGED = (("gold/events/rows", ("tune", "tune2", "tune3", "tune4")), ("gold/events/verifier", ("tune",)),
          ("gold/events/verifier2", ("tune", "tune2", "tune3")), ("gold/events/rows/bbc", ("tune",)),
          ("gold/events/rows/bbc2", ("tune",)))
"""Judged-row folders and the halves of each used for training (never ``check*``):
``gold/events/verifier/`` (round 15) and ``gold/events/verifier2/`` (round 23) are the sets
judged for this model (their ``NOTES.md``); the BBC sets' tune halves were added in round 25 (a
BBC article whose file is absent is skipped, as the evaluator does)."""

THRESHOLDS = (0.05, 0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.25, 0.3, 0.4, 0.5)


@dataclass(frozen=True)
class Settings:
    """What a model is trained with (written into the weights file's header). Chosen by the
    grouped cross-validation (``--cv``, ``docs/accuracy/events.md`` rounds 15, 23 and 25). Round 25
    (``gold/events/verifier3/RULE.md``: the best mean of the held-back judged and own-gold AUC, ties
    to the larger L2, fewer sources, larger min_count): the judged and own-gold rows, L2 10,
    min_count 5 (held-back AUC judged .707, own .780; judged rows alone: .708 / .724)."""

    l2: float = 10.0
    min_count: int = 5
    iterations: int = 2000
    sources: tuple[str, ...] = ("judged", "own")
    """Which labelled rows train the model: ``judged``, ``own``, ``plover``."""
    drop: tuple[str, ...] = ("same_type", "sentence_rows", "family", "family_types", "tokens",
                             "type+source_rel", "type+target_rel", "open_rel", "target+open_rel",
                             "free", "free_rel", "target+free", "target+free_rel")
    """Feature families left out (the part of a feature's name before ``:``). Round 23's
    cross-validation (``docs/accuracy/events.md``) kept, of the parse features, the sides'
    relations to the trigger and the trigger's negation, modal, question and if-clause: the
    others (sentence length and rows, the trigger's senses in the lexicon, the relation per
    type, objects and mentions on neither side) lowered the held-back judged rows' AUC."""


@dataclass
class Row:
    group: str
    """The article or record the row came from (cross-validation folds keep a group together)."""
    source: str
    """``own``, ``plover`` or ``judged``."""
    features: list[str]
    label: int
    triples: list[list] | None = None
    """For own-gold rows: the row's (type, source, target) triples, to score folds as the evaluator."""
    detail: str = ""
    """The row's rule, type and sides' countries (``--dropped`` lists the held-back rows it drops)."""


def _features(event) -> list[str]:
    """The row's features as the stage computed them (``verifier.RECORDED``), else the row's own."""
    recorded = (verifier.RECORDED or {}).get(id(event))
    if recorded is not None and recorded[0] is event:
        return recorded[1]
    return row_features(event)


def _detail(event) -> str:
    def side(parts) -> str:
        return ",".join(sorted(p.country or "-" for p in parts)) or "-"
    return f"{event.rule} {event.type} {side(event.source)}->{side(event.target)}"


def own_rows(files: list[Path]) -> tuple[list[Row], dict[str, dict]]:
    """Rows of the own gold tuning files, and per article its accepted and required triples."""
    from detente.evaluate.articles import code_gold, keys, read_gold, row_triples

    rows, golds = [], {}
    for file in files:
        articles = read_gold(file)
        for gold, events in zip(articles, code_gold(articles), strict=True):
            group = f"{file.parent.name}/{file.stem}/{gold.id}"
            accepted = {k for t in gold.accepted for k in keys(t)}
            golds[group] = {"accepted": sorted(map(list, accepted), key=str),
                            "required": [sorted(map(list, a), key=str) for a in gold.required.values()]}
            for event in events:
                if event.negated:
                    continue
                triples = list(row_triples([event]))
                label = int(any(t in accepted for t in triples))
                rows.append(Row(group, "own", _features(event), label,
                                [list(t) for t in triples], _detail(event)))
    return rows, golds


def plover_rows(path: Path) -> list[Row]:
    """Rows of the PLOVER dev half's records, right when the record accepts their type."""
    from detente.evaluate.events import code_texts, read_plover

    records = [r for r in read_plover(path) if r.half == "dev"]
    rows = []
    for record, events in zip(records, code_texts([r.text for r in records], on=None), strict=True):
        for event in events:
            if not event.negated:
                rows.append(Row(f"plover/{record.id}", "plover", _features(event),
                                int(event.type in record.accepts), detail=_detail(event)))
    return rows


def judged_rows(folder: Path, halves: tuple[str, ...]) -> list[Row]:
    """Rows of the judged tuning halves that match a judged row, with its verdict."""
    from detente.evaluate.rows import (
        PARTS,
        code_half,
        hashed_key,
        read_articles,
        read_judged,
        row_key,
        verdict_ok,
    )

    rows = []
    for half in halves:
        judged = read_judged(folder / f"{half}.jsonl")
        for article_id, events in code_half(read_articles(folder, half)):
            seen = set()
            for event in events:
                if event.negated:
                    continue
                key = row_key(article_id, event)
                line = judged.get(key) or judged.get(hashed_key(key))  # BBC files hash the sides' words
                if key in seen or line is None or not line.get("verdict"):
                    continue
                seen.add(key)
                rows.append(Row(f"{folder.name}/{half}/{article_id}", "judged",
                                _features(event),
                                int(all(verdict_ok(line, p) for p in PARTS)), detail=_detail(event)))
    return rows


def collect(sources: tuple[str, ...] = ("judged", "own", "plover")) -> tuple[list[Row], dict[str, dict]]:
    """The training rows of ``sources`` (the verifier off while coding)."""
    os.environ[ENV] = "off"
    verifier.RECORDED = {}  # the stage records each row's features (the parse's included)
    own, golds = own_rows([Path(p) for p in OWN_TUNING]) if "own" in sources else ([], {})
    plover = plover_rows(Path(PLOVER_FILE)) if "plover" in sources else []
    judged = [row for folder, halves in JUDGED for row in judged_rows(Path(folder), halves)] \
        if "judged" in sources else []
    return own + plover + judged, golds


def vocabulary(rows: list[Row], min_count: int, drop: tuple[str, ...] = ()) -> list[str]:
    df = Counter(name for row in rows for name in set(row.features))
    return sorted(n for n, c in df.items() if c >= min_count and n.split(":", 1)[0] not in drop)


def fit(rows: list[Row], settings: Settings):
    """Weights, intercept and vocabulary of the regression (balanced classes)."""
    import numpy as np

    vocab = vocabulary(rows, settings.min_count, settings.drop)
    col = {n: j for j, n in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for i, row in enumerate(rows):
        for name in row.features:
            if name in col:
                x[i, col[name]] = 1.0
    y = np.array([row.label for row in rows], dtype=float)
    positives = max(y.sum(), 1.0)
    negatives = max(len(y) - y.sum(), 1.0)
    sw = np.where(y == 1, len(y) / (2 * positives), len(y) / (2 * negatives)) / len(y)
    w = np.zeros(len(vocab))
    b = 0.0
    vw, vb = np.zeros_like(w), 0.0
    lr, momentum = 0.5, 0.9
    for _ in range(settings.iterations):
        z = np.clip(x @ w + b, -30, 30)
        p = 1.0 / (1.0 + np.exp(-z))
        g = (p - y) * sw
        grad_w = x.T @ g + settings.l2 * w / len(y)
        grad_b = g.sum()
        vw = momentum * vw - lr * grad_w
        vb = momentum * vb - lr * grad_b
        w += vw
        b += vb
    return w, b, vocab


def model_of(w, b, vocab):
    from detente.events.verifier import RowVerifier

    return RowVerifier({n: float(w[j]) for j, n in enumerate(vocab)}, float(b))


def _own_counts(rows: list[Row], kept: list[bool], golds: dict[str, dict]) -> Counter:
    """The own gold evaluator's full-row counts over the articles of ``rows`` (kept rows only)."""
    counts: Counter = Counter()
    by_group: dict[str, set] = {}
    for row, keep in zip(rows, kept, strict=True):
        if row.source == "own":
            by_group.setdefault(row.group, set())
            if keep:
                by_group[row.group] |= {tuple(t) for t in row.triples}
    for group, predicted in by_group.items():
        gold = golds[group]
        accepted = {tuple(t) for t in gold["accepted"]}
        counts["tp_pred"] += len(predicted & accepted)
        counts["fp"] += len(predicted - accepted)
        found = set()
        for t in predicted:
            found.add(t)
            if t[0] in {"CONSULT", "AGREE", "COOPERATE"}:
                found.add((t[0], t[2], t[1]))
        for accepts in gold["required"]:
            counts["tp" if {tuple(a) for a in accepts} & found else "fn"] += 1
    return counts


def cross_validate(rows: list[Row], golds: dict[str, dict], settings: Settings, folds: int = 5,
                   repeats: int = 2, train_files: tuple[str, ...] | None = None) -> dict[float, Counter]:
    """Held-back rows of grouped folds, per threshold: own-gold full-row counts of the articles
    (only articles with a row count: the recall is over their required triples) and right / wrong
    rows kept or dropped per source. With ``train_files`` the folds train on the own rows of those
    files only (the judged and PLOVER rows as before)."""
    groups = sorted({r.group for r in rows})
    out: dict[float, Counter] = {t: Counter() for t in (0.0, *THRESHOLDS)}
    held: list[tuple[Row, float]] = []
    for seed in range(repeats):
        for test_groups in tuning.grouped_folds(groups, folds, seed):
            train = [r for r in rows if r.group not in test_groups and r.source in settings.sources and
                     (train_files is None or r.source != "own" or tuning.in_files(r.group, train_files))]
            test = [r for r in rows if r.group in test_groups]
            model = model_of(*fit(train, settings))
            probs = [model.probability(r.features) for r in test]
            held += list(zip(test, probs, strict=True))
            for cut, counts in out.items():
                kept = [p >= cut for p in probs]
                counts.update(_own_counts(test, kept, golds))
                for r, keep in zip(test, kept, strict=True):
                    counts[f"{r.source}_{'right' if r.label else 'wrong'}_{'kept' if keep else 'dropped'}"] += 1
    cross_validate.held = held  # the held-back rows and their probabilities, for ``auc`` and ``--dropped``
    return out


def dropped(held: list[tuple[Row, float]], cut: float) -> list[str]:
    """The held-back rows scored below ``cut`` (in any repeat), most often dropped first: source,
    verdict, times dropped, group, rule / type / sides, and the mean probability."""
    seen: dict[tuple[str, str], list] = {}
    for row, p in held:
        if p < cut:
            seen.setdefault((row.group, row.detail), [row, []])[1].append(p)
    lines = [f"{row.source}\t{'right' if row.label else 'wrong'}\t{len(ps)}\t{group}\t{detail}\t{sum(ps) / len(ps):.3f}"
             for (group, detail), (row, ps) in seen.items()]
    return sorted(lines, key=lambda line: (line.split("\t")[0], line.split("\t")[1], line))


def auc(scored: list[tuple[str, int, float]], source: str | None = None) -> float:
    """Area under the ROC curve of held-back rows (of one ``source``, or all): the share of
    (right, wrong) pairs the model orders right, ties counted half."""
    pairs = [(label, p) for s, label, p in scored if source is None or s == source]
    right = sorted(p for label, p in pairs if label)
    wrong = sorted(p for label, p in pairs if not label)
    if not right or not wrong:
        return float("nan")
    from bisect import bisect_left, bisect_right

    won = sum(bisect_left(wrong, p) + (bisect_right(wrong, p) - bisect_left(wrong, p)) / 2 for p in right)
    return won / (len(right) * len(wrong))


def write_model(path: Path, w, b, vocab: list[str], settings: Settings, rows: list[Row], note: str) -> None:
    """The weights file with its provenance header."""
    by_source = Counter((r.source, r.label) for r in rows)
    head = [
        "# Weights of the events row verifier: binary logistic regression, P(row right).",
        "# source: trained by detente (python -m detente.events.verifier_train) on rows it coded from",
        "#   its own tuning material only, labelled by the evaluators' matching:",
    ]
    if "own" in settings.sources:
        for file in OWN_TUNING:
            digest = hashlib.sha256(Path(file).read_bytes()).hexdigest()[:16]
            head.append(f"#   {file} (sha256 {digest}...)")
    if "plover" in settings.sources:
        head.append(f"#   PLOVER dev half of {Path(PLOVER_FILE).name} (records with even sha1(id))")
    if "judged" in settings.sources:
        for folder, halves in JUDGED:
            for half in halves:
                file = Path(folder) / f"{half}.jsonl"
                head.append(f"#   {file} (sha256 {hashlib.sha256(file.read_bytes()).hexdigest()[:16]}...)")
    for source in settings.sources:
        head.append(f"#   {source}: {by_source[(source, 1)]} right rows, {by_source[(source, 0)]} wrong")
    head += [
        "# licence: same as detente (MIT)",
        f"# settings: l2 {settings.l2}, min_count {settings.min_count}, iterations {settings.iterations}, "
        f"balanced classes, trained on the {'/'.join(settings.sources)} rows",
        f"# feature families left out: {', '.join(settings.drop) or 'none'}",
        f"# made: {note}" if note else "# made: by make event-model",
        "# columns: feature | weight (log-odds of right); verifier.py reads them",
    ]
    write_weights(path, head, b, vocab, w)


def write_weights(path: Path, head: list[str], intercept: float, vocab: list[str], w) -> None:
    """A weights file (``verifier.read_model`` reads it): the ``#`` provenance lines ``head``, the
    header row, the intercept, then every feature whose weight rounds to a non-zero value."""
    lines = head + ["feature\tweight", f"{INTERCEPT}\t{intercept:.4f}"]
    lines += [f"{name}\t{w[j]:.4f}" for j, name in enumerate(vocab) if abs(w[j]) >= 5e-5]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _rows_json(rows: list[Row], golds: dict) -> str:
    return json.dumps({"rows": [r.__dict__ for r in rows], "golds": golds})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Train detente's events row verifier.")
    parser.add_argument("--out", type=Path, help="the weights file to write")
    parser.add_argument("--note", default="", help="the header's 'made' line: date, figures")
    parser.add_argument("--cv", action="store_true", help="print grouped cross-validation per threshold")
    parser.add_argument("--dropped", type=float, help="with --cv: list the held-back rows below this threshold")
    parser.add_argument("--cache", type=Path, help="a JSON file of coded rows: read if present, else written")
    parser.add_argument("--sources", default=",".join(Settings.sources),
                        help="labelled rows to train on, of judged,own,plover (default: %(default)s)")
    parser.add_argument("--l2", type=float, default=Settings.l2, help="L2 weight (default: %(default)s)")
    parser.add_argument("--min-count", type=int, default=Settings.min_count,
                        help="features seen in fewer rows are dropped (default: %(default)s)")
    parser.add_argument("--drop", default=",".join(Settings.drop),
                        help="feature families to leave out, comma-separated (default: %(default)r)")
    parser.add_argument("--train-before31", action="store_true",
                        help="with --cv: train the folds on the own rows of the rounds 25-30 list only")
    args = parser.parse_args(argv)
    if not args.cv and args.out is None:
        parser.error("--out is needed (or --cv)")
    settings = Settings(l2=args.l2, min_count=args.min_count, sources=tuple(args.sources.split(",")),
                        drop=tuple(d for d in args.drop.split(",") if d))
    if args.cache and args.cache.exists():
        data = json.loads(args.cache.read_text(encoding="utf-8"))
        rows, golds = [Row(**r) for r in data["rows"]], data["golds"]
    else:
        rows, golds = collect() if args.cv or args.cache else collect(settings.sources)
        if args.cache:
            args.cache.write_text(_rows_json(rows, golds), encoding="utf-8")
    if args.cv:
        from detente.evaluate.articles import precision_recall

        print(f"{len(rows)} rows: " + ", ".join(f"{k[0]} {'right' if k[1] else 'wrong'} {v}" for k, v in
                                                sorted(Counter((r.source, r.label) for r in rows).items())))
        results = cross_validate(rows, golds, settings,
                                 train_files=tuning.BEFORE_ROUND31 if args.train_before31 else None)
        scored = [(r.source, r.label, p) for r, p in cross_validate.held]
        print("AUC held-back: " + ", ".join(f"{src} {auc(scored, src):.3f}" for src in ("judged", "own", "plover")))
        for cut, counts in results.items():
            s = precision_recall(counts)
            extra = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if "_" in k and k not in {"tp_pred"})
            print(f"threshold {cut:.2f}: own P {s['precision']:.3f} R {s['recall']:.3f}; {extra}")
        if args.dropped is not None:
            print(f"\nheld-back rows below {args.dropped} (source, verdict, repeats, group, rule type sides, mean P):")
            print("\n".join(dropped(cross_validate.held, args.dropped)))
        return
    rows = [r for r in rows if r.source in settings.sources]
    w, b, vocab = fit(rows, settings)
    write_model(args.out, w, b, vocab, settings, rows, args.note)
    print(f"{args.out}: {len(vocab)} features from {len(rows)} rows")


if __name__ == "__main__":
    main()
