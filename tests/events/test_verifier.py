"""The learned row verifier (issue 13, round 15): its weights file, inference, switch and trainer."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from detente.errors import ResourceError
from detente.events import verifier
from detente.events.verifier import ENV, RowVerifier, read_model, row_features, threshold, verify
from detente.events.verifier_train import JUDGED, Row, Settings, fit, model_of, write_model
from detente.records import Event, Participant
from detente.resources import data_path
from tests.events.conftest import code_one

ROOT = Path(__file__).resolve().parents[2]


def event(type_="ASSAULT", rule="verb:attack", source=(("the army", "ARM", "MIL", 0),),
          target=(("Freedonia", "FRE", None, 30),), negated=False, sentence=1, quote=None) -> Event:
    """A made-up row: sides as (text, country, sector, offset); the trigger at offsets 15-22."""
    def side(items):
        return [Participant(text=t, country=c, sector=s, start=o, end=o + len(t)) for t, c, s, o in items]
    return Event(type=type_, cameo="190", goldstein=-10.0, quad=4, source=side(source), target=side(target),
                 sentence=sentence, start=0, end=40, trigger="attacked", trigger_start=15, trigger_end=23,
                 evidence="The army has attacked Freedonia.", rule=rule, negated=negated, quote=quote)


def test_features_read_the_rule_suffixes_the_sides_and_their_distance():
    feats = row_features(event(rule="verb:attack~place~unplaced"))
    assert {"kind:verb", "type:ASSAULT", "suffix:~place", "suffix:~unplaced", "source_country:True",
            "target_country:True", "same_country:False", "source_before:True", "target_gap:<=10",
            "quote:False", "sentence:<=1"} <= set(feats)
    # a place on both sides ("clashes in Jenin"), and a side with no country
    same = row_features(event(source=(("Jenin", None, None, 0),), target=(("Jenin", "PSE", None, 30),)))
    assert "same_words" in same and "sourceless:ASSAULT" in same and "source_country:False" in same
    # no target: no target features, the type's no-target feature
    bare = row_features(event(target=()))
    assert "targets:<=0" in bare and "type+target:ASSAULT+False" in bare
    assert not any(f.startswith("target_") for f in bare)


def test_probability_and_keep_drop_only_low_non_negated_rows():
    model = RowVerifier(weights={"same_words": -4.0, "type:ASSAULT": 1.0}, intercept=0.0)
    assert model.probability([]) == pytest.approx(0.5)
    assert model.probability(["type:ASSAULT"]) == pytest.approx(1 / (1 + 2.718281828 ** -1.0), rel=1e-6)
    good = event()
    bad = event(source=(("Jenin", None, None, 0),), target=(("Jenin", "PSE", None, 30),))
    refused = event(type_="REJECT", negated=True, source=(("Jenin", None, None, 0),),
                    target=(("Jenin", "PSE", None, 30),))
    assert model.keep([good, bad, refused], 0.5) == [good, refused]  # a negated row is never scored
    assert model.scores([refused]) == [None]


def test_the_switch_and_its_environment_override(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert threshold(None) is None and threshold({"enabled": False, "threshold": 0.4}) is None
    assert threshold({"enabled": True, "threshold": 0.4}) == 0.4
    monkeypatch.setenv(ENV, "off")
    assert threshold({"enabled": True, "threshold": 0.4}) is None
    monkeypatch.setenv(ENV, "0.35")
    assert threshold({"enabled": False}) == 0.35
    monkeypatch.setenv(ENV, "sometimes")
    with pytest.raises(ResourceError):
        threshold(None)


def test_the_shipped_switch_is_off_and_keeps_the_measured_threshold(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)  # round 23 merge: off (gold-scored halves only lost right rows)
    from detente.events.lexicon import semantics_file

    spec = semantics_file()["row_verifier"]
    assert threshold(spec) is None
    assert spec["threshold"] == pytest.approx(0.16)


def test_verify_leaves_every_row_when_off(monkeypatch):
    monkeypatch.setenv(ENV, "off")
    rows = [event(), event(target=())]
    assert verify(rows, {"enabled": True, "threshold": 0.99}) is rows


def test_the_weights_file_has_its_provenance_and_reads():
    path = data_path("events", verifier.MODEL_FILE)
    head = path.read_text(encoding="utf-8")[:3000]
    assert all(k in head for k in ("# source:", "# licence:", "# made:", "# settings:"))
    model = read_model(path)
    families = {name.split(":", 1)[0] for name in model.weights}
    assert families <= {"kind", "type", "mode", "quote", "sentence", "sources", "targets", "suffix",
                        "source_country", "source_sector", "source_gap", "source_before", "target_country",
                        "target_sector", "target_gap", "target_before", "same_country", "type+same_country",
                        "type+target", "same_words", "sourceless",
                        # round 23: the parse features the cross-validation kept (verifier_context.py)
                        "source_rel", "target_rel", "negation", "modal", "question", "conditional", "trigger"}
    assert not families & set(Settings().drop)  # the families left out have no weight
    for folder, halves in JUDGED:  # the shipped weights name the judged files they were trained on
        for half in halves:
            file = ROOT / folder / f"{half}.jsonl"
            if file.exists():
                digest = hashlib.sha256(file.read_bytes()).hexdigest()[:16]
                assert f"{folder}/{half}.jsonl (sha256 {digest}...)" in head, f"{file} changed: make event-model"


def test_a_weights_file_without_an_intercept_is_refused(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("# made up\nfeature\tweight\ntype:ASSAULT\t0.5\n", encoding="utf-8")
    with pytest.raises(ResourceError):
        read_model(path)
    path.write_text("feature\tweight\ntype:ASSAULT\t0.5\textra\n", encoding="utf-8")
    with pytest.raises(ResourceError):
        read_model(path)


def test_the_fit_is_deterministic_learns_the_signal_and_round_trips_through_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the header names the training files by their repository paths
    rows = [Row("a", "judged", ["same_words", "type:ASSAULT"], 0), Row("b", "judged", ["type:ASSAULT"], 1),
            Row("c", "judged", ["type:AGREE"], 1), Row("d", "judged", ["same_words", "type:AGREE"], 0)] * 3
    settings = Settings(l2=0.1, min_count=2, iterations=300)
    w1, b1, vocab = fit(rows, settings)
    w2, b2, _ = fit(rows, settings)
    assert (w1 == w2).all() and b1 == b2
    model = model_of(w1, b1, vocab)
    assert model.weights["same_words"] < 0
    assert [model.probability(r.features) >= 0.5 for r in rows[:4]] == [False, True, True, False]
    out = tmp_path / "row_verifier.tsv"
    write_model(out, w1, b1, vocab, settings, rows, "made-up test")
    again = read_model(out)
    assert again.intercept == pytest.approx(b1, abs=1e-4)
    assert again.weights["same_words"] == pytest.approx(model.weights["same_words"], abs=1e-4)


def test_the_stage_applies_the_switch_to_coded_rows(monkeypatch):
    text = "The Russian army attacked Ukraine on Monday."
    monkeypatch.setenv(ENV, "off")
    kept = code_one(text, "2021-05-03").events
    assert kept, "the made-up attack should code a row"
    monkeypatch.setenv(ENV, "1.01")  # no probability reaches it: every row goes
    assert code_one(text, "2021-05-03").events == []
    monkeypatch.setenv(ENV, "0")
    assert [e.rule for e in code_one(text, "2021-05-03").events] == [e.rule for e in kept]
