"""The learned tone model: its weights file, its evidence, and that the trainer rebuilds it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import detente
from detente.resources import data_path
from detente.tone.model import LABELS, Feature, ToneModel, read_model
from detente.tone.train import TRAINING_FILES, Settings, cross_validate, fit, gold_rows

ROOT = Path(__file__).resolve().parents[2]
TRAINS = [ROOT / name for name in TRAINING_FILES]
TRAIN = TRAINS[0]


def test_the_weights_file_has_its_provenance_and_only_readable_features():
    path = data_path("tone", "tone_model.tsv")
    head = path.read_text(encoding="utf-8")[:2000]
    assert all(k in head for k in ("# source:", "# licence:", "# made:", "# settings:"))
    model = read_model(path)
    families = {name.split(":", 1)[0] for name in model.weights}
    assert families <= {"lex", "rules", "lemma", "verb", "root", "quad", "event"}
    assert {"lex:compound", "quad:4", "quad:1"} <= set(model.weights)


@pytest.mark.skipif(not TRAIN.exists(), reason="gold/tone/train.jsonl is absent")
def test_the_shipped_weights_were_trained_on_the_committed_training_data():
    head = data_path("tone", "tone_model.tsv").read_text(encoding="utf-8")[:2000]
    for path in TRAINS:  # every training file, each with its digest and its row count
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        assert f"{path.name} (sha256 {digest}...): {len(gold_rows(path))} sentences about a relation" \
            in head, f"{path.name} changed: run make tone-model"


def test_probabilities_label_and_score():
    model = ToneModel(weights={"a": (2.0, 0.0, -2.0), "b": (-1.0, 0.0, 1.0)})
    p = model.probabilities([Feature("a")])
    assert sum(p) == pytest.approx(1.0) and p[0] > p[1] > p[2]
    assert model.label(p) == "positive" and model.score([Feature("a")]) == pytest.approx(p[0] - p[2])
    # no known feature: no tone (the model has no intercept)
    assert model.score([Feature("unknown")]) == 0.0
    assert model.contribution(Feature("b", 2.0)) == pytest.approx(-4.0)


def test_the_fit_is_deterministic_and_learns_the_signal():
    rows = [[Feature("lemma:agree")], [Feature("lemma:attack")], [Feature("lemma:meet")]] * 4
    labels = ["positive", "negative", "neutral"] * 4
    settings = Settings(l2=0.01, min_count=2, iterations=300)
    w1, vocab = fit(rows, labels, settings)
    w2, _ = fit(rows, labels, settings)
    assert (w1 == w2).all()
    model = ToneModel(weights={n: tuple(w1[j]) for j, n in enumerate(vocab)})
    assert [model.label(model.probabilities(r)) for r in rows[:3]] == labels[:3]


def test_the_model_labels_an_act_and_names_the_words_that_moved_it():
    coded = detente.code("Israel launched airstrikes on Gaza, killing 20 people.", date="2021-05-12")
    tone = coded.sentences[0].tone
    assert tone.label == "negative" and -1 <= tone.score < 0
    learned = [w for w in tone.evidence if w.entry.startswith("model:")]
    assert learned and all(coded.article.text[w.start:w.end] == w.text for w in learned)
    # one evidence word per stretch of text, naming every feature on it
    assert len({(w.start, w.end) for w in learned}) == len(learned)
    act = [w for w in learned if "quad:4" in w.entry.split(":", 1)[1].split("+")]
    assert act and all(w.valence < 0 for w in act)


def test_a_source_line_has_no_tone_and_does_not_dilute_the_article():
    coded = detente.code("Russia and Ukraine sign a ceasefire agreement. (Reuters)", date="2022-03-01")
    first, source = (s.tone for s in coded.sentences)
    assert source.score == 0.0 and source.evidence == []
    assert coded.tone.score == pytest.approx(first.score) and coded.tone.label == first.label == "positive"
    assert set(LABELS) >= {coded.tone.label}


def test_a_source_credit_has_no_tone_even_when_the_tagger_reads_a_verb_in_it():
    # spaCy tags "AFP" as a verb: the credit line had model features and pulled the item to neutral
    coded = detente.code("Russia and Ukraine sign a ceasefire agreement. (AFP via Google News)",
                         date="2022-03-01")
    first, credit = (s.tone for s in coded.sentences)
    assert credit.score == 0.0 and credit.evidence == [] and credit.words == 4
    assert coded.tone.score == pytest.approx(first.score) and coded.tone.label == "positive"
    # parentheses inside a sentence are not a credit
    inside = detente.code("Russia (a permanent member) attacks Ukraine.", date="2022-03-01")
    assert inside.sentences[0].tone.label == "negative"


def test_cross_validation_scores_a_learnable_signal_and_a_random_one_apart():
    rows = [[Feature("lemma:agree")], [Feature("lemma:attack")], [Feature("lemma:meet")]] * 10
    labels = ["positive", "negative", "neutral"] * 10
    settings = Settings(l2=0.01, min_count=2, iterations=200)
    found = cross_validate(rows, labels, settings)
    assert found["macro_f1"] == pytest.approx(1.0) and found["f1_neutral"] == pytest.approx(1.0)
    unique = [[Feature(f"lemma:w{i}")] for i in range(30)]  # no word seen twice: nothing to learn
    assert cross_validate(unique, labels, settings)["macro_f1"] < 0.5


def test_cross_validation_trains_every_fold_on_the_extra_rows_and_scores_only_the_others():
    settings = Settings(l2=0.01, min_count=2, iterations=200)
    scored = [[Feature(f"lemma:w{i % 3}")] for i in range(15)]  # each word in 5 rows ...
    labels = [("positive", "negative", "neutral")[i % 3] for i in range(15)]
    flipped = [("negative", "neutral", "positive")[i % 3] for i in range(30)]
    extra = [[Feature(f"lemma:w{i % 3}")] for i in range(30)]  # ... 30 extra rows teach the opposite
    assert cross_validate(scored, labels, settings)["macro_f1"] == pytest.approx(1.0)
    assert cross_validate(scored, labels, settings, extra=(extra, flipped))["macro_f1"] == 0.0


@pytest.mark.slow
@pytest.mark.skipif(not TRAIN.exists(), reason="gold/tone/train.jsonl is absent")
def test_retraining_reproduces_the_shipped_weights(tmp_path):
    # What `make tone-model` writes from the committed training data, compared with the shipped
    # file. A change in another stage that moves the features (events, parse) fails here: retrain.
    from detente.tone.train import main

    out = tmp_path / "tone_model.tsv"
    main([arg for path in TRAINS for arg in ("--gold", str(path))] + ["--out", str(out)])
    shipped, rebuilt = read_model(data_path("tone", "tone_model.tsv")), read_model(out)
    assert set(shipped.weights) == set(rebuilt.weights)
    worst = max(abs(a - b) for name, w in shipped.weights.items()
                for a, b in zip(w, rebuilt.weights[name], strict=True))
    assert worst < 0.01, f"weights moved by {worst:.3f}: run make tone-model"


def test_the_learning_curve_trains_each_fold_on_a_share_of_its_rows():
    settings = Settings(l2=0.01, min_count=2, iterations=200)
    rows = [[Feature(f"lemma:w{i % 3}")] for i in range(30)]
    labels = [("positive", "negative", "neutral")[i % 3] for i in range(30)]
    assert cross_validate(rows, labels, settings)["macro_f1"] == pytest.approx(1.0)
    # one training row per fold: min_count 2 keeps no feature, every row is a three-way tie
    assert cross_validate(rows, labels, settings, fraction=0.01)["macro_f1"] < 0.5
